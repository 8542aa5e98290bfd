#pragma once

#include "results.h"

#include <functional>
#include <QString>

namespace infraplan::ui::bandformat {

/// The band of a figure in a few characters for badges and tables: "±18%" when symmetric within a point,
/// else "−9% +22%"; empty when the figure has no band.
QString compact(const FigureBand& band);
/// The larger side only, for the tight space of a frame badge: "±30%".
QString widest(const FigureBand& band);
/// "4.12 M to 5.50 M tokens/s" with the figure's own formatter.
QString range(const FigureBand& band, const std::function<QString(double)>& format);
/// One line naming the regime and the cases behind it ("serving, compute-bound, calibrated family: 14
/// validated cases, ..."), followed by the uncalibrated warning when the family has no validated run.
QString basis(const SketchConfidence& confidence);
/// A tooltip (rich text) for a sketch: the regime, each headline figure's range and what the band means.
QString sketchToolTip(const SketchSummary& summary);
/// "uncalibrated" mark for a family without validated runs; empty otherwise.
QString uncalibratedMark(const SketchConfidence& confidence);

} // namespace infraplan::ui::bandformat
