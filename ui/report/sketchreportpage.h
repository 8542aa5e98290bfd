#pragma once

#include <QCoreApplication>

#include "reportdocument.h"
#include "reportinput.h"

namespace infraplan::ui {

/// One sketch on its own page: what it runs and where, its performance figures, bill of materials (each price
/// with its catalog source and date), power, monthly cost breakdown, warnings and the findings about it. A
/// sketch the engines could not simulate still shows its hardware, with the reason it has no results.
class SketchReportPage {
    Q_DECLARE_TR_FUNCTIONS(infraplan::ui::SketchReportPage)

public:
    static void append(ReportDocument& document, const ReportInput& input, const Sketch& sketch);

private:
    static QString workloadLine(const ReportInput& input, const Sketch& sketch);
    static void appendPerformance(ReportDocument& document, const SketchSummary& summary);
    static void appendBillOfMaterials(ReportDocument& document, const ReportInput& input,
                                      const Sketch& sketch);
    static TableBlock powerTable(const SketchSummary& summary);
    static TableBlock costTable(const SketchSummary& summary);
    static void appendPowerAndCost(ReportDocument& document, const SketchSummary& summary);
    static void appendWarnings(ReportDocument& document, const SketchSummary& summary);
};

} // namespace infraplan::ui
