#pragma once

#include <QDockWidget>
#include <QString>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace infraplan {
struct SketchSummary;
}

namespace infraplan::ui {

class CanvasScene;
class CatalogStore;
class ProjectDocument;
class SimulationScheduler;

/// The results of one sketch (the selected one, or the one picked in the combo box): the headline figures
/// (throughput, latency percentiles, power, monthly cost, memory fit), the warnings and the engine's
/// report. Everything shown comes from the scheduler's latest SketchSummary.
class ResultsDock : public QDockWidget {
    Q_OBJECT
public:
    ResultsDock(ProjectDocument& document, SimulationScheduler& results, CanvasScene& scene,
                const CatalogStore& catalogs, QWidget* parent = nullptr);

    /// The sketch shown.
    const std::string& sketchId() const { return m_sketchId; }
    void showSketch(const std::string& sketchId);
    /// The value shown for a figure label ("Accelerators", "Monthly cost", ...); empty when not shown.
    QString figure(const QString& label) const;
    QString statusText() const;

private:
    void refillSketches();
    void refresh();
    void followSelection();
    /// A line of the figures tab: a section title, or a label with its value and band.
    struct FigureRow {
        bool section;
        QString label;
        QString value;
        QString band;
        bool bad;
        bool trusted; ///< carries the "how far to trust" tooltip
    };
    void fillFigures(const SketchSummary* summary);
    void collectFigures(const SketchSummary* summary, std::vector<FigureRow>& rows);
    void showFigures(const std::vector<FigureRow>& rows, const QString& trust);

    ProjectDocument& m_document;
    SimulationScheduler& m_results;
    CanvasScene& m_scene;
    const CatalogStore& m_catalogs;
    std::string m_sketchId;
    QComboBox* m_sketches;
    QLabel* m_status;
    QTabWidget* m_tabs;
    QTreeWidget* m_figures;
    QListWidget* m_warnings;
    QPlainTextEdit* m_report;
};

} // namespace infraplan::ui
