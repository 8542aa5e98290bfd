#include "inferencereplica.h"

#include "collectives.h"
#include "fallingroot.h"
#include "figureformat.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace infraplan {

namespace {

// The standard normal's 99th percentile, for log-normal lengths given by mean and p99.
constexpr double kZ99 = 2.3263478740408408;
// Activations crossing the tensor-parallel all-reduce are 16-bit in every serving stack we model
// (TensorRT-LLM, vLLM): FP8 GEMMs still produce BF16 outputs.
constexpr double kActivationBytes = 2.0;
// Launch and synchronisation cost of one all-reduce, before any byte moves. NCCL and the TensorRT-LLM custom
// all-reduce take 5-10 us for decode-sized messages inside an NVLink node (docs/model.md, "Tensor parallel").
constexpr double kAllReduceLaunchS = 5e-6;
// Per hop of the ring when the link row has no latency figure (NVLink, Infinity Fabric: sub-microsecond).
constexpr double kDefaultHopLatencyS = 0.5e-6;
// Requests in flight beyond which the expected-experts table saturates (every expert touched).
constexpr size_t kExpertTableSize = 4096;
// Prompt attention without a fused (flash) kernel materialises the S x S scores of every head in device
// memory: they leave the matrix unit in FP32 (the NeuronCore-v2 tensor engine always writes FP32, NKI
// architecture guide) and are read back by the softmax, 4 + 4 bytes, and the 16-bit probabilities are written
// and read by the second matmul, 2 + 2 bytes.
constexpr double kUnfusedScoreBytes = 12;
// transformers-neuronx, the serving stack of the Neuron devices (Inferentia2, Trainium), uses its flash
// attention kernel only for prompts longer than 8k tokens (Transformers NeuronX developer guide, "Flash
// Attention"): shorter prompts take the unfused path. Other stacks (TensorRT-LLM, vLLM, JAX on TPU) fuse it.
constexpr double kNeuronFusedAttentionAboveTokens = 8192;
// Matrix units work on whole tiles: the NeuronCore-v2 tensor engine is a 128 x 128 systolic array (NKI
// architecture guide), as are TPU v4/v5 MXUs, and cuBLAS/CUTLASS tensor-core kernels tile outputs by 128.
constexpr double kMatrixTile = 128;

bool promptAttentionUnfused(const AcceleratorSpec& d, double promptTokens)
{
    return d.family == "aws-neuron" && promptTokens <= kNeuronFusedAttentionAboveTokens;
}

// Saxml (Praxis) on TPUs enables lazy prefix broadcast for multi-sample decoding (beam search) by default
// (`saxml/server/pax/lm/params/template.py`: lazy_prefix_broadcast = FPROP_FOR_PREFIX and BEAM_SIZE > 1): the
// beams of a request share one copy of the prompt's keys and values and attend to it together.
bool promptSharedByBeams(const AcceleratorSpec& d)
{
    return d.family == "google-tpu";
}

// transformers-neuronx compiles static shapes: a decoding sequence at context c attends over the smallest
// token-generation bucket that holds it, powers of two from 128 up to the sequence length (Transformers
// NeuronX developer guide, "Bucketing"). Over a request's life (c from the prompt to prompt + output,
// uniformly) that reads E[bucket(c)] / E[c] times the cache the context holds; other stacks read exactly the
// context.
double decodeAttentionWindowFactor(const AcceleratorSpec& d, double prompt, double output)
{
    if (d.family != "aws-neuron" || output <= 0)
        return 1;
    const double lo = prompt, hi = prompt + output;
    double attended = 0; // integral of bucket(c) over [lo, hi]
    for (double bucket = 128, below = 0; below < hi; below = bucket, bucket *= 2) {
        const double top = std::min(bucket, hi), width = top - std::max(below, lo);
        if (width > 0)
            attended += width * std::min(bucket, hi);
    }
    return attended / (output * (lo + hi) / 2);
}

// The KV cache is kept in 16 bits unless the weights are served in full precision: both vLLM and TensorRT-LLM
// keep the model's activation type for the cache by default and FP8 caches are opt-in.
double kvElementBytes(Precision p)
{
    return (p == Precision::FP32 || p == Precision::TF32) ? 4.0 : 2.0;
}

double attentionPeak(const AcceleratorSpec& d, double servingPeak)
{
    // Attention runs on the 16-bit tensor path (the cache is 16-bit); devices without one use the serving
    // path.
    if (auto p = d.peakFlops(Precision::FP16))
        return *p;
    if (auto p = d.peakFlops(Precision::BF16))
        return *p;
    return servingPeak;
}

// Activation bytes the memory-bound kernels between the GEMMs move for one token in one pass through the
// model: per layer the two normalisations read and write the hidden vector (4 h) and the FFN activation reads
// its inputs and writes its output (3 ffn gated, 2 ffn otherwise; per routed expert for MoE), in 16 bits.
// LLM-Viewer counts the same norm, activation and residual operators; residual adds and rotary embeddings are
// fused.
double elementwiseBytesPerToken(const ModelSpec& m)
{
    const double ffnPerToken = static_cast<double>(m.ffn) * std::max(1, m.expertsPerToken);
    return m.layers * (4.0 * m.hidden + (m.gatedFfn ? 3 : 2) * ffnPerToken) * kActivationBytes;
}

std::string supportedPrecisions(const AcceleratorSpec& d)
{
    std::string out;
    for (Precision p : {Precision::FP32, Precision::TF32, Precision::BF16, Precision::FP16, Precision::FP8,
                        Precision::INT8, Precision::INT4, Precision::FP4})
        if (d.peakFlops(p))
            out += (out.empty() ? "" : ", ") + std::string(precisionName(p));
    return out.empty() ? "none listed in the catalog" : out;
}

} // namespace

