#pragma once

#include <filesystem>
#include <QMainWindow>

class QLabel;
class QProgressBar;

namespace infraplan::ui {

class CanvasScene;
class CanvasView;
class CatalogStore;
class CompareController;
class EditController;
class FileController;
class PaletteDock;
class ProjectDocument;
class PropertiesDock;
class RecoveryController;
class ResultsDock;
class SearchController;
class SimulationScheduler;
class ViewController;
class WelcomePanel;

/// Where the application finds its data.
struct AppPaths {
    std::filesystem::path executableDir; ///< for the shipped catalog
    QString examplesDir;                 ///< data/examples in the source tree or share/infraplan/examples
};

/// The application window. It only assembles: the document, the canvas, the docks (palette, properties,
/// results, history) and the controllers that own the actions.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const AppPaths& paths, QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectDocument& document() const { return *m_document; }
    CatalogStore& catalogs() const { return *m_catalogs; }
    SimulationScheduler& results() const { return *m_scheduler; }
    CanvasScene& scene() const { return *m_scene; }
    CanvasView& view() const { return *m_view; }
    PaletteDock& palette() const { return *m_palette; }
    PropertiesDock& properties() const { return *m_properties; }
    ResultsDock& resultsDock() const { return *m_results; }
    FileController& files() const { return *m_files; }
    EditController& edits() const { return *m_edits; }
    CompareController& comparison() const { return *m_compare; }
    SearchController& search() const { return *m_search; }
    RecoveryController& recovery() const { return *m_recovery; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void updateTitle();
    void updateWelcome();
    void showProblems(const QString& title, const QString& summary, const QStringList& problems);
    void editCatalog();
    void showShortcuts();

    CatalogStore* m_catalogs;
    ProjectDocument* m_document;
    SimulationScheduler* m_scheduler;
    CanvasScene* m_scene;
    CanvasView* m_view;
    PaletteDock* m_palette;
    PropertiesDock* m_properties;
    ResultsDock* m_results;
    WelcomePanel* m_welcome;
    FileController* m_files;
    EditController* m_edits;
    ViewController* m_viewActions;
    CompareController* m_compare;
    SearchController* m_search;
    RecoveryController* m_recovery;
    QProgressBar* m_progress;
    QLabel* m_zoomLabel;
};

} // namespace infraplan::ui
