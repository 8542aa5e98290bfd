#include "hardwarerow.h"
#include "trainingcase.h"

#include "catalog.h"
#include "figureformat.h"
#include "regime.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <type_traits>

namespace infraplan {

namespace {

using nlohmann::json;

const CatalogItem* presetByName(const Catalog& catalog, const std::string& name)
{
    for (const CatalogItem* item : catalog.items(ItemKind::Model))
        if (item->name == name || item->id == name)
            return item;
    return nullptr;
}

// The model as the case states it; fields it leaves out come from the preset of that name, if any.
std::optional<ModelSpec> caseModel(const json& j, const Catalog& catalog, std::string& why)
{
    const std::string name = j.value("name", "");
    std::optional<ModelSpec> m;
    if (const CatalogItem* preset = presetByName(catalog, name))
        m = modelSpecFromItem(*preset);
    const bool architecture = j.contains("layers") && j.contains("hidden") && j.contains("heads");
    if (!m && !architecture && !j.contains("flops_per_sample")) {
        why = "the case gives no architecture and no model preset is named '" + name + "'";
        return std::nullopt;
    }
    if (!m)
        m = ModelSpec{};
    m->name = name;
    std::string badField;
    auto num = [&](const char* key, auto& field) {
        using T = std::decay_t<decltype(field)>;
        if (!j.contains(key) || !j[key].is_number())
            return;
        const double v = j[key].get<double>();
        // Counts are at least 1 and small enough for the engines' integer arithmetic; other figures are
        // finite and not negative. A case outside that is not predicted rather than computed on nonsense.
        const bool fits = std::is_integral_v<T> ? v >= 1 && v <= 1e8 : std::isfinite(v) && v >= 0;
        if (fits)
            field = static_cast<T>(v);
        else if (badField.empty())
            badField = key;
    };
    num("params", m->params);
    if (architecture) {
        m->transformer = true;
        num("layers", m->layers);
        num("hidden", m->hidden);
        num("heads", m->heads);
        m->kvHeads = m->heads;
        num("kv_heads", m->kvHeads);
        m->ffn = 4 * m->hidden;
        num("ffn", m->ffn);
        num("vocab", m->vocab);
        num("seq_len", m->seqLen);
        m->experts = 1;
        m->expertsPerToken = 1;
        num("experts", m->experts);
        num("experts_per_token", m->expertsPerToken);
        // A gated (SwiGLU) FFN is recognisable by its size: 3 matrices of h x ffn make ffn ≈ 8/3 h (or
        // the preset says so); a plain GELU FFN is 4h.
        if (!j.contains("ffn_type"))
            m->gatedFfn = m->gatedFfn || (m->ffn > 0 && m->ffn % m->hidden != 0);
    } else if (j.contains("flops_per_sample")) {
        m->transformer = false;
        m->fwdFlopsPerSample = j["flops_per_sample"].get<double>();
        num("bytes_per_sample", m->bytesPerSample);
    }
    if (!badField.empty()) {
        why = "the case's model field '" + badField + "' is out of range";
        return std::nullopt;
    }
    return m;
}

// Scale-out bandwidth per accelerator of a server: its fabric's port rate, else its network over its
// accelerators (a cloud instance such as trn1.32xlarge states 800 Gb/s for 16 chips and no fabric).
double scaleOutPerAccelerator(const Catalog& catalog, const CatalogItem& server)
{
    if (const CatalogItem* link = catalog.find(scaleOutLinkOf(server))) {
        const Figure* bandwidth = bandwidthFigure(*link);
        return bandwidth ? bandwidth->value * 1e9 : 0;
    }
    return networkBytesPerSOf(server) / std::max(1.0, acceleratorsPerInstance(server, 1));
}

const CatalogItem* typicalServer(const Catalog& catalog, const std::string& acceleratorId)
{
    const CatalogItem* best = nullptr;
    double bestBytesPerS = 0;
    for (const CatalogItem* item : catalog.items(ItemKind::Instance)) {
        if (acceleratorIdOf(*item) != acceleratorId)
            continue;
        const double bytesPerS = scaleOutPerAccelerator(catalog, *item);
        if (bytesPerS <= 0)
            continue;
        if (!best || bytesPerS > bestBytesPerS) {
            best = item;
            bestBytesPerS = bytesPerS;
        }
    }
    return best;
}

// Below this hidden size the block linears are too small for FP8 to pay for its casts and scaling
// (Transformer Engine's FP8 gains are for large GEMMs); BERT-class encoders train in 16 bits.
constexpr int kFp8MinHidden = 4096;

std::optional<Precision> casePrecision(const json& run, const AcceleratorSpec& a, const ModelSpec& m)
{
    if (run.contains("precision"))
        return precisionFromName(run.value("precision", ""));
    // Not stated: what a planner (and MLPerf closed submissions on Hopper and Gaudi 2) runs: FP8 for the big
    // linears of a large transformer where the device has FP8, else BF16, or FP16 on devices without BF16
    // (V100, T4).
    const Precision sixteen = a.peakFlops(Precision::BF16) && a.item && listsPeak(*a.item, Precision::BF16)
                                  ? Precision::BF16
                                  : Precision::FP16;
    // FP8 only where it is faster than 16 bits: a format the device accepts at its 16-bit rate (TPU v5p,
    // Trainium) would add the casts and gain nothing.
    const auto fp8 = a.peakFlops(Precision::FP8);
    const auto p16 = a.peakFlops(sixteen);
    if (m.transformer && m.hidden >= kFp8MinHidden && fp8 && p16 && *fp8 > *p16)
        return Precision::FP8;
    return sixteen;
}

} // namespace

std::optional<TrainingCase> trainingCaseSetup(const ValidationCase& c, const Catalog& catalog,
                                              std::string& why)
{
    auto model = caseModel(c.model, catalog, why);
    if (!model)
        return std::nullopt;
    Problems problems;
    auto accel = resolveAccelerator(catalog, c.system.value("accelerator", ""), problems);
    if (!accel) {
        why = problems.empty() ? "no accelerator" : problems.front().toString();
        return std::nullopt;
    }
    const double count = c.system.value("count", 0.0);
    if (count <= 0) {
        why = "the case gives no accelerator count";
        return std::nullopt;
    }
    // Where the case leaves the server out, a planner takes the catalog's server for that accelerator with
    // the fastest scale-out fabric (e.g. a DGX H100 with 8 x InfiniBand NDR).
    const CatalogItem* server = typicalServer(catalog, accel->id);
    SketchHardware hw;
    hw.instance.id = accel->id;
    hw.instance.name = accel->name;
    hw.instance.accelerator = *accel;
    const double serverSize = server ? acceleratorsPerInstance(*server, 8) : 8;
    hw.instance.acceleratorsPerNode = std::min(count, c.system.value("per_node", serverSize));
    hw.nodes = static_cast<int>(std::ceil(count / hw.instance.acceleratorsPerNode));
    hw.accelerators = count;
    const std::string upId = c.system.value("scale_up", accel->item ? scaleUpLinkOf(*accel->item) : "");
    if (!upId.empty())
        if (auto l = resolveLink(catalog, upId, problems))
            hw.scaleUp = *l;
    if (hw.scaleUp.bytesPerS <= 0)
        hw.scaleUp = {"pcie", "PCIe", accel->pcieBytesPerS > 0 ? accel->pcieBytesPerS : 32e9, 2e-6, 0};
    const std::string outId = c.system.value("scale_out", server ? scaleOutLinkOf(*server) : std::string());
    if (!outId.empty())
        if (auto l = resolveLink(catalog, outId, problems))
            hw.scaleOut = *l;
    // No fabric named anywhere: the typical server's own network, shared by its accelerators.
    if (hw.scaleOut.bytesPerS <= 0 && server && !c.system.contains("scale_out"))
        hw.instance.networkBytesPerS = networkBytesPerSOf(*server);

    TrainingCase tc;
    TrainingWorkload& w = tc.setup.workload;
    w.model = *model;
    const std::string method = c.run.value("method", "pretrain");
    w.method = method == "lora"
                   ? TrainingMethod::Lora
                   : (method == "full_finetune" ? TrainingMethod::FullFinetune : TrainingMethod::Pretrain);
    auto precision = casePrecision(c.run, *accel, *model);
    if (!precision) {
        why = "unknown precision '" + c.run.value("precision", "") + "'";
        return std::nullopt;
    }
    w.precision = *precision;
    w.globalBatch = c.run.value("global_batch", 0.0);
    if (c.run.contains("overlap_grad_reduce") && c.run["overlap_grad_reduce"].is_boolean())
        w.overlapGradReduce = c.run["overlap_grad_reduce"].get<bool>();
    if (c.run.contains("tp_overlap") && c.run["tp_overlap"].is_boolean())
        w.overlapTensorParallel = c.run["tp_overlap"].get<bool>();
    if (auto reason = prepareWorkload(w)) {
        why = *reason;
        return std::nullopt;
    }
    auto cluster = prepareCluster(hw, catalog, w.precision, 0, problems);
    if (!cluster) {
        why = problems.empty() ? "cannot build the cluster" : problems.back().toString();
        return std::nullopt;
    }
    tc.setup.cluster = *cluster;
    tc.fixed.tp = c.run.value("tp", 0);
    tc.fixed.pp = c.run.value("pp", 0);
    tc.fixed.dp = c.run.value("dp", 0);
    tc.fixed.microBatch = c.run.value("micro_batch", 0);
    tc.fixed.zeroStage = c.run.value("zero", -1);
    tc.fixed.interleave = c.run.value("interleave", 0);
    if (c.run.contains("recompute")) {
        const std::string rc = c.run.value("recompute", "");
        tc.fixed.recompute =
            rc == "none" ? Recompute::None : (rc == "full" ? Recompute::Full : Recompute::Selective);
    }
    return tc;
}

Prediction predictTrainingCase(const ValidationCase& c, const Catalog& catalog)
{
    Prediction p;
    auto tc = trainingCaseSetup(c, catalog, p.reason);
    if (!tc)
        return p;
    const LayoutChoice choice = chooseLayout(tc->setup, tc->fixed);
    if (!choice.found) {
        p.reason =
            "no valid parallel layout for " + formatWith("%.3g", tc->setup.cluster.accelerators) + " devices";
        return p;
    }
    const TrainingEstimate& e = choice.estimate;
    if (c.metric == "tokens_per_s")
        p.value = e.tokensPerS;
    else if (c.metric == "samples_per_s")
        p.value = e.samplesPerS;
    else if (c.metric == "tflops_per_device")
        p.value = e.modelFlopsPerSPerDevice / 1e12;
    else if (c.metric == "mfu")
        p.value = e.mfu;
    else {
        p.reason = "the training engine does not predict '" + c.metric + "'";
        return p;
    }
    p.predicted = true;
    p.binding = trainingBinding(e.step);
    p.detail = std::string(precisionName(tc->setup.workload.precision)) + ", " +
               describeLayout(choice.layout) + (e.fits ? "" : ", DOES NOT FIT") + ", MFU " +
               formatWith("%.3g", e.mfu);
    return p;
}

} // namespace infraplan
