#include "catalogschema.h"

#include <algorithm>
#include <array>

namespace infraplan {

namespace {
using K = ItemKind;

constexpr std::array kFields = {
    FieldSpec{K::Accelerator, "memory_gb", "GB", 0.5, 4096, "Memory"},
    FieldSpec{K::Accelerator, "memory_bw_GBps", "GB/s", 1, 50000, "Memory bandwidth"},
    FieldSpec{K::Accelerator, "fp64_tflops", "TFLOP/s", 0.01, 500, "FP64"},
    FieldSpec{K::Accelerator, "fp32_tflops", "TFLOP/s", 0.01, 1000, "FP32"},
    FieldSpec{K::Accelerator, "tf32_tflops", "TFLOP/s", 0.01, 5000, "TF32"},
    FieldSpec{K::Accelerator, "bf16_tflops", "TFLOP/s", 0.01, 10000, "BF16"},
    FieldSpec{K::Accelerator, "fp16_tflops", "TFLOP/s", 0.01, 10000, "FP16"},
    FieldSpec{K::Accelerator, "fp8_tflops", "TFLOP/s", 0.01, 20000, "FP8"},
    FieldSpec{K::Accelerator, "fp4_tflops", "TFLOP/s", 0.01, 40000, "FP4"},
    FieldSpec{K::Accelerator, "int8_tops", "TOP/s", 0.01, 20000, "INT8"},
    FieldSpec{K::Accelerator, "int4_tops", "TOP/s", 0.01, 40000, "INT4"},
    FieldSpec{K::Accelerator, "tdp_w", "W", 5, 3000, "TDP"},
    FieldSpec{K::Accelerator, "idle_w", "W", 1, 1000, "Idle power"},
    FieldSpec{K::Accelerator, "scale_up_GBps", "GB/s", 1, 10000, "Scale-up bandwidth"},
    FieldSpec{K::Accelerator, "pcie_GBps", "GB/s", 1, 1000, "Host link"},
    FieldSpec{K::Accelerator, "cores", "cores", 1, 1024, "Cores"},
    FieldSpec{K::Accelerator, "year", "year", 2000, 2035, "Year"},
    FieldSpec{K::Accelerator, "price_usd", "USD", 10, 1e6, "Price"},

    FieldSpec{K::Instance, "accelerator_count", "devices", 0.05, 1024, "Accelerators"},
    FieldSpec{K::Instance, "vcpus", "vCPUs", 1, 4096, "vCPUs"},
    FieldSpec{K::Instance, "ram_GiB", "GiB", 0.5, 65536, "RAM"},
    FieldSpec{K::Instance, "local_nvme_TB", "TB", 0, 1000, "Local NVMe"},
    FieldSpec{K::Instance, "network_Gbps", "Gbit/s", 0.1, 100000, "Network"},
    FieldSpec{K::Instance, "price_on_demand_usd_h", "USD/h", 0.001, 2000, "On-demand price"},
    FieldSpec{K::Instance, "price_1y_usd_h", "USD/h", 0.001, 2000, "1-year price"},
    FieldSpec{K::Instance, "price_3y_usd_h", "USD/h", 0.001, 2000, "3-year price"},
    FieldSpec{K::Instance, "price_spot_usd_h", "USD/h", 0.001, 2000, "Spot price"},
    FieldSpec{K::Instance, "price_on_demand_cny_h", "CNY/h", 0.001, 20000, "On-demand price (CNY)"},
    FieldSpec{K::Instance, "price_spot_cny_h", "CNY/h", 0.001, 20000, "Spot price (CNY)"},
    FieldSpec{K::Instance, "purchase_usd", "USD", 100, 1e8, "Purchase price"},
    FieldSpec{K::Instance, "host_power_w", "W", 0, 200000, "Host power"},
    FieldSpec{K::Instance, "rack_units", "U", 1, 60, "Rack units"},

    FieldSpec{K::Link, "bandwidth_GBps", "GB/s", 0.1, 20000, "Bandwidth"},
    FieldSpec{K::Link, "latency_us", "µs", 0.01, 1000, "Latency"},
    FieldSpec{K::Link, "port_power_w", "W", 0, 500, "Power per port"},
    FieldSpec{K::Link, "port_price_usd", "USD", 0, 100000, "Price per port"},

    FieldSpec{K::Storage, "read_GBps_per_node", "GB/s", 0.001, 10000, "Read per node"},
    FieldSpec{K::Storage, "write_GBps_per_node", "GB/s", 0.001, 10000, "Write per node"},
    FieldSpec{K::Storage, "read_GBps_aggregate", "GB/s", 0.001, 1e6, "Aggregate read"},
    FieldSpec{K::Storage, "iops", "IO/s", 1, 1e9, "IOPS"},
    FieldSpec{K::Storage, "latency_us", "µs", 0.1, 1e6, "Latency"},
    FieldSpec{K::Storage, "throughput_MBps_per_TiB", "MB/s per TiB", 1, 100000,
              "Throughput per TiB provisioned"},
    FieldSpec{K::Storage, "price_usd_per_TB_month", "USD/TB-month", 0, 10000, "Price"},

    FieldSpec{K::Region, "electricity_usd_per_kWh", "USD/kWh", 0.005, 2, "Electricity"},
    FieldSpec{K::Region, "pue", "ratio", 1.0, 3.0, "PUE"},
    FieldSpec{K::Region, "rtt_ms", "ms", 0.1, 1000, "Round trip to users"},
    FieldSpec{K::Region, "space_usd_per_kW_month", "USD/kW-month", 0, 2000, "Space"},
    FieldSpec{K::Region, "egress_usd_per_GB", "USD/GB", 0, 1, "Internet egress"},

    FieldSpec{K::Model, "params", "parameters", 1e3, 1e14, "Parameters"},
    FieldSpec{K::Model, "layers", "layers", 1, 1000, "Layers"},
    FieldSpec{K::Model, "hidden", "", 1, 1e6, "Hidden size"},
    FieldSpec{K::Model, "heads", "", 1, 10000, "Attention heads"},
    FieldSpec{K::Model, "kv_heads", "", 1, 10000, "KV heads"},
    FieldSpec{K::Model, "head_dim", "", 1, 100000, "Head width"},
    FieldSpec{K::Model, "kv_lora_rank", "", 1, 100000, "Latent KV width (MLA)"},
    FieldSpec{K::Model, "qk_rope_head_dim", "", 1, 100000, "Rotary key width (MLA)"},
    FieldSpec{K::Model, "ffn", "", 1, 1e7, "FFN size"},
    FieldSpec{K::Model, "vocab", "tokens", 1, 1e7, "Vocabulary"},
    FieldSpec{K::Model, "seq_len", "tokens", 1, 1e8, "Sequence length"},
    FieldSpec{K::Model, "mean_seq_len", "tokens", 1, 1e8, "Mean tokens per training sequence"},
    FieldSpec{K::Model, "train_seq_len", "tokens", 1, 1e8, "Pre-training sequence length"},
    FieldSpec{K::Model, "experts", "", 1, 10000, "Experts"},
    FieldSpec{K::Model, "experts_per_token", "", 1, 1000, "Experts per token"},
    FieldSpec{K::Model, "fwd_gflops_per_sample", "GFLOP", 1e-6, 1e9, "Forward FLOPs per sample"},
    FieldSpec{K::Model, "bytes_per_sample", "bytes", 1, 1e12, "Bytes per sample"},
    FieldSpec{K::Model, "activation_bytes_per_sample", "bytes", 1, 1e13, "Activations per sample"},
    FieldSpec{K::Model, "embedding_params", "parameters", 0, 1e14, "Parameters in sharded embedding tables"},
    FieldSpec{K::Model, "embedding_values_per_sample", "", 0, 1e9, "Embedding values exchanged per sample"},
    FieldSpec{K::Model, "embedding_lookups_per_sample", "", 0, 1e10, "Embedding values read per sample"},
    FieldSpec{K::Model, "benchmark_beams", "", 1, 64, "Beam width of the published benchmark"},
    FieldSpec{K::Model, "benchmark_items_per_sample", "", 1, 1e6, "Items scored per benchmark sample"},

    FieldSpec{K::Calibration, "compute_efficiency", "fraction", 0.01, 1,
              "Achievable fraction of peak compute"},
    FieldSpec{K::Calibration, "inference_compute_efficiency", "fraction", 0.01, 1,
              "Achievable fraction of peak compute when serving"},
    FieldSpec{K::Calibration, "memory_bw_efficiency", "fraction", 0.01, 1,
              "Achievable fraction of memory bandwidth"},
    FieldSpec{K::Calibration, "scale_up_efficiency", "fraction", 0.01, 1,
              "Achievable fraction of scale-up bandwidth"},
    FieldSpec{K::Calibration, "scale_out_efficiency", "fraction", 0.01, 1,
              "Achievable fraction of scale-out bandwidth"},
    FieldSpec{K::Calibration, "tp_collective_sync_us", "us", 0, 100000,
              "Fixed time per tensor-parallel collective in training"},
};

constexpr std::array<std::string_view, 4> kAcceleratorAttrs = {"device_type", "family", "memory_type",
                                                               "scale_up_link"};
constexpr std::array<std::string_view, 6> kInstanceAttrs = {"provider",      "region",         "accelerator",
                                                            "scale_up_link", "scale_out_link", "offering"};
constexpr std::array<std::string_view, 2> kLinkAttrs = {"link_class", "technology"};
constexpr std::array<std::string_view, 2> kStorageAttrs = {"tier", "provider"};
constexpr std::array<std::string_view, 2> kRegionAttrs = {"provider", "location"};
constexpr std::array<std::string_view, 3> kModelAttrs = {"architecture", "ffn_type", "task"};
constexpr std::array<std::string_view, 1> kCalibrationAttrs = {"family"};

constexpr std::array kKinds = {K::Accelerator, K::Instance, K::Link,       K::Storage,
                               K::Region,      K::Model,    K::Calibration};
} // namespace

std::string_view kindName(ItemKind kind)
{
    switch (kind) {
    case K::Accelerator:
        return "accelerator";
    case K::Instance:
        return "instance";
    case K::Link:
        return "link";
    case K::Storage:
        return "storage";
    case K::Region:
        return "region";
    case K::Model:
        return "model";
    case K::Calibration:
        return "calibration";
    }
    return "unknown";
}

std::optional<ItemKind> kindFromName(std::string_view name)
{
    for (ItemKind k : kKinds)
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

std::string_view sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Primary:
        return "primary";
    case SourceKind::Secondary:
        return "secondary";
    case SourceKind::Unstated:
        break;
    }
    return "";
}