std::string_view boundName(Bound b)
{
    switch (b) {
    case Bound::Compute:
        return "compute";
    case Bound::MemoryBandwidth:
        return "memory bandwidth";
    case Bound::KvCapacity:
        return "KV-cache capacity";
    case Bound::Network:
        return "network";
    case Bound::Queueing:
        return "queueing";
    }
    return "compute";
}

double lognormalSigma(const LengthDistribution& d)
{
    if (d.p99 <= d.mean || d.mean <= 0)
        return 0;
    // mean = exp(mu + s^2/2), p99 = exp(mu + z s)  =>  s^2/2 - z s + ln(p99/mean) = 0, smaller root.
    const double c = std::log(d.p99 / d.mean);
    const double disc = kZ99 * kZ99 - 2 * c;
    return disc <= 0 ? kZ99 : kZ99 - std::sqrt(disc);
}

double lengthP99(const LengthDistribution& d)
{
    return d.p99 > d.mean ? d.p99 : d.mean;
}

double lengthSquareMean(const LengthDistribution& d)
{
    const double s = lognormalSigma(d);
    return d.mean * d.mean * std::exp(s * s);
}

double erlangC(double servers, double a)
{
    if (a <= 0)
        return 0;
    if (a >= servers)
        return 1;
    // Far below saturation the chance of finding every server busy is below 1e-15 (the Poisson tail beyond
    // eight standard deviations): skip the O(c) recurrence.
    if (servers > a + 8 * std::sqrt(a) + 8)
        return 0;
    const long c = static_cast<long>(std::floor(servers));
    // Erlang B with k servers by the recurrence on its inverse, 1/B(k) = 1 + (k / a) / B(k-1), a multiply-add
    // per step instead of the division of B(k) = a B(k-1) / (k + a B(k-1)) (this loop is the inner cost of
    // sloRequestsPerS). Expanded, 1/B(c) = sum_j c! / (j! a^(c-j)), and the terms with j below a - 12 sqrt(a)
    // are smaller than the largest by exp(-72), so the recurrence starts there with 1/B = 1; exact to
    // rounding.
    const double perServer = 1 / a;
    const long first = std::max(0L, static_cast<long>(a - 12 * std::sqrt(a)));
    double inv = 1.0;
    long k = first + 1;
    for (; k + 1 <= c; k += 2) {
        // Two steps at once: 1/B(k+1) = (1 + r1) + r1 r0 / B(k-1), so the chain of dependent operations is
        // halved.
        const double r0 = static_cast<double>(k) * perServer, r1 = static_cast<double>(k + 1) * perServer;
        inv = (1.0 + r1) + (r1 * r0) * inv;
    }
    if (k <= c)
        inv = 1.0 + static_cast<double>(k) * perServer * inv;
    const double b = 1 / inv;
    const double cs = static_cast<double>(c);
    return cs * b / (cs - a * (1 - b));
}

