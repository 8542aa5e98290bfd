#include "hardwarerow.h"

namespace infraplan {

bool isOwnedInstance(const CatalogItem& instance)
{
    return instance.attribute("offering") == "owned" || instance.attribute("provider") == "owned";
}

const char* priceField(PricingMode mode)
{
    switch (mode) {
    case PricingMode::OnDemand:
        return "price_on_demand_usd_h";
    case PricingMode::Reserved1y:
        return "price_1y_usd_h";
    case PricingMode::Reserved3y:
        return "price_3y_usd_h";
    case PricingMode::Spot:
        return "price_spot_usd_h";
    case PricingMode::Owned:
        return "purchase_usd";
    }
    return "price_on_demand_usd_h";
}

namespace {
const Figure* figureOf(const CatalogItem& row, const char* field)
{
    auto it = row.figures.find(field);
    return it == row.figures.end() ? nullptr : &it->second;
}
} // namespace

std::optional<double> instancePrice(const CatalogItem& instance, PricingMode mode)
{
    return instance.figure(priceField(mode));
}

const Figure* instancePriceFigure(const CatalogItem& instance, PricingMode mode)
{
    return figureOf(instance, priceField(mode));
}

const Figure* tdpFigure(const CatalogItem& accelerator)
{
    return figureOf(accelerator, "tdp_w");
}

const Figure* memoryFigure(const CatalogItem& accelerator)
{
    return figureOf(accelerator, "memory_gb");
}

const Figure* bandwidthFigure(const CatalogItem& link)
{
    return figureOf(link, "bandwidth_GBps");
}

const Figure* capacityPriceFigure(const CatalogItem& storage)
{
    return figureOf(storage, "price_usd_per_TB_month");
}

const Figure* electricityPriceFigure(const CatalogItem& region)
{
    return figureOf(region, "electricity_usd_per_kWh");
}

const Figure* spacePriceFigure(const CatalogItem& region)
{
    return figureOf(region, "space_usd_per_kW_month");
}

const Figure* egressPriceFigure(const CatalogItem& region)
{
    return figureOf(region, "egress_usd_per_GB");
}

const Figure* pueFigure(const CatalogItem& region)
{
    return figureOf(region, "pue");
}

const Figure* calibrationFigure(const CatalogItem& calibration, CalibrationFactor factor)
{
    switch (factor) {
    case CalibrationFactor::Compute:
        return figureOf(calibration, "compute_efficiency");
    case CalibrationFactor::InferenceCompute:
        return figureOf(calibration, "inference_compute_efficiency");
    case CalibrationFactor::MemoryBandwidth:
        return figureOf(calibration, "memory_bw_efficiency");
    case CalibrationFactor::ScaleUp:
        return figureOf(calibration, "scale_up_efficiency");
    case CalibrationFactor::ScaleOut:
        return figureOf(calibration, "scale_out_efficiency");
    }
    return nullptr;
}

std::string sourceOf(const Figure* figure)
{
    return figure ? figure->sourceId : std::string();
}

std::string providerOf(const CatalogItem& item)
{
    return item.attribute("provider");
}

std::string acceleratorIdOf(const CatalogItem& instance)
{
    return instance.attribute("accelerator");
}

double acceleratorsPerInstance(const CatalogItem& instance, double fallback)
{
    return instance.figureOr("accelerator_count", fallback);
}

std::string homeRegionOf(const CatalogItem& instance)
{
    return instance.attribute("region");
}

std::string scaleOutLinkOf(const CatalogItem& instance)
{
    return instance.attribute("scale_out_link");
}

std::string scaleUpLinkOf(const CatalogItem& row)
{
    return row.attribute("scale_up_link");
}

double networkBytesPerSOf(const CatalogItem& instance)
{
    return instance.figureOr("network_Gbps", 0) * 1e9 / 8;
}

std::optional<double> vcpusOf(const CatalogItem& instance)
{
    return instance.figure("vcpus");
}

std::optional<double> ramGiBOf(const CatalogItem& instance)
{
    return instance.figure("ram_GiB");
}

std::optional<double> memoryGbOf(const CatalogItem& item)
{
    return item.figure("memory_gb");
}

std::string familyOf(const CatalogItem& row)
{
    return row.attribute("family");
}

bool isCpuDevice(const CatalogItem& accelerator)
{
    return accelerator.attribute("device_type") == "cpu";
}

bool listsPeak(const CatalogItem& accelerator, Precision p)
{
    return accelerator.figure(std::string(peakField(p))).has_value();
}

double peak16Tflops(const CatalogItem& accelerator)
{
    return accelerator.figureOr("bf16_tflops", accelerator.figureOr("fp16_tflops", 0));
}

bool isScaleOutLink(const CatalogItem& link)
{
    return link.attribute("link_class") == "scale_out";
}

std::string linkTechnology(const CatalogItem& link)
{
    return link.attribute("technology");
}

bool isIciLink(const CatalogItem& link)
{
    return linkTechnology(link) == "ici";
}

bool isGenericModel(const CatalogItem& model)
{
    return model.attribute("architecture") == "generic";
}

std::optional<double> modelParams(const CatalogItem& model)
{
    return model.figure("params");
}

std::optional<ModelSpec> modelSpecFromItem(const CatalogItem& item)
{
    if (item.kind != ItemKind::Model)
        return std::nullopt;
    ModelSpec m;
    m.name = item.name;
    m.transformer = !isGenericModel(item);
    m.gatedFfn = gatedFfnOf(item).value_or(false);
    m.params = modelParams(item).value_or(0);
    auto count = [&](const char* f, int fallback) { return static_cast<int>(item.figureOr(f, fallback)); };
    m.layers = count("layers", 0);
    m.hidden = count("hidden", 0);
    m.heads = count("heads", 0);
    m.kvHeads = count("kv_heads", m.heads);
    m.headDim = count("head_dim", 0);
    m.kvLoraRank = count("kv_lora_rank", 0);
    m.qkRopeHeadDim = count("qk_rope_head_dim", 0);
    m.ffn = count("ffn", 4 * m.hidden);
    m.vocab = count("vocab", 0);
    m.seqLen = count("seq_len", 0);
    m.meanSeqLen = item.figureOr("mean_seq_len", 0);
    m.trainSeqLen = count("train_seq_len", 0);
    m.experts = count("experts", 1);
    m.expertsPerToken = count("experts_per_token", 1);
    m.fwdFlopsPerSample = item.figureOr("fwd_gflops_per_sample", 0) * 1e9;
    m.bytesPerSample = item.figureOr("bytes_per_sample", 0);
    m.activationBytesPerSample = item.figureOr("activation_bytes_per_sample", 0);
    m.embeddingParams = item.figureOr("embedding_params", 0);
    m.embeddingValuesPerSample = item.figureOr("embedding_values_per_sample", 0);
    m.embeddingLookupsPerSample = item.figureOr("embedding_lookups_per_sample", 0);
    if (m.transformer && (m.layers <= 0 || m.hidden <= 0 || m.heads <= 0 || m.seqLen <= 0))
        return std::nullopt;
    if (!m.transformer && (m.fwdFlopsPerSample <= 0 || m.params <= 0))
        return std::nullopt;
    return m;
}

std::optional<bool> gatedFfnOf(const CatalogItem& model)
{
    const std::string ffn = model.attribute("ffn_type");
    if (ffn.empty())
        return std::nullopt;
    return ffn == "swiglu";
}

std::string modelTaskOf(const CatalogItem& model)
{
    return model.attribute("task");
}

double benchmarkItemsPerSample(const CatalogItem& model)
{
    return model.figureOr("benchmark_items_per_sample", 1);
}

double benchmarkBeams(const CatalogItem& model)
{
    return model.figureOr("benchmark_beams", 1);
}

} // namespace infraplan
