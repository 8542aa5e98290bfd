#pragma once

#include "figurebands.h"
#include "phrase.h"
#include "powercost.h"
#include "project.h"
#include "warning.h"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace infraplan {

struct TrainingRun;
struct InferenceFleetResult;

/// The headline figures of one sketch that the canvas badges, the results dock, the comparison view and the
/// report show, condensed from the engine's typed result (which it keeps); `computed` is false with `error`
/// set when the sketch cannot be simulated (no hardware, no workload, an unsupported precision).
struct SketchSummary {
    std::string sketchId;
    std::string name;
    SketchRole role = SketchRole::Training;
    bool computed = false;
    std::string error;

    // Shared
    double accelerators = 0;
    std::string acceleratorName;
    bool fitsInMemory = true;
    double memoryPerDeviceBytes = 0;
    double memoryCapacityBytes = 0;
    PowerDraw averagePower;
    PowerDraw peakPower;
    double energyKWhPerMonth = 0; ///< facility energy
    MonthlyCost monthly;
    /// The project's currency: every money figure here is in US dollars and is shown at this rate (the
    /// sentences in `verdict` and `report` already are).
    ExchangeRate money;
    std::vector<Warning> warnings;

    // Training
    double tokensPerSecond = 0;
    double samplesPerSecond = 0;
    double mfu = 0;
    double stepTimeS = 0;
    double timeToTrainDays = 0;
    double acceleratorHours = 0;
    double runCostUsd = 0;
    double runEnergyKWh = 0;
    std::string layout; ///< e.g. "DP 16 x TP 8 x PP 4, micro-batch 1, ZeRO-1, selective recompute (chosen)"
    Phrase layoutPhrase = {}; ///< `layout` in words the interface translates

    // Inference
    double ttftMs[3] = {0, 0, 0}; ///< p50, p90, p99
    double tpotMs[3] = {0, 0, 0};
    double e2eMs[3] = {0, 0, 0};
    double sloAttainment = 0; ///< share of requests meeting every target
    bool meetsTargets = false;
    std::string bindingConstraint; ///< compute, memory bandwidth, KV-cache capacity, network, queueing
    std::string verdict;           ///< one plain-language sentence: english(verdictPhrase)
    Phrase verdictPhrase;          ///< the verdict in words the interface translates
    double replicasAtPeak = 0;
    double averageReplicas = 0;
    // The fleet in whole instances: the drawn count is the autoscaler's ceiling.
    std::string instanceName;
    int instancesDrawn = 0;
    int ceilingInstances = 0; ///< drawn, or fewer under the autoscaler's maximum
    int minimumInstances = 0;
    int instancesNeededAtPeak = 0; ///< above the ceiling when the fleet is short at peak
    double peakInstances = 0;
    double averageInstances = 0; ///< what the cloud bills
    std::array<double, 24> requestsPerSByHour{}, replicasByHour{}, instancesByHour{};
    double replicaHoursPerMonth = 0;
    double maxRpsPerReplica = 0;
    double outputTokensPerSecond = 0; ///< at peak traffic
    double costPerMillionTokensUsd = 0;
    double costPerMillionRequestsUsd = 0;

    /// Each headline figure's low and high from the validated error of the sketch's regime.
    SketchConfidence confidence;

    /// The engine's typed result with every breakdown, shared by the copies of this summary (one of the two,
    /// by role, when `computed`). `simulate --json`, the results dock and the report make their JSON and text
    /// from it (sketchresultjson.h, sketchresulttext.h); the model reads its fields, never that output.
    std::shared_ptr<const TrainingRun> training;
    std::shared_ptr<const InferenceFleetResult> fleet;
};

} // namespace infraplan
