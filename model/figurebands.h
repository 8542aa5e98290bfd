#pragma once

#include "errorregimes.h"

#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace infraplan {

/// Why one end of a band is the figure itself rather than a different value.
enum class BandEndReason {
    None,         ///< the end differs from the value
    WholeCount,   ///< a whole count (or what it bills) that this end's speed does not move past a whole unit
    DrawnCeiling, ///< the fleet holds its drawn ceiling at this end too: it cannot buy more, its latency
                  ///< grows
    NoCountMeetsTargets, ///< at this end no count of instances meets the targets: there is no count to give
    /// Both ends of the speed band move the figure the same way (a faster replica brings a target within
    /// reach and the autoscaler then holds more instances for it): the value is the band's other end.
    BothEndsOneSide,
    UnboundedQueue, ///< the queue never drains at this end either: the latency is unbounded (shown as an
                    ///< hour)
};

/// The stable key of a reason (`simulate --json`): "whole_count", "drawn_ceiling", "no_count_meets_targets",
/// "both_ends_on_one_side", "unbounded_queue".
const char* bandEndReasonKey(BandEndReason r);

/// One headline figure with the range its regime's validated error allows: `low` and `high` are the
/// smallest and largest values the figure takes between the slow and the fast end of the band.
struct FigureBand {
    double value = 0, low = 0, high = 0;
    bool present = false;
    std::string note; ///< what this figure adds to the sketch's basis ("whole instances: ...")
    /// Set when that end equals the value, and why; an end with NoCountMeetsTargets has no number (JSON
    /// null).
    BandEndReason lowReason = BandEndReason::None, highReason = BandEndReason::None;

    /// A band from the figure and its values at both ends of the speed band, in either order.
    static FigureBand between(double value, double oneEnd, double otherEnd, std::string note = {});
    /// The band's width relative to the value (0 when absent or the value is 0).
    double relativeHalfWidth() const;
};

/// How far a sketch's figures can be trusted: the regime it runs in, the band its validated cases give,
/// whether the device family has validated runs, and each headline figure with its low and high.
struct SketchConfidence {
    bool available = false; ///< false: the sketch was not computed, or no table is shipped
    ErrorBand band;
    std::string family;
    size_t familyCases = 0; ///< validated runs of the family for this engine
    bool familyValidated() const { return familyCases > 0; }
    /// Non-empty when the family has no validated run for this engine: said next to its figures.
    std::string uncalibratedNote;
    /// Non-empty when a fleet that meets its latency targets at the predicted speed misses them at the slow
    /// end of its band even with the instances that end needs: the verdict there, said next to the figures.
    std::string slowEndNote;

    // Training
    FigureBand tokensPerSecond, samplesPerSecond, stepTimeS, timeToTrainDays, runCostUsd, runEnergyKWh;
    // Serving
    FigureBand replicaRequestsPerS, replicaTokensPerS;
    std::array<FigureBand, 3> ttftMs, tpotMs, e2eMs; ///< p50, p90, p99
    FigureBand replicasAtPeak, instancesNeededAtPeak, averageInstances, averagePowerKW, monthlyCostUsd;

    /// The present figures with their stable keys (`simulate --json`), in display order.
    std::vector<std::pair<std::string, const FigureBand*>> figures() const;
};

/// The band of a comparison table row's figure (the row keys of comparison.cpp), in the row's unit; nullopt
/// when that figure carries none.
std::optional<FigureBand> bandForComparisonRow(const SketchConfidence& c, std::string_view key);

/// {"regime", "calibration", "family_validated_cases", "uncalibrated", "figures": {key: {"value", "low",
/// "high", "basis"}}}; an end equal to the value carries "low_reason" or "high_reason".
nlohmann::json confidenceJson(const SketchConfidence& c);

} // namespace infraplan
