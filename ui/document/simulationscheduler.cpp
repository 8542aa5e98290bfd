#include "simulationscheduler.h"

#include "projectdocument.h"
#include "simulation.h"

#include <QMetaObject>

namespace infraplan::ui {

using Clock = std::chrono::steady_clock;

SimulationScheduler::SimulationScheduler(const ProjectDocument& document, const CatalogStore& catalogs,
                                         QObject* parent)
    : QObject(parent), m_document(document), m_catalogs(catalogs)
{
    // One worker: runs are cancelled rather than run side by side, and the UI thread keeps a core.
    m_pool.setMaxThreadCount(1);
    m_fullTimer.setSingleShot(true);
    m_fullTimer.setInterval(30);
    connect(&m_fullTimer, &QTimer::timeout, this, &SimulationScheduler::startWorker);
    connect(&document, &ProjectDocument::changed, this, &SimulationScheduler::onChanged);
    connect(&catalogs, &CatalogStore::catalogChanged, this, [this] {
        m_cache.clear(); // results depend on the catalog's rows
        recomputeAll();
    });
    recomputeAll();
}

SimulationScheduler::~SimulationScheduler()
{
    if (m_cancel)
        *m_cancel = true;
    m_pool.waitForDone();
}

const SketchSummary* SimulationScheduler::summary(const std::string& sketchId) const
{
    auto it = m_summaries.find(sketchId);
    return it == m_summaries.end() ? nullptr : &it->second;
}

bool SimulationScheduler::isFinal(const std::string& sketchId) const
{
    return m_final.count(sketchId) != 0;
}

SimulationOptions SimulationScheduler::fullOptions()
{
    SimulationOptions options;
    options.fullInferenceSimulation = true;
    options.daySlices = true;
    return options;
}

void SimulationScheduler::recomputeAll()
{
    std::set<std::string> all;
    for (const Sketch& s : m_document.project().sketches)
        all.insert(s.id);
    schedule(std::move(all));
}

void SimulationScheduler::setEngine(SketchSimulator engine)
{
    m_engine = std::move(engine);
    m_quickCost.clear();
    m_cache.clear();
    recomputeAll();
}

SketchSummary SimulationScheduler::run(const SketchSimulator& engine, const Project& project,
                                       const Sketch& sketch, const Catalog& catalog,
                                       const SimulationOptions& options) const
{
    if (!engine)
        return simulateSketch(project, sketch, catalog, options);
    SketchSummary s = engine(project, sketch, options);
    s.sketchId = sketch.id;
    return s;
}

void SimulationScheduler::onChanged(const ProjectChange& change)
{
    const Project& project = m_document.project();
    std::set<std::string> affected;
    switch (change.kind) {
    case ProjectChange::Kind::Reset: {
        std::vector<std::string> dropped;
        for (const auto& [id, s] : m_summaries)
            dropped.push_back(id);
        m_summaries.clear();
        m_final.clear();
        m_needQuick.clear();
        m_needFull.clear();
        if (!dropped.empty())
            emit resultsChanged(dropped);
        recomputeAll();
        return;
    }
    case ProjectChange::Kind::ItemsAdded:
    case ProjectChange::Kind::ItemsRemoved:
    case ProjectChange::Kind::SketchChanged:
    case ProjectChange::Kind::NodeChanged: {
        std::vector<std::string> dropped;
        for (const std::string& id : change.sketchIds) {
            if (project.sketch(id)) {
                affected.insert(id);
            } else if (m_summaries.erase(id)) {
                m_final.erase(id);
                dropped.push_back(id);
            }
        }
        if (!dropped.empty())
            emit resultsChanged(dropped);
        // Added or removed workloads change nothing until a sketch uses them.
        break;
    }
    case ProjectChange::Kind::WorkloadChanged:
        for (const Sketch& s : project.sketches)
            for (const std::string& w : change.workloadIds)
                if (s.workloadId == w)
                    affected.insert(s.id);
        break;
    case ProjectChange::Kind::ProjectInfo: // a currency change names every sketch: their words hold money
        for (const std::string& id : change.sketchIds)
            if (project.sketch(id))
                affected.insert(id);
        break;
    case ProjectChange::Kind::Geometry:
        break;
    }
    if (!affected.empty())
        schedule(std::move(affected));
}

void SimulationScheduler::schedule(std::set<std::string> sketchIds)
{
    ++m_generation;
    if (m_cancel)
        *m_cancel = true;
    const Project& project = m_document.project();
    std::chrono::microseconds estimate{0};
    std::vector<std::string> cached;
    for (auto id = sketchIds.begin(); id != sketchIds.end();) {
        const Sketch* s = project.sketch(*id);
        if (!s) {
            ++id;
            continue;
        }
        if (s->role == SketchRole::Inference) {
            if (auto hit = m_cache.find(sketchInputs(project, *s, fullOptions()))) {
                // Simulated before with these very inputs (an undo, a value put back): final at once.
                m_summaries[*id] = std::move(*hit);
                m_final.insert(*id);
                m_needFull.erase(*id);
                m_needQuick.erase(*id);
                cached.push_back(*id);
                id = sketchIds.erase(id);
                continue;
            }
            m_needFull.insert(*id);
        }
        m_final.erase(*id);
        if (auto it = m_quickCost.find(*id); it != m_quickCost.end())
            estimate += it->second;
        ++id;
    }
    if (!cached.empty())
        emit resultsChanged(cached);
    if (estimate <= m_syncBudget) {
        runQuickNow(sketchIds);
    } else {
        m_needQuick.insert(sketchIds.begin(), sketchIds.end());
        startWorker();
        return;
    }
    if (!m_needFull.empty() || !m_needQuick.empty())
        m_fullTimer.start();
}

void SimulationScheduler::runQuickNow(const std::set<std::string>& sketchIds)
{
    const Project& project = m_document.project();
    const Catalog& catalog = m_catalogs.get();
    std::vector<std::string> updated;
    SimulationOptions options;
    options.fullInferenceSimulation = false;
    for (const std::string& id : sketchIds) {
        const Sketch* s = project.sketch(id);
        if (!s)
            continue;
        const auto start = Clock::now();
        m_summaries[id] = run(m_engine, project, *s, catalog, options);
        m_quickCost[id] = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start);
        m_needQuick.erase(id);
        // Training has a single model: its quick result is the final one.
        if (s->role == SketchRole::Training)
            m_final.insert(id);
        updated.push_back(id);
    }
    if (!updated.empty())
        emit resultsChanged(updated);
}

