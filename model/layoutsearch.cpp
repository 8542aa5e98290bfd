#include "layoutsearch.h"
#include "figureformat.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace infraplan {

namespace {

constexpr int kMaxTensorParallel = 64;
constexpr std::array kMicroBatches = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024};
constexpr std::array kInterleaves = {2, 3, 4, 6, 8, 12, 16};
// Selective first: with FlashAttention it costs nothing over none, and ties keep the first found.
constexpr std::array kRecomputes = {Recompute::Selective, Recompute::None, Recompute::Full};

bool better(const TrainingEstimate& a, const TrainingEstimate& b)
{
    // Throughput in samples per second; within 0.1% the layout with more memory headroom wins.
    if (a.samplesPerS > b.samplesPerS * 1.001)
        return true;
    if (b.samplesPerS > a.samplesPerS * 1.001)
        return false;
    return a.memory.total() < b.memory.total();
}

struct Search {
    const TrainingSetup& setup;
    const LayoutConstraints& fixed;
    LayoutChoice best;        // fastest that fits
    LayoutChoice leastMemory; // fallback when nothing fits
    size_t evaluated = 0;

    void consider(const TrainingLayout& l)
    {
        const TrainingEstimate e = evaluate(l);
        if (!e.valid() || l.recompute != Recompute::Full || fixed.recompute || !e.fits)
            return;
        // Full recompute fits: recompute only as many layers per stage as memory needs (Megatron-LM's
        // block method). Activation memory falls linearly with the recomputed layers, so two estimates
        // place the smallest count that fits.
        const int layers =
            setup.workload.model.transformer ? (setup.workload.model.layers + l.pp - 1) / l.pp : 1;
        if (layers < 2)
            return;
        TrainingLayout partial = l;
        partial.recomputeLayers = 1;
        const TrainingEstimate one = evaluate(partial);
        if (!one.valid() || one.fits)
            return;
        const double perLayer = (one.memory.total() - e.memory.total()) / (layers - 1);
        const double need = (one.memory.total() - setup.cluster.memoryBytes) / perLayer;
        const int k = std::clamp(1 + static_cast<int>(std::ceil(need - 1e-9)), 2, layers - 1);
        partial.recomputeLayers = k;
        if (!evaluate(partial).fits && k + 1 < layers) {
            partial.recomputeLayers = k + 1;
            evaluate(partial);
        }
    }

    TrainingEstimate evaluate(const TrainingLayout& l)
    {
        ++evaluated;
        const TrainingEstimate e = estimateTraining(setup, l);
        if (!e.valid())
            return e;
        if (e.fits && (!best.found || better(e, best.estimate))) {
            best.layout = l;
            best.estimate = e;
            best.found = true;
        }
        if (!leastMemory.found || e.memory.total() < leastMemory.estimate.memory.total() ||
            (e.memory.total() == leastMemory.estimate.memory.total() && better(e, leastMemory.estimate))) {
            leastMemory.layout = l;
            leastMemory.estimate = e;
            leastMemory.found = true;
        }
        return e;
    }

    void innerLoops(TrainingLayout l)
    {
        const TrainingWorkload& w = setup.workload;
        const double batch =
            w.globalBatch > 0 ? w.globalBatch : defaultGlobalBatch(w, setup.cluster.accelerators);
        const double perReplica = std::ceil(batch / l.dp);
        const int layersPerStage = w.model.transformer ? (w.model.layers + l.pp - 1) / l.pp : 1;
        for (size_t i = 0; i < kMicroBatches.size(); ++i) {
            const int mb = fixed.microBatch ? fixed.microBatch : kMicroBatches[i];
            if (fixed.microBatch ? i > 0 : mb > perReplica)
                continue;
            l.microBatch = mb;
            for (int zero = 0; zero <= 3; ++zero) {
                if (fixed.zeroStage >= 0 ? zero != fixed.zeroStage : (l.dp == 1 && zero > 0))
                    continue;
                l.zeroStage = zero;
                for (Recompute rc : kRecomputes) {
                    if (fixed.recompute ? rc != *fixed.recompute
                                        : (!w.model.transformer && rc != Recompute::None))
                        continue;
                    l.recompute = rc;
                    if (!fixed.interleave || fixed.interleave == 1) {
                        l.schedule = PipelineSchedule::OneFOneB;
                        l.interleave = 1;
                        consider(l);
                    }
                    if (l.pp == 1)
                        continue;
                    l.schedule = PipelineSchedule::Interleaved;
                    for (int v : kInterleaves) {
                        if ((fixed.interleave && v != fixed.interleave) || layersPerStage % v != 0)
                            continue;
                        l.interleave = v;
                        consider(l);
                    }
                }
            }
        }
    }

