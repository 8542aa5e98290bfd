#pragma once

#include "layoutsearch.h"
#include "searchrejections.h"
#include "trainingengine.h"

#include <cstddef>
#include <string>
#include <vector>

namespace infraplan {

/// What a search minimises.
enum class SearchObjective {
    Time, ///< training: step time (or time to train); inference: not used
    Cost, ///< training: dollars per step (or per run); inference: dollars per month
};

const char* objectiveName(SearchObjective o);

struct TrainingSearchOptions {
    SearchObjective objective = SearchObjective::Time;
    int top = 10;            ///< how many of the best layouts to keep
    int threads = 0;         ///< 0 = as many as the machine has (at most 2 are used: the target machine)
    LayoutConstraints fixed; ///< parts of the layout the user fixed
};

/// One layout the search kept, with the engine's full breakdown.
struct TrainingCandidate {
    TrainingLayout layout;
    TrainingEstimate estimate;
    double usdPerStep = 0; ///< the cluster's hourly cost (instances, power at this layout's load) x step time
    double objective = 0;  ///< seconds or dollars per step, by the options' objective
};

struct TrainingSearchResult {
    std::vector<TrainingCandidate> best; ///< best first; ties broken by memory, then by the layout's degrees
    /// Layouts the search covers: estimated, set aside by a memory bound, or dominated (see `dominated`).
    size_t layouts = 0;
    size_t evaluated = 0; ///< full estimates computed
    size_t pruned = 0;    ///< layouts set aside by a memory bound without an estimate (counted as OOM too)
    /// Layouts with sequence parallelism off or data-parallel traffic not overlapped: the engine models them
    /// as never better than the same layout with both on, so they are covered without an estimate of their
    /// own.
    size_t dominated = 0;
    RejectionTally rejected;
    double seconds = 0; ///< wall time of the search
    int threads = 1;
    bool usesAllDevices = true; ///< false when no layout using every accelerator fits: some stay idle
    std::string error;          ///< set when nothing can be searched (e.g. cost objective without a price)
};

/// Exhaustive layout search for a prepared training setup over Calculon's dimensions: tensor-parallel degrees
/// that divide the heads and tile the scale-up domain or span whole domains, pipeline depths up to the
/// layers, data parallelism for the rest of the accelerators (all of them when they factor), expert
/// parallelism for MoE, every microbatch size up to the per-replica batch, ZeRO 0-3, the three recomputation
/// modes, 1F1B and every interleave factor dividing the layers per stage, and sequence parallelism and
/// data-parallel overlap on or off (off is dominated, see `dominated`). Pruning is by memory bounds that are
/// exact consequences of the engine's memory model (tests/test_search.cpp checks it against brute force):
/// a (TP, PP, DP, ZeRO) block whose weights, gradients, optimizer states and buffers overflow is skipped
/// whole; interleaving only adds activations, so it is skipped when 1F1B overflows; and while every stage
/// holds the same microbatches in flight, a microbatch that overflows bounds the larger ones. Allocation-free
/// in the inner loop; the outer (TP, PP) space is split over threads and the result does not depend on their
/// number. docs/performance.md says how the space is counted.
TrainingSearchResult searchTrainingLayouts(const TrainingSetup& setup,
                                           const TrainingSearchOptions& options = {});

} // namespace infraplan
