#include "trainingsearch.h"

#include "figureformat.h"
#include "parallelfor.h"
#include "powercost.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <thread>
#include <tuple>

namespace infraplan {

namespace {

constexpr int kMaxTensorParallel = 64;
constexpr std::array kRecomputes = {Recompute::None, Recompute::Selective, Recompute::Full};

/// One point of the outer space; the inner loops (ZeRO, microbatch, recompute, interleave) run under it.
struct OuterPoint {
    int tp = 1, pp = 1, dp = 1, ep = 1;
};

auto layoutKey(const TrainingLayout& l)
{
    return std::make_tuple(l.dp, l.tp, l.pp, l.ep, l.microBatch, l.zeroStage, int(l.recompute),
                           int(l.schedule), l.interleave);
}

/// A total order, so that the result does not depend on how the space was split over threads.
bool candidateBetter(const TrainingCandidate& a, const TrainingCandidate& b)
{
    if (a.objective != b.objective)
        return a.objective < b.objective;
    const double ma = a.estimate.memory.total(), mb = b.estimate.memory.total();
    if (ma != mb)
        return ma < mb;
    return layoutKey(a.layout) < layoutKey(b.layout);
}

/// The best N seen so far, sorted; storage reserved up front so that inserting never allocates.
class TopCandidates {
public:
    explicit TopCandidates(size_t capacity) : m_capacity(std::max<size_t>(1, capacity))
    {
        m_items.reserve(m_capacity);
    }
    bool admits(double objective) const
    {
        return m_items.size() < m_capacity || objective <= m_items.back().objective;
    }
    void insert(const TrainingCandidate& c)
    {
        if (m_items.size() < m_capacity)
            m_items.push_back(c);
        else if (candidateBetter(c, m_items.back()))
            m_items.back() = c;
        else
            return;
        for (size_t i = m_items.size() - 1; i > 0 && candidateBetter(m_items[i], m_items[i - 1]); --i)
            std::swap(m_items[i], m_items[i - 1]);
    }
    const std::vector<TrainingCandidate>& items() const { return m_items; }

private:
    size_t m_capacity;
    std::vector<TrainingCandidate> m_items;
};

/// Hourly cost of the whole cluster as a linear function of the accelerators' utilization (power draw is
/// idle + utilization x (TDP - idle), so the monthly bill is linear in it too).
struct ClusterCost {
    bool priced = false;
    double idleUsdPerHour = 0;
    double busyUsdPerHour = 0;
    std::string basis;

    explicit ClusterCost(const TrainingCluster& c)
    {
        const SketchHardware& hw = c.hardware;
        const double nodes = hw.nodes > 0 ? hw.nodes : c.accelerators / std::max(1.0, c.perNode);
        const PowerDraw idle = powerDraw(hw, nodes, 0.0), busy = powerDraw(hw, nodes, 1.0);
        const MonthlyCost atIdle = monthlyCost(hw, nodes, nodes, idle, busy, 0);
        const MonthlyCost atBusy = monthlyCost(hw, nodes, nodes, busy, busy, 0);
        priced = atIdle.priced && atIdle.totalUsd() > 0;
        basis = atIdle.basis;
        idleUsdPerHour = atIdle.totalUsd() / kHoursPerMonth;
        busyUsdPerHour = atBusy.totalUsd() / kHoursPerMonth;
    }
    double usdPerStep(const TrainingEstimate& e, double accelerators) const
    {
        const double utilization = e.busyFraction * e.devicesUsed / std::max(1.0, accelerators);
        return (idleUsdPerHour + utilization * (busyUsdPerHour - idleUsdPerHour)) * e.stepTimeS / 3600.0;
    }
};

/// Interleave factors (virtual stages per pipeline rank) worth trying for a stage of `layersPerStage`
/// layers: every divisor above 1, as Calculon enumerates them.
int interleaveFactors(int layersPerStage, const LayoutConstraints& fixed, std::array<int, 64>& out)
{
    int n = 0;
    for (int v = 2; v <= layersPerStage && n < int(out.size()); ++v)
        if (layersPerStage % v == 0 && (!fixed.interleave || v == fixed.interleave))
            out[size_t(n++)] = v;
    return n;
}

class Worker {
public:
    Worker(const TrainingSetup& setup, const TrainingSearchOptions& options, const ClusterCost& cost)
        : m_setup(setup), m_options(options), m_cost(cost), m_top(size_t(std::max(1, options.top)))
    {
        const TrainingWorkload& w = setup.workload;
        m_batch = w.globalBatch > 0 ? w.globalBatch : defaultGlobalBatch(w, setup.cluster.accelerators);
    }

