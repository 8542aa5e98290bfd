#include "searchjob.h"

#include "clustersearch.h"
#include "fleetsearch.h"
#include "trainingsetup.h"

#include <QCoreApplication>

namespace infraplan::ui {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives a tr() at namespace level, so that the translation is found.
    return QCoreApplication::translate("infraplan::ui", text);
}

QString rejections(const RejectionTally& t)
{
    return QString::fromStdString(t.summary());
}

SearchOutcome layoutSearch(const SearchRequest& r, const Sketch& sketch)
{
    SearchOutcome out;
    out.objectiveTitle = tr("Step time (s)");
    out.costTitle = tr("Cost per step ($)");
    Problems problems;
    auto setup = prepareTraining(r.project, sketch, *r.catalog, problems);
    if (!setup) {
        out.error =
            QString::fromStdString(problems.empty() ? "cannot model the sketch" : problems[0].toString());
        return out;
    }
    TrainingSearchOptions options;
    options.top = r.top;
    options.objective = r.objective;
    const TrainingSearchResult res = searchTrainingLayouts(*setup, options);
    out.error = QString::fromStdString(res.error);
    out.summary = tr("%1 layouts (%2 estimated, %3 pruned by memory) in %4 ms. Rejected: %5")
                      .arg(res.layouts)
                      .arg(res.evaluated)
                      .arg(res.pruned)
                      .arg(res.seconds * 1e3, 0, 'f', 1)
                      .arg(rejections(res.rejected));
    for (const TrainingCandidate& c : res.best) {
        SearchRow row;
        row.configuration = QString::fromStdString(describeLayout(c.layout));
        row.objective = c.estimate.stepTimeS;
        row.costUsd = c.usdPerStep;
        row.detail = tr("MFU %1%, %2 of %3 GB; bubble %4 s, DP %5 s")
                         .arg(100 * c.estimate.mfu, 0, 'f', 1)
                         .arg(c.estimate.memory.total() / 1e9, 0, 'f', 1)
                         .arg(c.estimate.memoryCapacityBytes / 1e9, 0, 'f', 0)
                         .arg(c.estimate.step.bubble, 0, 'f', 2)
                         .arg(c.estimate.step.dpComm, 0, 'f', 2);
        row.layout = toParallelLayout(c.layout, false);
        row.sketch = sketch;
        row.sketch.layout = *row.layout;
        row.sketch.name = sketch.name + " (" + describeLayout(c.layout) + ")";
        out.rows.push_back(std::move(row));
    }
    return out;
}

SearchOutcome clusterSearch(const SearchRequest& r, const Sketch& sketch, const std::atomic<bool>* cancel,
                            const std::function<void(double)>& progress)
{
    SearchOutcome out;
    out.objectiveTitle = tr("Time to train (days)");
    out.costTitle = tr("Run cost ($)");
    ClusterSearchOptions options;
    options.top = r.top;
    options.objective = r.objective;
    options.constraints = r.constraints;
    options.cancel = cancel;
    options.progress = [&](size_t done, size_t total) {
        progress(double(done) / double(std::max<size_t>(1, total)));
    };
    const ClusterSearchResult res = searchTrainingClusters(r.project, sketch, *r.catalog, options);
    out.cancelled = res.cancelled;
    out.error = QString::fromStdString(res.error);
    out.summary = tr("%1 clusters, %2 layout estimates in %3 s. Rejected: %4")
                      .arg(res.clusters)
                      .arg(res.layoutsEvaluated)
                      .arg(res.seconds, 0, 'f', 2)
                      .arg(rejections(res.rejected));
    for (const ClusterCandidate& c : res.best) {
        SearchRow row;
        row.configuration = QString::fromStdString(c.sketch.name);
        row.objective = c.timeToTrainDays;
        row.costUsd = c.runCostUsd;
        row.detail = tr("%1; %2 kW, MFU %3%")
                         .arg(QString::fromStdString(describeLayout(c.layout)))
                         .arg(c.averagePowerW / 1e3, 0, 'f', 0)
                         .arg(100 * c.estimate.mfu, 0, 'f', 1);
        row.sketch = c.sketch;
        out.rows.push_back(std::move(row));
    }
    return out;
}

SearchOutcome fleetSearch(const SearchRequest& r, const Sketch& sketch, const std::atomic<bool>* cancel,
                          const std::function<void(double)>& progress)
{
    SearchOutcome out;
    out.objectiveTitle = tr("TTFT p99 (ms)");
    out.costTitle = tr("Cost per month ($)");
    const InferenceService* found = r.project.service(sketch.workloadId);
    if (!found) {
        out.error = tr("The sketch has no inference service to plan for.");
        return out;
    }
    InferenceService service = *found;
    service.targets = r.targets;
    FleetSearchOptions options;
    options.top = r.top;
    options.constraints = r.constraints;
    options.cancel = cancel;
    options.finalists = std::min(r.top, 6); // each simulation takes about a second
    options.progress = [&](size_t done, size_t total) {
        progress(double(done) / double(std::max<size_t>(1, total)));
    };
    const FleetSearchResult res = searchInferenceFleets(r.project, service, &sketch, *r.catalog, options);
    out.cancelled = res.cancelled;
    out.error = QString::fromStdString(res.error);
    out.summary = tr("%1 configurations, %2 analytical estimates, %3 simulations in %4 s. Rejected: %5")
                      .arg(res.configurations)
                      .arg(res.analytical)
                      .arg(res.simulated)
                      .arg(res.seconds, 0, 'f', 2)
                      .arg(rejections(res.rejected));
    for (const FleetCandidate& c : res.best) {
        SearchRow row;
        row.configuration = QString::fromStdString(c.sketch.name);
        row.objective = c.ttftP99Ms;
        row.costUsd = c.monthlyUsd;
        row.detail = tr("%1 replicas at peak, TPOT p99 %2 ms, %3")
                         .arg(c.replicasAtPeak, 0, 'f', 0)
                         .arg(c.tpotP99Ms, 0, 'f', 1)
                         .arg(c.simulated ? tr("simulated") : tr("analytical"));
        row.sketch = c.sketch;
        out.rows.push_back(std::move(row));
    }
    return out;
}

} // namespace

SearchOutcome runSearch(const SearchRequest& request, const std::atomic<bool>* cancel,
                        const std::function<void(double)>& progress)
{
    const Sketch* sketch = request.project.sketch(request.sketchId);
    if (!sketch || !request.catalog) {
        SearchOutcome out;
        out.error = tr("The sketch to plan for is gone.");
        return out;
    }
    switch (request.kind) {
    case SearchKind::Layout:
        return layoutSearch(request, *sketch);
    case SearchKind::Cluster:
        return clusterSearch(request, *sketch, cancel, progress);
    case SearchKind::Fleet:
        return fleetSearch(request, *sketch, cancel, progress);
    }
    return {};
}

} // namespace infraplan::ui
