#pragma once

#include "phrase.h"
#include "sketchsimulator.h"

#include <atomic>
#include <string>
#include <string_view>
#include <vector>

namespace infraplan {

enum class FindingKind {
    CheapestMeetingTargets, ///< the cheapest fleet that meets every target (or cheapest training run)
    NoOptionMeetsTargets,   ///< no fleet of a service meets every target
    TrainingClassServing,   ///< a fleet serves on training-class accelerators; an inference-class one costs
                            ///< less
    IdleAccelerators, ///< storage, the fabric or the layout leaves a training cluster's accelerators waiting
    LowerPrecision,   ///< serving in FP8 or INT8, which the device supports, would cost less
    OverProvisioned   ///< a fleet runs far more replicas than its traffic needs
};

/// Stable name of a kind: "cheapest", "no-option-meets-targets", "training-class-serving",
/// "idle-accelerators", "lower-precision", "over-provisioned".
std::string_view findingKindName(FindingKind kind);

/// One plain-language finding with the numbers behind it.
struct Finding {
    FindingKind kind = FindingKind::CheapestMeetingTargets;
    std::string sketchId;              ///< the sketch it is about
    Phrase title;                      ///< one sentence a planner can act on
    std::vector<Phrase> evidence;      ///< the figures behind it, one per line
    double savingUsdPerMonth = 0;      ///< what acting on it saves a month (0: not a saving)
    std::string alternativeSketchId;   ///< a sketch of the project it points to
    std::string alternativeInstanceId; ///< a catalog instance it suggests
};

/// Thresholds below which a difference is not worth a finding.
struct RecommendationPolicy {
    double minSavingShare = 0.05; ///< a cheaper option must save at least this share of the monthly cost
    double idleShare = 0.10;      ///< share of a training step stalled on data loading before it is reported
    double fabricShare =
        0.15; ///< share of a training step in exposed scale-out communication before it is reported
    double underusedShareOfTarget = 0.5; ///< a fleet using less than this share of its target utilization
};

/// The findings for a project's simulated sketches, the cheapest options first, then by the saving.
/// What-if runs (a modified copy of a sketch: other hardware, another precision) go through `simulate` with
/// quick options, and are compared with the original re-run the same way so both sides are estimated alike.
/// Stops early, returning what it has, when `cancel` becomes true.
std::vector<Finding> recommend(const Project& project, const std::vector<SketchSummary>& summaries,
                               const Catalog& catalog, const SketchSimulator& simulate,
                               const RecommendationPolicy& policy = {},
                               const std::atomic<bool>* cancel = nullptr);

} // namespace infraplan