std::optional<ReplicaModel> ReplicaModel::create(const ReplicaSetup& setup, std::string& error)
{
    ReplicaModel m;
    m.m_setup = setup;
    const ModelSpec& ms = setup.model;
    const AcceleratorSpec& d = setup.device;
    const double tp = std::max(1, setup.tensorParallel);
    m.m_setup.tensorParallel = static_cast<int>(tp);
    m.m_llm = ms.transformer && setup.outputTokens.mean > 0;
    const double share = setup.deviceShare > 0 ? std::min(1.0, setup.deviceShare) : 1.0;

    const auto peak = d.peakFlops(setup.precision);
    if (!peak || *peak <= 0) {
        error = d.name + " cannot serve in " + std::string(precisionName(setup.precision)) +
                ": the device has no such format (it supports " + supportedPrecisions(d) + ")";
        return std::nullopt;
    }
    if (d.memoryBwBytesPerS <= 0) {
        error = d.name + " has no memory bandwidth in the catalog";
        return std::nullopt;
    }
    const Calibration& cal = d.calibration;
    const double compute = cal.inferenceComputeEfficiency * d.sustainedClockFraction * share;
    m.m_peakFlops = *peak * compute;
    m.m_attnPeakFlops = attentionPeak(d, *peak) * compute;
    const double bw = d.memoryBwBytesPerS * cal.memoryBwEfficiency * share;
    const double b = bytesPerElement(setup.precision);
    const double memoryBytes = d.memoryBytes * tp * share; // 0 = unknown (CPU without a host): not checked

    if (!m.m_llm) {
        m.m_flopsPerRequest = setup.flopsPerRequest > 0 ? setup.flopsPerRequest : ms.fwdFlopsPerSample;
        m.m_bytesPerRequest = setup.bytesPerRequest > 0 ? setup.bytesPerRequest : ms.bytesPerSample;
        if (ms.transformer && setup.flopsPerRequest <= 0) {
            // An encoder (no output tokens) answers in one pass over its input: 2 FLOPs per weight per token
            // plus bidirectional attention, 4 L h S^2 / 2 (QK^T and AV over the whole sequence).
            const double S = std::max(1.0, setup.inputTokens.mean), h = ms.hidden;
            const double gemmParams = std::max(0.0, ms.params - double(ms.vocab) * h);
            m.m_flopsPerRequest = 2 * gemmParams * S + 2.0 * ms.layers * h * S * S;
            m.m_batchElementwiseS = S * elementwiseBytesPerToken(ms) / (tp * bw);
            if (setup.bytesPerRequest <= 0)
                m.m_bytesPerRequest = S * 12; // token ids, segment ids and attention mask, 32-bit each
        }
        if (m.m_flopsPerRequest <= 0) {
            error = ms.name + " has no FLOPs per request: give flops_per_request for this service";
            return std::nullopt;
        }
        m.m_weightBytes = ms.params * b;
        if (memoryBytes > 0 && m.m_weightBytes > memoryBytes) {
            error = ms.name + " needs " + formatGigabytes(m.m_weightBytes) + " of weights in " +
                    std::string(precisionName(setup.precision)) + " but a replica of " +
                    std::to_string(static_cast<int>(tp)) + " x " + d.name + " has " +
                    formatGigabytes(memoryBytes) + ": use more accelerators per replica or a lower precision";
            return std::nullopt;
        }
        m.m_batchComputeS = m.m_flopsPerRequest / (tp * m.m_peakFlops);
        // A batch reads the weights its requests use once. A request cannot use more parameters than its
        // FLOPs touch (each costs a multiply-add), so a recommender reads its dense layers, not its embedding
        // tables; a CNN or an encoder reads all of its weights.
        const double touchedParams = std::min(ms.params, m.m_flopsPerRequest / 2);
        m.m_batchWeightS = touchedParams * b / (tp * bw);
        m.m_batchHostS = setup.hostLinkBytesPerS > 0 ? m.m_bytesPerRequest / setup.hostLinkBytesPerS : 0;
        // Embedding lookups are random gathers of table rows, one per looked-up value of every item scored:
        // they move at memory bandwidth in their own kernels, besides the dense towers (Naumov et al. 2019,
        // DLRM sec. 5: "memory bandwidth bound" embedding operators). Rows of 64 bytes or more (DLRM's 128
        // values) fill whole DRAM bursts, so the bytes are the values read.
        if (ms.embeddingLookupsPerSample > 0)
            m.m_batchElementwiseS +=
                std::max(1.0, setup.itemsPerRequest) * ms.embeddingLookupsPerSample * b / (tp * bw);
        return m;
    }

    // --- transformer -------------------------------------------------------------------------------------
    const double L = ms.layers, h = ms.hidden;
    const double heads = std::max(1, ms.heads), kvHeads = ms.kvHeads > 0 ? ms.kvHeads : heads;
    const double headDim = h / heads;
    const double E = std::max(1, ms.experts), k = std::clamp<double>(ms.expertsPerToken, 1, E);
    const double matrices = ms.gatedFfn ? 3 : 2;
    const double perExpert = L * matrices * h * ms.ffn; // one expert's FFN weights over all layers
    double params = ms.params;
    if (params <=
        0) // from the architecture: attention (Q, O full; K, V grouped), FFNs, embeddings in and out
        params = L * (2 * h * h + 2 * h * kvHeads * headDim) + E * perExpert + 2.0 * ms.vocab * h;
    const double embedding = static_cast<double>(ms.vocab) * h; // input table: rows are looked up, not read
    const double expertParams = E > 1 ? std::min(E * perExpert, 0.99 * params) : 0;
    const double denseParams = params - expertParams;
    const double activeParams = denseParams + (E > 1 ? expertParams * k / E : 0);
    m.m_experts = static_cast<int>(E);
    m.m_expertsPerToken = static_cast<int>(k);

    // Tensor parallelism splits attention by heads over every rank (each compute core of every device). A
    // rank holds whole heads: ceil(heads / R) query heads (padding when R does not divide them), and at least
    // one KV head, so beyond R = kv_heads the KV heads are replicated (vLLM, TensorRT-LLM and Neuron do so):
    // the cache and its reads grow by ceil(kv_heads / R) R / kv_heads.
    const double ranks = tp * d.collectiveRanksPerDevice;
    const double headPadding = std::ceil(heads / ranks) * ranks / heads;
    const double kvReplication = std::max(1.0, std::ceil(kvHeads / ranks) * ranks / kvHeads);
    // The projections of those heads come with them: every rank stores, reads and multiplies the Q and O
    // columns of its padded heads and the K and V columns of its (replicated) KV heads, h x head_dim each.
    // A compressed (MLA) latent has no KV heads to replicate.
    const double headParamsExtra =
        L * h * headDim *
        (2 * heads * (headPadding - 1) + (ms.kvLoraRank > 0 ? 0.0 : 2 * kvHeads * (kvReplication - 1)));
    m.m_weightBytes = (params + headParamsExtra) * b;
    // Matrix units compute whole tiles, so a rank's shard of every block linear (its padded heads' Q and O,
    // its KV heads' K and V, its slice of each FFN matrix) costs FLOPs in widths rounded up to the tile; the
    // bytes streamed stay the weights held. The training engine counts the same (docs/model.md, section 4.1).
    auto tiles = [](double width) { return std::ceil(width / kMatrixTile - 1e-9) * kMatrixTile; };
    const double executedWidth =
        2 * tiles(std::ceil(heads / ranks) * headDim) * ranks +
        (ms.kvLoraRank > 0 ? 2 * kvHeads * headDim
                           : 2 * tiles(std::max(1.0, std::ceil(kvHeads / ranks)) * headDim) * ranks) +
        matrices * k * tiles(std::ceil(ms.ffn / ranks)) * ranks;
    const double idealWidth = 2 * heads * headDim + 2 * kvHeads * headDim + matrices * k * ms.ffn;
    const double executedParamsExtra = L * h * std::max(0.0, executedWidth - idealWidth);
    // A compressed (MLA) latent is one vector per layer that every rank keeps whole, so it has no heads to
    // replicate.
    m.m_kvBytesPerToken =
        kvValuesPerToken(ms) * kvElementBytes(setup.precision) * (ms.kvLoraRank > 0 ? 1.0 : kvReplication);
    if (memoryBytes > 0 && m.m_weightBytes >= memoryBytes) {
        error = ms.name + " needs " + formatGigabytes(m.m_weightBytes) + " of weights in " +
                std::string(precisionName(setup.precision)) + " but a replica of " +
                std::to_string(static_cast<int>(tp)) + " x " + d.name + " has " +
                formatGigabytes(memoryBytes) +
                ": use more accelerators per replica (tensor parallel) or a lower precision";
        return std::nullopt;
    }
    const double kvFraction = std::clamp(setup.batching.kvCacheFraction, 0.05, 1.0);
    m.m_kvBudgetBytes = memoryBytes > 0 ? (memoryBytes - m.m_weightBytes) * kvFraction : 1e15;
    m.m_kvCapacityTokens = m.m_kvBudgetBytes / m.m_kvBytesPerToken;

    m.m_inMean = std::max(1.0, setup.inputTokens.mean);
    m.m_inP99 = std::max(m.m_inMean, lengthP99(setup.inputTokens));
    m.m_inSqMean = std::max(m.m_inMean * m.m_inMean, lengthSquareMean(setup.inputTokens));
    m.m_outMean = std::max(1.0, setup.outputTokens.mean);
    m.m_outP99 = std::max(m.m_outMean, lengthP99(setup.outputTokens));
    m.m_prompts.setPrompts(m.m_inMean, lognormalSigma(setup.inputTokens));
    // KV cache a decoding sequence reads per step, on average over its life: its prompt and half its output.
    // JAX serving on TPUs (Saxml/Praxis) decodes the beams of a request with lazy prefix broadcast: the
    // prompt's keys and values are kept once per request and every beam's query attends to that one copy, so
    // the prompt is read once per request, not once per beam.
    const double beamsShared = promptSharedByBeams(d) ? std::max(1, setup.beams) : 1;
    m.m_ctxPerSequence = m.m_inMean / beamsShared + m.m_outMean / 2;
    if (m.m_kvCapacityTokens < m.kvTokensPerRequest()) {
        error = "the KV cache of a replica (" + formatGigabytes(m.m_kvBudgetBytes) + " left after " +
                formatGigabytes(m.m_weightBytes) + " of weights) holds " +
                std::to_string(static_cast<long>(m.m_kvCapacityTokens)) +
                " tokens, fewer than one request needs (" +
                std::to_string(static_cast<long>(m.kvTokensPerRequest())) +
                "): use more accelerators per replica or a lower precision";
        return std::nullopt;
    }

    m.m_gemmPerTokenS =
        2 * std::max(0.0, activeParams - embedding + executedParamsExtra) / (tp * m.m_peakFlops);
    m.m_elementwisePerTokenS = elementwiseBytesPerToken(ms) / (tp * bw);
    const double readBytes = std::max(0.0, denseParams - embedding + headParamsExtra) * b;
    m.m_denseWeightS = readBytes / (tp * bw);
    m.m_expertWeightS = expertParams * b / (tp * bw);
    if (E > 1) {
        // Each token picks k of E experts; n tokens touch E (1 - (1 - k/E)^n) distinct experts on average.
        m.m_expertFraction.resize(kExpertTableSize);
        for (size_t n = 0; n < kExpertTableSize; ++n)
            m.m_expertFraction[n] = 1 - std::pow(1 - k / E, static_cast<double>(n));
    }
    const double attnFlopsPerCtx = 4 * L * h * headPadding / (tp * m.m_attnPeakFlops);
    const double attnBytesPerCtx = m.m_kvBytesPerToken / (tp * bw);
    m.m_attnPerCtxS =
        std::max(attnFlopsPerCtx, attnBytesPerCtx) * decodeAttentionWindowFactor(d, m.m_inMean, m.m_outMean);
    m.m_attnComputeBound = attnFlopsPerCtx >= attnBytesPerCtx;
    m.m_attnPerSquareS = 2 * L * h * headPadding / (tp * m.m_attnPeakFlops); // causal prompt: 2 L h S^2 FLOPs
    // Unfused, the whole S x S score matrix of every (padded) head is computed, masked afterwards, and goes
    // through memory: the matmuls do the causal half a second time (4 L h S^2 FLOPs instead of 2 L h S^2).
    if (promptAttentionUnfused(d, m.m_inMean))
        m.m_attnPerSquareS =
            2 * m.m_attnPerSquareS + L * heads * headPadding * kUnfusedScoreBytes / (tp * bw);
    if (tp > 1) {
        // Over the host's PCIe the all-reduce reaches the share NCCL measures through the root complexes for
        // that many cards; on a bridge or fabric, the family's calibrated share.
        const double linkBw = std::max(1e9, setup.scaleUp.bytesPerS) *
                              (setup.scaleUp.overHost ? hostPcieCollectiveEfficiency(setup.tensorParallel)
                                                      : setup.scaleUpEfficiency);
        const double hop = setup.scaleUp.latencyS > 0 ? setup.scaleUp.latencyS : kDefaultHopLatencyS;
        // Two all-reduces per layer (after attention and after the FFN), ring algorithm: latency plus size
        // over bandwidth. Every compute core is a rank of the ring (a Neuron chip's two NeuronCores each hold
        // a shard), so the latency term counts 2 (ranks - 1) steps; the bytes still leave the chip once per
        // step.
        m.m_commFixedS = 2 * L * (kAllReduceLaunchS + 2 * (ranks - 1) * hop);
        m.m_commPerTokenS = 2 * L * 2 * (tp - 1) / tp * h * kActivationBytes / linkBw;
    }
    return m;
}

