#pragma once

#include <QCoreApplication>

#include "comparisonanalysis.h"
#include "reportdocument.h"
#include "reportinput.h"
#include "reportpdf.h"
#include "sketchsimulator.h"

#include <QString>
#include <string>

namespace infraplan::ui {

/// Makes the cost comparison report of a project: the cover with the recommendation, the side-by-side table
/// and the findings, the charts, a page per sketch and the appendices (assumptions, catalog sources). The
/// command line (`infraplan report`) and File → Export PDF both go through it, so they produce the same
/// document. The catalog must outlive the builder.
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(infraplan::ui::ReportBuilder)

public:
    /// Simulates every sketch with the full models through `simulate` (sketches in parallel, one thread per
    /// core) and analyses the results.
    ReportBuilder(Project project, const Catalog& catalog, const ReportOptions& options,
                  const SketchSimulator& simulate);
    /// Analyses summaries already computed with the full models (the application's latest results, one per
    /// sketch in project order); the analysis' what-if runs go through `simulate`.
    ReportBuilder(Project project, const Catalog& catalog, const ReportOptions& options,
                  std::vector<SketchSummary> summaries, const SketchSimulator& simulate);
    /// Uses results already computed (the comparison view's latest analysis of the whole project).
    ReportBuilder(Project project, const Catalog& catalog, const ReportOptions& options,
                  ComparisonAnalysis analysis);

    const Project& project() const { return m_project; }
    const ComparisonAnalysis& analysis() const { return m_analysis; }
    const ReportOptions& options() const { return m_options; }

    /// The report as blocks, before pagination. It refers to this builder's analysis.
    ReportDocument document() const;
    RenderedReport renderPdf() const;

    /// Every sketch of `project` through `simulate` with the full models, in parallel, in project order.
    static std::vector<SketchSummary> simulateAll(const Project& project, const SketchSimulator& simulate);
    /// The comparison table as CSV (ComparisonCsv).
    std::string csv() const;

    /// Writes the PDF to `path` atomically; false with `error` naming the file and the reason.
    bool writePdf(const QString& path, QString* error, int* pages = nullptr) const;
    bool writeCsv(const QString& path, QString* error) const;

private:
    ReportInput input() const;

    Project m_project;
    const Catalog& m_catalog;
    ReportOptions m_options;
    ComparisonAnalysis m_analysis;
};

} // namespace infraplan::ui
