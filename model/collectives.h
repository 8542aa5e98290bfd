#pragma once

#include <algorithm>
#include <cmath>

namespace infraplan {

/// GPU-to-GPU collectives over the host's PCIe run through the CPU root complexes and, in a two-socket
/// server, the socket interconnect: "on PCI systems, the performance you get is usually determined by the
/// bandwidth your CPU and memory can deliver" (NCCL maintainer, github.com/NVIDIA/nccl/issues/1639), where 8
/// PCIe 5.0 GPUs under two Xeon 8480+ reach 28 GB/s all-reduce bus bandwidth of the 63 GB/s link: 0.44.
/// Training and serving both apply it to PCIe cards without a bridge or fabric.
inline constexpr double kHostPcieCollectiveEfficiency = 28.0 / 63.0;

/// The same measurement with fewer cards sharing the host: 4 of those GPUs reach 35 GB/s bus bandwidth
/// (issue 1639), 0.56 of the link, where 8 reach 28. A ring of up to 4 PCIe cards gets the 4-card share,
/// a larger one the 8-card share (used for a tensor-parallel group, whose size is known).
inline constexpr double hostPcieCollectiveEfficiency(int devicesInRing)
{
    return devicesInRing <= 4 ? 35.0 / 63.0 : kHostPcieCollectiveEfficiency;
}

/// One tier of interconnect as a collective sees it: achievable bandwidth per device and direction (link
/// rate x calibrated efficiency) and the cost of one algorithm step (wire latency + NCCL software).
struct LinkTier {
    double bytesPerS = 0;
    double stepLatencyS = 0;
};

/// Time of collectives on `n` devices moving a buffer of `bytes` per device, in the alpha-beta form of the
/// NCCL performance notes (nccl-tests doc/PERFORMANCE.md): a ring all-reduce sends 2(n-1)/n of the buffer
/// through each device's link, a reduce-scatter or all-gather (n-1)/n. Latency: 2(n-1) ring steps inside a
/// scale-up domain; across servers NCCL switches to trees for small messages, so 2·log2(n) steps there.
/// All inline and allocation-free: the layout search calls them millions of times.
namespace collective {

inline double ringSteps(double n)
{
    return n > 1 ? n - 1 : 0;
}

inline double treeSteps(double n)
{
    return n > 1 ? std::ceil(std::log2(n)) : 0;
}

/// Ring all-reduce inside one tier.
inline double allReduceS(double bytes, double n, const LinkTier& t)
{
    if (n <= 1 || bytes <= 0)
        return 0;
    return 2 * (n - 1) / n * bytes / t.bytesPerS + 2 * ringSteps(n) * t.stepLatencyS;
}

/// Reduce-scatter or all-gather inside one tier (half an all-reduce).
inline double reduceScatterS(double bytes, double n, const LinkTier& t)
{
    if (n <= 1 || bytes <= 0)
        return 0;
    return (n - 1) / n * bytes / t.bytesPerS + ringSteps(n) * t.stepLatencyS;
}

/// Hierarchical all-reduce over `inner` devices per scale-up domain and `outer` domains (NCCL's
/// intra-node reduce-scatter, inter-node all-reduce of the 1/inner shard on every device's own NIC, then
/// intra-node all-gather). With outer = 1 it is the ring all-reduce on the scale-up tier.
inline double hierarchicalAllReduceS(double bytes, double inner, double outer, const LinkTier& up,
                                     const LinkTier& out)
{
    if (bytes <= 0)
        return 0;
    double t = allReduceS(bytes, inner, up);
    if (outer > 1)
        t += 2 * (outer - 1) / outer * (bytes / std::max(1.0, inner)) / out.bytesPerS +
             2 * treeSteps(outer) * out.stepLatencyS;
    return t;
}

/// Hierarchical reduce-scatter (or all-gather): half the bytes of the all-reduce on each tier.
inline double hierarchicalReduceScatterS(double bytes, double inner, double outer, const LinkTier& up,
                                         const LinkTier& out)
{
    if (bytes <= 0)
        return 0;
    double t = reduceScatterS(bytes, inner, up);
    if (outer > 1)
        t += (outer - 1) / outer * (bytes / std::max(1.0, inner)) / out.bytesPerS +
             treeSteps(outer) * out.stepLatencyS;
    return t;
}

/// All-to-all: each device keeps 1/n of its buffer and sends the rest, through its own link.
inline double allToAllS(double bytes, double n, const LinkTier& t)
{
    if (n <= 1 || bytes <= 0)
        return 0;
    return (n - 1) / n * bytes / t.bytesPerS + ringSteps(n) * t.stepLatencyS;
}

/// One point-to-point send (pipeline stages).
inline double sendS(double bytes, const LinkTier& t)
{
    return bytes > 0 ? bytes / t.bytesPerS + t.stepLatencyS : 0;
}

} // namespace collective
} // namespace infraplan
