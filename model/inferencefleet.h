#pragma once

#include "inferencereplica.h"
#include "inferencesimulator.h"
#include "phrase.h"
#include "powercost.h"
#include "simulation.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace infraplan {

/// The latencies a service may set a p99 target on.
enum class LatencyMetric { Ttft, Tpot, EndToEnd };

/// The target's name as the interface shows it and the JSON writes it ("TTFT p99").
const char* latencyTargetName(LatencyMetric metric);

/// Whether one latency target holds.
struct TargetCheck {
    LatencyMetric metric = LatencyMetric::EndToEnd;
    double targetMs = 0;
    double achievedMs = 0;
    /// What one replica gives with nothing else in it: no count of instances brings the latency below this.
    double idleMs = 0;
    bool met = false;

    const char* name() const { return latencyTargetName(metric); }
};

/// An unstable queue grows without bound: its latencies are reported as an hour, and said so in words.
inline constexpr double kUnboundedLatencyS = 3600;

/// The inference engine's whole answer for one fleet (docs/model.md, "Inference engine").
struct InferenceFleetResult {
    ReplicaSetup setup;
    std::optional<ReplicaModel> replica;
    ReplicaCapacity capacity;
    double sloRequestsPerS = 0; ///< per replica, targets holding
    Bound replicaBound = Bound::Compute;
    bool simulated = false; ///< discrete-event run (else the analytical estimate)
    FleetSimulationResult simulation;

    // Latencies in seconds: p50, p90, p99
    std::array<double, 3> ttftS{}, tpotS{}, e2eS{};
    double sloAttainment = 0;
    double utilization = 0; ///< load served / capacity of the replicas running
    std::vector<TargetCheck> checks;
    bool meetsTargets = false;
    Bound binding = Bound::Compute;
    Phrase verdictPhrase; ///< the verdict in words the interface translates
    std::string verdict;  ///< english(verdictPhrase)

    // Sizing. Instances are whole: `replicasPerInstance` replicas share one (eight 1-GPU replicas on an
    // 8-GPU server), or one replica spans `instancesPerReplica` of them; the autoscaler adds and removes
    // whole instances between `minimumInstances` and `ceilingInstances`.
    int replicasDrawn = 0; ///< what the sketch's nodes hold
    int replicasPerInstance = 1, instancesPerReplica = 1;
    int instancesDrawn = 0;        ///< the sketch's node count: the autoscaler's ceiling
    int ceilingInstances = 0;      ///< what the autoscaler may reach (drawn, or less under its maximum)
    int minimumInstances = 0;      ///< what it keeps however quiet the day
    int instancesNeededAtPeak = 0; ///< what the peak needs within the targets, ceiling or not
    double replicasAtPeak = 0, averageReplicas = 0, replicaHoursPerMonth = 0;
    std::array<double, 24> replicasByHour{}, requestsPerSByHour{}, instancesByHour{};
    double peakRequestsPerS = 0, averageRequestsPerS = 0;
    double modelLoadS = 0;
    double nodesPerReplica = 0; ///< instancesPerReplica / replicasPerInstance
    double averageNodes = 0, peakNodes = 0, provisionedNodes = 0;
    /// True when the peak needs more instances than the ceiling allows (the verdict says what it gets).
    bool shortAtPeak() const { return instancesNeededAtPeak > ceilingInstances; }

    // Network
    double ingressBytesPerS = 0, egressBytesPerS = 0, networkCapacityBytesPerS = 0;
    double egressGBPerMonth = 0; ///< answers sent to users over the internet

    // Power and cost
    PowerDraw averagePower, peakPower;
    double energyKWhPerMonth = 0;
    MonthlyCost monthly;
    double outputTokensPerMonth = 0, requestsPerMonth = 0;
    double costPerMillionTokensUsd = 0, costPerMillionRequestsUsd = 0;
    double purchaseUsd = 0; ///< owned: the fleet's purchase price
    std::vector<std::string> notes;
};

/// Runs the inference engine on a service and a fleet's hardware; nullopt with `error` when it cannot (no
/// model figures, unsupported precision, the model does not fit).
std::optional<InferenceFleetResult>
simulateInferenceFleet(const InferenceService& service, const Sketch& sketch, const SketchHardware& hw,
                       const ModelSpec& model, const SimulationOptions& options, std::string& error);

} // namespace infraplan
