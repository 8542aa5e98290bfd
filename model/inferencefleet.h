#pragma once

#include "inferencereplica.h"
#include "inferencesimulator.h"
#include "powercost.h"
#include "simulation.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace infraplan {

/// Whether one latency target holds.
struct TargetCheck {
    std::string name; ///< "TTFT p99", "TPOT p99", "end-to-end p99"
    double targetMs = 0;
    double achievedMs = 0;
    bool met = false;
};

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
    std::string verdict;

    // Sizing
    int replicasDrawn = 0; ///< what the sketch's nodes hold
    double replicasAtPeak = 0, averageReplicas = 0, replicaHoursPerMonth = 0;
    std::array<double, 24> replicasByHour{}, requestsPerSByHour{};
    double peakRequestsPerS = 0, averageRequestsPerS = 0;
    double modelLoadS = 0;
    double nodesPerReplica = 0; ///< instances per replica (fractional when replicas share an instance)
    double averageNodes = 0, peakNodes = 0, provisionedNodes = 0;

    // Network
    double ingressBytesPerS = 0, egressBytesPerS = 0, networkCapacityBytesPerS = 0;
    double egressGBPerMonth = 0; ///< answers sent to users over the internet

    // Power and cost
    PowerDraw averagePower, peakPower;
    double energyKWhPerMonth = 0;
    MonthlyCost monthly;
    double outputTokensPerMonth = 0, requestsPerMonth = 0;
    double costPerMillionTokensUsd = 0, costPerThousandRequestsUsd = 0;
    double purchaseUsd = 0; ///< owned: the fleet's purchase price
    std::vector<std::string> notes;
};

/// Runs the inference engine on a service and a fleet's hardware; nullopt with `error` when it cannot (no
/// model figures, unsupported precision, the model does not fit).
std::optional<InferenceFleetResult>
simulateInferenceFleet(const InferenceService& service, const Sketch& sketch, const SketchHardware& hw,
                       const ModelSpec& model, const SimulationOptions& options, std::string& error);

} // namespace infraplan
