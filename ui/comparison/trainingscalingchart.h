#pragma once

class QChart;

namespace infraplan {
struct ComparisonAnalysis;
}

namespace infraplan::ui {

class SketchPalette;

/// Time-to-train (solid, left axis) and the run's cost (dashed, right axis) of each training cluster against
/// its number of accelerators, on a log-2 axis, with the cluster's drawn size marked.
class TrainingScalingChart {
public:
    /// A new chart the caller owns: per cluster a "… time to train" and a "… run cost" line series, and one
    /// "Drawn size" scatter series holding the clusters' own sizes.
    static QChart* build(const ComparisonAnalysis& analysis, const SketchPalette& palette);
};

} // namespace infraplan::ui
