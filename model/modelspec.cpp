#include "modelspec.h"

#include <algorithm>

namespace infraplan {

double kvValuesPerToken(const ModelSpec& m)
{
    const double layers = m.layers;
    if (m.kvLoraRank > 0)
        return layers * (m.kvLoraRank + m.qkRopeHeadDim);
    const double heads = std::max(1, m.heads);
    const double kvHeads = m.kvHeads > 0 ? m.kvHeads : heads;
    const double headDim = m.headDim > 0 ? m.headDim : m.hidden / heads;
    return layers * 2 * kvHeads * headDim;
}

std::optional<ModelSpec> modelSpecFromItem(const CatalogItem& item)
{
    if (item.kind != ItemKind::Model)
        return std::nullopt;
    ModelSpec m;
    m.name = item.name;
    const std::string arch = item.attribute("architecture");
    m.transformer = arch != "generic";
    m.gatedFfn = item.attribute("ffn_type") == "swiglu";
    m.params = item.figureOr("params", 0);
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

} // namespace infraplan
