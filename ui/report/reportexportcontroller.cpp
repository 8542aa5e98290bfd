#include "reportexportcontroller.h"

#include "catalogstore.h"
#include "projectdocument.h"
#include "reportbuilder.h"
#include "simulationscheduler.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

namespace infraplan::ui {

namespace {

ReportOptions reportOptions(Paper paper)
{
    ReportOptions o;
    o.paper = paper;
    o.generator =
        QStringLiteral("%1 %2").arg(QApplication::applicationName(), QApplication::applicationVersion());
    return o;
}

/// Keeps the wait cursor up while the report is computed and drawn.
struct BusyCursor {
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

ReportExportController::ReportExportController(const ProjectDocument& document, const CatalogStore& catalogs,
                                               const SimulationScheduler* results, QWidget* window)
    : QObject(window), m_document(document), m_catalogs(catalogs), m_results(results), m_window(window)
{
    m_exportPdf = new QAction(QIcon::fromTheme("document-export"), tr("Export &PDF report…"), this);
    m_exportPdf->setToolTip(
        tr("The cost comparison report a planner sends to the people who sign the budget"));
    m_exportCsv = new QAction(tr("Export comparison as &CSV…"), this);
    connect(m_exportPdf, &QAction::triggered, this, &ReportExportController::askAndExportPdf);
    connect(m_exportCsv, &QAction::triggered, this, &ReportExportController::askAndExportCsv);
}

std::vector<SketchSummary> ReportExportController::summaries(const SketchSimulator& simulate) const
{
    // The application keeps full-model results up to date off the UI thread; only what it has not finished is
    // simulated here, with the same options as the command line.
    const Project& project = m_document.project();
    std::vector<SketchSummary> out;
    for (const Sketch& sketch : project.sketches) {
        const SketchSummary* latest = m_results ? m_results->summary(sketch.id) : nullptr;
        if (latest && m_results->isFinal(sketch.id))
            out.push_back(*latest);
        else
            out.push_back(simulate(project, sketch, SimulationOptions{}));
    }
    return out;
}

bool ReportExportController::exportPdf(const QString& path, Paper paper, QString* error)
{
    BusyCursor busy;
    const Catalog& catalog = m_catalogs.get();
    const ReportBuilder report(m_document.project(), catalog, reportOptions(paper),
                               catalogSimulator(catalog));
    int pages = 0;
    if (!report.writePdf(path, error, &pages))
        return false;
    emit statusMessage(
        tr("Exported %1 (%2 pages, %3)").arg(QFileInfo(path).fileName()).arg(pages).arg(paperName(paper)));
    emit exported(path);
    return true;
}

bool ReportExportController::exportCsv(const QString& path, QString* error)
{
    BusyCursor busy;
    const Catalog& catalog = m_catalogs.get();
    const ReportBuilder report(m_document.project(), catalog, reportOptions(Paper::A4),
                               catalogSimulator(catalog));
    if (!report.writeCsv(path, error))
        return false;
    emit statusMessage(tr("Exported %1").arg(QFileInfo(path).fileName()));
    emit exported(path);
    return true;
}

QString ReportExportController::suggestedPath(const QString& suffix) const
{
    const QString file = m_document.filePath();
    const QString dir = file.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                       : QFileInfo(file).absolutePath();
    QString base = file.isEmpty() ? QString::fromStdString(m_document.project().name)
                                  : QFileInfo(file).completeBaseName();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    return QDir(dir).filePath((base.isEmpty() ? tr("report") : base) + suffix);
}

void ReportExportController::askAndExportPdf()
{
    const QString a4 = tr("PDF report, A4 paper (*.pdf)");
    const QString letter = tr("PDF report, Letter paper (*.pdf)");
    QString filter = paperForLocale(QLocale::system()) == Paper::Letter ? letter : a4;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export PDF report"), suggestedPath(".pdf"),
                                                a4 + ";;" + letter, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    if (!exportPdf(path, filter == letter ? Paper::Letter : Paper::A4, &error))
        QMessageBox::critical(m_window, tr("Export PDF report"), error);
}

void ReportExportController::askAndExportCsv()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export comparison as CSV"),
                                                suggestedPath(".csv"), tr("Comma-separated values (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::critical(m_window, tr("Export comparison as CSV"), error);
}

} // namespace infraplan::ui