std::optional<SourceKind> sourceKindFromName(std::string_view name)
{
    for (SourceKind k : {SourceKind::Unstated, SourceKind::Primary, SourceKind::Secondary})
        if (sourceKindName(k) == name)
            return k;
    return std::nullopt;
}

std::span<const ItemKind> allKinds()
{
    return kKinds;
}

std::span<const FieldSpec> fieldSpecs()
{
    return kFields;
}

const FieldSpec* fieldSpec(ItemKind kind, std::string_view field)
{
    auto it = std::find_if(kFields.begin(), kFields.end(),
                           [&](const FieldSpec& f) { return f.kind == kind && f.name == field; });
    return it == kFields.end() ? nullptr : &*it;
}

namespace {
// The figures a tooltip shows for a row of each kind, most telling first.
constexpr std::array<std::string_view, 10> kAcceleratorKeys = {
    "memory_gb", "memory_bw_GBps", "bf16_tflops", "fp8_tflops",    "fp16_tflops",
    "int8_tops", "tdp_w",          "cores",       "scale_up_GBps", "price_usd"};
constexpr std::array<std::string_view, 8> kInstanceKeys = {
    "accelerator_count", "price_on_demand_usd_h", "purchase_usd",    "network_Gbps", "vcpus",
    "ram_GiB",           "price_1y_usd_h",        "price_spot_usd_h"};
constexpr std::array<std::string_view, 4> kLinkKeys = {"bandwidth_GBps", "latency_us", "port_power_w",
                                                       "port_price_usd"};
constexpr std::array<std::string_view, 6> kStorageKeys = {"read_GBps_per_node",  "write_GBps_per_node",
                                                          "read_GBps_aggregate", "throughput_MBps_per_TiB",
                                                          "latency_us",          "price_usd_per_TB_month"};
constexpr std::array<std::string_view, 4> kRegionKeys = {"electricity_usd_per_kWh", "pue", "rtt_ms",
                                                         "space_usd_per_kW_month"};
constexpr std::array<std::string_view, 7> kModelKeys = {
    "params", "layers", "hidden", "heads", "kv_heads", "seq_len", "fwd_gflops_per_sample"};
constexpr std::array<std::string_view, 3> kCalibrationKeys = {"compute_efficiency", "memory_bw_efficiency",
                                                              "scale_out_efficiency"};

struct KindKeys {
    ItemKind kind;
    std::span<const std::string_view> attributes;
    std::span<const std::string_view> keyFields;
};
constexpr std::array kKindKeys = {KindKeys{K::Accelerator, kAcceleratorAttrs, kAcceleratorKeys},
                                  KindKeys{K::Instance, kInstanceAttrs, kInstanceKeys},
                                  KindKeys{K::Link, kLinkAttrs, kLinkKeys},
                                  KindKeys{K::Storage, kStorageAttrs, kStorageKeys},
                                  KindKeys{K::Region, kRegionAttrs, kRegionKeys},
                                  KindKeys{K::Model, kModelAttrs, kModelKeys},
                                  KindKeys{K::Calibration, kCalibrationAttrs, kCalibrationKeys}};

const KindKeys* keysOf(ItemKind kind)
{
    auto it =
        std::find_if(kKindKeys.begin(), kKindKeys.end(), [&](const KindKeys& k) { return k.kind == kind; });
    return it == kKindKeys.end() ? nullptr : &*it;
}
} // namespace

std::span<const std::string_view> attributeKeys(ItemKind kind)
{
    const KindKeys* keys = keysOf(kind);
    return keys ? keys->attributes : std::span<const std::string_view>();
}

std::span<const std::string_view> keyFields(ItemKind kind)
{
    const KindKeys* keys = keysOf(kind);
    return keys ? keys->keyFields : std::span<const std::string_view>();
}

} // namespace infraplan
