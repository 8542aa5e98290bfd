#pragma once

#include "hardware.h"
#include "modelspec.h"
#include "precision.h"
#include "project.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace infraplan {

/// What limits a replica or a fleet: the plain-language names the verdict uses.
enum class Bound { Compute, MemoryBandwidth, KvCapacity, Network, Queueing };
std::string_view boundName(Bound b);

/// Everything one serving replica is made of: the model, its serving precision, the device it runs on and how
/// many of them (tensor parallel), the link between them, and the request shape. Built by the summary (from a
/// sketch) or by the validation (from a published run).
struct ReplicaSetup {
    ModelSpec model;
    Precision precision = Precision::FP16;
    AcceleratorSpec device;
    int tensorParallel = 1;
    LinkSpec scaleUp;                ///< carries the tensor-parallel all-reduces
    double scaleUpEfficiency = 0.8;  ///< achievable fraction of the link's bandwidth
    double hostLinkBytesPerS = 32e9; ///< host to device (PCIe): inputs of generic models cross it
    BatchingPolicy batching;
    LengthDistribution inputTokens{512, 0};
    LengthDistribution outputTokens{256, 0};
    double flopsPerRequest = 0; ///< generic models; 0 = the model's forward FLOPs per sample
    double bytesPerRequest = 0; ///< generic models: input bytes per request; 0 = the model's bytes per sample
    int beams = 1;              ///< sequences decoded per request (beam search); 1 = greedy or sampling
    /// Generic models: items one request scores, each a forward pass with its own embedding lookups (a
    /// recommender ranks many candidates per request).
    double itemsPerRequest = 1;
    /// Share of the device one replica owns: below 1 for CPU instances that rent part of a socket (peak,
    /// bandwidth and memory scale with it).
    double deviceShare = 1;
};

/// Time of one continuous-batching iteration split by where it goes (seconds).
struct IterationTime {
    double gemmS = 0;        ///< weight matrices: max(FLOPs at peak, weight bytes at bandwidth)
    double elementwiseS = 0; ///< normalisations and activations between the GEMMs (memory-bound)
    double attentionS = 0;   ///< attention over the KV cache (decode) and the prompts (prefill)
    double commS = 0;        ///< tensor-parallel all-reduces
    bool gemmComputeBound = true;
    bool attentionComputeBound = false;
    double totalS() const { return gemmS + elementwiseS + attentionS + commS; }
};

/// The most one replica can do, and what stops it doing more.
struct ReplicaCapacity {
    double requestsPerS = 0;
    double outputTokensPerS = 0; ///< LLMs
    double concurrency = 0;      ///< LLMs: requests decoding at once; generic: batch size
    double iterationS = 0;       ///< LLMs: one iteration at full load; generic: one batch
    Bound bound = Bound::Compute;
};

/// Analytical latencies of one replica serving `requestsPerS` (steady state, mean-value analysis).
struct ReplicaLoad {
    bool stable = false;    ///< false when the load exceeds the replica's capacity
    double concurrency = 0; ///< requests in service
    double iterationS = 0;  ///< LLMs: time per output token; generic: one batch
    double batch = 0;       ///< generic: requests per batch
    double ttftS = 0;       ///< LLMs: mean time to first token (no queueing for a slot)
    double ttftP99S = 0;    ///< with the p99 prompt
    double tpotS = 0;       ///< LLMs: p99 time per output token (the mean is iterationS)
    double e2eS = 0;        ///< mean end to end (no queueing)
    double e2eP99S = 0;     ///< with the p99 request
    double utilization = 0; ///< share of capacity in use
};

/// The analytical model of one replica: prefill and decode from a roofline of the device (Williams et al.
/// 2009) applied per operator class as LLM-Viewer does, the KV cache of PagedAttention (Kwon et al. 2023),
/// continuous batching at iteration level (Yu et al. 2022) and tensor-parallel all-reduces over the scale-up
/// link. Generic models are served with dynamic batching from their FLOPs and bytes per request. Every
/// coefficient is precomputed so one estimate costs a few multiplications (docs/model.md, "Inference
/// engine").
class ReplicaModel {
public:
    /// Checks the setup (precision supported by the device, weights fit in memory, at least one request fits
    /// in the KV cache) and precomputes the coefficients; nullopt with a plain-English `error` otherwise.
    static std::optional<ReplicaModel> create(const ReplicaSetup& setup, std::string& error);

    const ReplicaSetup& setup() const { return m_setup; }
    /// True for generative transformers (continuous batching); encoders (no output tokens) and generic models
    /// are served in dynamic batches.
    bool isLlm() const { return m_llm; }
    int tensorParallel() const { return m_setup.tensorParallel; }

    // --- memory -------------------------------------------------------------------------------------------
    double weightBytes() const { return m_weightBytes; } ///< whole replica
    /// 2 x layers x kv_heads x head_dim x bytes, times the replication of KV heads when the ranks outnumber
    /// them
    double kvBytesPerToken() const { return m_kvBytesPerToken; }
    double kvBudgetBytes() const { return m_kvBudgetBytes; } ///< whole replica
    double kvCapacityTokens() const { return m_kvCapacityTokens; }
    /// Tokens of KV cache one request reserves when admitted: its prompt plus every beam's output.
    double kvTokensPerRequest() const;
    /// Requests that can decode at once: the batching policy's maximum or what the KV cache holds.
    double maxConcurrentRequests() const;
    bool kvLimited() const;
    double memoryPerDeviceBytes() const; ///< weights and the KV cache in use at full concurrency