double ReplicaModel::kvTokensPerRequest() const
{
    // PagedAttention shares the prompt's blocks between beams; each beam keeps its own output.
    return m_inMean + std::max(1, m_setup.beams) * m_outMean;
}

double ReplicaModel::maxConcurrentRequests() const
{
    const double byBatch =
        std::max(1, m_setup.batching.maxBatch) / static_cast<double>(std::max(1, m_setup.beams));
    if (!m_llm)
        return std::max(1, m_setup.batching.maxBatch);
    return std::max(1.0, std::floor(std::min(byBatch, m_kvCapacityTokens / kvTokensPerRequest())));
}

bool ReplicaModel::kvLimited() const
{
    if (!m_llm)
        return false;
    const double byBatch =
        std::max(1, m_setup.batching.maxBatch) / static_cast<double>(std::max(1, m_setup.beams));
    return m_kvCapacityTokens / kvTokensPerRequest() < byBatch;
}

double ReplicaModel::memoryPerDeviceBytes() const
{
    const double tp = m_setup.tensorParallel;
    if (!m_llm)
        return m_weightBytes / tp;
    const double kvInUse =
        std::min(m_kvBudgetBytes, maxConcurrentRequests() * kvTokensPerRequest() * m_kvBytesPerToken);
    return (m_weightBytes + kvInUse) / tp;
}

