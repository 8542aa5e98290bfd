#include "fleetsearch.h"

#include "figureformat.h"
#include "hardwarerow.h"
#include "inferencefleet.h"
#include "parallelfor.h"
#include "pricingdefaults.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <thread>

namespace infraplan {

namespace {

constexpr std::array kPrecisions = {Precision::FP32, Precision::TF32, Precision::BF16, Precision::FP16,
                                    Precision::FP8,  Precision::INT8, Precision::INT4, Precision::FP4};

struct FleetPoint {
    const InstanceSpec* instance = nullptr;
    int tensorParallel = 1;
    Precision precision = Precision::FP16;
    int maxBatch = 1;
};

bool cheaper(const FleetCandidate& a, const FleetCandidate& b)
{
    if (a.monthlyUsd != b.monthlyUsd)
        return a.monthlyUsd < b.monthlyUsd;
    return std::tie(a.instanceId, a.tensorParallel, a.precision, a.maxBatch) <
           std::tie(b.instanceId, b.tensorParallel, b.precision, b.maxBatch);
}

/// The same fleet in another precision with exactly the same figures (what a user reads and pays).
bool sameButPrecision(const FleetCandidate& a, const FleetCandidate& b)
{
    return a.precision != b.precision && a.instanceId == b.instanceId &&
           a.tensorParallel == b.tensorParallel && a.maxBatch == b.maxBatch && a.nodes == b.nodes &&
           a.simulated == b.simulated && a.monthlyUsd == b.monthlyUsd &&
           a.replicasAtPeak == b.replicasAtPeak && a.averageReplicas == b.averageReplicas &&
           a.ttftP99Ms == b.ttftP99Ms && a.tpotP99Ms == b.tpotP99Ms && a.e2eP99Ms == b.e2eP99Ms &&
           a.sloAttainment == b.sloAttainment && a.sloRequestsPerSPerReplica == b.sloRequestsPerSPerReplica;
}

/// Folds `c` into the candidate of `list` that differs from it only in precision; false when there is none.
bool fold(std::vector<FleetCandidate>& list, const FleetCandidate& c)
{
    for (FleetCandidate& kept : list)
        if (sameButPrecision(kept, c)) {
            kept.sameFigures.push_back(c.precision);
            return true;
        }
    return false;
}

/// Replica creation errors are about memory (weights or KV cache) or about the model's figures.
RejectReason reasonOf(const std::string& error)
{
    if (error.find("weights") != std::string::npos || error.find("KV") != std::string::npos ||
        error.find("memory") != std::string::npos)
        return RejectReason::OutOfMemory;
    if (error.find("cannot serve in") != std::string::npos)
        return RejectReason::Invalid;
    return RejectReason::Unsupported;
}

class FleetEvaluator {
public:
    FleetEvaluator(const InferenceService& service, const Sketch& base, const ModelSpec& model,
                   const Catalog& catalog, const FleetSearchOptions& options)
        : m_service(service), m_base(base), m_model(model), m_catalog(catalog), m_options(options)
    {}

    Sketch sketchFor(const FleetPoint& p, int nodes, int maxReplicas) const
    {
        const InstanceSpec& inst = *p.instance;
        Sketch s = m_base;
        s.id.clear();
        s.role = SketchRole::Inference;
        s.workloadId = m_service.id;
        NodeGroup group;
        group.itemId = inst.id;
        group.count = nodes;
        group.position = m_base.nodes.empty() ? Point{40, 80} : m_base.nodes.front().position;
        s.nodes = {group};
        s.scaleUpLink.clear();
        s.scaleOutLink.clear();
        s.regionId.clear();
        if (const CatalogItem* storage = m_catalog.find(m_base.storageId);
            !storage || providerOf(*storage) != inst.provider)
            s.storageId.clear();
        s.pricing = pricingFor(inst, m_base.pricing);
        s.replicaAccelerators = p.tensorParallel;
        s.precision = p.precision;
        s.batching.maxBatch = p.maxBatch;
        s.autoscaling.minReplicas = std::min(std::max(1, m_base.autoscaling.minReplicas), maxReplicas);
        s.autoscaling.maxReplicas = maxReplicas;
        s.name = std::to_string(nodes) + " x " + inst.name + " (TP " + std::to_string(p.tensorParallel) +
                 ", " + std::string(precisionName(p.precision)) + ", batch " + std::to_string(p.maxBatch) +
                 ")";
        return s;
    }

