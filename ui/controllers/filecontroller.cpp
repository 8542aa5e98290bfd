#include "filecontroller.h"

#include "catalogstore.h"
#include "projectdocument.h"
#include "projectfile.h"

#include "actionicon.h"
#include "standardshortcut.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace infraplan::ui {

namespace {
constexpr int kMaxRecent = 8;
QStringList toStrings(const Problems& problems)
{
    QStringList out;
    for (const Problem& p : problems)
        out << QString::fromStdString(p.toString());
    return out;
}
} // namespace

FileController::FileController(ProjectDocument& document, const CatalogStore& catalogs, QWidget* window,
                               QString examplesDir)
    : QObject(window), m_document(document), m_catalogs(catalogs), m_window(window),
      m_examplesDir(std::move(examplesDir))
{
    m_new = new QAction(actionicon::icon("document-new", actionicon::Glyph::New), tr("&New project"), this);
    m_new->setShortcut(QKeySequence::New);
    m_open = new QAction(actionicon::icon("document-open", actionicon::Glyph::Open), tr("&Open…"), this);
    m_open->setShortcut(QKeySequence::Open);
    m_save = new QAction(actionicon::icon("document-save", actionicon::Glyph::Save), tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs = new QAction(QIcon::fromTheme("document-save-as"), tr("Save &As…"), this);
    m_saveAs->setShortcuts(
        standardShortcut(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    connect(m_new, &QAction::triggered, this, &FileController::newProject);
    connect(m_open, &QAction::triggered, this, [this] {
        const QString dir = m_document.filePath().isEmpty()
                                ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                : QFileInfo(m_document.filePath()).absolutePath();
        const QString f = QFileDialog::getOpenFileName(
            m_window, tr("Open project"), dir, tr("Infraplan projects (*.infraplan *.json);;All files (*)"));
        if (!f.isEmpty())
            openFile(f);
    });
    connect(m_save, &QAction::triggered, this, &FileController::save);
    connect(m_saveAs, &QAction::triggered, this, &FileController::saveAs);

    m_recent = new QMenu(tr("Open &Recent"), window);
    m_examples = new QMenu(tr("&Examples"), window);
    for (const auto& [file, name] : examples())
        m_examples->addAction(name, this, [this, file = file] { openFile(file); })->setToolTip(file);
    m_examples->setEnabled(!m_examples->isEmpty());
    rebuildRecentMenu();
}

QList<QPair<QString, QString>> FileController::examples() const
{
    QList<QPair<QString, QString>> out;
    if (m_examplesDir.isEmpty())
        return out;
    const QDir dir(m_examplesDir);
    for (const QFileInfo& f : dir.entryInfoList({"*.json"}, QDir::Files, QDir::Name)) {
        Problems ignored;
        auto project = projectfile::load(f.absoluteFilePath().toStdString(), ignored);
        out.append({f.absoluteFilePath(), project && !project->name.empty()
                                              ? QString::fromStdString(project->name)
                                              : f.completeBaseName()});
    }
    return out;
}

QStringList FileController::recentFiles() const
{
    return QSettings().value("recentFiles").toStringList();
}

bool FileController::newProject()
{
    if (!maybeSave())
        return false;
    Project p;
    p.name = tr("Untitled plan").toStdString();
    m_document.reset(std::move(p));
    emit statusMessage(tr("New project: drag hardware from the catalog onto the canvas"));
    return true;
}

bool FileController::openFile(const QString& path)
{
    if (!maybeSave())
        return false;
    Problems problems;
    if (!m_document.open(path, problems)) {
        emit problemsFound(
            tr("Cannot open project"),
            tr("%1 was not opened; nothing was changed. Problems found:").arg(QFileInfo(path).fileName()),
            toStrings(problems));
        return false;
    }
    addRecent(path);
    const Problems catalogProblems = projectfile::checkAgainstCatalog(m_document.project(), m_catalogs.get());
    if (!catalogProblems.empty())
        emit problemsFound(tr("Project opened with catalog problems"),
                           tr("%1 refers to hardware or models the catalog does not have. The affected "
                              "sketches show what is missing; fix them in Properties:")
                               .arg(QFileInfo(path).fileName()),
                           toStrings(catalogProblems));
    emit statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileController::save()
{
    if (m_document.filePath().isEmpty() || m_document.filePath().startsWith(m_examplesDir + "/"))
        return saveAs();
    QString error;
    if (!m_document.saveAs(m_document.filePath(), error)) {
        QMessageBox::critical(m_window, tr("Save failed"), error);
        return false;
    }
    addRecent(m_document.filePath());
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document.filePath())));
    return true;
}

bool FileController::saveAs()
{
    QString suggested = m_document.filePath();
    if (suggested.isEmpty() || suggested.startsWith(m_examplesDir + "/"))
        suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QFileInfo(suggested.isEmpty() ? "plan.infraplan" : suggested).completeBaseName() +
                          ".infraplan");
    // .infraplan is the desktop's type for projects (a double click opens them); JSON inside either way.
    const QString projectFilter = tr("Infraplan projects (*.infraplan)");
    const QString jsonFilter = tr("JSON files (*.json)");
    QString chosenFilter = suggested.endsWith(".json", Qt::CaseInsensitive) ? jsonFilter : projectFilter;
    QString f = QFileDialog::getSaveFileName(m_window, tr("Save project"), suggested,
                                             projectFilter + ";;" + jsonFilter, &chosenFilter);
    if (f.isEmpty())
        return false;
    if (!f.endsWith(".infraplan", Qt::CaseInsensitive) && !f.endsWith(".json", Qt::CaseInsensitive))
        f += chosenFilter == jsonFilter ? ".json" : ".infraplan";
    QString error;
    if (!m_document.saveAs(f, error)) {
        QMessageBox::critical(m_window, tr("Save failed"), error);
        return false;
    }
    addRecent(f);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(f)));
    return true;
}

bool FileController::maybeSave()
{
    if (!m_document.isModified())
        return true;
    const QString name =
        m_document.filePath().isEmpty() ? tr("this project") : QFileInfo(m_document.filePath()).fileName();
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"), tr("Save the changes to %1 before closing it?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileController::addRecent(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue("recentFiles", files);
    rebuildRecentMenu();
}

void FileController::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList files = recentFiles();
    for (const QString& f : files)
        m_recent->addAction(QFileInfo(f).fileName(), this, [this, f] { openFile(f); })->setToolTip(f);
    if (!files.isEmpty()) {
        m_recent->addSeparator();
        m_recent->addAction(tr("Clear list"), this, [this] {
            QSettings().remove("recentFiles");
            rebuildRecentMenu();
        });
    }
    m_recent->setEnabled(!files.isEmpty());
}

} // namespace infraplan::ui
