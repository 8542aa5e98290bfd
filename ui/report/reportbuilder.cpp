#include "reportbuilder.h"

#include "assumptionsappendix.h"
#include "atomicfile.h"
#include "chartssection.h"
#include "comparisoncsv.h"
#include "comparisonsection.h"
#include "coverpage.h"
#include "parallelfor.h"
#include "reportfonts.h"
#include "sketchreportpage.h"
#include "trustsection.h"

#include <algorithm>
#include <thread>

namespace infraplan::ui {

namespace {
ReportOptions completed(ReportOptions options)
{
    if (!options.date.isValid())
        options.date = QDate::currentDate();
    if (options.generator.isEmpty())
        options.generator = QStringLiteral("Infraplan");
    return options;
}
} // namespace

ReportBuilder::ReportBuilder(Project project, const Catalog& catalog, const ReportOptions& options,
                             const SketchSimulator& simulate)
    : ReportBuilder(project, catalog, options, simulateAll(project, simulate), simulate)
{}

ReportBuilder::ReportBuilder(Project project, const Catalog& catalog, const ReportOptions& options,
                             std::vector<SketchSummary> summaries, const SketchSimulator& simulate)
    : m_project(std::move(project)), m_catalog(catalog), m_options(completed(options))
{
    m_analysis = analyzeComparison(m_project, summaries, m_catalog, simulate);
}

std::vector<SketchSummary> ReportBuilder::simulateAll(const Project& project, const SketchSimulator& simulate)
{
    // The full models (the inference engine's discrete-event simulation) take most of an export's time; the
    // engines share nothing mutable, so sketches run side by side.
    std::vector<SketchSummary> out(project.sketches.size());
    const int threads = int(std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), out.size()));
    parallelFor(out.size(), threads,
                [&](int, size_t i) { out[i] = simulate(project, project.sketches[i], SimulationOptions{}); });
    return out;
}

ReportBuilder::ReportBuilder(Project project, const Catalog& catalog, const ReportOptions& options,
                             ComparisonAnalysis analysis)
    : m_project(std::move(project)), m_catalog(catalog), m_options(completed(options)),
      m_analysis(std::move(analysis))
{}

ReportInput ReportBuilder::input() const
{
    return ReportInput{m_project, m_catalog, m_analysis, m_options, SourceIndex(m_project, m_catalog)};
}

ReportDocument ReportBuilder::document() const
{
    ReportFonts::family(); // registers the shipped fonts before anything is measured
    const ReportInput in = input();
    ReportDocument doc;
    doc.title = QString::fromStdString(m_project.name.empty() ? "Untitled project" : m_project.name);
    doc.headerRight = tr("Infrastructure cost comparison");
    doc.footerLeft = QStringLiteral("%1 · %2").arg(m_options.generator, m_options.date.toString(Qt::ISODate));
    CoverPage::append(doc, in);
    ComparisonSection::append(doc, in);
    TrustSection::append(doc, in);
    ChartsSection::append(doc, in);
    for (const Sketch& sketch : m_project.sketches)
        SketchReportPage::append(doc, in, sketch);
    AssumptionsAppendix::append(doc, in);
    SourcesAppendix::append(doc, in);
    return doc;
}

RenderedReport ReportBuilder::renderPdf() const
{
    return ReportPdf::render(document(), m_options.paper);
}

std::string ReportBuilder::csv() const
{
    return ComparisonCsv::text(m_analysis.table, m_project);
}

bool ReportBuilder::writePdf(const QString& path, QString* error, int* pages) const
{
    const RenderedReport report = renderPdf();
    if (pages)
        *pages = report.pages;
    return AtomicFile::write(path, report.pdf, error);
}

bool ReportBuilder::writeCsv(const QString& path, QString* error) const
{
    const std::string text = csv();
    return AtomicFile::write(path, QByteArray(text.data(), static_cast<qsizetype>(text.size())), error);
}

} // namespace infraplan::ui
