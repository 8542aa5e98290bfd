#pragma once

#include "catalog.h"
#include "project.h"
#include "searchconstraints.h"
#include "searchrejections.h"
#include "trainingsearch.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace infraplan {

struct ClusterSearchOptions {
    PlanConstraints constraints;
    SearchObjective objective = SearchObjective::Time; ///< time to train, or the run's cost
    int top = 10;
    int maxNodes = 256; ///< node counts tried: 1, 2, 4, ... up to this
    int threads = 0;    ///< 0 = every core
    const std::atomic<bool>* cancel = nullptr;
    /// Called with (done, total) clusters as they are evaluated; from worker threads.
    std::function<void(size_t, size_t)> progress;
};

/// One cluster: an instance type and a node count, trained with its best layout.
struct ClusterCandidate {
    std::string instanceId;
    std::string instanceName;
    std::string provider;
    std::string acceleratorName;
    bool owned = false;
    int nodes = 0;
    double accelerators = 0;
    TrainingLayout layout;
    TrainingEstimate estimate;
    double timeToTrainDays = 0;
    double runCostUsd = 0;
    double averagePowerW = 0; ///< facility power while training
    double runEnergyKWh = 0;
    double objective = 0; ///< days or dollars
    Sketch sketch; ///< the base sketch on this hardware with the layout applied (ids left to the caller)
};

struct ClusterSearchResult {
    std::vector<ClusterCandidate> best; ///< best first
    size_t clusters = 0;                ///< instance x node-count pairs looked at
    size_t layoutsEvaluated = 0;        ///< training estimates over all layout searches
    RejectionTally rejected;            ///< per cluster
    double seconds = 0;
    int threads = 1;
    bool cancelled = false;
    std::string error;
};

/// Which accelerator and how many: for every catalog instance with accelerators that the constraints allow
/// and every power-of-two node count, the fastest layout (searchTrainingLayouts), then the whole run
/// (time to train with checkpoints and failures, cost, power) as `simulate` computes it. Clusters past the
/// deadline or over the budget are rejected with the reason. `base` gives the training job, pricing mode and
/// storage; its hardware is replaced.
ClusterSearchResult searchTrainingClusters(const Project& project, const Sketch& base, const Catalog& catalog,
                                           const ClusterSearchOptions& options = {});

} // namespace infraplan
