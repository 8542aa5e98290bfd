#pragma once

#include "catalog.h"
#include "clustersearch.h"
#include "fleetsearch.h"
#include "project.h"
#include "searchconstraints.h"
#include "trainingsearch.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>

namespace infraplan {

/// The three searches a planner runs from a project.
enum class SearchKind {
    Layout,  ///< the best layout on a training sketch's own cluster
    Cluster, ///< which accelerator and how many for a training sketch's job
    Fleet,   ///< the cheapest fleet for an inference service
};

/// What a planner asks of a search, as `infraplan search` and the search dialog both state it. `runSearch`
/// turns it into the search's own options, so the command line and the GUI set a search up the same way.
struct SearchRequest {
    SearchKind kind = SearchKind::Layout;
    /// Layout and cluster: the training sketch. Fleet: the sketch that supplies pricing, autoscaling and
    /// storage; empty takes the first inference sketch serving the service (none is fine).
    std::string sketchId;
    std::string serviceId; ///< fleet: the service planned for; empty takes the sketch's workload
    PlanConstraints constraints;
    SearchObjective objective = SearchObjective::Time; ///< layout and cluster
    std::optional<LatencyTargets> targets;             ///< fleet: replace the service's targets
    int top = 10;
    std::optional<int> maxNodes;   ///< cluster: the largest node count tried (the search's default if unset)
    bool simulateFinalists = true; ///< fleet: confirm the cheapest with the discrete-event simulation
    /// fleet: confirm with the whole day simulated instead of hourly slices sampled to a stated interval
    bool fullDaySimulation = false;
    int finalists = 0; ///< fleet: how many to confirm; 0 = `top`
};

/// Why a search could not be set up.
enum class SearchSetupProblem {
    None,
    NoSketch,    ///< the sketch is not in the project
    NotTraining, ///< layout and cluster searches: the sketch is an inference fleet
    NoService,   ///< no inference service to plan for
    CannotModel, ///< the engine cannot model the sketch; `problemDetail` says why
};

/// What a search found: the one result of the requested kind, or why none ran.
struct SearchResults {
    std::optional<TrainingSearchResult> layouts;
    std::optional<ClusterSearchResult> clusters;
    std::optional<FleetSearchResult> fleets;
    SearchSetupProblem problem = SearchSetupProblem::None;
    std::string problemDetail; ///< CannotModel: the engine's first problem with the sketch
};

/// Sets up and runs the requested search on the calling thread. `cancel` may stop it early; `progress` gets
/// the fraction done (0..1), from worker threads.
SearchResults runSearch(const Project& project, const Catalog& catalog, const SearchRequest& request,
                        const std::atomic<bool>* cancel = nullptr,
                        const std::function<void(double)>& progress = {});

} // namespace infraplan
