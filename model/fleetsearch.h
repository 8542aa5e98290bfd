#pragma once

#include "catalog.h"
#include "project.h"
#include "searchconstraints.h"
#include "searchrejections.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace infraplan {

struct FleetSearchOptions {
    PlanConstraints constraints; ///< budgetUsd is per month here
    int top = 10;
    /// Batching limits tried (concurrent sequences for LLMs, batch size for generic models).
    std::vector<int> maxBatches = {16, 64, 256};
    /// Finalists confirmed by the discrete-event simulation, cheapest first; the analytical ranking beyond
    /// them is reported unconfirmed. 0 = `top`.
    int finalists = 0;
    bool simulateFinalists = true;
    /// Confirm with the whole-day simulation instead of hourly slices sampled to a stated interval
    /// (dayslices.h); the slices are the default, an order of magnitude faster.
    bool fullDaySimulation = false;
    unsigned seed = 1;
    int threads = 0; ///< 0 = every core
    const std::atomic<bool>* cancel = nullptr;
    /// Called with (done, total) as work completes, from worker threads: the analytical pass counts one unit
    /// per configuration and each confirmation simulation the units it costs (measured in bench_search).
    std::function<void(size_t, size_t)> progress;
};

/// One fleet: an instance type, a replica size, a precision and a batching limit, sized for peak traffic.
struct FleetCandidate {
    std::string instanceId;
    std::string instanceName;
    std::string provider;
    std::string acceleratorName;
    bool owned = false;
    bool cpu = false;
    int tensorParallel = 1;
    Precision precision = Precision::FP16;
    int maxBatch = 0;
    double sloRequestsPerSPerReplica = 0; ///< analytical: what one replica serves within the targets
    double replicasAtPeak = 0;
    double averageReplicas = 0;
    int nodes = 0; ///< instances drawn (peak replicas' worth)
    double monthlyUsd = 0;
    double analyticalMonthlyUsd = 0; ///< the pruning estimate
    double ttftP99Ms = 0, tpotP99Ms = 0, e2eP99Ms = 0;
    double sloAttainment = 0;
    bool simulated = false; ///< confirmed by the discrete-event simulation
    /// Other precisions that gave this very fleet (instance, replica size, batching, count) exactly the same
    /// figures, folded into this candidate: on a device that runs them at the same rate and size (FP8 and
    /// INT8 on H100) they are one choice for the plan, listed once under the format first in the list of
    /// precisions (the wider or floating-point one).
    std::vector<Precision> sameFigures;
    std::string verdict;
    Sketch sketch; ///< an inference sketch of this fleet (ids left to the caller)
};

struct FleetSearchResult {
    std::vector<FleetCandidate> best; ///< cheapest per month first; simulated finalists before the rest
    size_t configurations = 0;        ///< instance x replica size x precision x batching points
    size_t analytical = 0;            ///< analytical fleet estimates
    size_t simulated = 0;             ///< discrete-event runs
    RejectionTally rejected;
    double seconds = 0;
    double simulationSeconds = 0;
    int threads = 1;
    bool cancelled = false;
    std::string error;
};

/// The cheapest fleets per month that serve `service` at peak within its latency targets: over catalog
/// instances (GPUs, CPUs, ASICs; cloud and owned) the constraints allow, tensor-parallel degrees dividing the
/// accelerators per instance, precisions the device supports and batching limits. The analytical replica
/// model prunes (replicas needed at peak within the targets, hence the monthly cost); the cheapest finalists
/// are confirmed with the discrete-event simulation, and a finalist the simulation shows missing a target is
/// rejected (LatencyMissed) and the next one takes its place. Candidates that differ only in a precision
/// and have identical figures are listed once (FleetCandidate::sameFigures). `base` (may be null) supplies
/// pricing mode, autoscaling and storage.
FleetSearchResult searchInferenceFleets(const Project& project, const InferenceService& service,
                                        const Sketch* base, const Catalog& catalog,
                                        const FleetSearchOptions& options = {});

} // namespace infraplan
