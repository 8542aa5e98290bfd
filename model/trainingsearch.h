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
    size_t layouts = 0;                  ///< layouts in the space (estimated, or set aside by a memory bound)
    size_t evaluated = 0;                ///< full estimates computed
    size_t pruned = 0; ///< layouts set aside by a memory bound without an estimate (counted as OOM too)
    RejectionTally rejected;
    double seconds = 0; ///< wall time of the search
    int threads = 1;
    bool usesAllDevices = true; ///< false when no layout using every accelerator fits: some stay idle
    std::string error;          ///< set when nothing can be searched (e.g. cost objective without a price)
};

/// Exhaustive layout search for a prepared training setup: tensor-parallel degrees that divide the heads and
/// stay inside the scale-up domain, pipeline depths up to the layers, data parallelism for the rest of the
/// accelerators (all of them when they factor), expert parallelism for MoE, microbatches (powers of two up to
/// the per-replica batch), ZeRO 0-3, the three recomputation modes and interleaving factors. Layouts are
/// pruned by memory before their full estimate: activation memory only grows with the microbatch and the
/// interleave factor, so once a microbatch overflows, larger ones are skipped. Allocation-free in the inner
/// loop; the outer (TP, PP) space is split over threads and the result does not depend on their number.
TrainingSearchResult searchTrainingLayouts(const TrainingSetup& setup,
                                           const TrainingSearchOptions& options = {});

} // namespace infraplan
