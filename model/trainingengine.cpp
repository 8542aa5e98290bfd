#include "trainingengine.h"

#include "collectives.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

namespace {

// CUDA context, cuBLAS/cuDNN workspaces, NCCL channel buffers and allocator slack that every training
// process holds besides tensors (PyTorch on an 80 GB GPU typically reports 1.5-3 GB beyond its tensors).
constexpr double kFrameworkBytes = 2e9;
// Data-parallel gradient bucket (PyTorch DDP / Megatron default 25-40 MB); two are held, one filling while
// the other is reduced.
constexpr double kBucketBytes = 40e6;
constexpr double kGradBucketBytes = 2 * kBucketBytes;
// Generic models: bytes moved per stored activation byte in a step: written in the forward, read in the
// backward, its gradient written and read once.
constexpr double kGenericActivationTrafficFactor = 4;

struct StageShape {
    double layers = 0;         ///< layers on the most loaded stage
    double tableParams = 0;    ///< generic models: embedding-table parameters, sharded over the devices
    double layerShare = 0;     ///< layers / total layers
    double denseParams = 0;    ///< per device, non-expert
    double expertParams = 0;   ///< per device, expert weights
    double trainableDense = 0; ///< of which trained (LoRA: adapters only)
    double trainableExpert = 0;
};

StageShape stageShape(const TrainingWorkload& w, const TrainingLayout& l)
{
    StageShape st;
    const ModelSpec& m = w.model;
    if (!m.transformer) {
        st.layers = 1;
        st.layerShare = 1;
        // Embedding tables are split across the data-parallel ranks (model parallel), the rest is replicated.
        st.tableParams = w.embeddingParams / l.dp;
        st.denseParams = w.model.params - w.embeddingParams;
        st.trainableDense = st.denseParams;
        return st;
    }
    const double L = m.layers;
    st.layers = std::ceil(L / l.pp);
    st.layerShare = st.layers / L;
    const bool moe = m.experts > 1;
    const double denseLayer =
        w.attentionParamsPerLayer + (moe ? m.hidden * double(m.experts) : w.expertParamsPerLayer);
    // Input embedding on the first stage, output layer on the last; one device holds both without pipelining.
    const double embedding = l.pp > 1 ? w.embeddingParams / 2 : w.embeddingParams;
    st.denseParams = (st.layers * denseLayer + embedding) / l.tp;
    st.expertParams = moe ? st.layers * m.experts * w.expertParamsPerLayer / (double(l.tp) * l.ep) : 0;
    if (w.method == TrainingMethod::Lora) {
        st.trainableDense = w.loraParams * st.layerShare / l.tp;
        st.trainableExpert = 0;
    } else {
        st.trainableDense = st.denseParams;
        st.trainableExpert = st.expertParams;
    }
    return st;
}

// Activation bytes one layer stores for one microbatch (Korthikanti et al. 2022, eq. 1-2 and Table 2),
// generalised to grouped-query attention, gated FFNs and MoE, with sequence parallelism (everything / t).
// Attention block: 11·sbh + 5·a·s²·b (QKV input 2, Q 2, K 2, V 2, projection input 2, dropout mask 1, and
// the score matrix 5·a·s²·b); MLP 19·sbh for a 4h GELU FFN (input 2, activation input 2f/h, FC2 input 2f/h,
// dropout mask 1); layer norms 4·sbh. Every current framework runs FlashAttention (Dao et al. 2022), which
// never stores the score matrix: the 5·a·s²·b term is gone with or without selective recompute, so "none"
// and "selective" store the same 34·sbh/t; full recompute keeps only each layer's 2·sbh/t input.
double layerActivationBytes(const TrainingWorkload& w, double microBatch, double tp, Recompute rc)
{
    const ModelSpec& m = w.model;
    const double h = m.hidden, a = m.heads;
    const double kv = m.kvHeads > 0 ? m.kvHeads : a;
    const double f = (m.ffn > 0 ? m.ffn : 4 * h) * std::max(1, std::min(m.expertsPerToken, m.experts));
    const double scale = w.activationBytes / 2; // the paper counts 16-bit activations
    const double sbh = w.tokensPerSample * microBatch * h;
    if (rc == Recompute::Full)
        return 2 * sbh * scale / tp;
    const double attention = 7 + 4 * kv / a;
    const double mlp = 3 + (m.gatedFfn ? 6 : 4) * f / h;
    return (attention + mlp + 4) * sbh * scale / tp;
}

// Matrix units compute whole tiles: a NeuronCore's tensor engine and a TPU v4/v5 MXU are 128 x 128 systolic
// arrays, and cuBLAS/CUTLASS tensor-core kernels tile their outputs by 128. A weight shard whose width is not
// a multiple of the tile computes the padding as well.
constexpr double kMatrixTile = 128;

// Executed over ideal FLOPs of a block's linear layers on one of `ranks` tensor-parallel ranks: attention
// splits by whole heads, a rank holds at least one KV head (replicated when the ranks outnumber them, as
// Megatron and NeuronX Distributed do), and every shard width rounds up to whole tiles.
double shardPaddingFactor(const ModelSpec& m, double ranks)
{
    const double h = m.hidden, a = m.heads, kv = m.kvHeads > 0 ? m.kvHeads : a, d = h / a;
    const double f = m.ffn > 0 ? m.ffn : 4 * h;
    const double ffnMatrices = m.gatedFfn ? 3 : 2;
    const double k = std::max(1, std::min(m.expertsPerToken, m.experts));
    auto tiles = [](double width) { return std::ceil(width / kMatrixTile - 1e-9) * kMatrixTile; };
    // Widths of the h x width matrices a rank holds: Q and O, K and V, the FFN's.
    const double executed = 2 * tiles(std::ceil(a / ranks) * d) +
                            2 * tiles(std::max(1.0, std::ceil(kv / ranks)) * d) +
                            ffnMatrices * k * tiles(std::ceil(f / ranks));
    const double ideal = (2 * h + 2 * kv * d + ffnMatrices * k * f) / ranks;
    return std::max(1.0, executed / ideal);
}

} // namespace