double ReplicaModel::weightReadS(double tokens) const
{
    if (m_experts <= 1 || tokens <= 0)
        return m_denseWeightS + (tokens > 0 ? m_expertWeightS : 0);
    const size_t n = static_cast<size_t>(tokens);
    const double f = n < m_expertFraction.size()
                         ? m_expertFraction[n]
                         : 1 - std::pow(1 - double(m_expertsPerToken) / m_experts, tokens);
    return m_denseWeightS + m_expertWeightS * f;
}

IterationTime ReplicaModel::iteration(double decodeSequences, double contextTokensSum, double prefillTokens,
                                      double prefillSquaresSum) const
{
    IterationTime t;
    const double tokens = decodeSequences + prefillTokens;
    if (tokens <= 0)
        return t;
    const double compute = tokens * m_gemmPerTokenS, weights = weightReadS(tokens);
    t.gemmComputeBound = compute >= weights;
    t.gemmS = std::max(compute, weights);
    t.elementwiseS = tokens * m_elementwisePerTokenS;
    t.attentionS = contextTokensSum * m_attnPerCtxS + prefillSquaresSum * m_attnPerSquareS;
    t.attentionComputeBound =
        m_attnComputeBound || prefillSquaresSum * m_attnPerSquareS > contextTokensSum * m_attnPerCtxS;
    t.commS = m_commFixedS + tokens * m_commPerTokenS;
    return t;
}

