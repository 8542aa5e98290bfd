#pragma once

#include <QObject>
#include <QTimer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace infraplan::ui {

class CanvasScene;
class CatalogStore;
class ComparisonView;
class ProjectDocument;
class SimulationScheduler;

/// The "Compare" action and the comparison dock: opens the comparison view on the sketches selected on the
/// canvas (every sketch when fewer than two are selected) and keeps it fed with the latest results while it
/// is visible. Lives in the UI library because it joins the document, the scheduler and the canvas selection
/// to the view.
class CompareController : public QObject {
    Q_OBJECT
public:
    CompareController(ProjectDocument& document, SimulationScheduler& results, CatalogStore& catalogs,
                      CanvasScene& scene, QMainWindow& window);

    QAction* compareAction() const { return m_compare; }
    QDockWidget* dock() const { return m_dock; }
    ComparisonView& view() const { return *m_view; }

    /// True while new results wait to be analysed or the analysis runs.
    bool isUpdating() const;
    /// Shows the dock comparing `sketchIds` (empty: every sketch).
    void compare(const std::vector<std::string>& sketchIds);

private:
    void scheduleUpdate();
    void update();

    ProjectDocument& m_document;
    SimulationScheduler& m_results;
    CanvasScene& m_scene;
    QAction* m_compare;
    QDockWidget* m_dock;
    ComparisonView* m_view;
    QTimer m_debounce;
};

} // namespace infraplan::ui
