#pragma once

#include "autoscalerrule.h"
#include "inferencereplica.h"
#include "latencyhistogram.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <vector>

namespace infraplan {

/// One fleet's day of traffic, as the simulator needs it.
struct FleetSimulationConfig {
    const ReplicaModel* replica = nullptr;
    double peakRequestsPerS = 0;
    std::array<double, 24> hourlyFractions{}; ///< of the peak, per hour of the day
    double durationS = 86400;
    LatencyTargets targets;
    double rttS = 0; ///< round trip between users and the region, added to TTFT and end-to-end latency
    AutoscalingPolicy autoscaling;
    int fixedReplicas = 1; ///< when autoscaling is off
    /// Whole instances: replicas sharing one instance (8 one-GPU replicas on an 8-GPU server) and instances
    /// one replica spans. The autoscaler adds and removes whole instances, and instances are what is billed.
    int replicasPerInstance = 1;
    int instancesPerReplica = 1;
    /// Replicas ready at the start when autoscaling is on (0: the autoscaler's choice for the first hour's
    /// rate). A slice of the day starts from the previous hour's fleet this way (dayslices.h).
    int initialReplicas = 0;
    /// Replicas the autoscaler asked for before the start and still starting then: the time each is ready.
    std::vector<double> startingReadyAtS;
    /// The autoscaler's wishes at the ticks before the start, oldest first, one every scaleIntervalS, the
    /// last one interval before the start: its stabilization window remembers them as a running fleet's
    /// would (a slice of the day starts with the history of the traffic before it, dayslices.h).
    std::vector<int> priorWishes;
    /// Requests arriving at or after this time are served but not recorded (0: all are): a slice of the day
    /// keeps the load on after its sampling window so the requests it samples do not finish in a drain.
    double sampleUntilS = 0;
    double sampleFromS = 0; ///< requests arriving before this (a warm-up) are served but not recorded
    /// Stop once every recorded request has finished (after sampleUntilS; durationS at the latest): a slice
    /// of the day keeps its load on exactly as long as the requests it samples need.
    bool endAfterSampled = false;
    double replicaRequestsPerS = 0; ///< what one replica sustains within the targets (autoscaler's yardstick)
    double modelLoadS = 0;          ///< reading the weights from storage, after the provisioning delay
    double scaleIntervalS = 15;     ///< how often the autoscaler looks (Kubernetes HPA's default)
    double scaleDownStabilizationS =
        300; ///< it scales down to the highest wish of this window (HPA's default)
    /// Requests a day may hold before the day runs on a compressed clock (see
    /// FleetSimulationResult::timeScale).
    double maxSimulatedRequests = 25e6;
    uint64_t seed = 1;
    /// Generic models only: service times exponential around the batch time instead of fixed. With batch 1,
    /// no wait and no autoscaling the fleet is then exactly an M/M/c queue (used to check the queueing core).
    bool exponentialService = false;
    const std::atomic<bool>* cancel = nullptr;
    /// Wall-clock seconds the run may take; past them it stops and reports the part of the day it
    /// simulated (FleetSimulationResult::stoppedByBudget). Negative: defaultWallClockBudgetS(); 0: none.
    double wallClockBudgetS = -1;
};

/// What the day looked like.
struct FleetSimulationResult {
    bool cancelled = false;
    bool stoppedByBudget = false; ///< the time budget ran out: figures cover the first simulatedS only
    /// Ended when the last recorded request finished (endAfterSampled): hourly figures are averages over
    /// the simulatedS reached, as when stopped by the budget.
    bool endedAfterSampled = false;
    uint64_t arrivals = 0, completed = 0, dropped = 0;
    LatencyHistogram ttft, tpot, e2e, queueWait; ///< seconds; TTFT and E2E include the round trip
    double sloAttainment = 0;                    ///< completed requests meeting every target / arrivals
    double outputTokens = 0;
    double busyFraction = 0;     ///< share of replica time spent running iterations or batches
    double loadFraction = 0;     ///< requests served / what the provisioned replicas could serve at most
    double peakReplicas = 0;     ///< most replicas running or starting at once
    double averageReplicas = 0;  ///< time average of replicas running, starting or draining (what is billed)
    double readyAtPeakHour = 0;  ///< replicas serving during the busiest hour (time average)
    double peakInstances = 0;    ///< most whole instances held at once
    double averageInstances = 0; ///< time average of whole instances held (what the cloud bills)
    std::array<double, 24> replicasByHour{};
    std::array<double, 24> instancesByHour{};
    std::array<double, 24> requestsByHour{}; ///< arrivals per second, hour by hour
    int scaleUps = 0, scaleDowns = 0;
    uint64_t events = 0;
    double timeScale = 1;  ///< simulated seconds per real second (below 1 when the day was compressed)
    double simulatedS = 0; ///< length of the simulated day (shorter when stopped by the budget)
    /// Simulated as hourly slices (dayslices.h): every percentile is known within plus or minus this share
    /// of its value at 95% confidence. 0 when the day was simulated whole.
    double sampledRelativeHalfWidth = 0;
};

/// Simulates arrivals (Poisson, rate following the 24-hour profile), a FIFO queue in front of the fleet,
/// continuous batching per replica for LLMs (iteration-level, admission bounded by the KV cache and the batch
/// limit, prefill chunks bounded by a token budget) or dynamic batching for generic models (up to the maximum
/// batch, waiting at most the maximum wait), and an autoscaler (docs/model.md, "Discrete-event simulation").
/// Event-driven: a replica's event is the end of its next batch of iterations, never one per token.
/// Deterministic for a given seed.
FleetSimulationResult simulateFleet(const FleetSimulationConfig& config);

/// The autoscaler's rule for a simulated fleet: its policy, its replica's yardstick and how replicas fill
/// instances.
AutoscalerRule autoscalerRule(const FleetSimulationConfig& config);

/// The time budget of a fleet simulation unless its config says otherwise: 120 s, or
/// INFRAPLAN_SIMULATION_BUDGET_S (the sanitizer build, ten times slower, raises it).
double defaultWallClockBudgetS();

} // namespace infraplan