const char* layoutIssueText(LayoutIssue issue)
{
    switch (issue) {
    case LayoutIssue::None:
        return "valid";
    case LayoutIssue::TooManyDevices:
        return "data x tensor x pipeline parallel degrees need more accelerators than the cluster has";
    case LayoutIssue::HeadsNotDivisible:
        return "the tensor-parallel degree must divide the number of attention heads";
    case LayoutIssue::TooManyStages:
        return "there are more pipeline stages than layers";
    case LayoutIssue::BadInterleave:
        return "the interleave factor must divide the layers per stage, and the microbatches per step must "
               "be "
               "a multiple of the pipeline stages";
    case LayoutIssue::ExpertsNotDivisible:
        return "the expert-parallel degree must divide both the experts and the data-parallel degree";
    case LayoutIssue::NotPartitionable:
        return "a generic model (given by FLOPs per sample) can only be split data-parallel: set TP and PP "
               "to 1";
    case LayoutIssue::BadDegree:
        return "parallel degrees and the microbatch must be at least 1";
    }
    return "";
}

double defaultGlobalBatch(const TrainingWorkload& w, double accelerators)
{
    if (!w.model.transformer)
        return std::max(1.0, 64 * accelerators);
    // At least one sequence per accelerator, so that large clusters are not starved of work.
    return std::max(
        {1.0, std::round(4194304.0 / std::max(1.0, w.tokensPerSample)), std::floor(accelerators)});
}

int defaultExpertParallel(const TrainingSetup& setup, const TrainingLayout& l)
{
    const int experts = setup.workload.model.experts;
    if (experts <= 1 || !setup.workload.model.transformer)
        return 1;
    const int limit = std::max(1, static_cast<int>(setup.cluster.scaleUpDomain) / std::max(1, l.tp));
    int best = 1;
    for (int ep = 1; ep <= experts; ++ep)
        if (experts % ep == 0 && l.dp % ep == 0 && ep <= limit)
            best = ep;
    return best;
}