    void run(const OuterPoint& o)
    {
        const LayoutConstraints& fixed = m_options.fixed;
        TrainingLayout l;
        l.tp = o.tp;
        l.pp = o.pp;
        l.dp = o.dp;
        l.ep = o.ep;
        // Sequence parallelism off and data-parallel traffic not overlapped: variants the engine models as
        // never better (same time and more activation memory; more exposed time and the same memory), so
        // each engine layout stands for them too (docs/performance.md, "What the layout search covers").
        const size_t variants = size_t(l.tp > 1 ? 2 : 1) * size_t(l.dp > 1 ? 2 : 1);
        const size_t before = layouts;
        for (int zero = 0; zero <= 3; ++zero) {
            if (fixed.zeroStage >= 0 ? zero != fixed.zeroStage : (l.dp == 1 && zero > 0))
                continue;
            l.zeroStage = zero;
            runMicroBatches(l);
        }
        dominated += (layouts - before) * (variants - 1);
        layouts += (layouts - before) * (variants - 1);
    }

    TopCandidates& top() { return m_top; }
    RejectionTally rejected;
    size_t layouts = 0, evaluated = 0, pruned = 0, dominated = 0;

private:
    void runMicroBatches(TrainingLayout l)
    {
        const LayoutConstraints& fixed = m_options.fixed;
        const ModelSpec& m = m_setup.workload.model;
        const int perReplica = int(std::ceil(m_batch / l.dp));
        const int layersPerStage = m.transformer ? (m.layers + l.pp - 1) / l.pp : 1;
        const bool oneStageAllowed = !fixed.interleave || fixed.interleave == 1;
        std::array<int, 64> factors{};
        const int interleaves =
            l.pp > 1 && m.transformer ? interleaveFactors(layersPerStage, fixed, factors) : 0;
        const size_t perRecompute = size_t((oneStageAllowed ? 1 : 0) + interleaves);
        if (perRecompute == 0)
            return;
        const int firstMb = fixed.microBatch ? fixed.microBatch : 1;
        const int lastMb = fixed.microBatch ? fixed.microBatch : std::max(1, perReplica);
        size_t recomputes = 0;
        for (Recompute rc : kRecomputes)
            recomputes += fixed.recompute ? rc == *fixed.recompute : (m.transformer || rc == Recompute::None);
        const size_t block = size_t(lastMb - firstMb + 1) * recomputes * perRecompute;

        // Weights, gradients, optimizer states and buffers do not depend on the microbatch, the
        // recomputation or the schedule, and activations only add to them: when they alone overflow, so
        // does every layout of this block.
        l.microBatch = firstMb;
        l.recompute = Recompute::Full;
        l.schedule = PipelineSchedule::OneFOneB;
        l.interleave = 1;
        const TrainingEstimate probe = estimateTraining(m_setup, l);
        ++evaluated;
        if (probe.valid()) {
            const MemoryBreakdown& mem = probe.memory;
            const double fixedBytes = mem.weights + mem.gradients + mem.optimizer + mem.buffers;
            if (fixedBytes > probe.memoryCapacityBytes) {
                layouts += block;
                pruned += block;
                reject(RejectReason::OutOfMemory, l, probe, block);
                return;
            }
        }

        // Activation memory grows with the microbatch while every stage holds the same number of microbatches
        // in flight (one stage, or at least pp microbatches per step): once a microbatch overflows there,
        // every larger one up to the end of that range does too. Past it fewer microbatches are in flight and
        // nothing is assumed.
        const int steadyLastMb = l.pp > 1 ? int(std::floor(m_batch / (double(l.dp) * l.pp))) : lastMb;
        std::array<bool, kRecomputes.size()> overflowed{};
        for (int mb = firstMb; mb <= lastMb; ++mb) {
            l.microBatch = mb;
            if (mb > steadyLastMb)
                overflowed = {};
            for (size_t r = 0; r < kRecomputes.size(); ++r) {
                const Recompute rc = kRecomputes[r];
                if (fixed.recompute ? rc != *fixed.recompute : (!m.transformer && rc != Recompute::None))
                    continue;
                l.recompute = rc;
                layouts += perRecompute;
                if (overflowed[r]) {
                    pruned += perRecompute;
                    rejected.add(RejectReason::OutOfMemory, perRecompute);
                    continue;
                }
                // The one-stage schedule is the memory bound for the interleaved ones (interleaving only adds
                // microbatches in flight): estimate it first.
                l.schedule = PipelineSchedule::OneFOneB;
                l.interleave = 1;
                const TrainingEstimate e = estimateTraining(m_setup, l);
                ++evaluated;
                if (!e.valid()) {
                    reject(RejectReason::Invalid, l, e, perRecompute);
                    continue;
                }
                if (!e.fits) {
                    overflowed[r] = mb <= steadyLastMb;
                    pruned += perRecompute - 1;
                    reject(RejectReason::OutOfMemory, l, e, perRecompute);
                    continue;
                }
                if (oneStageAllowed)
                    consider(l, e);
                l.schedule = PipelineSchedule::Interleaved;
                for (int i = 0; i < interleaves; ++i) {
                    l.interleave = factors[size_t(i)];
                    const TrainingEstimate ev = estimateTraining(m_setup, l);
                    ++evaluated;
                    if (!ev.valid())
                        reject(RejectReason::Invalid, l, ev, 1);
                    else if (!ev.fits)
                        reject(RejectReason::OutOfMemory, l, ev, 1);
                    else
                        consider(l, ev);
                }
            }
        }
    }

