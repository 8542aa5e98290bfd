#pragma once

#include "paper.h"

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace infraplan::ui {

class CatalogStore;
class ProjectDocument;

/// File → Export PDF… and Export CSV…: asks where (and, for the PDF, on which paper: the file dialog's
/// filter, preset from the locale), then writes the same report as `infraplan report` through ReportBuilder.
class ReportExportController : public QObject {
    Q_OBJECT
public:
    ReportExportController(const ProjectDocument& document, const CatalogStore& catalogs, QWidget* window);

    QAction* exportPdfAction() const { return m_exportPdf; }
    QAction* exportCsvAction() const { return m_exportCsv; }

    /// Writes the project's report to `path` without asking; false with `error` naming the file and the
    /// reason.
    bool exportPdf(const QString& path, Paper paper, QString* error);
    bool exportCsv(const QString& path, QString* error);

signals:
    void statusMessage(const QString& message);

private:
    void askAndExportPdf();
    void askAndExportCsv();
    QString suggestedPath(const QString& suffix) const;

    const ProjectDocument& m_document;
    const CatalogStore& m_catalogs;
    QWidget* m_window;
    QAction* m_exportPdf;
    QAction* m_exportCsv;
};

} // namespace infraplan::ui
