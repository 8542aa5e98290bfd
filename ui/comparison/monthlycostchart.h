#pragma once

#include <vector>

class QAbstractAxis;
class QChart;

namespace infraplan {
struct ComparisonAnalysis;
struct SketchSummary;
} // namespace infraplan

namespace infraplan::ui {

class SketchPalette;

/// Monthly cost of each sketch as a horizontal stacked bar: compute, power, storage, network, space (the
/// MonthlyCost breakdown). Segments are coloured by cost component, always the same five colours; the
/// sketch's total is in its label. Components that are zero for every sketch are left out of the legend. An
/// error bar on each fleet spans its monthly cost within the validated error.
class MonthlyCostChart {
public:
    /// A new chart the caller owns; bar sets are named after the components, categories after the sketches.
    static QChart* build(const ComparisonAnalysis& analysis, const SketchPalette& palette);

private:
    static void addCostBands(QChart* chart, const std::vector<const SketchSummary*>& priced, double divisor,
                             QAbstractAxis* categories, QAbstractAxis* money);
};

} // namespace infraplan::ui
