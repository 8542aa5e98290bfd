#include "catalog.h"
#include "figureformat.h"
#include "hardware.h"
#include "hardwarerow.h"
#include "inferencereplica.h"
#include "regime.h"
#include "sustainedclock.h"
#include "validationcase.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace infraplan {

using nlohmann::json;

namespace {

// What a validation case leaves out is filled in as a planner would, by rules that depend on the kind of
// model and hardware only (docs/model.md, "Inference engine: validation"):
//
// * Serving precision, when absent: what MLPerf closed submissions use on that hardware. Generative
//   transformers: FP4 on devices with FP4 tensor cores (Blackwell; NVIDIA's MLPerf v4.1 B200 entry), else FP8
//   where the device has it (Hopper, Ada, MI300 class, Gaudi), else FP16. Non-generative models (CNNs,
//   encoders such as BERT, recommenders): INT8 on GPUs and on CPUs with INT8 matrix units (AMX), else FP16
//   (BF16 on CPUs). Diffusion (text-to-image): FP16.
// * Prompt length, when absent: for a chat model (preset task "chat") a conversational turn whose prompt is
// as
//   long as its answer; for other generative models the service default of 512 tokens; for encoders the
//   default capped at a quarter of the context window (benchmark sets pad to the window, real inputs are
//   shorter).
// * Benchmark rules that a published score depends on come from the preset, sourced in the catalog:
//   `benchmark_beams` (MLPerf decodes GPT-J with beam search of width 4) and `benchmark_items_per_sample`
//   (an MLPerf DLRM sample aggregates 270 user-item pairs on average, each one forward pass). A case's own
//   `beams` in its run overrides the preset.
constexpr double kDefaultPromptTokens = 512;
constexpr double kDefaultOutputTokens = 256;

const CatalogItem* presetByName(const Catalog& catalog, const std::string& name)
{
    for (const CatalogItem* item : catalog.items(ItemKind::Model))
        if (item->name == name || item->id == name)
            return item;
    return nullptr;
}

double number(const json& j, const char* key, double fallback)
{
    auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : fallback;
}

// A transformer described in the case; the FFN type is read from the preset of that name when there is one,
// else inferred from which of the two layouts reproduces the stated parameter count.
ModelSpec transformerFromCase(const json& m, const CatalogItem* preset)
{
    ModelSpec s;
    s.name = m.value("name", "model");
    s.transformer = true;
    s.params = number(m, "params", 0);
    s.layers = static_cast<int>(number(m, "layers", 0));
    s.hidden = static_cast<int>(number(m, "hidden", 0));
    s.heads = static_cast<int>(number(m, "heads", 1));
    s.kvHeads = static_cast<int>(number(m, "kv_heads", s.heads));
    s.ffn = static_cast<int>(number(m, "ffn", 4.0 * s.hidden));
    s.vocab = static_cast<int>(number(m, "vocab", 0));
    s.seqLen = static_cast<int>(number(m, "seq_len", 2048));
    s.experts = static_cast<int>(number(m, "experts", 1));
    s.expertsPerToken = static_cast<int>(number(m, "experts_per_token", 1));
    if (const auto gated = preset ? gatedFfnOf(*preset) : std::nullopt) {
        s.gatedFfn = *gated;
    } else if (s.params > 0) {
        const double L = s.layers, h = s.hidden, kv = s.kvHeads * (h / std::max(1, s.heads));
        auto count = [&](double matrices) {
            return L * (2 * h * h + 2 * h * kv + s.experts * matrices * h * s.ffn) + 2.0 * s.vocab * h;
        };
        s.gatedFfn = std::abs(count(3) - s.params) < std::abs(count(2) - s.params);
    }
    return s;
}

bool isGenerativeTask(const std::string& task)
{
    return task == "text-generation" || task == "chat" || task == "code-generation";
}

Precision defaultPrecision(const AcceleratorSpec& d, bool generative, const std::string& task)
{
    auto has = [&](Precision p) { return d.peakFlops(p).has_value(); };
    const Precision sixteen = has(Precision::FP16) ? Precision::FP16 : Precision::BF16;
    if (generative) {
        if (has(Precision::FP4))
            return Precision::FP4;
        if (has(Precision::FP8))
            return Precision::FP8;
        return sixteen;
    }
    if (task == "text-to-image")
        return sixteen;
    if (has(Precision::INT8))
        return Precision::INT8;
    return sixteen;
}

} // namespace

