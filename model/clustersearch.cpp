#include "clustersearch.h"

#include "figureformat.h"
#include "hardwarerow.h"
#include "parallelfor.h"
#include "pricingdefaults.h"
#include "trainingrun.h"
#include "trainingsetup.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

namespace infraplan {

namespace {

struct ClusterPoint {
    const InstanceSpec* instance = nullptr;
    int nodes = 0;
};

bool candidateBetter(const ClusterCandidate& a, const ClusterCandidate& b)
{
    if (a.objective != b.objective)
        return a.objective < b.objective;
    if (a.instanceId != b.instanceId)
        return a.instanceId < b.instanceId;
    return a.nodes < b.nodes;
}

Sketch sketchOn(const Sketch& base, const InstanceSpec& instance, int nodes, const Catalog& catalog)
{
    Sketch s = base;
    s.id.clear();
    s.name = std::to_string(nodes) + " x " + instance.name;
    NodeGroup group;
    group.itemId = instance.id;
    group.count = nodes;
    group.position = base.nodes.empty() ? Point{40, 80} : base.nodes.front().position;
    s.nodes = {group};
    s.scaleUpLink.clear(); // the instance's own links and region
    s.scaleOutLink.clear();
    s.regionId.clear();
    // A storage tier belongs to one provider: keep the user's only where it exists.
    if (const CatalogItem* storage = catalog.find(base.storageId);
        !storage || providerOf(*storage) != instance.provider)
        s.storageId.clear();
    s.pricing = pricingFor(instance, base.pricing);
    return s;
}

class Evaluator {
public:
    Evaluator(const Project& project, const Catalog& catalog, const ClusterSearchOptions& options)
        : m_project(project), m_catalog(catalog), m_options(options)
    {}

    void run(const Sketch& base, const ClusterPoint& point)
    {
        const InstanceSpec& instance = *point.instance;
        ClusterCandidate c;
        c.sketch = sketchOn(base, instance, point.nodes, m_catalog);
        Problems problems;
        auto setup = prepareTraining(m_project, c.sketch, m_catalog, problems);
        if (!setup) {
            reject(RejectReason::Unsupported,
                   c.sketch.name + ": " +
                       (problems.empty() ? std::string("cannot be modelled") : problems.front().message));
            return;
        }
        TrainingSearchOptions layoutOptions;
        layoutOptions.top = 1;
        layoutOptions.threads = 1; // the clusters are spread over the cores instead
        const TrainingSearchResult layouts = searchTrainingLayouts(*setup, layoutOptions);
        layoutsEvaluated += layouts.evaluated;
        if (layouts.best.empty()) {
            reject(layouts.rejected.count(RejectReason::OutOfMemory) ? RejectReason::OutOfMemory
                                                                     : RejectReason::Invalid,
                   c.sketch.name + ": " + layouts.error);
            return;
        }
        c.layout = layouts.best.front().layout;
        c.sketch.layout = toParallelLayout(c.layout, false);
        TrainingRun run;
        std::string error;
        if (!simulateTrainingRun(*setup, c.sketch.layout, run, error)) {
            reject(RejectReason::Invalid, c.sketch.name + ": " + error);
            return;
        }
        if (!run.monthly.priced) {
            reject(RejectReason::NoPrice, c.sketch.name + ": " + run.monthly.basis);
            return;
        }
        c.instanceId = instance.id;
        c.instanceName = instance.name;
        c.provider = instance.provider;
        c.acceleratorName = instance.accelerator.name;
        c.owned = instance.owned;
        c.nodes = point.nodes;
        c.accelerators = setup->cluster.accelerators;
        c.estimate = run.estimate;
        c.timeToTrainDays = run.timeToTrainDays;
        c.runCostUsd = run.runCostUsd;
        c.averagePowerW = run.averagePower.facilityW();
        c.runEnergyKWh = run.runEnergyKWh;
        const PlanConstraints& k = m_options.constraints;
        if (k.deadlineDays > 0 && c.timeToTrainDays > k.deadlineDays) {
            reject(RejectReason::PastDeadline, c.sketch.name + " takes " + formatFixed(c.timeToTrainDays, 1) +
                                                   " days, the deadline is " +
                                                   formatFixed(k.deadlineDays, 1));
            return;
        }
        if (k.budgetUsd > 0 && c.runCostUsd > k.budgetUsd) {
            reject(RejectReason::OverBudget, c.sketch.name + " costs $" + formatFixed(c.runCostUsd, 0) +
                                                 ", the budget is $" + formatFixed(k.budgetUsd, 0));
            return;
        }
        c.objective = m_options.objective == SearchObjective::Cost ? c.runCostUsd : c.timeToTrainDays;
        found.push_back(std::move(c));
    }