    void reject(RejectReason reason, const TrainingLayout& l, const TrainingEstimate& e, size_t n)
    {
        rejected.add(reason, n);
        if (!rejected.wantsExample(reason))
            return;
        if (reason == RejectReason::OutOfMemory)
            rejected.setExample(reason, describeLayout(l) + " needs " + formatGigabytes(e.memory.total()) +
                                            " of " + formatGigabytes(e.memoryCapacityBytes));
        else
            rejected.setExample(reason, describeLayout(l) + ": " + layoutIssueText(e.issue));
    }

    void consider(const TrainingLayout& l, const TrainingEstimate& e)
    {
        const double usd = m_cost.priced ? m_cost.usdPerStep(e, m_setup.cluster.accelerators) : 0;
        const double objective = m_options.objective == SearchObjective::Cost ? usd : e.stepTimeS;
        if (!m_top.admits(objective))
            return;
        TrainingCandidate c;
        c.layout = l;
        c.estimate = e;
        c.usdPerStep = usd;
        c.objective = objective;
        m_top.insert(c);
    }

    const TrainingSetup& m_setup;
    const TrainingSearchOptions& m_options;
    const ClusterCost& m_cost;
    TopCandidates m_top;
    double m_batch = 1;
};

std::vector<OuterPoint> outerSpace(const TrainingSetup& setup, const LayoutConstraints& fixed, bool exact)
{
    const TrainingWorkload& w = setup.workload;
    const TrainingCluster& c = setup.cluster;
    const int devices = static_cast<int>(std::floor(c.accelerators + 1e-9));
    const int heads = w.model.transformer ? w.model.heads : 1;
    const int domain = std::max(1, int(c.scaleUpDomain));
    const int maxTp = w.model.transformer ? std::min(kMaxTensorParallel, heads) : 1;
    const int layers = w.model.transformer ? w.model.layers : 1;
    std::vector<OuterPoint> points;
    for (int tp = 1; tp <= std::max(maxTp, fixed.tp); ++tp) {
        // Tensor parallelism splits the heads and tiles the scale-up domain (a server's GPUs, a TPU slice) or
        // spans whole domains, its collectives then crossing the scale-out network as Calculon allows.
        if (fixed.tp ? tp != fixed.tp : (heads % tp != 0 || (domain % tp != 0 && tp % domain != 0)))
            continue;
        for (int pp = 1; pp <= std::max(layers, fixed.pp) && tp * pp <= devices; ++pp) {
            if (fixed.pp && pp != fixed.pp)
                continue;
            const bool factors = devices % (tp * pp) == 0;
            if (exact != factors && !fixed.dp)
                continue;
            const int dp = fixed.dp ? fixed.dp : devices / (tp * pp);
            if (dp < 1 || (exact && dp * tp * pp != devices) || (!exact && dp * tp * pp == devices))
                continue;
            OuterPoint p{tp, pp, dp, 1};
            points.push_back(p);
            TrainingLayout l;
            l.tp = tp;
            l.pp = pp;
            l.dp = dp;
            if (const int ep = defaultExpertParallel(setup, l); ep > 1) {
                p.ep = ep;
                points.push_back(p);
            }
        }
    }
    return points;
}

} // namespace

const char* objectiveName(SearchObjective o)
{
    return o == SearchObjective::Cost ? "cost" : "time";
}

TrainingSearchResult searchTrainingLayouts(const TrainingSetup& setup, const TrainingSearchOptions& options)
{
    const auto start = std::chrono::steady_clock::now();
    TrainingSearchResult result;
    const ClusterCost cost(setup.cluster);
    if (options.objective == SearchObjective::Cost && !cost.priced) {
        result.error =
            "cannot rank layouts by cost: " +
            (cost.basis.empty() ? std::string("the catalog has no price for this hardware") : cost.basis);
        return result;
    }
    const int hardware = std::max(1, int(std::thread::hardware_concurrency()));
    const int threads = std::max(1, options.threads > 0 ? options.threads : hardware);
    result.threads = threads;

    for (bool exact : {true, false}) {
        const std::vector<OuterPoint> points = outerSpace(setup, options.fixed, exact);
        if (points.empty())
            continue;
        const int used = std::min<int>(threads, int(points.size()));
        std::vector<Worker> workers;
        workers.reserve(size_t(used));
        for (int t = 0; t < used; ++t)
            workers.emplace_back(setup, options, cost);
        parallelFor(points.size(), used, [&](int t, size_t i) {
            workers[size_t(t)].rejected.order = i;
            workers[size_t(t)].run(points[i]);
        });
        for (Worker& worker : workers) {
            result.layouts += worker.layouts;
            result.evaluated += worker.evaluated;
            result.pruned += worker.pruned;
            result.dominated += worker.dominated;
            result.rejected.merge(worker.rejected);
            const auto& items = worker.top().items();
            result.best.insert(result.best.end(), items.begin(), items.end());
        }
        std::sort(result.best.begin(), result.best.end(), candidateBetter);
        if (result.best.size() > size_t(std::max(1, options.top)))
            result.best.resize(size_t(std::max(1, options.top)));
        result.usesAllDevices = exact;
        if (!result.best.empty())
            break; // the accelerator count does not factor or nothing fits: try leaving some idle
    }
    if (result.best.empty() && result.error.empty()) {
        result.error =
            "no layout fits on " + std::to_string(int(setup.cluster.accelerators)) + " accelerators";
        if (result.rejected.count(RejectReason::OutOfMemory))
            result.error += " (" + result.rejected.examples[size_t(RejectReason::OutOfMemory)] + ")";
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace infraplan
