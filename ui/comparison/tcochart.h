#pragma once

class QChart;

namespace infraplan {
struct ComparisonAnalysis;
}

namespace infraplan::ui {

class SketchPalette;

/// Cumulative spend of each sketch month by month over the TCO horizon (36 months): the training run's cost
/// or the servers' purchase up front, the fleets' monthly spend. The same accelerators paid the other way
/// (cloud ↔ owned) are dashed lines in the sketch's colour.
class TcoChart {
public:
    /// A new chart the caller owns: one line series per TCO line, named after its label.
    static QChart* build(const ComparisonAnalysis& analysis, const SketchPalette& palette);
};

} // namespace infraplan::ui
