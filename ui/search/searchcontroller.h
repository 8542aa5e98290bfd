#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace infraplan::ui {

class CanvasScene;
class CatalogStore;
class ProjectDocument;
class SearchDialog;

/// The "Find a plan…" action: enabled when one sketch is selected on the canvas, it opens the search dialog
/// for that sketch (layout and cluster searches for training, the fleet search for inference).
class SearchController : public QObject {
    Q_OBJECT
public:
    SearchController(ProjectDocument& document, CatalogStore& catalogs, CanvasScene& scene, QWidget& window);

    QAction* findPlanAction() const { return m_action; }
    /// The open dialog, if any.
    SearchDialog* dialog() const;
    /// Opens (or raises) the dialog for a sketch.
    SearchDialog* openFor(const std::string& sketchId);

private:
    void updateEnabled();

    ProjectDocument& m_document;
    CatalogStore& m_catalogs;
    CanvasScene& m_scene;
    QWidget& m_window;
    QAction* m_action;
    QPointer<SearchDialog> m_dialog;
};

} // namespace infraplan::ui
