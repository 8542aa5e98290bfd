#pragma once

class QChart;

namespace infraplan {
struct ComparisonAnalysis;
}

namespace infraplan::ui {

class SketchPalette;

/// Cost per unit (per million output tokens, or per million requests) against p99 latency, one point per
/// inference fleet, with the Pareto front of each service drawn through the fleets nothing beats on both, and
/// the latency target as a dashed vertical line. Fleets that miss a target are drawn as squares.
class CostLatencyChart {
public:
    /// A new chart the caller owns: one scatter series per fleet (named after it), one line series per front
    /// ("Pareto front", its points in rising latency) and one per target ("Target: …").
    static QChart* build(const ComparisonAnalysis& analysis, const SketchPalette& palette);
};

} // namespace infraplan::ui
