#pragma once

#include "paper.h"
#include "results.h"
#include "sketchsimulator.h"

#include <QObject>
#include <QString>
#include <vector>

class QAction;
class QWidget;

namespace infraplan::ui {

class CatalogStore;
class ProjectDocument;
class SimulationScheduler;

/// File → Export PDF… and Export CSV…: asks where (and, for the PDF, on which paper: the file dialog's
/// filter, preset from the locale), then writes the same report as `infraplan report` through ReportBuilder.
class ReportExportController : public QObject {
    Q_OBJECT
public:
    /// `results`, when given, supplies the full-model summaries the application already has; sketches it has
    /// none for are simulated at export.
    ReportExportController(const ProjectDocument& document, const CatalogStore& catalogs,
                           const SimulationScheduler* results, QWidget* window);

    QAction* exportPdfAction() const { return m_exportPdf; }
    QAction* exportCsvAction() const { return m_exportCsv; }

    /// Writes the project's report to `path` without asking; false with `error` naming the file and the
    /// reason.
    bool exportPdf(const QString& path, Paper paper, QString* error);
    bool exportCsv(const QString& path, QString* error);

signals:
    void statusMessage(const QString& message);
    /// A file was written (the window offers to open it).
    void exported(const QString& path);

private:
    void askAndExportPdf();
    void askAndExportCsv();
    QString suggestedPath(const QString& suffix) const;
    std::vector<SketchSummary> summaries(const SketchSimulator& simulate) const;

    const ProjectDocument& m_document;
    const CatalogStore& m_catalogs;
    const SimulationScheduler* m_results;
    QWidget* m_window;
    QAction* m_exportPdf;
    QAction* m_exportCsv;
};

} // namespace infraplan::ui