Prediction predictInferenceCase(const ValidationCase& c, const Catalog& catalog)
{
    Prediction out;
    Problems problems;
    const std::string accelId = c.system.value("accelerator", "");
    auto device = resolveAccelerator(catalog, accelId, problems);
    if (!device) {
        out.reason = "accelerator '" + accelId + "' is not in the catalog";
        return out;
    }
    // A run at a stated board power (a MaxQ cap, a custom thermal solution's higher limit) holds the clock
    // the sustained-clock law gives at that power instead of at the TDP.
    if (const double limitW = number(c.system, "power_limit_w", 0); limitW > 0 && device->item)
        device->sustainedClockFraction = sustainedClockFractionAt(catalog, *device->item, limitW);
    const double count = number(c.system, "count", 1);
    const double perNode = number(c.system, "per_node", count);
    const std::string modelName = c.model.value("name", "");
    const CatalogItem* preset = presetByName(catalog, modelName);

    ReplicaSetup setup;
    setup.device = *device;
    std::string task = preset ? modelTaskOf(*preset) : "";
    double pairsPerSample = 1;
    if (c.model.contains("layers")) {
        setup.model = transformerFromCase(c.model, preset);
    } else if (preset) {
        auto spec = modelSpecFromItem(*preset);
        if (!spec) {
            out.reason = "the preset '" + preset->id + "' lacks the figures needed to simulate it";
            return out;
        }
        setup.model = *spec;
        if (c.model.contains("flops_per_sample"))
            setup.model.fwdFlopsPerSample = number(c.model, "flops_per_sample", 0);
        if (c.model.contains("bytes_per_sample"))
            setup.model.bytesPerSample = number(c.model, "bytes_per_sample", 0);
        pairsPerSample = benchmarkItemsPerSample(*preset);
    } else if (c.model.contains("flops_per_sample")) {
        setup.model.name = modelName;
        setup.model.transformer = false;
        setup.model.params = number(c.model, "params", 0);
        setup.model.fwdFlopsPerSample = number(c.model, "flops_per_sample", 0);
        setup.model.bytesPerSample = number(c.model, "bytes_per_sample", 0);
    } else {
        out.reason = "model '" + modelName + "' has no architecture, no FLOPs per sample and no preset";
        return out;
    }

    // Generative decoding is token by token whatever the number format or the metric: a model whose preset is
    // a text generator (or whose case gives output tokens) takes the decode path with its KV cache.
    const bool generative =
        setup.model.transformer && (c.run.contains("output_tokens") || isGenerativeTask(task));
    const std::string precisionText = c.run.value("precision", "");
    if (!precisionText.empty()) {
        auto p = precisionFromName(precisionText);
        if (!p) {
            out.reason = "unknown precision '" + precisionText + "'";
            return out;
        }
        setup.precision = *p;
    } else {
        setup.precision = defaultPrecision(*device, generative, task);
    }

    // Request shape.
    const double window = setup.model.seqLen > 0 ? setup.model.seqLen : 4 * kDefaultPromptTokens;
    setup.outputTokens = {generative ? number(c.run, "output_tokens", kDefaultOutputTokens) : 0, 0};
    const double promptDefault = !generative      ? std::min(kDefaultPromptTokens, window / 4)
                                 : task == "chat" ? setup.outputTokens.mean
                                                  : kDefaultPromptTokens;
    setup.inputTokens = {number(c.run, "input_tokens", promptDefault), 0};
    setup.beams = static_cast<int>(number(c.run, "beams", preset ? benchmarkBeams(*preset) : 1));
    setup.itemsPerRequest = pairsPerSample;
    if (pairsPerSample > 1) {
        setup.flopsPerRequest = pairsPerSample * setup.model.fwdFlopsPerSample;
        setup.bytesPerRequest = pairsPerSample * setup.model.bytesPerSample;
    }
    // A stated batch counts requests, each decoding its beams (TensorRT-LLM's max_batch_size and the MLPerf
    // submitters' gpu_batch_size), while the engine's maximum batch counts sequences.
    setup.batching.maxBatch = c.run.contains("batch")
                                  ? static_cast<int>(number(c.run, "batch", 1)) * std::max(1, setup.beams)
                                  : 2048;
    setup.batching.kvCacheFraction = 0.9;
    setup.hostLinkBytesPerS = device->isCpu ? 0 : (device->pcieBytesPerS > 0 ? device->pcieBytesPerS : 32e9);

    // Scale-up link for tensor parallelism.
    const std::string upId = c.system.value("scale_up", device->item ? scaleUpLinkOf(*device->item) : "");
    if (!upId.empty()) {
        if (auto l = resolveLink(catalog, upId, problems))
            setup.scaleUp = *l;
    }
    if (device->scaleUpBytesPerS > 0 && (upId.empty() || upId == scaleUpLinkOf(*device->item)))
        setup.scaleUp.bytesPerS = device->scaleUpBytesPerS;
    if (setup.scaleUp.bytesPerS <= 0)
        setup.scaleUp = {
            "pcie", "PCIe (host link)", device->pcieBytesPerS > 0 ? device->pcieBytesPerS : 32e9, 0, 0, true};
    setup.scaleUpEfficiency = device->calibration.scaleUpEfficiency;

    // Tensor-parallel degree: the stated one, else the planner's choice among the degrees that fit a node and
    // divide the system: the one with the highest total throughput (smaller wins a tie).
    std::vector<int> degrees;
    if (c.run.contains("tp"))
        degrees.push_back(static_cast<int>(number(c.run, "tp", 1)));
    else
        for (int tp = 1; tp <= std::max(1.0, perNode); tp *= 2)
            if (std::fmod(count, tp) == 0)
                degrees.push_back(tp);
    const std::string scenario = c.run.value("scenario", "offline");
    LatencyTargets targets;
    targets.ttftP99Ms = number(c.run, "ttft_ms_p99", 0);
    targets.tpotP99Ms = number(c.run, "tpot_ms_p99", 0);
    targets.e2eP99Ms = number(c.run, "latency_ms_p99", 0);

    std::string lastError;
    double best = -1;
    for (int tp : degrees) {
        setup.tensorParallel = tp;
        std::string error;
        auto model = ReplicaModel::create(setup, error);
        if (!model) {
            lastError = error;
            continue;
        }
        const double replicas = std::floor(count / tp);
        const ReplicaCapacity cap = model->capacity();
        double requestsPerS = cap.requestsPerS, value = 0;
        Bound bound = cap.bound;
        if (scenario == "server")
            requestsPerS = model->sloRequestsPerS(targets, bound);
        const ReplicaLoad single = model->atLoad(cap.requestsPerS * 1e-4);
        if (c.metric == "tokens_per_s")
            value = replicas * requestsPerS * model->outputMean();
        else if (c.metric == "samples_per_s")
            value = replicas * requestsPerS;
        else if (c.metric == "ttft_ms")
            value = single.ttftS * 1000;
        else if (c.metric == "tpot_ms")
            value = single.iterationS * 1000;
        else if (c.metric == "latency_ms")
            value = single.e2eS * 1000;
        else {
            out.reason = "metric '" + c.metric + "' is not an inference metric";
            return out;
        }
        const bool higherIsBetter = c.metric == "tokens_per_s" || c.metric == "samples_per_s";
        if (best < 0 || (higherIsBetter ? value > best * 1.0001 : value < best * 0.9999)) {
            best = value;
            out.predicted = value > 0;
            out.value = value;
            out.binding = servingBinding(bound, !higherIsBetter);
            out.detail = std::string(precisionName(setup.precision)) + ", " + formatWith("%.0f", replicas) +
                         " x TP" + std::to_string(tp) + ", " +
                         (model->isLlm() ? formatWith("%.0f requests in flight", cap.concurrency)
                                         : formatWith("batch %.0f", cap.concurrency)) +
                         ", " + std::string(boundName(bound)) + "-bound";
            if (setup.beams > 1)
                out.detail += ", beam " + std::to_string(setup.beams);
        }
    }
    if (best < 0)
        out.reason = lastError.empty() ? "no tensor-parallel degree divides the system" : lastError;
    else if (!out.predicted)
        out.reason = "no load meets the stated latency bounds";
    return out;
}

} // namespace infraplan
