#pragma once

#include "catalog.h"
#include "comparisonanalysis.h"
#include "paper.h"
#include "project.h"
#include "sourceindex.h"

#include <QDate>
#include <QString>

namespace infraplan::ui {

/// Choices made when exporting.
struct ReportOptions {
    Paper paper = Paper::A4;
    QDate date;        ///< printed on the cover; invalid: today
    QString generator; ///< "Infraplan 0.1.0", printed in the footer
};

/// Everything the report's parts read: the project, the catalog it was simulated with, the results and their
/// analysis, the options and the numbered sources.
struct ReportInput {
    const Project& project;
    const Catalog& catalog;
    const ComparisonAnalysis& analysis;
    ReportOptions options;
    SourceIndex sources;

    /// The summary of a sketch, or nullptr when the analysis has none.
    const SketchSummary* summary(const std::string& sketchId) const;
    /// Usable text width in points on the chosen paper.
    double textWidthPt() const;
};

} // namespace infraplan::ui
