#pragma once

#include <QCoreApplication>

#include "reportdocument.h"
#include "reportinput.h"

#include <functional>
#include <vector>

class QChart;

namespace infraplan::ui {

class SketchPalette;

/// The charts of the comparison view (ui/comparison), drawn as vectors two to a page: monthly cost by
/// component, total cost of ownership, latency under load, cost against latency, power, training time and
/// cost against cluster size, traffic and replicas over a day. A chart with nothing to plot prints its title
/// and why.
class ChartsSection {
    Q_DECLARE_TR_FUNCTIONS(infraplan::ui::ChartsSection)

public:
    static void append(ReportDocument& document, const ReportInput& input);

    /// A chart builder of the comparison view: a new chart from the analysis, in the sketches' colours.
    using Builder = std::function<QChart*(const ComparisonAnalysis&, const SketchPalette&)>;
    /// The report's charts, in order.
    static const std::vector<Builder>& builders();
    /// The titles of the charts the report prints, in order, for `analysis`.
    static QStringList titles(const Project& project, const ComparisonAnalysis& analysis);
};

} // namespace infraplan::ui