    void reject(RejectReason reason, std::string example)
    {
        rejected.add(reason);
        if (rejected.wantsExample(reason))
            rejected.setExample(reason, std::move(example));
    }

    std::vector<ClusterCandidate> found;
    RejectionTally rejected;
    size_t layoutsEvaluated = 0;

private:
    const Project& m_project;
    const Catalog& m_catalog;
    const ClusterSearchOptions& m_options;
};

} // namespace

ClusterSearchResult searchTrainingClusters(const Project& project, const Sketch& drawn,
                                           const Catalog& catalog, const ClusterSearchOptions& options)
{
    // Candidates are priced as the drawn cluster would be: its own pricing, or the project's.
    const Sketch base = withPricingDefaults(project, drawn);
    const auto start = std::chrono::steady_clock::now();
    ClusterSearchResult result;
    if (!project.trainingJob(base.workloadId)) {
        result.error = "the sketch '" + base.name + "' has no training job to plan for";
        return result;
    }
    // Resolve every instance once; the points refer to them.
    std::vector<InstanceSpec> instances;
    for (const CatalogItem* item : catalog.items(ItemKind::Instance)) {
        Problems problems;
        auto spec = resolveInstance(catalog, item->id, problems);
        if (!spec || spec->accelerator.isCpu || spec->acceleratorsPerNode < 1)
            continue; // CPU servers are not training clusters
        instances.push_back(std::move(*spec));
    }
    std::vector<ClusterPoint> points;
    for (const InstanceSpec& instance : instances) {
        std::string why;
        const bool allowed = instanceAllowed(instance, options.constraints, why);
        for (int nodes = 1; nodes <= std::max(1, options.maxNodes); nodes *= 2) {
            ++result.clusters;
            if (allowed) {
                points.push_back({&instance, nodes});
                continue;
            }
            result.rejected.add(RejectReason::Excluded);
            if (result.rejected.wantsExample(RejectReason::Excluded))
                result.rejected.setExample(RejectReason::Excluded, why);
        }
    }
    const int hardware = std::max(1, int(std::thread::hardware_concurrency()));
    const int threads =
        std::max(1, std::min<int>(options.threads > 0 ? options.threads : hardware, int(points.size())));
    result.threads = threads;
    std::vector<Evaluator> evaluators(size_t(threads), Evaluator(project, catalog, options));
    std::atomic<size_t> done{0};
    auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    parallelFor(points.size(), threads, [&](int t, size_t i) {
        if (cancelled())
            return; // the remaining indices are handed out and skipped
        evaluators[size_t(t)].rejected.order = i;
        evaluators[size_t(t)].run(base, points[i]);
        const size_t d = ++done;
        if (options.progress)
            options.progress(d, points.size());
    });
    for (Evaluator& e : evaluators) {
        result.rejected.merge(e.rejected);
        result.layoutsEvaluated += e.layoutsEvaluated;
        for (ClusterCandidate& c : e.found)
            result.best.push_back(std::move(c));
    }
    std::sort(result.best.begin(), result.best.end(), candidateBetter);
    if (result.best.size() > size_t(std::max(1, options.top)))
        result.best.resize(size_t(std::max(1, options.top)));
    result.cancelled = cancelled();
    if (result.cancelled)
        result.error = "the search was cancelled";
    else if (result.best.empty())
        result.error = "no cluster in the catalog meets the constraints: " + result.rejected.summary();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace infraplan
