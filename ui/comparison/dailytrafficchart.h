#pragma once

class QChart;

namespace infraplan {
struct ComparisonAnalysis;
}

namespace infraplan::ui {

class SketchPalette;

/// The 24-hour traffic of each service (grey area, left axis) and the replicas each fleet's autoscaler runs
/// through the day (steps in the fleet's colour, right axis).
class DailyTrafficChart {
public:
    /// A new chart the caller owns: per service a "Traffic: …" area series, per fleet a step line series
    /// named after it with two points per hour (the step's start and end).
    static QChart* build(const ComparisonAnalysis& analysis, const SketchPalette& palette);
};

} // namespace infraplan::ui
