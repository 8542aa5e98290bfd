#include "confidence.h"

#include "figureformat.h"
#include "inferencefleet.h"
#include "trainingrun.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

namespace {

SketchConfidence start(const ErrorRegimeTable& table, EngineKind engine, BindingResource binding,
                       const std::string& family)
{
    SketchConfidence c;
    if (table.empty())
        return c;
    c.family = family;
    c.familyCases = table.casesOf(family, engine);
    c.band = table.bandFor({engine, binding, table.statusOf(family, engine)});
    c.available = c.band.cases > 0;
    if (c.familyCases == 0) {
        const EngineKind other = engine == EngineKind::Training ? EngineKind::Serving : EngineKind::Training;
        const size_t otherCases = table.casesOf(family, other);
        c.uncalibratedNote =
            (family.empty() ? std::string("The accelerator names no device family")
                            : "No " + std::string(engineKey(engine)) + " run of the " + family +
                                  " family is validated") +
            ": its figures rest on sourced priors and carry the wider band of families on priors" +
            (otherCases > 0 ? " (the family has " + std::to_string(otherCases) + " validated " +
                                  std::string(engineKey(other)) + " runs)"
                            : "") +
            ".";
    }
    return c;
}

// The same hardware made `factor` times as fast in everything the engines' errors stand for: the achievable
// compute (through the sustained clock), memory bandwidth and the links.
SketchHardware scaled(const SketchHardware& hw, double factor)
{
    SketchHardware s = hw;
    AcceleratorSpec& a = s.instance.accelerator;
    a.sustainedClockFraction *= factor;
    a.memoryBwBytesPerS *= factor;
    a.scaleUpBytesPerS *= factor;
    a.pcieBytesPerS *= factor;
    s.scaleUp.bytesPerS *= factor;
    s.scaleOut.bytesPerS *= factor;
    return s;
}

std::string count(double v, const char* unit)
{
    return std::to_string(static_cast<long long>(std::lround(v))) + " " + unit;
}

} // namespace

SketchConfidence trainingConfidence(const TrainingRun& run, const ErrorRegimeTable& table)
{
    const TrainingEstimate& e = run.estimate;
    SketchConfidence c = start(table, EngineKind::Training, trainingBinding(e.step),
                               run.setup.cluster.hardware.instance.accelerator.family);
    if (!c.available)
        return c;
    const double slow = c.band.slowFactor, fast = c.band.fastFactor;
    if (run.setup.workload.model.transformer)
        c.tokensPerSecond = FigureBand::between(e.tokensPerS, e.tokensPerS * slow, e.tokensPerS * fast);
    c.samplesPerSecond = FigureBand::between(e.samplesPerS, e.samplesPerS * slow, e.samplesPerS * fast);
    c.stepTimeS = FigureBand::between(e.stepTimeS, e.stepTimeS / slow, e.stepTimeS / fast);
    c.timeToTrainDays =
        FigureBand::between(run.timeToTrainDays, run.timeToTrainDays / slow, run.timeToTrainDays / fast);
    // The drawn cluster is held, in whole instances, for as long as the run takes.
    const std::string held =
        "the " + count(run.nodes, "instances") + " drawn, held for as long as the run takes";
    if (run.monthly.priced && run.runCostUsd > 0)
        c.runCostUsd = FigureBand::between(run.runCostUsd, run.monthly.over(run.wallHours / slow).totalUsd(),
                                           run.monthly.over(run.wallHours / fast).totalUsd(), held);
    c.runEnergyKWh =
        FigureBand::between(run.runEnergyKWh, run.runEnergyKWh / slow, run.runEnergyKWh / fast, held);
    return c;
}