    // --- step times (seconds) -----------------------------------------------------------------------------
    /// One iteration: `decodeSequences` generating a token each with `contextTokensSum` tokens of KV cache
    /// between them, plus `prefillTokens` prompt tokens whose squared lengths sum to `prefillSquaresSum`.
    IterationTime iteration(double decodeSequences, double contextTokensSum, double prefillTokens,
                            double prefillSquaresSum) const;
    /// Prefill of one prompt alone.
    double prefillS(double promptTokens) const;
    /// One decode step of `batch` sequences whose mean context is `meanContextTokens`.
    double decodeStepS(double batch, double meanContextTokens) const;
    /// One dynamic batch of `batch` requests of a generic model, host transfer included.
    double batchS(double batch) const;

    /// Coefficients of iteration() for the simulator's inner loop:
    /// t = max(tokens x gemmPerTokenS, weightReadS(tokens)) + tokens x elementwisePerTokenS
    ///     + ctx x attnPerContextTokenS + squares x attnPerPromptSquareS
    ///     + (tokens > 0 ? commFixedS + tokens x commPerTokenS : 0).
    double gemmPerTokenS() const { return m_gemmPerTokenS; }
    double elementwisePerTokenS() const { return m_elementwisePerTokenS; }
    double weightReadS(double tokens) const;
    double attnPerContextTokenS() const { return m_attnPerCtxS; }
    double attnPerPromptSquareS() const { return m_attnPerSquareS; }
    double commFixedS() const { return m_commFixedS; }
    double commPerTokenS() const { return m_commPerTokenS; }

    // --- throughput ---------------------------------------------------------------------------------------
    /// Offline: every slot full, requests always waiting (what MLPerf Offline and trtllm-bench measure).
    ReplicaCapacity capacity() const;
    /// Steady state at `requestsPerS`.
    ReplicaLoad atLoad(double requestsPerS) const;
    /// The largest load at which the targets still hold for one replica on its own (queueing for a slot
    /// included through Erlang C); 0 when even a single request misses them. `bound` says what stops it.
    double sloRequestsPerS(const LatencyTargets& targets, Bound& bound) const;

    /// Mean and p99 prompt and output lengths, and the mean of the squared prompt (for attention).
    double inputMean() const { return m_inMean; }
    double inputP99() const { return m_inP99; }
    double inputSquareMean() const { return m_inSqMean; }
    double outputMean() const { return m_outMean; }
    double outputP99() const { return m_outP99; }
    /// KV cache tokens one decoding sequence reads per step, averaged over a request's life: its prompt and
    /// half its output; the prompt shared by the beams where the stack reads it once per request.
    double decodeContextPerSequence() const { return m_ctxPerSequence; }
    double flopsPerRequest() const { return m_flopsPerRequest; }
    double bytesPerRequest() const { return m_bytesPerRequest; }

private:
    ReplicaModel() = default;
    double llmIterationForLoad(double requestsPerS, double& concurrency) const;

    ReplicaSetup m_setup;
    bool m_llm = true;
    double m_peakFlops = 0, m_attnPeakFlops = 0;
    double m_weightBytes = 0, m_kvBytesPerToken = 0, m_kvBudgetBytes = 0, m_kvCapacityTokens = 0;
    double m_gemmPerTokenS = 0, m_elementwisePerTokenS = 0, m_denseWeightS = 0, m_expertWeightS = 0;
    double m_attnPerCtxS = 0, m_attnPerSquareS = 0, m_commFixedS = 0, m_commPerTokenS = 0;
    bool m_attnComputeBound = false;
    int m_experts = 1, m_expertsPerToken = 1;
    std::vector<double> m_expertFraction; ///< expected share of experts touched by n tokens, n < size
    double m_inMean = 0, m_inP99 = 0, m_inSqMean = 0, m_outMean = 0, m_outP99 = 0;
    double m_ctxPerSequence = 0; ///< KV cache tokens one decoding sequence reads per step, on average
    double m_flopsPerRequest = 0, m_bytesPerRequest = 0, m_batchComputeS = 0, m_batchWeightS = 0,
           m_batchHostS = 0, m_batchElementwiseS = 0;
};

/// The 99th percentile and the mean of the square of a length distribution (fixed when p99 is 0, else the
/// log-normal with that mean and p99).
double lengthP99(const LengthDistribution& d);
double lengthSquareMean(const LengthDistribution& d);
/// sigma of the log-normal with this mean and p99 (0 for a fixed length).
double lognormalSigma(const LengthDistribution& d);

/// Probability that an arrival waits in an M/M/c queue with offered load a = lambda / mu (Erlang C);
/// 1 when a >= c. Computed by the stable recurrence on Erlang B, so c may be in the thousands.
double erlangC(double servers, double offeredLoad);

} // namespace infraplan
