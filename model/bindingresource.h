#pragma once

#include <optional>
#include <string_view>

namespace infraplan {

/// What limits an engine's figure in one case or one sketch: the resource whose time dominates. The error
/// regimes (errorregimes.h) are told apart by it, because the engines' errors differ by what binds.
enum class BindingResource {
    Compute,          ///< matrix units at their achievable rate
    MemoryBandwidth,  ///< weights or activations streamed from device memory
    KvCapacity,       ///< the KV cache holds fewer requests than the batching policy would run
    Network,          ///< collectives, pipeline sends, the storage tier or the instances' network
    SmallBatchLatency ///< a latency at small batch, or a load held down by latency targets
};

/// Stable name for files and `simulate --json`: "compute", "memory_bandwidth", "kv_capacity", "network",
/// "small_batch_latency".
std::string_view bindingResourceKey(BindingResource b);
/// Plain words for tables and tooltips: "compute", "memory bandwidth", "KV-cache capacity", ...
std::string_view bindingResourceLabel(BindingResource b);
std::optional<BindingResource> bindingResourceFromKey(std::string_view key);

} // namespace infraplan
