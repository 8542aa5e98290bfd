#pragma once

#include "comparisonanalysis.h"
#include "project.h"
#include "sketchpalette.h"
#include "sketchsimulator.h"

#include <atomic>
#include <memory>
#include <QFutureWatcher>
#include <QWidget>
#include <vector>

class QLabel;
class QTabWidget;
class QHBoxLayout;
class QToolButton;

namespace infraplan {
class Catalog;
}

namespace infraplan::ui {

class ChartPanel;
class ComparisonTableWidget;
class FindingsView;

/// Every sketch of a project side by side: the comparison table with the best values marked, the
/// recommendations, and the charts (monthly cost, latency under load, cost against latency, power, total cost
/// of ownership, training scaling, traffic and replicas over a day). Feed it results with setResults()
/// whenever they change; the analysis (load sweeps, scaled clusters, what-if alternatives) runs off the UI
/// thread and the view updates when it is ready, cancelling a run that a newer one supersedes.
///
/// Wiring it into a window needs only: construct it with the catalog, call setResults() with the project and
/// `simulateProject`'s summaries after every change of results, setCatalog() when the catalog is reloaded,
/// and focusSketches() for a "Compare selected" action. The catalog is shared: an analysis in flight keeps
/// the one it started with.
class ComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonView(std::shared_ptr<const Catalog> catalog, QWidget* parent = nullptr);
    ~ComparisonView() override;

    /// The results to compare: one summary per sketch of `project` (the order of `simulateProject`).
    void setResults(const Project& project, std::vector<SketchSummary> summaries);
    /// Compares only these sketches (empty: every sketch). Unknown ids are ignored.
    void focusSketches(const std::vector<std::string>& sketchIds);
    /// The sketches being compared.
    std::vector<std::string> focusedSketches() const;

    /// The catalog changed (user rows edited): re-analyse with the new one.
    void setCatalog(std::shared_ptr<const Catalog> catalog);
    /// Replaces the engines used for what-if runs (tests use a stand-in engine); empty = the real engines.
    void setSimulator(SketchSimulator simulator);

    /// The analysis on screen.
    const ComparisonAnalysis& analysis() const { return m_analysis; }
    bool isAnalysing() const;
    ComparisonTableWidget* table() const { return m_table; }
    FindingsView* findings() const { return m_findings; }
    const std::vector<ChartPanel*>& charts() const { return m_charts; }
    ChartPanel* chart(const QString& objectName) const;
    /// Shows the table and recommendations (0) or the charts (1).
    void showPage(int page);

public slots:
    /// Re-analyses the current results (e.g. after the catalog changed).
    void refresh();

signals:
    /// A new analysis is on screen.
    void analysisReady();

private:
    void startAnalysis();
    void showAnalysis(ComparisonAnalysis analysis);
    void rebuildChips();
    std::vector<SketchSummary> focusedSummaries() const;

    std::shared_ptr<const Catalog> m_catalog;
    SketchSimulator m_simulate; ///< empty: the real engines over m_catalog
    Project m_project;
    std::vector<SketchSummary> m_summaries;
    std::vector<std::string> m_focus;
    SketchPalette m_palette;
    ComparisonAnalysis m_analysis;

    QFutureWatcher<ComparisonAnalysis> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_pending = false; ///< a newer request waits for the run in flight to stop
    bool m_running = false; ///< a run is in flight or its result is not shown yet

    QLabel* m_heading = nullptr;
    QLabel* m_status = nullptr;
    QHBoxLayout* m_chips = nullptr;
    QTabWidget* m_tabs = nullptr;
    ComparisonTableWidget* m_table = nullptr;
    FindingsView* m_findings = nullptr;
    std::vector<ChartPanel*> m_charts;
};

} // namespace infraplan::ui
