#pragma once

#include <functional>
#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

namespace infraplan::ui {

class CanvasScene;
class ProjectDocument;

/// Edit actions on the canvas selection: undo and redo (from the document's stack), cut, copy, paste
/// (clipboard fragments under their own MIME type), delete, duplicate frame, select all.
class EditController : public QObject {
    Q_OBJECT
public:
    EditController(ProjectDocument& document, CanvasScene& scene, QWidget* window);

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* cutAction() const { return m_cut; }
    QAction* copyAction() const { return m_copy; }
    QAction* pasteAction() const { return m_paste; }
    QAction* deleteAction() const { return m_delete; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* selectAllAction() const { return m_selectAll; }

    void copy();
    void paste();
    /// Deletes the selected frames and node groups; asks whether the workloads only they used go too.
    void deleteSelection();
    void duplicateSelection();

    /// Replaces the question asked when deleted frames were the last users of workloads (true: delete them
    /// too); tests answer it without a dialog.
    void setDeleteWorkloadsQuestion(std::function<bool(const QStringList& workloadNames)> ask)
    {
        m_askDeleteWorkloads = std::move(ask);
    }

signals:
    void statusMessage(const QString& message);

private:
    void updateActions();
    void removeSelection(bool askAboutWorkloads);

    ProjectDocument& m_document;
    CanvasScene& m_scene;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_cut;
    QAction* m_copy;
    QAction* m_paste;
    QAction* m_delete;
    QAction* m_duplicate;
    QAction* m_selectAll;
    int m_pasteCount = 0;
    std::function<bool(const QStringList&)> m_askDeleteWorkloads;
};

} // namespace infraplan::ui
