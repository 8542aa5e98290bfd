#pragma once

#include "catalogstore.h"
#include "projectchange.h"
#include "results.h"
#include "sketchresultcache.h"
#include "sketchsimulator.h"

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <set>
#include <string>
#include <vector>

namespace infraplan::ui {

class ProjectDocument;

/// Keeps a SketchSummary for every sketch up to date as the document changes. After an edit the affected
/// sketches get a quick estimate (analytical queueing for fleets) right away, on the UI thread when the last
/// measured quick runs fit in a small time budget, otherwise on the worker; after edits settle, fleets get a
/// full run on a worker thread: the day simulated in hourly slices (dayslices.h), whose figures the fleet's
/// notes state within their interval. Each run carries the document generation it started from: a newer edit
/// cancels older runs (SimulationOptions::cancel) and their late results are dropped unless the sketch's
/// inputs are still those the run started from. Full results are kept by their inputs (SketchResultCache),
/// so an undo or an edit put back shows the final figures at once.
class SimulationScheduler : public QObject {
    Q_OBJECT
public:
    SimulationScheduler(const ProjectDocument& document, const CatalogStore& catalogs,
                        QObject* parent = nullptr);
    ~SimulationScheduler() override;

    /// The latest summary of a sketch; nullptr before its first result.
    const SketchSummary* summary(const std::string& sketchId) const;
    /// True when the sketch's summary comes from the full model (not a quick estimate).
    bool isFinal(const std::string& sketchId) const;
    /// True while runs are queued or running.
    bool isBusy() const { return m_jobs > 0 || m_fullTimer.isActive(); }

    /// Time the quick pass may take on the UI thread before it moves to the worker (default 8 ms).
    void setSyncBudget(std::chrono::microseconds budget) { m_syncBudget = budget; }
    /// Quiet time after the last edit before the full run starts (default 30 ms: runs are cancelled when
    /// superseded, so the delay only spares a burst of edits from starting runs at all).
    void setFullRunDelay(int ms) { m_fullTimer.setInterval(ms); }
    /// Recomputes every sketch (after a catalog change).
    void recomputeAll();
    /// Replaces the engines (tests and benchmarks use a stand-in); an empty function restores the real
    /// ones. Recomputes everything.
    void setEngine(SketchSimulator engine);

signals:
    /// New summaries are available for these sketches (or their summaries were dropped).
    void resultsChanged(const std::vector<std::string>& sketchIds);
    /// Worker progress: `done` of `total` sketches; total 0 means idle.
    void progress(int done, int total);

private:
    struct Task {
        std::string sketchId;
        bool full = false;
        SketchInputs inputs; ///< of a full run: what its result is stored under
    };
    /// The options of a full run.
    static SimulationOptions fullOptions();
    void onChanged(const ProjectChange& change);
    void schedule(std::set<std::string> sketchIds);
    void startWorker();
    void runQuickNow(const std::set<std::string>& sketchIds);
    void accept(quint64 generation, Task task, SketchSummary summary, std::chrono::microseconds elapsed,
                int done, int total);
    void workerFinished();

    SketchSummary run(const SketchSimulator& engine, const Project& project, const Sketch& sketch,
                      const Catalog& catalog, const SimulationOptions& options) const;

    const ProjectDocument& m_document;
    SketchSimulator m_engine; ///< empty: the real engines
    const CatalogStore& m_catalogs;
    QThreadPool m_pool;
    QTimer m_fullTimer;
    std::map<std::string, SketchSummary> m_summaries;
    std::set<std::string> m_final;     ///< sketches whose summary is from the full model
    std::set<std::string> m_needQuick; ///< quick estimate still owed (slow sketches)
    std::set<std::string> m_needFull;  ///< full run still owed
    std::map<std::string, std::chrono::microseconds> m_quickCost; ///< last measured quick run
    SketchResultCache m_cache;                                    ///< full results by their inputs
    std::chrono::microseconds m_syncBudget{8000};
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel; ///< of the run in flight
    int m_jobs = 0;                              ///< runs queued or running on the worker
};

} // namespace infraplan::ui