    std::optional<InferenceFleetResult> run(const Sketch& s, bool full, std::string& error) const
    {
        Problems problems;
        auto hw = resolveSketchHardware(m_catalog, s, problems);
        if (!hw) {
            error = problems.empty() ? "cannot resolve the hardware" : problems.front().message;
            return std::nullopt;
        }
        SimulationOptions o;
        o.fullInferenceSimulation = full;
        o.daySlices = full && !m_options.fullDaySimulation;
        // A confirmation's slices run on every thread of the search: 96 slices balance across them to within
        // one slice, where confirmations side by side waited for the slowest of each batch.
        o.daySliceThreads = m_options.threads;
        o.seed = m_options.seed;
        o.cancel = m_options.cancel;
        return simulateInferenceFleet(m_service, s, *hw, m_model, o, error);
    }

    /// The analytical pass: size the fleet for peak within the targets and price it.
    void analyse(const FleetPoint& p)
    {
        const InstanceSpec& inst = *p.instance;
        std::string error;
        // One replica's worth of hardware first: what a replica serves within the targets.
        const double perNode = inst.acceleratorsPerNode > 0 ? inst.acceleratorsPerNode : 1;
        const int oneReplicaNodes = std::max(1, int(std::ceil(p.tensorParallel / perNode - 1e-9)));
        ++analytical;
        auto probe = run(sketchFor(p, oneReplicaNodes, 1), false, error);
        if (!probe) {
            reject(reasonOf(error), inst.name + " TP " + std::to_string(p.tensorParallel) + " " +
                                        std::string(precisionName(p.precision)) + ": " + error);
            return;
        }
        if (probe->sloRequestsPerS <= 0) {
            reject(RejectReason::LatencyMissed, inst.name + " TP " + std::to_string(p.tensorParallel) + " " +
                                                    std::string(precisionName(p.precision)) +
                                                    ": even one request alone misses a latency target (" +
                                                    probe->verdict + ")");
            return;
        }
        const double target = std::clamp(m_base.autoscaling.targetUtilization, 0.05, 1.0);
        const int replicas =
            std::max(1, int(std::ceil(probe->peakRequestsPerS / (probe->sloRequestsPerS * target) - 1e-9)));
        const int nodes = std::max(1, int(std::ceil(replicas * probe->nodesPerReplica - 1e-9)));
        FleetCandidate c;
        c.sketch = sketchFor(p, nodes, replicas);
        ++analytical;
        auto fleet = run(c.sketch, false, error);
        if (!fleet) {
            reject(reasonOf(error), c.sketch.name + ": " + error);
            return;
        }
        fill(c, p, *fleet);
        c.analyticalMonthlyUsd = c.monthlyUsd;
        if (!fleet->monthly.priced) {
            reject(RejectReason::NoPrice, c.sketch.name + ": " + fleet->monthly.basis);
            return;
        }
        if (!fleet->meetsTargets) {
            reject(RejectReason::LatencyMissed, c.sketch.name + ": " + fleet->verdict);
            return;
        }
        if (overBudget(c))
            return;
        survivors.push_back(std::move(c));
    }

    /// The discrete-event confirmation of one finalist; false when it fails (and is rejected).
    bool confirm(FleetCandidate& c)
    {
        std::string error;
        ++simulated;
        auto fleet = run(c.sketch, true, error);
        if (!fleet) {
            if (!(m_options.cancel && m_options.cancel->load()))
                reject(reasonOf(error), c.sketch.name + ": " + error);
            return false;
        }
        FleetPoint p{nullptr, c.tensorParallel, c.precision, c.maxBatch};
        fill(c, p, *fleet);
        if (!fleet->meetsTargets) {
            reject(RejectReason::LatencyMissed, c.sketch.name + " (simulated): " + fleet->verdict);
            return false;
        }
        return !overBudget(c);
    }

