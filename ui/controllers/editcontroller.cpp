#include "editcontroller.h"

#include "canvasscene.h"
#include "fragment.h"
#include "nodegroupitem.h"
#include "projectdocument.h"
#include "projectlocate.h"

#include "actionicon.h"
#include "standardshortcut.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QMimeData>
#include <QUndoStack>
#include <QWidget>

namespace infraplan::ui {

EditController::EditController(ProjectDocument& document, CanvasScene& scene, QWidget* window)
    : QObject(window), m_document(document), m_scene(scene)
{
    m_askDeleteWorkloads = [window](const QStringList& names) {
        return QMessageBox::question(
                   window, tr("Delete the workloads too?"),
                   tr("No other frame uses %1. Delete it from the project as well?").arg(names.join(", ")),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    m_undo = document.undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(actionicon::icon("edit-undo", actionicon::Glyph::Undo));
    m_redo = document.undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as well where the platform's redo is Ctrl+Shift+Z: both habits are common.
    QList<QKeySequence> redoKeys =
        standardShortcut(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_redo->setShortcuts(redoKeys);
    m_redo->setIcon(actionicon::icon("edit-redo", actionicon::Glyph::Redo));
    auto make = [this](const QString& text, const QKeySequence& key, const char* icon) {
        auto* a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setShortcut(key);
        return a;
    };
    m_cut = make(tr("Cu&t"), QKeySequence::Cut, "edit-cut");
    m_copy = make(tr("&Copy"), QKeySequence::Copy, "edit-copy");
    m_paste = make(tr("&Paste"), QKeySequence::Paste, "edit-paste");
    m_delete = make(tr("&Delete"), QKeySequence::Delete, "edit-delete");
    m_delete->setIcon(actionicon::icon("edit-delete", actionicon::Glyph::Delete));
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_duplicate = make(tr("D&uplicate frame"), QKeySequence(Qt::CTRL | Qt::Key_D), "edit-copy");
    m_duplicate->setIcon(actionicon::icon("", actionicon::Glyph::Duplicate));
    m_duplicate->setToolTip(tr("Copy the selected frames next to themselves, sharing their workload, to "
                               "compare a variant"));
    m_selectAll = make(tr("Select &all"), QKeySequence::SelectAll, "edit-select-all");
    // Shortcuts act on the canvas only, so text fields keep their own copy, paste and delete.
    for (QAction* a : {m_cut, m_copy, m_paste, m_delete, m_duplicate, m_selectAll})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_cut, &QAction::triggered, this, [this] {
        copy();
        removeSelection(false);
    });
    connect(m_copy, &QAction::triggered, this, &EditController::copy);
    connect(m_paste, &QAction::triggered, this, &EditController::paste);
    connect(m_delete, &QAction::triggered, this, &EditController::deleteSelection);
    connect(m_duplicate, &QAction::triggered, this, &EditController::duplicateSelection);
    connect(m_selectAll, &QAction::triggered, this, [this] {
        std::vector<std::string> ids;
        for (const Sketch& s : m_document.project().sketches)
            ids.push_back(s.id);
        m_scene.selectIds(ids);
    });
    connect(&scene, &QGraphicsScene::selectionChanged, this, &EditController::updateActions);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &EditController::updateActions);
    updateActions();
}

void EditController::updateActions()
{
    const bool any = !m_scene.selectedItems().isEmpty();
    m_cut->setEnabled(any);
    m_copy->setEnabled(any);
    m_delete->setEnabled(any);
    m_duplicate->setEnabled(!m_scene.selectedSketchIds().empty());
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    m_paste->setEnabled(mime && mime->hasFormat(kFragmentMimeType));
}

void EditController::copy()
{
    const Fragment f =
        copyFragment(m_document.project(), m_scene.selectedSketchIds(), m_scene.selectedNodeIds());
    if (f.empty())
        return;
    auto* mime = new QMimeData;
    mime->setData(kFragmentMimeType, QByteArray::fromStdString(serializeFragment(f)));
    QApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
    emit statusMessage(
        tr("Copied %n item(s)", nullptr, static_cast<int>(f.sketches.size() + f.nodes.size())));
}

void EditController::paste()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(kFragmentMimeType))
        return;
    Problems problems;
    auto fragment = parseFragment(mime->data(kFragmentMimeType).toStdString(), problems);
    if (!fragment) {
        emit statusMessage(tr("The clipboard holds no Infraplan items"));
        return;
    }
    // Node groups go into the selected frame (or the frame of a selected node group).
    std::string target;
    const auto frames = m_scene.selectedSketchIds();
    if (!frames.empty())
        target = frames.front();
    else if (const auto nodes = m_scene.selectedNodeIds(); !nodes.empty())
        if (const Sketch* s = sketchOfNode(m_document.project(), nodes.front()))
            target = s->id;
    if (!fragment->nodes.empty() && fragment->sketches.empty() && target.empty()) {
        emit statusMessage(tr("Select a frame to paste node groups into"));
        return;
    }
    ++m_pasteCount;
    const double offset = 40.0 * m_pasteCount;
    const auto created = m_document.paste(*fragment, {offset, offset}, target);
    m_scene.selectIds(created);
}

void EditController::deleteSelection()
{
    removeSelection(true);
}

void EditController::removeSelection(bool askAboutWorkloads)
{
    const std::vector<std::string> sketchIds = m_scene.selectedSketchIds();
    const std::vector<std::string> nodeIds = m_scene.selectedNodeIds();
    // Workloads only the deleted frames use would stay in the file unseen (a cut keeps them for the paste).
    std::vector<std::string> orphans;
    QStringList names;
    const Project& project = m_document.project();
    for (const std::string& id : sketchIds) {
        const Sketch* s = project.sketch(id);
        if (!s || s->workloadId.empty() ||
            std::find(orphans.begin(), orphans.end(), s->workloadId) != orphans.end())
            continue;
        const auto users = m_document.workloadUsers(s->workloadId);
        const bool onlyDeleted = std::all_of(users.begin(), users.end(), [&](const std::string& u) {
            return std::find(sketchIds.begin(), sketchIds.end(), u) != sketchIds.end();
        });
        const TrainingJob* job = project.trainingJob(s->workloadId);
        const InferenceService* service = project.service(s->workloadId);
        if (onlyDeleted && (job || service)) {
            orphans.push_back(s->workloadId);
            names << QString::fromStdString(job ? job->name : service->name);
        }
    }
    const bool dropWorkloads = askAboutWorkloads && !orphans.empty() && m_askDeleteWorkloads(names);
    if (!dropWorkloads) {
        m_document.removeItems(sketchIds, nodeIds);
        return;
    }
    m_document.inOneStep(tr("Delete %n frame(s) and their workloads", nullptr, int(sketchIds.size())), [&] {
        m_document.removeItems(sketchIds, nodeIds);
        for (const std::string& w : orphans)
            m_document.removeUnusedWorkload(w);
    });
}

void EditController::duplicateSelection()
{
    const auto created = m_document.duplicateSketches(m_scene.selectedSketchIds());
    m_scene.selectIds(created);
    if (!created.empty())
        emit statusMessage(tr("Duplicated: change the copy's hardware to compare the variant"));
}

} // namespace infraplan::ui
