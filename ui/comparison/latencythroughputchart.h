#pragma once

class QChart;

namespace infraplan {
struct ComparisonAnalysis;
}

namespace infraplan::ui {

class SketchPalette;

/// p99 latency against load for each inference fleet at its peak replica count (the analysis' load curves),
/// with each service's latency target drawn as a dashed line: where a curve crosses it is the most traffic
/// that fleet serves within the target.
class LatencyThroughputChart {
public:
    /// A new chart the caller owns: one line series per fleet (named after it) and one per target
    /// ("Target: …").
    static QChart* build(const ComparisonAnalysis& analysis, const SketchPalette& palette);
};

} // namespace infraplan::ui