    std::vector<FleetCandidate> survivors;
    RejectionTally rejected;
    size_t analytical = 0, simulated = 0;

private:
    void fill(FleetCandidate& c, const FleetPoint& p, const InferenceFleetResult& f) const
    {
        if (p.instance) {
            const InstanceSpec& inst = *p.instance;
            c.instanceId = inst.id;
            c.instanceName = inst.name;
            c.provider = inst.provider;
            c.acceleratorName = inst.accelerator.name;
            c.owned = inst.owned;
            c.cpu = inst.accelerator.isCpu;
        }
        c.tensorParallel = p.tensorParallel;
        c.precision = p.precision;
        c.maxBatch = p.maxBatch;
        c.sloRequestsPerSPerReplica = f.sloRequestsPerS;
        c.replicasAtPeak = f.replicasAtPeak;
        c.averageReplicas = f.averageReplicas;
        c.nodes = c.sketch.nodes.empty() ? 0 : c.sketch.nodes.front().count;
        c.monthlyUsd = f.monthly.totalUsd();
        c.ttftP99Ms = f.ttftS[2] * 1000;
        c.tpotP99Ms = f.tpotS[2] * 1000;
        c.e2eP99Ms = f.e2eS[2] * 1000;
        c.sloAttainment = f.sloAttainment;
        c.simulated = f.simulated;
        c.verdict = f.verdict;
    }

    bool overBudget(const FleetCandidate& c)
    {
        const double budget = m_options.constraints.budgetUsd;
        if (budget <= 0 || c.monthlyUsd <= budget)
            return false;
        reject(RejectReason::OverBudget, c.sketch.name + " costs $" + formatFixed(c.monthlyUsd, 0) +
                                             " a month, the budget is $" + formatFixed(budget, 0));
        return true;
    }

    void reject(RejectReason reason, std::string example)
    {
        rejected.add(reason);
        if (rejected.wantsExample(reason))
            rejected.setExample(reason, std::move(example));
    }

