#include "trainingsetup.h"

#include "catalog.h"
#include "collectives.h"
#include "hardwarerow.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

namespace {

// NCCL's per-step software cost on top of the wire latency: a small all-reduce inside an 8-GPU NVLink server
// takes ~10-20 µs over 7-14 ring steps, across InfiniBand a few µs per step more (nccl-tests small-message
// figures; docs/model.md "Collectives"). Links without a catalog latency get the typical wire latency.
constexpr double kScaleUpStepS = 1e-6;
constexpr double kScaleOutStepS = 5e-6;
constexpr double kDefaultScaleUpLatencyS = 1e-6;
constexpr double kDefaultScaleOutLatencyS = 2e-6;
// Without a scale-out link, servers talk over a 100 Gb/s data-centre network per server (TPU slices: the
// data-centre network between slices; Google quotes 50 Gb/s DCN per v5p chip).
constexpr double kFallbackScaleOutPerNodeBytesPerS = 12.5e9;
// Training data on disk: Megatron-style token files use uint16 ids when the vocabulary fits, else int32.
constexpr double kSmallVocabLimit = 65536;

// ICI joins a whole TPU slice, up to the pod size (Google Cloud TPU docs: v4 4096 chips, v5p 8960,
// v5e and v6e 256).
double iciPodSize(const std::string& linkId)
{
    if (linkId.find("v5p") != std::string::npos)
        return 8960;
    if (linkId.find("v4") != std::string::npos)
        return 4096;
    return 256;
}

// The ICI torus of a slice: 3D for v4 and v5p, 2D for v5e and v6e (Google Cloud TPU docs, "Interconnect
// topology"), with two of the chip's ports on each axis.
double iciTorusDimensions(const std::string& linkId)
{
    return linkId.find("v5p") != std::string::npos || linkId.find("v4") != std::string::npos ? 3 : 2;
}

bool sixteenBit(Precision p)
{
    return p == Precision::BF16 || p == Precision::FP16 || lowPrecisionLinears(p);
}

} // namespace