void SimulationScheduler::startWorker()
{
    m_fullTimer.stop();
    const Project& project = m_document.project();
    std::vector<Task> tasks;
    for (const std::string& id : m_needQuick)
        if (project.sketch(id))
            tasks.push_back({id, false, {}});
    for (const std::string& id : m_needFull)
        if (const Sketch* s = project.sketch(id))
            tasks.push_back({id, true, sketchInputs(project, *s, fullOptions())});
    if (tasks.empty())
        return;
    auto snapshot = std::make_shared<const Project>(project);
    auto catalog = m_catalogs.catalog();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    ++m_jobs;
    const quint64 generation = m_generation;
    emit progress(0, static_cast<int>(tasks.size()));
    m_pool.start([this, tasks, snapshot, catalog, cancel, generation, engine = m_engine] {
        const int total = static_cast<int>(tasks.size());
        int done = 0;
        for (const Task& task : tasks) {
            if (*cancel)
                break;
            const Sketch* sketch = snapshot->sketch(task.sketchId);
            if (!sketch)
                continue;
            SimulationOptions options;
            if (task.full)
                options = fullOptions();
            else
                options.fullInferenceSimulation = false;
            options.cancel = cancel.get();
            const auto start = Clock::now();
            SketchSummary summary = run(engine, *snapshot, *sketch, *catalog, options);
            const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start);
            if (*cancel)
                break;
            ++done;
            QMetaObject::invokeMethod(
                this,
                [this, generation, task, summary = std::move(summary), elapsed, done, total]() mutable {
                    accept(generation, std::move(task), std::move(summary), elapsed, done, total);
                },
                Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this, [this] { workerFinished(); }, Qt::QueuedConnection);
    });
}

void SimulationScheduler::accept(quint64 generation, Task task, SketchSummary summary,
                                 std::chrono::microseconds elapsed, int done, int total)
{
    const std::string& sketchId = task.sketchId;
    const bool full = task.full;
    if (!full)
        m_quickCost[sketchId] = elapsed;
    else
        m_cache.store(task.inputs, summary); // a finished run is right for its inputs whatever came since
    const Sketch* sketch = m_document.project().sketch(sketchId);
    if (!sketch)
        return;
    // A newer edit makes a result stale unless it left this sketch's inputs as the run found them (an edit of
    // another sketch).
    if (generation != m_generation &&
        !(full && sketchInputs(m_document.project(), *sketch, fullOptions()) == task.inputs))
        return;
    m_summaries[sketchId] = std::move(summary);
    if (full) {
        m_needFull.erase(sketchId);
        m_final.insert(sketchId);
    } else {
        m_needQuick.erase(sketchId);
        if (sketch->role == SketchRole::Training)
            m_final.insert(sketchId);
    }
    emit resultsChanged({sketchId});
    emit progress(done, total);
}

void SimulationScheduler::workerFinished()
{
    if (--m_jobs > 0)
        return;
    m_cancel.reset();
    emit progress(0, 0);
}

} // namespace infraplan::ui