double ReplicaModel::prefillS(double promptTokens) const
{
    return iteration(0, 0, promptTokens, promptTokens * promptTokens).totalS();
}

double ReplicaModel::decodeStepS(double batch, double meanContextTokens) const
{
    return iteration(batch, batch * meanContextTokens, 0, 0).totalS();
}

double ReplicaModel::batchS(double batch) const
{
    return batch * (m_batchHostS + m_batchElementwiseS) + std::max(batch * m_batchComputeS, m_batchWeightS);
}

ReplicaCapacity ReplicaModel::capacity() const
{
    ReplicaCapacity c;
    const double R = maxConcurrentRequests();
    c.concurrency = R;
    if (!m_llm) {
        c.iterationS = batchS(R);
        c.requestsPerS = R / c.iterationS;
        c.bound = R * m_batchComputeS >= m_batchWeightS ? Bound::Compute : Bound::MemoryBandwidth;
        if (R * m_batchHostS > std::max(R * m_batchComputeS, m_batchWeightS))
            c.bound = Bound::Network;
        return c;
    }
    const double beams = std::max(1, m_setup.beams);
    const double seqs = R * beams;
    const double starts = R / m_outMean; // requests finishing, hence starting, per iteration
    const IterationTime it = iteration(seqs, seqs * m_ctxPerSequence, starts * m_inMean, starts * m_inSqMean);
    c.iterationS = it.totalS();
    c.outputTokensPerS = R / c.iterationS;
    c.requestsPerS = c.outputTokensPerS / m_outMean;
    const double memoryS =
        (it.gemmComputeBound ? 0 : it.gemmS) + (it.attentionComputeBound ? 0 : it.attentionS);
    const double computeS =
        (it.gemmComputeBound ? it.gemmS : 0) + (it.attentionComputeBound ? it.attentionS : 0);
    if (it.commS > std::max(memoryS, computeS))
        c.bound = Bound::Network;
    else if (computeS >= memoryS)
        c.bound = Bound::Compute;
    else
        c.bound = kvLimited() ? Bound::KvCapacity : Bound::MemoryBandwidth;
    return c;
}

