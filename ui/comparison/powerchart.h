#pragma once

class QChart;

namespace infraplan {
struct ComparisonAnalysis;
}

namespace infraplan::ui {

class SketchPalette;

/// Power draw of each sketch: average and peak, IT (what the servers draw) and facility (IT × the site's
/// PUE), as grouped bars in the sketch's colour.
class PowerChart {
public:
    /// A new chart the caller owns: one bar set per sketch (named after it) over the four measures.
    static QChart* build(const ComparisonAnalysis& analysis, const SketchPalette& palette);
};

} // namespace infraplan::ui