    const InferenceService& m_service;
    const Sketch& m_base;
    const ModelSpec& m_model;
    const Catalog& m_catalog;
    const FleetSearchOptions& m_options;
};

} // namespace

FleetSearchResult searchInferenceFleets(const Project& project, const InferenceService& service,
                                        const Sketch* base, const Catalog& catalog,
                                        const FleetSearchOptions& options)
{
    (void)project;
    const auto start = std::chrono::steady_clock::now();
    FleetSearchResult result;
    Problems problems;
    auto model = resolveModel(catalog, service.model, problems);
    if (!model) {
        result.error =
            problems.empty() ? "the service's model cannot be resolved" : problems.front().toString();
        return result;
    }
    if (service.traffic.peakRps <= 0) {
        result.error = "the service '" + service.name + "' has no peak traffic to size a fleet for";
        return result;
    }
    Sketch defaults;
    defaults.role = SketchRole::Inference;
    // Candidates are priced as the base would be: its own pricing, or the project's.
    const Sketch baseSketch = withPricingDefaults(project, base ? *base : defaults);

    std::vector<InstanceSpec> instances;
    for (const CatalogItem* item : catalog.items(ItemKind::Instance)) {
        Problems ignored;
        if (auto spec = resolveInstance(catalog, item->id, ignored))
            instances.push_back(std::move(*spec));
    }
    std::vector<FleetPoint> points;
    for (const InstanceSpec& inst : instances) {
        std::vector<FleetPoint> mine;
        const int perNode = std::max(1, int(std::floor(inst.acceleratorsPerNode + 1e-9)));
        for (int tp = 1; tp <= perNode; ++tp) {
            if (perNode % tp != 0 || (inst.acceleratorsPerNode < 1 && tp > 1))
                continue;
            for (Precision p : kPrecisions) {
                const auto peak = inst.accelerator.peakFlops(p);
                if (!peak || *peak <= 0)
                    continue;
                for (int b : options.maxBatches)
                    mine.push_back({&inst, tp, p, std::max(1, b)});
            }
        }
        result.configurations += mine.size();
        std::string why;
        if (!instanceAllowed(inst, options.constraints, why)) {
            result.rejected.add(RejectReason::Excluded, mine.size());
            if (!mine.empty() && result.rejected.wantsExample(RejectReason::Excluded))
                result.rejected.setExample(RejectReason::Excluded, why);
            continue;
        }
        points.insert(points.end(), mine.begin(), mine.end());
    }

    const int hardware = std::max(1, int(std::thread::hardware_concurrency()));
    const int threads = std::max(1, options.threads > 0 ? options.threads : hardware);
    result.threads = threads;
    std::vector<FleetEvaluator> evaluators(size_t(threads),
                                           FleetEvaluator(service, baseSketch, *model, catalog, options));
    const int finalists = options.finalists > 0 ? options.finalists : std::max(1, options.top);
    // A confirmation simulation costs about as much as kSimulationShare of the analytical pass spread over
    // the finalists (bench_search: 0.3 s analytical, about 1 s of simulations), so the bar advances with real
    // work.
    constexpr double kSimulationShare = 3.0;
    const double simulationUnits =
        options.simulateFinalists ? kSimulationShare * double(points.size()) / double(finalists) : 0;
    const size_t total =
        points.size() + size_t(simulationUnits * (options.simulateFinalists ? finalists : 0));
    std::atomic<size_t> done{0};
    auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    parallelFor(points.size(), threads, [&](int t, size_t i) {
        if (cancelled())
            return;
        evaluators[size_t(t)].rejected.order = i;
        evaluators[size_t(t)].analyse(points[i]);
        const size_t d = ++done;
        if (options.progress)
            options.progress(d, total);
    });

    std::vector<FleetCandidate> survivors;
    for (FleetEvaluator& e : evaluators)
        for (FleetCandidate& c : e.survivors)
            survivors.push_back(std::move(c));
    std::sort(survivors.begin(), survivors.end(), cheaper);

    // Confirm the cheapest with the simulation, one at a time (each on every thread), until enough pass.
    std::vector<FleetCandidate> confirmed;
    size_t nextSurvivor = 0;
    const auto simulationStart = std::chrono::steady_clock::now();
    while (options.simulateFinalists && int(confirmed.size()) < finalists &&
           nextSurvivor < survivors.size() && !cancelled()) {
        evaluators[0].rejected.order = points.size() + nextSurvivor;
        if (evaluators[0].confirm(survivors[nextSurvivor]))
            confirmed.push_back(survivors[nextSurvivor]);
        ++nextSurvivor;
        // A failed confirmation was real work too; the bar only reaches the end when the search does.
        const size_t d = (done += size_t(simulationUnits));
        if (options.progress)
            options.progress(std::min(d, total - 1), total);
    }
    result.simulationSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - simulationStart).count();
    if (options.progress && !cancelled())
        options.progress(total, total);
    std::sort(confirmed.begin(), confirmed.end(), cheaper);
    // Twins in another precision come right after the one they repeat (same cost, precisions in order), so
    // the first of each stays and names the others.
    for (FleetCandidate& c : confirmed)
        if (!fold(result.best, c))
            result.best.push_back(std::move(c));
    for (size_t i = options.simulateFinalists ? nextSurvivor : 0; i < survivors.size(); ++i) {
        // Past a full list only twins of the last cost may still fold in (a twin costs the same).
        if (int(result.best.size()) >= std::max(1, options.top) &&
            survivors[i].monthlyUsd != result.best.back().monthlyUsd)
            break;
        if (!fold(result.best, survivors[i]) && int(result.best.size()) < std::max(1, options.top))
            result.best.push_back(survivors[i]);
    }
    if (int(result.best.size()) > std::max(1, options.top))
        result.best.resize(size_t(std::max(1, options.top)));
    for (FleetEvaluator& e : evaluators) {
        result.rejected.merge(e.rejected);
        result.analytical += e.analytical;
        result.simulated += e.simulated;
    }
    result.cancelled = cancelled();
    if (result.cancelled)
        result.error = "the search was cancelled";
    else if (result.best.empty())
        result.error = "no fleet in the catalog serves '" + service.name +
                       "' within its targets and constraints: " + result.rejected.summary();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace infraplan