std::optional<std::string> prepareWorkload(TrainingWorkload& w)
{
    const ModelSpec& m = w.model;
    if (w.precision == Precision::INT4 || w.precision == Precision::FP4)
        return std::string("training in ") + std::string(precisionName(w.precision)) +
               " is not modelled: use fp32, tf32, bf16, fp16, fp8 or int8 mixed precision";
    const bool mixed = sixteenBit(w.precision);
    w.activationBytes = mixed ? 2 : 4;
    // ZeRO (Rajbhandari et al. 2020) mixed-precision Adam: 2 bytes of weights, 2 of gradients and K = 12 of
    // optimizer state (FP32 master weights, momentum and variance). SGD with momentum keeps master +
    // momentum.
    w.weightBytes = mixed ? 2 : 4;
    w.gradBytes = mixed ? 2 : 4;
    if (w.optimizer == Optimizer::Adam)
        w.optimizerBytes = mixed ? 12 : 8;
    else
        w.optimizerBytes = mixed ? 8 : 4;

    if (!m.transformer) {
        if (m.fwdFlopsPerSample <= 0 || m.params <= 0)
            return "the generic model needs parameters and forward FLOPs per sample";
        w.tokensPerSample = 1;
        w.activeParams = m.params;
        w.embeddingParams = std::clamp(m.embeddingParams, 0.0, m.params);
        // Forward plus a backward of twice the forward (gradients for activations and for weights).
        w.modelFlopsPerToken = 3 * m.fwdFlopsPerSample;
        if (w.method == TrainingMethod::Lora)
            return "LoRA is modelled for transformers only";
        w.inputBytesPerSample = m.bytesPerSample;
        // Which layers of a generic model run in FP8 is not known: FP8 is credited nothing (16-bit rate).
        w.fp8FlopShare = 0;
        return std::nullopt;
    }
    if (m.layers <= 0 || m.hidden <= 0 || m.heads <= 0 || m.seqLen <= 0)
        return "the transformer needs layers, hidden size, heads and sequence length";
    const double h = m.hidden, L = m.layers, V = m.vocab;
    // Variable-length data packed into rows of seq_len: compute follows the real tokens, memory the row.
    const double s = m.meanSeqLen > 0 ? std::min<double>(m.meanSeqLen, m.seqLen) : m.seqLen;
    const double kv = m.kvHeads > 0 ? m.kvHeads : m.heads;
    const double kvWidth = h * kv / m.heads; // K and V projection width under grouped-query attention
    const double f = m.ffn > 0 ? m.ffn : 4 * h;
    const double E = std::max(1, m.experts), k = std::clamp(m.expertsPerToken, 1, std::max(1, m.experts));
    const double ffnMatrices = m.gatedFfn ? 3 : 2;

    w.tokensPerSample = s;
    w.attentionParamsPerLayer = 2 * h * h + 2 * h * kvWidth;
    w.expertParamsPerLayer = ffnMatrices * h * f;
    const double layerParams = w.attentionParamsPerLayer + E * w.expertParamsPerLayer + (E > 1 ? h * E : 0);
    const double params = m.params > 0 ? m.params : L * layerParams + 2 * V * h;
    w.embeddingParams = std::max(V * h, params - L * layerParams);
    w.activeParams = params - L * (E - k) * w.expertParamsPerLayer;

    // LoRA adapters (Hu et al. 2021) of rank r on every projection: r x (d_in + d_out) each.
    const double r = std::max(1, w.loraRank);
    w.loraParams = w.method == TrainingMethod::Lora
                       ? L * r * (2 * (h + h) + 2 * (h + kvWidth) + E * ffnMatrices * (h + f))
                       : 0;

    // Model FLOPs per token (PaLM, Chowdhery et al. 2022, appendix B): 6N for the weight matmuls (forward 2N,
    // backward 4N) plus 12·L·h·s for attention scores and their use. Frozen LoRA weights need the gradient
    // with respect to their input but not their own: the backward of the weight matmuls halves to 2N.
    const double attentionFlops = 12 * L * h * s;
    const double weightMatmulFactor = w.method == TrainingMethod::Lora ? 4 : 6;
    w.modelFlopsPerToken = weightMatmulFactor * w.activeParams + attentionFlops + 6 * w.loraParams;

    // Precision by operator: FP8 (Transformer Engine) and INT8 (quantized training, Google's AQT on TPU v5e)
    // run only the linear layers of each block in the low format; attention scores, the embedding and the
    // output layer stay in 16 bits (NVIDIA Transformer Engine documentation; AQT: github.com/google/aqt).
    const double blockLinearFlops = weightMatmulFactor * (w.activeParams - w.embeddingParams);
    w.blockLinearFlopsPerToken = std::max(0.0, blockLinearFlops);
    w.fp8FlopShare =
        lowPrecisionLinears(w.precision) ? std::max(0.0, blockLinearFlops / w.modelFlopsPerToken) : 0;

    // Memory traffic outside the GEMMs, per token and layer, forward + backward (backward ≈ 2x forward):
    // layer norms 2 x 2h, QKV/rotary 2(h + 2·kvWidth), flash-attention I/O h + 2·kvWidth + h, two residual
    // adds 2 x 3h, activation 2f (GELU) or 3f (SwiGLU), MoE dispatch/combine 4kh. See docs/model.md.
    const double ffnActive = k * f;
    const double forwardElements = 4 * h + 2 * (h + 2 * kvWidth) + (2 * h + 2 * kvWidth) + 6 * h +
                                   (m.gatedFfn ? 3 : 2) * ffnActive + (E > 1 ? 4 * k * h : 0);
    w.elementwiseBytesPerTokenLayer = 3 * forwardElements * w.activationBytes;
    if (lowPrecisionLinears(w.precision)) {
        // Casting each FP8 GEMM input (forward activations, backward gradients): read 2 bytes, write 1.
        const double castElements =
            (3 * h + ffnActive) + (2 * h + 2 * kvWidth + h + ffnActive * (m.gatedFfn ? 2 : 1) + h);
        w.elementwiseBytesPerTokenLayer += 3 * castElements;
    }
    w.inputBytesPerSample = s * (V > 0 && V <= kSmallVocabLimit ? 2 : 4);
    return std::nullopt;
}

