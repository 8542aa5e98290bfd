#pragma once

#include "problem.h"

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace infraplan::ui {

class CatalogStore;
class ProjectDocument;

/// File actions: New, Open, Save, Save As, recent files (QSettings), the example projects, and the
/// question before unsaved work would be lost.
class FileController : public QObject {
    Q_OBJECT
public:
    FileController(ProjectDocument& document, const CatalogStore& catalogs, QWidget* window,
                   QString examplesDir);

    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QMenu* recentMenu() const { return m_recent; }
    QMenu* examplesMenu() const { return m_examples; }

    /// Example projects found in the examples folder: (file, project name).
    QList<QPair<QString, QString>> examples() const;
    QStringList recentFiles() const;

    /// Opens a project file, asking first if unsaved work would be lost. A file that cannot be read
    /// leaves the open project as it was and lists every problem; catalog problems are listed after
    /// opening.
    bool openFile(const QString& path);
    bool newProject();
    bool save();
    bool saveAs();
    /// Asks whether to save unsaved work; true when it is fine to go on (saved, discarded or clean).
    bool maybeSave();

signals:
    /// A file could not be opened (every problem listed) or opened with catalog problems.
    void problemsFound(const QString& title, const QString& summary, const QStringList& problems);
    void statusMessage(const QString& message);

private:
    void addRecent(const QString& path);
    void rebuildRecentMenu();

    ProjectDocument& m_document;
    const CatalogStore& m_catalogs;
    QWidget* m_window;
    QString m_examplesDir;
    QAction* m_new;
    QAction* m_open;
    QAction* m_save;
    QAction* m_saveAs;
    QMenu* m_recent;
    QMenu* m_examples;
};

} // namespace infraplan::ui