double ReplicaModel::llmIterationForLoad(double lambda, double& concurrency) const
{
    // Little's law: requests decoding R = arrival rate x output tokens x iteration time T, and T grows with R
    // (and with the prompts arriving during it). The steady state is the fixed point T = f(T); past the
    // largest concurrency the replica admits there is none and the queue grows without bound.
    const double beams = std::max(1, m_setup.beams);
    const double ctx = m_ctxPerSequence;
    const double Rmax = maxConcurrentRequests();
    auto f = [&](double T) {
        const double seqs = std::max(beams, lambda * m_outMean * T * beams);
        const double starts = lambda * T;
        return iteration(seqs, seqs * ctx, starts * m_inMean, starts * m_inSqMean).totalS();
    };
    concurrency = Rmax;
    if (lambda <= 0)
        return f(0);
    const double tMax = Rmax / (lambda * m_outMean);
    const double fMax = f(tMax);
    if (fMax > tMax)
        return -1;
    // g(T) = f(T) - T falls from g(0) > 0 to g(tMax) <= 0 and is piecewise linear in T for a dense model
    // (the kinks: the GEMMs turning compute-bound, the batch reaching one request), so regula falsi with the
    // Illinois modification lands on the root in a few evaluations where bisection needs about twenty.
    const double hi = fallingRoot([&](double t) { return f(t) - t; }, 0, tMax, f(0), fMax - tMax, 1e-5);
    concurrency = lambda * m_outMean * hi;
    return hi;
}

ReplicaLoad ReplicaModel::atLoad(double lambda) const
{
    return load(lambda, true);
}