    void run(bool exactOnly)
    {
        const TrainingWorkload& w = setup.workload;
        const TrainingCluster& c = setup.cluster;
        const int devices = static_cast<int>(std::floor(c.accelerators + 1e-9));
        const int heads = w.model.transformer ? w.model.heads : 1;
        const int maxTp = w.model.transformer
                              ? std::min({kMaxTensorParallel, heads, std::max(1, int(c.scaleUpDomain))})
                              : 1;
        const int layers = w.model.transformer ? w.model.layers : 1;
        for (int tp = 1; tp <= std::max(maxTp, fixed.tp); ++tp) {
            if (fixed.tp ? tp != fixed.tp : heads % tp != 0)
                continue;
            for (int pp = 1; pp <= std::max(layers, fixed.pp) && tp * pp <= devices; ++pp) {
                if (fixed.pp && pp != fixed.pp)
                    continue;
                int dp = fixed.dp ? fixed.dp : devices / (tp * pp);
                if (dp < 1 || (exactOnly && dp * tp * pp != devices))
                    continue;
                TrainingLayout l;
                l.tp = tp;
                l.pp = pp;
                l.dp = dp;
                l.ep = 1;
                innerLoops(l);
                const int ep = defaultExpertParallel(setup, l);
                if (ep > 1) {
                    l.ep = ep;
                    innerLoops(l);
                }
            }
        }
    }
};

} // namespace

LayoutChoice chooseLayout(const TrainingSetup& setup, const LayoutConstraints& fixed)
{
    Search s{setup, fixed, {}, {}, 0};
    s.run(true);
    if (!s.best.found)
        s.run(false); // the accelerator count does not factor: leave some idle
    LayoutChoice out = s.best.found ? s.best : s.leastMemory;
    out.evaluated = s.evaluated;
    return out;
}

std::vector<std::string> fitAdvice(const TrainingSetup& setup, const TrainingLayout& layout)
{
    std::vector<std::string> advice;
    const TrainingEstimate base = estimateTraining(setup, layout);
    if (!base.valid() || base.fits)
        return advice;
    const double capacity = setup.cluster.memoryBytes;
    auto tryLayout = [&](TrainingLayout l, const std::string& what) {
        const TrainingEstimate e = estimateTraining(setup, l);
        if (e.valid() && e.fits)
            advice.push_back(what + " (" + formatGigabytes(e.memory.total()) + " of " +
                             formatGigabytes(capacity) + ")");
    };
    for (int z = layout.zeroStage + 1; z <= 3 && layout.dp > 1; ++z) {
        TrainingLayout l = layout;
        l.zeroStage = z;
        tryLayout(l, "ZeRO stage " + std::to_string(z));
    }
    if (layout.recompute != Recompute::Full) {
        TrainingLayout l = layout;
        l.recompute = layout.recompute == Recompute::None ? Recompute::Selective : Recompute::Full;
        tryLayout(l, std::string(recomputeName(l.recompute)) + " activation recomputation");
        l.recompute = Recompute::Full;
        if (layout.recompute == Recompute::None)
            tryLayout(l, "full activation recomputation");
    }
    if (layout.microBatch > 1) {
        TrainingLayout l = layout;
        l.microBatch = 1;
        tryLayout(l, "micro-batch 1");
    }
    if (layout.dp % 2 == 0) {
        TrainingLayout l = layout;
        l.dp /= 2;
        l.tp *= 2;
        tryLayout(l, "tensor parallel " + std::to_string(l.tp) + " (data parallel " + std::to_string(l.dp) +
                         ")");
        l = layout;
        l.dp /= 2;
        l.pp *= 2;
        tryLayout(l, "pipeline parallel " + std::to_string(l.pp) + " (data parallel " + std::to_string(l.dp) +
                         ")");
    }
    const LayoutChoice any = chooseLayout(setup);
    if (any.found && any.estimate.fits)
        advice.push_back("the layout the engine picks: " + describeLayout(any.layout) + " (" +
                         formatGigabytes(any.estimate.memory.total()) + ")");
    else
        advice.push_back("no layout fits on " + std::to_string(int(setup.cluster.accelerators)) +
                         " devices: add accelerators or choose ones with more than " +
                         formatGigabytes(capacity) + " (the leanest layout needs " +
                         formatGigabytes(any.estimate.memory.total()) + ")");
    return advice;
}

} // namespace infraplan
