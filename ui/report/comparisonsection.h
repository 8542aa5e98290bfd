#pragma once

#include <QCoreApplication>

#include "comparison.h"
#include "reportdocument.h"
#include "reportinput.h"

namespace infraplan::ui {

/// The side-by-side comparison: the model's comparison table (one column per sketch, the best value among the
/// alternatives for the same workload highlighted), split into groups of columns that fit the page width with
/// the figure names repeated, then the key differences as ratios and the model's recommendations with the
/// numbers behind them.
class ComparisonSection {
    Q_DECLARE_TR_FUNCTIONS(infraplan::ui::ComparisonSection)

public:
    static void append(ReportDocument& document, const ReportInput& input);

    /// How many sketch columns fit next to the figure names on a text width of `textWidthPt`.
    static int columnsPerTable(double textWidthPt);
    /// The row's label as the report prints it: with its unit only where the values do not carry it.
    static QString rowLabel(const ComparisonRow& row);

private:
    static void appendTables(ReportDocument& document, const ReportInput& input);
    static void appendDifferences(ReportDocument& document, const ComparisonTable& table);
    static void appendFindings(ReportDocument& document, const ReportInput& input);
};

} // namespace infraplan::ui