SketchConfidence servingConfidence(const InferenceFleetResult& f, const InferenceService& service,
                                   const Sketch& sketch, const SketchHardware& hw, const ModelSpec& model,
                                   const ErrorRegimeTable& table)
{
    SketchConfidence c = start(table, EngineKind::Serving, servingBinding(f.replicaBound, false),
                               hw.instance.accelerator.family);
    if (!c.available)
        return c;
    SimulationOptions analytical;
    analytical.fullInferenceSimulation = false;
    auto run = [&](const Sketch& s, const SketchHardware& h) {
        std::string error;
        return simulateInferenceFleet(service, s, h, model, analytical, error);
    };
    const auto base = run(sketch, hw);
    const auto slow = run(sketch, scaled(hw, c.band.slowFactor));
    const auto fast = run(sketch, scaled(hw, c.band.fastFactor));
    if (!base || !slow || !fast) {
        c.available = false;
        return c;
    }
    // The autoscaler never holds more than the drawn ceiling: at the slow end a fleet short of instances
    // keeps what it may hold and bills it, and its latencies grow instead (the latency bands); how many
    // instances that end would need is the band of instances needed at peak.
    auto ratio = [](double v, double at, double at1) { return at1 > 0 ? v * at / at1 : v; };
    auto delta = [](double v, double at, double at1) { return std::max(0.0, v + at - at1); };
    auto scaledBand = [&](double v, auto get) {
        return FigureBand::between(v, ratio(v, get(*slow), get(*base)), ratio(v, get(*fast), get(*base)));
    };
    c.replicaRequestsPerS = scaledBand(f.capacity.requestsPerS,
                                       [](const InferenceFleetResult& r) { return r.capacity.requestsPerS; });
    if (f.capacity.outputTokensPerS > 0)
        c.replicaTokensPerS = scaledBand(f.capacity.outputTokensPerS, [](const InferenceFleetResult& r) {
            return r.capacity.outputTokensPerS;
        });
    // Latencies move with the analytical engine's ratio while its queue stays bounded on both sides; an
    // unbounded queue (the engine reports an hour) has no ratio to take, so the latency is then divided by
    // the speed factor, or is the engine's hour at an end where the queue no longer drains.
    const double unboundedMs = kUnboundedLatencyS * 1000;
    auto latencyBand = [&](double v, const std::array<double, 3> InferenceFleetResult::*member, int i) {
        auto end = [&](const InferenceFleetResult& r, double factor) {
            const double at = (r.*member)[i] * 1000, at1 = ((*base).*member)[i] * 1000;
            if (v >= unboundedMs) // the queue never drains: only an end where it does moves the figure
                return std::min(v, at);
            if (at1 >= unboundedMs)
                return v / factor;
            if (at >= unboundedMs)
                return unboundedMs;
            return ratio(v, at, at1);
        };
        FigureBand b = FigureBand::between(v, end(*slow, c.band.slowFactor), end(*fast, c.band.fastFactor));
        if (b.present && v >= unboundedMs && b.high == v)
            b.highReason = BandEndReason::UnboundedQueue;
        if (b.present && v >= unboundedMs && b.low == v)
            b.lowReason = BandEndReason::UnboundedQueue;
        return b;
    };
    const bool llm = f.replica && f.replica->isLlm();
    for (int i = 0; i < 3; ++i) {
        if (llm) {
            c.ttftMs[i] = latencyBand(f.ttftS[i] * 1000, &InferenceFleetResult::ttftS, i);
            c.tpotMs[i] = latencyBand(f.tpotS[i] * 1000, &InferenceFleetResult::tpotS, i);
        }
        c.e2eMs[i] = latencyBand(f.e2eS[i] * 1000, &InferenceFleetResult::e2eS, i);
    }
    // A target met at the predicted speed but not at the slow end of the band shown beside it is the band's
    // most useful news: a fleet sized to the point estimate may miss it on the day.
    if (f.meetsTargets) {
        std::string missed;
        for (const TargetCheck& check : f.checks) {
            const FigureBand& b = check.metric == LatencyMetric::Ttft   ? c.ttftMs[2]
                                  : check.metric == LatencyMetric::Tpot ? c.tpotMs[2]
                                                                        : c.e2eMs[2];
            if (!b.present || b.high <= check.targetMs)
                continue;
            missed += (missed.empty() ? "" : ", ") + std::string(check.name()) + " up to " +
                      (b.high >= unboundedMs ? std::string("unbounded") : formatNumber(b.high) + " ms") +
                      " against " + formatNumber(check.targetMs) + " ms";
        }
        if (!missed.empty())
            c.slowEndNote = "At the slow end of its band (" + formatShare(1 - c.band.slowFactor) +
                            " slower) the fleet misses its latency targets: " + missed;
    }
    const std::string whole = "whole instances, re-sized by the autoscaler's rule at both ends, never beyond "
                              "the drawn ceiling";
    // An end that comes out equal to the figure says why: both ends of the speed band move it the same way,
    // the fleet holds its ceiling at that end too, or the speed change does not move a whole count past the
    // next whole number.
    auto resized = [&](double v, auto get, const std::string& note) {
        if (v <= 0) // not priced or not drawn (no power figure in the catalog): nothing to bracket
            return FigureBand{};
        const double atSlow = delta(v, get(*slow), get(*base)), atFast = delta(v, get(*fast), get(*base));
        FigureBand b = FigureBand::between(v, atSlow, atFast, note);
        // `end` is the end nearer the value on the side where the band stops at it.
        auto why = [&](const InferenceFleetResult& end, double atEnd) {
            if (atEnd != v)
                return BandEndReason::BothEndsOneSide;
            return end.shortAtPeak() || end.peakNodes >= end.ceilingInstances ? BandEndReason::DrawnCeiling
                                                                              : BandEndReason::WholeCount;
        };
        if (b.present && b.low == v)
            b.lowReason = atFast <= atSlow ? why(*fast, atFast) : why(*slow, atSlow);
        if (b.present && b.high == v)
            b.highReason = atSlow >= atFast ? why(*slow, atSlow) : why(*fast, atFast);
        return b;
    };
    c.replicasAtPeak = resized(
        f.replicasAtPeak, [](const InferenceFleetResult& r) { return r.replicasAtPeak; }, whole);
    // What the peak needs is the autoscaler's rule at each end, through ceil of the load within the targets
    // per replica; it has no figure when no count meets the targets, and no high end when the slow end
    // cannot.
    if (!f.noCountMeetsTargets) {
        const std::string need = "whole instances: the peak over the load within the targets per replica at "
                                 "each end, rounded up";
        if (slow->noCountMeetsTargets) {
            c.instancesNeededAtPeak = FigureBand::between(
                f.instancesNeededAtPeak, fast->instancesNeededAtPeak, f.instancesNeededAtPeak,
                need + "; at the slow end no count meets the targets");
            c.instancesNeededAtPeak.highReason = BandEndReason::NoCountMeetsTargets;
        } else {
            c.instancesNeededAtPeak = FigureBand::between(
                f.instancesNeededAtPeak, slow->instancesNeededAtPeak, fast->instancesNeededAtPeak, need);
            if (c.instancesNeededAtPeak.high == c.instancesNeededAtPeak.value)
                c.instancesNeededAtPeak.highReason = BandEndReason::WholeCount;
        }
        if (c.instancesNeededAtPeak.low == c.instancesNeededAtPeak.value)
            c.instancesNeededAtPeak.lowReason = BandEndReason::WholeCount;
    }
    c.averageInstances = resized(
        f.averageNodes, [](const InferenceFleetResult& r) { return r.averageNodes; }, whole);
    c.averagePowerKW = resized(
        f.averagePower.facilityW() / 1000,
        [](const InferenceFleetResult& r) { return r.averagePower.facilityW() / 1000; }, whole);
    if (f.monthly.priced)
        c.monthlyCostUsd = resized(
            f.monthly.totalUsd(), [](const InferenceFleetResult& r) { return r.monthly.totalUsd(); },
            whole + "; priced by the bill");
    return c;
}

} // namespace infraplan