std::optional<TrainingCluster> prepareCluster(const SketchHardware& hw, const Catalog& catalog,
                                              Precision precision, double provisionedStorageBytes,
                                              Problems& problems)
{
    TrainingCluster c;
    c.hardware = hw;
    const AcceleratorSpec& a = hw.instance.accelerator;
    c.accelerators = hw.accelerators;
    c.perNode = std::max(1.0, hw.instance.acceleratorsPerNode);
    auto peak = a.peakFlops(precision);
    if (!peak) {
        problems.push_back({a.id, a.name + " has no " + std::string(precisionName(precision)) +
                                      " throughput in the catalog: choose another precision"});
        return std::nullopt;
    }
    c.peakFlops = *peak;
    c.peak16Flops = *peak;
    if (lowPrecisionLinears(precision)) {
        auto p16 = a.peakFlops(Precision::BF16);
        if (!p16)
            p16 = a.peakFlops(Precision::FP16);
        c.peak16Flops = p16.value_or(*peak / 2);
    }
    c.ranksPerDevice = std::max(1.0, a.collectiveRanksPerDevice);
    c.memoryBytes = a.memoryBytes;
    c.memoryBwBytesPerS = a.memoryBwBytesPerS;
    if (c.memoryBytes <= 0) {
        problems.push_back({a.id, a.name + " has no memory size in the catalog"});
        return std::nullopt;
    }
    if (c.memoryBwBytesPerS <= 0)
        c.memoryBwBytesPerS = 1e12; // unknown: elementwise work is then a rough share of the step
    c.computeEfficiency = a.calibration.computeEfficiency * a.sustainedClockFraction;
    c.memoryBwEfficiency = a.calibration.memoryBwEfficiency;
    c.tpSyncS = a.calibration.tpCollectiveSyncS;
    c.calibrationSource = a.calibration.sourceId;

    // Scale-up: the device's own aggregate bandwidth when the catalog gives it (a per-port link row
    // understates e.g. Gaudi's 21 on-die ports), else the link's per-device figure. Devices that talk over
    // the host's PCIe (a PCIe card without its bridge or fabric) get PCIe, at the share of the link rate
    // that collectives through the CPU root complexes reach.
    const CatalogItem* upItem = catalog.find(hw.scaleUp.id);
    const bool overHost = hw.scaleUp.id == "pcie" || (upItem && linkTechnology(*upItem) == "pcie");
    const double upRaw = a.scaleUpBytesPerS > 0 && !overHost ? a.scaleUpBytesPerS : hw.scaleUp.bytesPerS;
    c.upBytesPerS = upRaw * (overHost ? kHostPcieCollectiveEfficiency : a.calibration.scaleUpEfficiency);
    c.upLatencyS = (hw.scaleUp.latencyS > 0 ? hw.scaleUp.latencyS : kDefaultScaleUpLatencyS) + kScaleUpStepS;
    c.scaleUpDomain = c.perNode;
    if (upItem && isIciLink(*upItem)) {
        c.scaleUpDomain = std::min(std::max(c.perNode, hw.accelerators), iciPodSize(hw.scaleUp.id));
        c.tpLinkShare = 1 / iciTorusDimensions(hw.scaleUp.id);
    }

    double outRaw = hw.scaleOut.bytesPerS;
    if (hw.instance.networkBytesPerS > 0)
        outRaw = outRaw > 0 ? std::min(outRaw, hw.instance.networkBytesPerS / c.perNode)
                            : hw.instance.networkBytesPerS / c.perNode;
    if (outRaw <= 0)
        outRaw = kFallbackScaleOutPerNodeBytesPerS / c.perNode;
    c.outBytesPerS = outRaw * a.calibration.scaleOutEfficiency;
    c.outLatencyS =
        (hw.scaleOut.latencyS > 0 ? hw.scaleOut.latencyS : kDefaultScaleOutLatencyS) + kScaleOutStepS;

    if (hw.storage) {
        const StorageSpec& st = *hw.storage;
        double read = st.readBytesPerSPerNode * hw.nodes, write = st.writeBytesPerSPerNode * hw.nodes;
        if (st.readBytesPerSAggregate > 0)
            read = std::min(read > 0 ? read : st.readBytesPerSAggregate, st.readBytesPerSAggregate);
        if (st.throughputBytesPerSPerTiB > 0) {
            // Capacity-scaled tiers (FSx for Lustre): baseline throughput per TiB provisioned.
            const double tier = st.throughputBytesPerSPerTiB * provisionedStorageBytes / 1099511627776.0;
            read = read > 0 ? std::min(read, tier) : tier;
            write = write > 0 ? std::min(write, tier) : tier;
        }
        c.storageReadBytesPerS = read;
        c.storageWriteBytesPerS = write > 0 ? write : read / 2;
    }
    return c;
}