TrainingEstimate estimateTraining(const TrainingSetup& setup, const TrainingLayout& l)
{
    const TrainingWorkload& w = setup.workload;
    const TrainingCluster& c = setup.cluster;
    const ModelSpec& m = w.model;
    TrainingEstimate e;
    e.memoryCapacityBytes = c.memoryBytes;

    // Validity.
    if (l.dp < 1 || l.tp < 1 || l.pp < 1 || l.ep < 1 || l.microBatch < 1 || l.interleave < 1 ||
        l.zeroStage < 0)
        e.issue = LayoutIssue::BadDegree;
    else if (double(l.dp) * l.tp * l.pp > c.accelerators + 0.5)
        e.issue = LayoutIssue::TooManyDevices;
    else if (!m.transformer && (l.tp > 1 || l.pp > 1 || l.ep > 1))
        e.issue = LayoutIssue::NotPartitionable;
    else if (m.transformer && m.heads % l.tp != 0)
        e.issue = LayoutIssue::HeadsNotDivisible;
    else if (m.transformer && l.pp > m.layers)
        e.issue = LayoutIssue::TooManyStages;
    else if (l.ep > 1 && (m.experts % l.ep != 0 || l.dp % l.ep != 0))
        e.issue = LayoutIssue::ExpertsNotDivisible;
    const double B = w.globalBatch > 0 ? w.globalBatch : defaultGlobalBatch(w, c.accelerators);
    const double mb = l.microBatch;
    const double dp = l.dp, tp = l.tp, pp = l.pp;
    const double microbatches = std::ceil(B / (dp * mb));
    const double v = l.virtualStages();
    if (e.issue == LayoutIssue::None && m.transformer && v > 1 &&
        (static_cast<int>(std::ceil(double(m.layers) / l.pp)) % l.interleave != 0 ||
         static_cast<long long>(microbatches) % l.pp != 0))
        e.issue = LayoutIssue::BadInterleave;
    if (e.issue != LayoutIssue::None)
        return e;

    e.devicesUsed = dp * tp * pp;
    e.globalBatch = B;
    e.microbatches = microbatches;
    const StageShape st = stageShape(w, l);
    const double tokensMb = mb * w.tokensPerSample;
    const Recompute rc = m.transformer ? l.recompute : Recompute::None;
    // Share of the stage's layers recomputed in full: all of them, or the first `recomputeLayers` (block
    // method); the rest keep their activations like selective recompute.
    const double fullShare = rc != Recompute::Full ? 0.0
                             : l.recomputeLayers > 0
                                 ? std::min(1.0, double(l.recomputeLayers) / std::max(1.0, st.layers))
                                 : 1.0;

    // ---- Compute per microbatch on the slowest device ----
    const double flopsMb = w.modelFlopsPerToken * tokensMb * st.layerShare / tp;
    double recomputeFlopsMb = 0;
    if (m.transformer) {
        const double h = m.hidden, s = w.tokensPerSample;
        // FlashAttention's backward recomputes the scores Q·Kᵀ (2·s·h per token and layer) in every mode;
        // that is also all selective recompute would redo.
        recomputeFlopsMb = 2 * h * s * tokensMb * st.layers / tp;
        if (rc == Recompute::Full) {
            const double fwdPerTokenLayer =
                2 * (w.activeParams - w.embeddingParams + w.loraParams) / m.layers + 4 * h * s;
            recomputeFlopsMb += fwdPerTokenLayer * tokensMb * st.layers * fullShare / tp;
        }
    } // generic models: no layer structure to recompute by, the setting is ignored (rc is None)
    // A device of several cores (NeuronCores) splits its tensor-parallel shard again, one rank per core.
    const double tpRanks = l.tp > 1 ? tp * c.ranksPerDevice : 1;
    double paddingFlopsMb = 0;
    if (m.transformer)
        paddingFlopsMb = (shardPaddingFactor(m, tpRanks) - 1) * w.blockLinearFlopsPerToken * tokensMb *
                         st.layerShare / tp * (1 + fullShare / 3);
    const double secondsPerFlop = w.fp8FlopShare / (c.peakFlops * c.computeEfficiency) +
                                  (1 - w.fp8FlopShare) / (c.peak16Flops * c.computeEfficiency);
    const double memBw = c.memoryBwBytesPerS * c.memoryBwEfficiency;
    double elementwiseS = 0;
    if (m.transformer)
        elementwiseS =
            tokensMb * st.layers * w.elementwiseBytesPerTokenLayer / tp / memBw * (1 + fullShare / 3);
    else // activations, plus the table rows looked up forward and their gradients scattered backward
        elementwiseS = (m.activationBytesPerSample * kGenericActivationTrafficFactor +
                        2 * m.embeddingLookupsPerSample * w.weightBytes) *
                       mb / memBw;
    const double recomputeS = recomputeFlopsMb * secondsPerFlop;
    const double computeMbS = (flopsMb + recomputeFlopsMb + paddingFlopsMb) * secondsPerFlop + elementwiseS;
    // Forward share of a microbatch: forward matmuls are 2N of 6N (LoRA 2N of 4N); recompute runs in
    // backward.
    const double forwardShare = w.method == TrainingMethod::Lora ? 0.5 : 1.0 / 3.0;
    const double forwardMbS = (computeMbS - recomputeS) * forwardShare;
    const double backwardMbS = computeMbS - forwardMbS;

    const LinkTier up{c.upBytesPerS, c.upLatencyS};
    const LinkTier out{c.outBytesPerS, c.outLatencyS};
    const double domain = std::max(1.0, c.scaleUpDomain);

    // ---- Tensor parallel: with sequence parallelism 2 all-gathers + 2 reduce-scatters per layer forward and
    // the same backward (Korthikanti et al. 2022, sec. 4.2.2): 4 all-reduce equivalents of s·b·h. ----
    double tpMbS = 0;
    if (m.transformer && l.tp > 1) {
        const double bytes = tokensMb * m.hidden * w.activationBytes;
        const LinkTier axis{c.upBytesPerS * c.tpLinkShare, c.upLatencyS};
        const double inner = std::min(tp, domain), outer = std::ceil(tp / inner);
        // Every core is a rank of the ring: its steps (and their latency) grow with the cores, while the
        // bytes still leave each device once per step.
        // Each all-reduce equivalent is an all-gather plus a reduce-scatter: two collectives, each paying
        // the family's fixed synchronisation cost (docs/model.md §10.2).
        const double perCollective = collective::hierarchicalAllReduceS(bytes, inner, outer, axis, out) +
                                     2 * inner * (tpRanks / tp - 1) * up.stepLatencyS + 2 * c.tpSyncS;
        tpMbS = st.layers * (4 + 2 * fullShare) * perCollective;
        // Collective matmul (Wang et al. 2023, "Overlap Communication with Dependent Computation via
        // Decomposition in Large Deep Learning Models"; XLA's decomposed all-gather einsum, Transformer
        // Engine's userbuffers): each all-gather or reduce-scatter is split into t ring steps and each
        // step's transfer runs under the matmul of the chunk already received. Only the first step, 1/t of
        // the traffic, and whatever outlasts the matmuls stay exposed.
        if (w.overlapTensorParallel) {
            const double matmulMbS = (flopsMb + recomputeFlopsMb + paddingFlopsMb) * secondsPerFlop;
            tpMbS = std::max(tpMbS - matmulMbS, tpMbS / tp);
        }
    }
    // ---- Expert parallel: dispatch and combine all-to-all, forward and backward, per MoE layer. ----
    double epMbS = 0;
    if (m.transformer && m.experts > 1 && l.ep > 1) {
        const double k = std::max(1, m.expertsPerToken);
        const double bytes = tokensMb * k * m.hidden * w.activationBytes / tp;
        const LinkTier& tier = tp * l.ep <= domain ? up : out;
        epMbS = st.layers * (4 + 2 * fullShare) * collective::allToAllS(bytes, l.ep, tier);
    }
    // ---- Pipeline: one activation send forward and one gradient send backward per microbatch and virtual
    // stage; with the scatter/gather optimisation each TP rank sends 1/t (Narayanan et al. 2021, sec. 4.1).
    // ----
    double ppMbS = 0;
    if (m.transformer && l.pp > 1) {
        const double bytes = tokensMb * m.hidden * w.activationBytes / tp;
        const LinkTier& tier = tp * dp * pp <= domain ? up : out;
        const double send = collective::sendS(bytes, tier);
        if (v > 1) {
            // The interleaved schedule posts each chunk's send and the next chunk's receive while it computes
            // (Megatron-LM overlap-p2p-communication): only what outlasts a chunk's forward or backward, and
            // the wire latency, stays exposed.
            const double fwdChunkS = forwardMbS / v, bwdChunkS = backwardMbS / v;
            ppMbS = v * (std::max(send - fwdChunkS, tier.stepLatencyS) +
                         std::max(send - bwdChunkS, tier.stepLatencyS));
        } else {
            ppMbS = 2 * v * send;
        }
    }
    // ---- Sharded embedding tables (generic models): each sample's looked-up vectors go from the tables'
    // owners to the sample's device and their gradients come back, one all-to-all each way per microbatch
    // (Naumov et al. 2019, DLRM sec. 4; TorchRec's sharded EmbeddingBagCollection). ----
    if (!m.transformer && st.tableParams > 0 && l.dp > 1) {
        const double bytes = mb * m.embeddingValuesPerSample * w.activationBytes;
        const LinkTier& tier = dp <= domain ? up : out;
        epMbS = 2 * collective::allToAllS(bytes, dp, tier);
    }
    const double mbS = computeMbS + tpMbS + epMbS + ppMbS;
    // ---- Pipeline bubble: (p - 1) / v microbatch slots of idle time (Narayanan et al. 2021, eq. 1-2). ----
    const double bubbleS = (pp - 1) / v * mbS;

    // ---- Data parallel / ZeRO ----
    // Megatron's rank order puts TP innermost, then DP: dp ranks sharing a scale-up domain reduce there
    // first.
    const double dpInner = std::clamp(std::floor(domain / tp), 1.0, dp);
    auto rs = [&](double bytes, double n) {
        const double inner = std::min(dpInner, n), outer = std::ceil(n / inner);
        return collective::hierarchicalReduceScatterS(bytes, inner, outer, up, out);
    };
    auto ar = [&](double bytes, double n) {
        const double inner = std::min(dpInner, n), outer = std::ceil(n / inner);
        return collective::hierarchicalAllReduceS(bytes, inner, outer, up, out);
    };
    const double expertDp = dp / l.ep;
    // Gradients are reduced bucket by bucket as the last microbatch's backward produces them, and weights are
    // gathered as the next step's first forward needs them (Megatron-LM overlap-grad-reduce / overlap-param-
    // gather, PyTorch DDP buckets): those two passes are the windows the traffic can hide behind. Each bucket
    // (FSDP: each layer) is a collective of its own and pays its latency; the first gather has no compute
    // before it and the last reduction none after it, so one bucket or layer stays exposed however long the
    // window.
    struct Pieces {
        double totalS = 0, oneS = 0; ///< all pieces, and the one that cannot hide
    };
    auto bucketed = [&](auto collective, double bytes, double n, double pieces) {
        if (bytes <= 0 || n <= 1)
            return Pieces{};
        const double one = collective(bytes / pieces, n);
        return Pieces{pieces * one, one};
    };
    auto buckets = [](double bytes) { return std::max(1.0, std::ceil(bytes / kBucketBytes)); };
    // A framework that does not overlap the reduction leaves it no window at all.
    const double backwardWindowS = w.overlapGradReduce ? backwardMbS : 0,
                 forwardWindowS = w.overlapGradReduce ? forwardMbS : 0;
    double dpS = 0;
    if (l.dp > 1) {
        const double gradDense = st.trainableDense * w.gradBytes,
                     gradExpert = st.trainableExpert * w.gradBytes;
        // Weights gathered under ZeRO-3: all of them, frozen LoRA base weights included.
        const double paramDense = (l.zeroStage >= 3 ? st.denseParams : st.trainableDense) * w.weightBytes;
        const double paramExpert = (l.zeroStage >= 3 ? st.expertParams : st.trainableExpert) * w.weightBytes;
        auto add = [](Pieces a, Pieces b) { return Pieces{a.totalS + b.totalS, a.oneS + b.oneS}; };
        auto exposed = [](Pieces p, double windowS) { return std::max(p.totalS - windowS, p.oneS); };
        if (l.zeroStage >= 3) {
            // FSDP: weights gathered layer by layer for forward and again for backward, gradients
            // reduce-scattered layer by layer, every microbatch.
            const double layers = std::max(1.0, st.layers);
            const Pieces ag =
                add(bucketed(rs, paramDense, dp, layers), bucketed(rs, paramExpert, expertDp, layers));
            const Pieces rsP =
                add(bucketed(rs, gradDense, dp, layers), bucketed(rs, gradExpert, expertDp, layers));
            dpS = microbatches * (exposed(ag, forwardWindowS) +
                                  exposed({ag.totalS + rsP.totalS, rsP.oneS}, backwardWindowS));
        } else {
            const Pieces rsP = add(bucketed(rs, gradDense, dp, buckets(gradDense)),
                                   bucketed(rs, gradExpert, expertDp, buckets(gradExpert)));
            const Pieces ag = add(bucketed(rs, paramDense, dp, buckets(paramDense)),
                                  bucketed(rs, paramExpert, expertDp, buckets(paramExpert)));
            switch (l.zeroStage) {
            case 0: // DDP all-reduce of the gradients, bucketed behind the last microbatch's backward
                dpS = exposed(add(bucketed(ar, gradDense, dp, buckets(gradDense)),
                                  bucketed(ar, gradExpert, expertDp, buckets(gradExpert))),
                              backwardWindowS);
                break;
            case 1: // distributed optimizer: reduce-scatter behind the last backward, all-gather behind the
                    // next step's first forward
                dpS = exposed(rsP, backwardWindowS) + exposed(ag, forwardWindowS);
                break;
            default: // ZeRO-2: gradients reduce-scattered after every microbatch's backward
                dpS = microbatches * exposed(rsP, backwardWindowS) + exposed(ag, forwardWindowS);
                break;
            }
        }
    }
    // ---- Optimizer update: reads gradient, master weights and moments, writes them and the 16-bit copy.
    // ----
    const double trainable = st.trainableDense + st.trainableExpert;
    const double shardedTrainable =
        l.zeroStage >= 1 && l.dp > 1 ? st.trainableDense / dp + st.trainableExpert / expertDp : trainable;
    // Embedding tables update only the rows the step looked up (sparse gradients): the step's lookups spread
    // over the shards, never more than the shard.
    const double tableUpdated = m.embeddingLookupsPerSample > 0
                                    ? std::min(st.tableParams, B * m.embeddingLookupsPerSample / dp)
                                    : st.tableParams;
    const double optimizerS =
        (shardedTrainable + tableUpdated) * (w.gradBytes + 2 * w.optimizerBytes + w.weightBytes) / memBw;

    // ---- Step ----
    e.step.compute = microbatches * computeMbS;
    e.step.recompute = microbatches * recomputeS;
    e.step.tpComm = microbatches * tpMbS;
    e.step.epComm = microbatches * epMbS;
    e.step.ppComm = microbatches * ppMbS;
    e.step.bubble = bubbleS;
    e.step.dpComm = dpS;
    e.step.optimizer = optimizerS;
    const double withoutData = e.step.total();
    // The loader prefetches while the devices compute: only reading slower than a step stalls it.
    const double stepBytes = B * w.inputBytesPerSample;
    if (c.storageReadBytesPerS > 0 && stepBytes > 0)
        e.step.dataStall = std::max(0.0, stepBytes / c.storageReadBytesPerS - withoutData);
    e.stepTimeS = e.step.total();

    // ---- Memory of the most loaded device ----
    MemoryBreakdown& mem = e.memory;
    const double zeroDiv = dp, expertZeroDiv = expertDp;
    const double denseWeights = st.denseParams * w.weightBytes,
                 expertWeights = st.expertParams * w.weightBytes;
    const bool lora = w.method == TrainingMethod::Lora;
    // LoRA: frozen base weights in 16 bits, adapters trained in mixed precision.
    mem.weights = l.zeroStage >= 3 ? denseWeights / zeroDiv + expertWeights / expertZeroDiv
                                   : denseWeights + expertWeights;
    if (lora)
        mem.weights += st.trainableDense * w.weightBytes / (l.zeroStage >= 3 ? zeroDiv : 1);
    const bool shardGrads = l.zeroStage >= 2;
    mem.gradients = st.trainableDense * w.gradBytes / (shardGrads ? zeroDiv : 1) +
                    st.trainableExpert * w.gradBytes / (shardGrads ? expertZeroDiv : 1);
    mem.optimizer = l.zeroStage >= 1 ? st.trainableDense * w.optimizerBytes / zeroDiv +
                                           st.trainableExpert * w.optimizerBytes / expertZeroDiv
                                     : trainable * w.optimizerBytes;
    // A device's own table shard: weights, its gradient rows and optimizer state, never gathered.
    mem.weights += st.tableParams * w.weightBytes;
    mem.gradients += st.tableParams * w.gradBytes;
    mem.optimizer += st.tableParams * w.optimizerBytes;
    if (m.transformer) {
        // Layers recomputed in full keep only their input; the rest keep what selective recompute keeps.
        const double perLayer =
            fullShare * layerActivationBytes(w, mb, tp, Recompute::Full) +
            (1 - fullShare) *
                layerActivationBytes(w, mb, tp, rc == Recompute::Full ? Recompute::Selective : rc);
        // 1F1B keeps up to p microbatches in flight on the first stage; interleaving adds (p-1)/(p·v)
        // (Korthikanti et al. 2022, sec. 4.2.3).
        double inFlight = pp > 1 ? std::min(microbatches, pp) : 1;
        if (v > 1)
            inFlight *= 1 + (pp - 1) / (pp * v);
        double first = st.layers * inFlight * perLayer;
        if (rc == Recompute::Full) // one layer's full working set while it is recomputed
            first += layerActivationBytes(w, mb, tp, Recompute::Selective);
        // Output layer: FP32 logits of s·b·V for the cross-entropy (Korthikanti: 4·sbv / t).
        const double logits = 4 * tokensMb * double(m.vocab) / tp;
        const double last = pp > 1 ? st.layers * perLayer + logits : 0;
        mem.activations = pp > 1 ? std::max(first, last) : first + logits;
    } else {
        mem.activations = m.activationBytesPerSample * mb;
    }
    mem.buffers = kFrameworkBytes + (l.dp > 1 && l.zeroStage < 3 ? kGradBucketBytes : 0);
    if (l.zeroStage >= 3 && l.dp > 1) // the gathered weights of the layer in use and the prefetched next one
        mem.buffers +=
            m.transformer ? 2 * (denseWeights + expertWeights) / std::max(1.0, st.layers) : denseWeights;
    e.fits = mem.total() <= c.memoryBytes;

    // ---- Throughput ----
    const double tokensPerStep = B * w.tokensPerSample;
    e.tokensPerS = tokensPerStep / e.stepTimeS;
    e.samplesPerS = B / e.stepTimeS;
    e.modelFlopsPerStep = w.modelFlopsPerToken * tokensPerStep;
    e.modelFlopsPerSPerDevice = e.modelFlopsPerStep / e.stepTimeS / e.devicesUsed;
    e.mfu = e.modelFlopsPerSPerDevice / c.peakFlops;
    const double recomputeFlopsPerStep = recomputeFlopsMb * microbatches * e.devicesUsed;
    e.hfu = (e.modelFlopsPerStep + recomputeFlopsPerStep) / e.stepTimeS / e.devicesUsed / c.peakFlops;
    e.busyFraction = std::min(1.0, (e.step.compute + e.step.optimizer) / e.stepTimeS);
    // What keeps the accelerators fed: a step's input within the step's time without waiting for it.
    e.dataReadBytesPerS = stepBytes / withoutData;
    e.trainableParamsPerDevice = trainable;
    return e;
}

} // namespace infraplan
