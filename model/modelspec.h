#pragma once

#include "catalogitem.h"

#include <optional>
#include <string>

namespace infraplan {

/// A workload's neural network, either a transformer given by its architecture or a generic model given
/// by parameters, forward FLOPs and bytes per sample (CNNs, recommenders, diffusion).
struct ModelSpec {
    std::string name;
    bool transformer = true;
    bool gatedFfn = false; ///< SwiGLU-style FFN: three weight matrices instead of two
    double params = 0;     ///< total parameters (all experts)
    int layers = 0;
    int hidden = 0;
    int heads = 0;
    int kvHeads = 0;
    /// Width of one attention head when it differs from hidden / heads (Qwen3, gpt-oss); 0 = hidden / heads.
    int headDim = 0;
    /// Multi-head latent attention (DeepSeek-V3/R1, Kimi K2): the cache holds one compressed latent of this
    /// width per layer instead of per-head keys and values; 0 = ordinary (grouped-query) attention.
    int kvLoraRank = 0;
    /// MLA's decoupled rotary key, cached next to the latent and shared by all heads.
    int qkRopeHeadDim = 0;
    int ffn = 0;
    int vocab = 0;
    int seqLen = 0;
    double meanSeqLen =
        0; ///< mean real tokens per sequence when the data is shorter than seqLen (0 = seqLen)
    /// Sequence length of pre-training when shorter than the context window (0 = seqLen): Llama 3.1 trains
    /// on 8K rows and reaches 128K only in a short final stage, which a planner sizes separately.
    int trainSeqLen = 0;
    int experts = 1;
    int expertsPerToken = 1;
    double fwdFlopsPerSample = 0;        ///< generic models: forward FLOPs per sample
    double bytesPerSample = 0;           ///< input bytes read from storage per sample
    double activationBytesPerSample = 0; ///< generic models: activation memory per sample in training
    /// Generic models: parameters in embedding tables, sharded across the devices rather than replicated
    /// (recommenders: TorchRec / HugeCTR model-parallel tables).
    double embeddingParams = 0;
    /// Generic models: embedding values a sample exchanges with the tables' owners, each way (DLRM: pooled
    /// vectors of every sparse feature).
    double embeddingValuesPerSample = 0;
    /// Generic models: table values a sample reads before pooling (and whose rows its gradient updates).
    double embeddingLookupsPerSample = 0;

    bool operator==(const ModelSpec&) const = default;
};

/// Which model a workload uses: a catalog preset, or a custom spec written in the project.
struct ModelChoice {
    std::string preset;
    std::optional<ModelSpec> custom;
    bool operator==(const ModelChoice&) const = default;
};

/// Values the KV cache holds per token over all layers. Grouped-query attention keeps a key and a value
/// vector per KV head: 2 x kv_heads x head_dim per layer. Multi-head latent attention keeps the compressed
/// latent and the shared rotary key: kv_lora_rank + qk_rope_head_dim per layer, whatever the head count.
double kvValuesPerToken(const ModelSpec& m);

} // namespace infraplan
