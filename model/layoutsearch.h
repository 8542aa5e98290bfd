#pragma once

#include "trainingengine.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace infraplan {

/// Parts of a layout that are fixed (by the user or a published run); 0 / nullopt = free for the search.
struct LayoutConstraints {
    int dp = 0, tp = 0, pp = 0, microBatch = 0, zeroStage = -1, interleave = 0;
    std::optional<Recompute> recompute;
};

/// The search's answer: the fastest layout that fits, or when none fits the one needing least memory.
struct LayoutChoice {
    TrainingLayout layout;
    TrainingEstimate estimate;
    bool found = false;   ///< a valid layout exists (it may still not fit: see estimate.fits)
    size_t evaluated = 0; ///< layouts estimated
};

/// Searches data/tensor/pipeline degrees (all devices used when they factor, else as many as possible),
/// expert parallelism for MoE, microbatch, ZeRO stage, recomputation and interleaving, and picks the
/// highest throughput among layouts that fit in memory (ties: less memory). Tensor parallelism stays inside
/// the scale-up domain. Allocation-free inside the loop.
LayoutChoice chooseLayout(const TrainingSetup& setup, const LayoutConstraints& fixed = {});

/// For a layout that does not fit: changes that would make it fit, each with the memory it would need,
/// e.g. "ZeRO-3 (61.2 GB of 80 GB)". Empty when it fits.
std::vector<std::string> fitAdvice(const TrainingSetup& setup, const TrainingLayout& layout);

} // namespace infraplan
