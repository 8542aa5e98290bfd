#pragma once

#include "bindingresource.h"
#include "phrase.h"

#include <optional>
#include <string>
#include <string_view>

namespace infraplan {

struct StepBreakdown;
enum class Bound;

/// Which engine produced a figure.
enum class EngineKind { Training, Serving };
/// "training" or "serving"; the validation files call the serving engine's cases "inference".
std::string_view engineKey(EngineKind e);
std::optional<EngineKind> engineFromKey(std::string_view key);

/// Whether the device family's achievable fractions were fitted to published runs of this engine, or are
/// sourced priors (a new family, or one with too few runs to fit).
enum class CalibrationStatus { Calibrated, PriorOnly };
std::string_view calibrationStatusKey(CalibrationStatus s); ///< "calibrated", "prior_only"
std::optional<CalibrationStatus> calibrationStatusFromKey(std::string_view key);

/// A regime of validated error: engine x what binds x calibration status. A figure's band is the held-out
/// error of the validated cases of its regime.
struct Regime {
    EngineKind engine = EngineKind::Training;
    BindingResource binding = BindingResource::Compute;
    CalibrationStatus status = CalibrationStatus::Calibrated;
    bool operator==(const Regime&) const = default;
    /// "serving, memory-bandwidth-bound, calibrated family"
    std::string label() const;
    /// The label as a phrase the interface translates.
    Phrase labelPhrase() const;
};

/// What binds one training step: the largest of the devices' own work (GEMMs, memory-bound layers,
/// optimizer, pipeline bubble) and the time spent waiting on links or the storage tier.
BindingResource trainingBinding(const StepBreakdown& step);
/// What binds a serving figure: the replica's bound, or small-batch latency when the figure is a latency
/// at small batch (`latencyFigure`) or the load is held down by latency targets (Bound::Queueing).
BindingResource servingBinding(Bound bound, bool latencyFigure);

} // namespace infraplan