std::optional<TrainingSetup> prepareTraining(const Project& project, const Sketch& sketch,
                                             const Catalog& catalog, Problems& problems)
{
    const TrainingJob* job = project.trainingJob(sketch.workloadId);
    if (!job) {
        problems.push_back({sketch.id, "has no training job: connect one to the sketch"});
        return std::nullopt;
    }
    auto model = resolveModel(catalog, job->model, problems);
    if (!model)
        return std::nullopt;
    auto hw = resolveSketchHardware(catalog, sketch, problems);
    if (!hw)
        return std::nullopt;
    TrainingSetup setup;
    TrainingWorkload& w = setup.workload;
    w.model = *model;
    // Pre-training rows are shorter than the serving window for some presets (Llama 3.1: 8K of 128K).
    if (w.model.trainSeqLen > 0 && w.model.trainSeqLen < w.model.seqLen)
        w.model.seqLen = w.model.trainSeqLen;
    w.method = job->method;
    w.loraRank = job->loraRank;
    w.precision = sketch.precision.value_or(job->precision);
    w.optimizer = job->optimizer;
    w.globalBatch = job->globalBatch;
    w.trainingTokens = job->trainingTokens;
    w.trainingSamples = job->trainingSamples;
    if (auto why = prepareWorkload(w)) {
        problems.push_back({job->id, *why});
        return std::nullopt;
    }
    if (w.model.transformer && w.trainingTokens <= 0 && w.trainingSamples > 0)
        w.trainingTokens = w.trainingSamples * w.tokensPerSample;
    if (!w.model.transformer && w.trainingSamples <= 0 && w.trainingTokens > 0)
        w.trainingSamples = w.trainingTokens;
    if (w.trainingTokens <= 0 && w.trainingSamples <= 0) {
        problems.push_back({job->id, "says how much data to train on neither in tokens nor in samples"});
        return std::nullopt;
    }
    const double samples = w.model.transformer ? w.trainingTokens / w.tokensPerSample : w.trainingSamples;
    // The tier holds the dataset and the last two checkpoints (docs/model.md, "Storage").
    const double provisioned = samples * w.inputBytesPerSample + 2 * 14 * w.model.params;
    auto cluster = prepareCluster(*hw, catalog, w.precision, provisioned, problems);
    if (!cluster)
        return std::nullopt;
    setup.cluster = std::move(*cluster);
    return setup;
}

} // namespace infraplan