ReplicaLoad ReplicaModel::load(double lambda, bool percentiles) const
{
    ReplicaLoad l;
    const ReplicaCapacity cap = capacity();
    l.utilization = cap.requestsPerS > 0 ? lambda / cap.requestsPerS : 1;
    if (!m_llm) {
        // Dynamic batching: a batch collects what arrives while the previous one runs, or for at most the
        // maximum wait when the replica is idle.
        const double maxB = std::max(1, m_setup.batching.maxBatch), wait = m_setup.batching.maxWaitMs / 1000;
        double batch = 1;
        for (int i = 0; i < 40; ++i)
            batch = std::clamp(
                lambda * std::max(batchS(batch), std::min(wait, batch / std::max(lambda, 1e-12))), 1.0, maxB);
        l.batch = batch;
        l.iterationS = batchS(batch);
        l.stable = lambda * l.iterationS <= batch * 1.0000001 && l.utilization < 1;
        const double window = std::max(l.iterationS, std::min(wait, batch / std::max(lambda, 1e-12)));
        const double rho = std::min(0.999, l.utilization);
        // Queueing behind busy batches: M/D/1 mean wait (Pollaczek-Khinchine) in units of a batch.
        const double queueMean = rho / (2 * (1 - rho)) * l.iterationS;
        l.e2eS = 0.5 * window + l.iterationS + queueMean;
        l.e2eP99S = window + l.iterationS + queueMean * std::log(100.0);
        l.ttftS = l.e2eS;
        l.ttftP99S = l.e2eP99S;
        l.concurrency = lambda * l.e2eS;
        return l;
    }
    double R = 0;
    const double T = llmIterationForLoad(lambda, R);
    l.concurrency = R;
    if (T < 0) {
        l.stable = false;
        l.iterationS = cap.iterationS;
        l.tpotS = cap.iterationS;
        return l;
    }
    l.stable = true;
    l.iterationS = T;
    // A request's TPOT averages its own iterations, which vary with the prompts prefilled alongside (compound
    // Poisson: variance lambda T E[in^2] prompt tokens per iteration): p99 = mean + z99 sigma /
    // sqrt(iterations).
    const double perPromptToken = m_gemmPerTokenS + m_commPerTokenS;
    const double sigmaIteration = perPromptToken * std::sqrt(lambda * T * m_inSqMean);
    l.tpotS = T + 2.3263478740408408 * sigmaIteration / std::sqrt(std::max(1.0, m_outMean - 1));
    const double beams = std::max(1, m_setup.beams);
    const double seqs = std::max(beams, R * beams), ctx = m_ctxPerSequence;
    // A slot (KV cache, batch) must be free: Erlang C over the replica's request slots.
    const double slots = maxConcurrentRequests(), service = m_outMean * T;
    const double a = lambda * service, pWait = erlangC(slots, a);
    const double drain = slots / service - lambda;
    // The iteration that prefills a prompt of s tokens beside the decoding batch: where the prompt makes the
    // GEMMs compute-bound, every token costs its GEMMs, activations and all-reduce share, plus the
    // attention's s^2 (the other prompts in it are FirstTokenTime's sharing); pinned at the p99 prompt.
    FirstTokenTime& d = l.firstToken;
    d = m_prompts;
    const double s1 = m_inP99;
    d.a1 = m_gemmPerTokenS + m_elementwisePerTokenS + m_commPerTokenS;
    d.a2 = m_attnPerSquareS;
    d.a0 = iteration(seqs, seqs * ctx, s1, s1 * s1).totalS() - d.a1 * s1 - d.a2 * s1 * s1;
    d.prepare(lambda);
    // Requests in service (M/G/infinity): the replica is decoding unless none is, and a prompt then waits for
    // half a decode iteration on average.
    const double busy = 1 - std::exp(-lambda * (d.ownMeanS() + (m_outMean - 1) * T));
    d.decodeWaitS = busy * iteration(seqs, seqs * ctx, 0, 0).totalS() / 2;
    d.slotWaitShare = drain > 0 ? pWait : 0;
    d.slotDrainPerS = std::max(0.0, drain);
    l.ttftS = d.meanS();
    l.ttftP99S = percentiles ? d.percentileS(0.99) : 0;
    l.e2eS = l.ttftS + (m_outMean - 1) * T;
    l.e2eP99S = l.ttftP99S + (m_outP99 - 1) * T;
    return l;
}

double ReplicaModel::sloRequestsPerS(const LatencyTargets& targets, Bound& bound) const
{
    const ReplicaCapacity cap = capacity();
    auto meets = [&](const ReplicaLoad& l, Bound& why) {
        if (!l.stable) {
            why = Bound::Queueing;
            return false;
        }
        if (targets.tpotP99Ms > 0 && m_llm && l.tpotS * 1000 > targets.tpotP99Ms) {
            why = cap.bound == Bound::KvCapacity ? Bound::MemoryBandwidth : cap.bound;
            return false;
        }
        // The TTFT p99 is within the target exactly when at most 1% of first tokens come later.
        if (targets.ttftP99Ms > 0 && m_llm && l.firstToken.missShare(targets.ttftP99Ms / 1000) > 0.01) {
            why = Bound::Queueing;
            return false;
        }
        if (targets.e2eP99Ms > 0 && l.e2eP99S * 1000 > targets.e2eP99Ms) {
            why = Bound::Queueing;
            return false;
        }
        return true;
    };
    const bool percentiles = targets.e2eP99Ms > 0; // the end-to-end p99 is built on the TTFT p99
    Bound why = cap.bound;
    const double tiny = cap.requestsPerS * 1e-4;
    if (!meets(load(tiny, percentiles), why)) {
        // Even an idle replica misses: the single-request latency is the problem, not the load.
        bound = cap.bound == Bound::KvCapacity ? Bound::MemoryBandwidth : cap.bound;
        return 0;
    }
    double lo = tiny, hi = cap.requestsPerS;
    if (meets(load(hi * 0.9999, percentiles), why)) {
        bound = cap.bound;
        return hi * 0.9999;
    }
    // Within 5% of the most the replica can do, the replica itself is the limit, not the queue in front of
    // it.
    Bound last = why;
    for (int i = 0; i < 60 && hi - lo > 1e-3 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        Bound w = last;
        if (meets(load(mid, percentiles), w))
            lo = mid;
        else {
            hi = mid;
            last = w;
        }
    }
    bound = (lo >= 0.95 * cap.requestsPerS && last == Bound::Queueing) ? cap.bound : last;
    return lo;
}

} // namespace infraplan
