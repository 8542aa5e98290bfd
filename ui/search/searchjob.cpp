#include "searchjob.h"

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

void layoutRows(const TrainingSearchResult& res, const Sketch& sketch, SearchOutcome& out)
{
    out.objectiveTitle = tr("Step time (s)");
    out.costTitle = tr("Cost per step ($)");
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
}

void clusterRows(const ClusterSearchResult& res, SearchOutcome& out)
{
    out.objectiveTitle = tr("Time to train (days)");
    out.costTitle = tr("Run cost ($)");
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
}

void fleetRows(const FleetSearchResult& res, SearchOutcome& out)
{
    out.objectiveTitle = tr("TTFT p99 (ms)");
    out.costTitle = tr("Cost per month ($)");
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
        QStringList same;
        for (Precision p : c.sameFigures)
            same << QString::fromUtf8(precisionName(p).data(), qsizetype(precisionName(p).size()));
        if (!same.isEmpty()) // the same fleet in another format gave exactly these figures
            row.detail +=
                (same.size() == 1 ? tr("; %1 gives the same figures") : tr("; %1 give the same figures"))
                    .arg(same.join(", "));
        row.sketch = c.sketch;
        out.rows.push_back(std::move(row));
    }
}

QString problemText(const SearchResults& results)
{
    switch (results.problem) {
    case SearchSetupProblem::None:
        break;
    case SearchSetupProblem::NoSketch:
        return tr("The sketch to plan for is gone.");
    case SearchSetupProblem::NotTraining:
        return tr("Layout and cluster searches are for training sketches.");
    case SearchSetupProblem::NoService:
        return tr("The sketch has no inference service to plan for.");
    case SearchSetupProblem::CannotModel:
        return QString::fromStdString(results.problemDetail);
    }
    return {};
}

} // namespace

SearchOutcome runSearch(const SearchJob& job, const std::atomic<bool>* cancel,
                        const std::function<void(double)>& progress)
{
    SearchOutcome out;
    if (!job.catalog) {
        out.error = tr("The sketch to plan for is gone.");
        return out;
    }
    const SearchResults results = runSearch(job.project, *job.catalog, job.request, cancel, progress);
    if (results.problem != SearchSetupProblem::None) {
        out.error = problemText(results);
        return out;
    }
    if (results.layouts)
        layoutRows(*results.layouts, *job.project.sketch(job.request.sketchId), out);
    else if (results.clusters)
        clusterRows(*results.clusters, out);
    else if (results.fleets)
        fleetRows(*results.fleets, out);
    return out;
}

} // namespace infraplan::ui
