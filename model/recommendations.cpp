#include "recommendations.h"

#include "catalog.h"
#include "closecall.h"
#include "figureformat.h"
#include "hardware.h"
#include "hardwareclass.h"
#include "hardwarerow.h"
#include "inferencealternative.h"
#include "trainingrun.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numeric>

namespace infraplan {

std::string_view findingKindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::CheapestMeetingTargets:
        return "cheapest";
    case FindingKind::NoOptionMeetsTargets:
        return "no-option-meets-targets";
    case FindingKind::TrainingClassServing:
        return "training-class-serving";
    case FindingKind::IdleAccelerators:
        return "idle-accelerators";
    case FindingKind::LowerPrecision:
        return "lower-precision";
    case FindingKind::OverProvisioned:
        return "over-provisioned";
    }
    return "unknown";
}

namespace {

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}

std::string upper(std::string_view name)
{
    std::string out(name);
    for (char& ch : out)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return out;
}

std::string perMonth(double usd, const ExchangeRate& money)
{
    return formatMoney(usd, money) + "/month";
}

/// "p99 TTFT 812 ms (target 2,000 ms), p99 TPOT 41 ms (target 80 ms)"
std::string latencyAgainstTargets(const SketchSummary& s, const LatencyTargets& t)
{
    std::vector<std::string> parts;
    auto add = [&](const char* name, double value, double target) {
        if (value <= 0 && target <= 0)
            return;
        std::string p = std::string("p99 ") + name + " " + formatNumber(value) + " ms";
        if (target > 0)
            p += " (target " + formatNumber(target) + " ms)";
        parts.push_back(p);
    };
    add("time to first token", s.ttftMs[2], t.ttftP99Ms);
    add("time per output token", s.tpotMs[2], t.tpotP99Ms);
    if (s.ttftMs[2] <= 0 || t.e2eP99Ms > 0)
        add("end-to-end latency", s.e2eMs[2], t.e2eP99Ms);
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

bool usable(const SketchSummary& s)
{
    return s.computed && s.monthly.priced && s.fitsInMemory;
}

std::string acceleratorOf(const Catalog& catalog, const Sketch& sketch)
{
    if (sketch.nodes.empty())
        return {};
    const CatalogItem* item = catalog.find(sketch.nodes.front().itemId);
    return item ? acceleratorIdOf(*item) : std::string();
}

void cheapestPerService(const Project& project, const std::vector<SketchSummary>& summaries,
                        std::vector<Finding>& out)
{
    for (const InferenceService& service : project.services) {
        std::vector<const SketchSummary*> fleets;
        for (const SketchSummary& s : summaries) {
            const Sketch* sketch = project.sketch(s.sketchId);
            if (sketch && sketch->workloadId == service.id && s.role == SketchRole::Inference && s.computed)
                fleets.push_back(&s);
        }
        if (fleets.empty())
            continue;
        std::vector<const SketchSummary*> meeting;
        for (const SketchSummary* s : fleets)
            if (usable(*s) && s->meetsTargets)
                meeting.push_back(s);
        std::sort(meeting.begin(), meeting.end(),
                  [](auto* a, auto* b) { return a->monthly.totalUsd() < b->monthly.totalUsd(); });
        Finding f;
        if (meeting.empty()) {
            f.kind = FindingKind::NoOptionMeetsTargets;
            f.sketchId = fleets.front()->sketchId;
            f.title = "No fleet for " + service.name + " meets every target.";
            for (const SketchSummary* s : fleets)
                f.evidence.push_back(
                    s->name + ": " + formatPercent(s->sloAttainment) + " of requests within target; " +
                    latencyAgainstTargets(*s, service.targets) +
                    (s->bindingConstraint.empty() ? "" : "; limited by " + s->bindingConstraint));
            out.push_back(std::move(f));
            continue;
        }
        const SketchSummary& best = *meeting.front();
        f.kind = FindingKind::CheapestMeetingTargets;
        f.sketchId = best.sketchId;
        f.title = meeting.size() == 1 && fleets.size() == 1
                      ? best.name + " meets every target for " + service.name + " at " +
                            perMonth(best.monthly.totalUsd(), project.exchangeRate()) + "."
                      : best.name + " is the cheapest option that meets every target for " + service.name +
                            ": " + perMonth(best.monthly.totalUsd(), project.exchangeRate()) + ".";
        f.evidence.push_back(best.name + ": " + latencyAgainstTargets(best, service.targets) + "; " +
                             formatPercent(best.sloAttainment) + " of requests within target");
        if (best.costPerMillionTokensUsd > 0)
            f.evidence.push_back("Cost per million output tokens: " +
                                 formatMoney(best.costPerMillionTokensUsd, project.exchangeRate()));
        else if (best.costPerThousandRequestsUsd > 0)
            f.evidence.push_back("Cost per thousand requests: " +
                                 formatMoney(best.costPerThousandRequestsUsd, project.exchangeRate()));
        if (meeting.size() > 1)
            if (auto close = closeCall(best, *meeting[1], service.name)) {
                f.title = close->title;
                f.evidence.push_back(close->decider);
            }
        for (size_t i = 1; i < meeting.size(); ++i) {
            const double ratio = meeting[i]->monthly.totalUsd() / std::max(1e-9, best.monthly.totalUsd());
            f.evidence.push_back(meeting[i]->name + " also meets every target at " +
                                 perMonth(meeting[i]->monthly.totalUsd(), project.exchangeRate()) + " (" +
                                 formatCostChange(ratio, 1) + ")");
        }
        for (const SketchSummary* s : fleets)
            if (!s->meetsTargets && usable(*s) && s->monthly.totalUsd() < best.monthly.totalUsd())
                f.evidence.push_back(s->name + " costs less (" +
                                     perMonth(s->monthly.totalUsd(), project.exchangeRate()) +
                                     ") but misses a target: " + latencyAgainstTargets(*s, service.targets));
        out.push_back(std::move(f));
    }
}

void cheapestTraining(const Project& project, const std::vector<SketchSummary>& summaries,
                      std::vector<Finding>& out)
{
    for (const TrainingJob& job : project.trainingJobs) {
        std::vector<const SketchSummary*> clusters;
        for (const SketchSummary& s : summaries) {
            const Sketch* sketch = project.sketch(s.sketchId);
            if (sketch && sketch->workloadId == job.id && s.role == SketchRole::Training && usable(s) &&
                s.runCostUsd > 0)
                clusters.push_back(&s);
        }
        if (clusters.size() < 2)
            continue;
        std::sort(clusters.begin(), clusters.end(),
                  [](auto* a, auto* b) { return a->runCostUsd < b->runCostUsd; });
        const SketchSummary& best = *clusters.front();
        Finding f;
        f.kind = FindingKind::CheapestMeetingTargets;
        f.sketchId = best.sketchId;
        f.title = best.name + " trains " + job.name +
                  " for the least: " + formatMoney(best.runCostUsd, project.exchangeRate()) + " in " +
                  formatNumber(best.timeToTrainDays) + " days.";
        if (auto close = closeCall(best, *clusters[1], job.name)) {
            f.title = close->title;
            f.evidence.push_back(close->decider);
        }
        for (size_t i = 1; i < clusters.size(); ++i)
            f.evidence.push_back(clusters[i]->name + ": " +
                                 formatMoney(clusters[i]->runCostUsd, project.exchangeRate()) + " in " +
                                 formatNumber(clusters[i]->timeToTrainDays) + " days (" +
                                 formatCostChange(clusters[i]->runCostUsd, best.runCostUsd) + ")");
        out.push_back(std::move(f));
    }
}

void trainingClassServing(const Project& project, const std::vector<SketchSummary>& summaries,
                          const Catalog& catalog, const SketchSimulator& simulate,
                          const RecommendationPolicy& policy, const std::atomic<bool>* cancel,
                          std::vector<Finding>& out)
{
    for (const SketchSummary& s : summaries) {
        if (cancelled(cancel))
            return;
        const Sketch* sketch = project.sketch(s.sketchId);
        if (!sketch || s.role != SketchRole::Inference || !usable(s))
            continue;
        const AcceleratorClassVerdict verdict = classifyAccelerator(catalog, acceleratorOf(catalog, *sketch));
        if (verdict.cls != AcceleratorClass::Training)
            continue;
        const InferenceService* service = project.service(sketch->workloadId);
        const double cost = s.monthly.totalUsd();

        // First the alternatives the user drew: fleets for the same service on other hardware.
        const SketchSummary* alt = nullptr;
        for (const SketchSummary& o : summaries) {
            const Sketch* other = project.sketch(o.sketchId);
            if (!other || other->id == sketch->id || other->workloadId != sketch->workloadId ||
                o.role != SketchRole::Inference || !usable(o) || !o.meetsTargets)
                continue;
            if (classifyAccelerator(catalog, acceleratorOf(catalog, *other)).cls ==
                AcceleratorClass::Training)
                continue;
            if (!alt || o.monthly.totalUsd() < alt->monthly.totalUsd())
                alt = &o;
        }
        Finding f;
        f.kind = FindingKind::TrainingClassServing;
        f.sketchId = s.sketchId;
        f.evidence.push_back("Training-class hardware: " + verdict.reason);
        if (alt && alt->monthly.totalUsd() <= cost * (1 - policy.minSavingShare)) {
            const double altCost = alt->monthly.totalUsd();
            f.savingUsdPerMonth = cost - altCost;
            f.alternativeSketchId = alt->sketchId;
            f.title = s.name + " serves on training-class hardware; " + alt->name +
                      " meets the same targets and costs " + formatCostChange(altCost, cost) + ": saves " +
                      perMonth(f.savingUsdPerMonth, project.exchangeRate()) + ".";
            f.evidence.push_back(s.name + ": " + perMonth(cost, project.exchangeRate()) + ", " +
                                 (service ? latencyAgainstTargets(s, service->targets) : std::string()));
            f.evidence.push_back(alt->name + ": " + perMonth(altCost, project.exchangeRate()) + ", " +
                                 (service ? latencyAgainstTargets(*alt, service->targets) : std::string()));
            f.evidence.push_back("Saving: " + perMonth(f.savingUsdPerMonth, project.exchangeRate()) + ", " +
                                 formatMoney(12 * f.savingUsdPerMonth, project.exchangeRate()) + " a year");
            out.push_back(std::move(f));
            continue;
        }
        if (alt)
            continue; // the user already drew the inference-class option and it saves too little
        // None drawn: re-plan the fleet on inference-class instances from the catalog, then simulate the
        // cheapest with the same model as the fleet drawn, so the two figures set side by side are alike.
        auto candidate = cheapestInferenceClassAlternative(project, *sketch, s, catalog, simulate, cancel);
        if (!candidate)
            continue;
        SimulationOptions full;
        full.cancel = cancel;
        const SketchSummary simulated = simulate(project, candidate->sketch, full);
        if (cancelled(cancel))
            return;
        if (!usable(simulated) || !simulated.meetsTargets)
            continue;
        const double before = cost;
        const double after = simulated.monthly.totalUsd();
        if (after > before * (1 - policy.minSavingShare))
            continue;
        f.savingUsdPerMonth = before - after;
        f.alternativeInstanceId = candidate->instanceId;
        f.title = s.name + " serves on training-class hardware; on " + candidate->instanceName +
                  " the same targets cost " + formatCostChange(after, before) + ": saves about " +
                  perMonth(f.savingUsdPerMonth, project.exchangeRate()) + ".";
        f.evidence.push_back("As drawn: " + perMonth(before, project.exchangeRate()) + " for " +
                             formatNumber(s.averageInstances) + " " + s.instanceName + " on average, " +
                             (service ? latencyAgainstTargets(s, service->targets) : std::string()));
        f.evidence.push_back(
            "On " + candidate->instanceName + " (" + std::to_string(candidate->replicaAccelerators) +
            " accelerator" + (candidate->replicaAccelerators > 1 ? "s" : "") + " per replica, " +
            formatNumber(simulated.peakInstances) + " of " + std::to_string(simulated.instancesDrawn) +
            " instances at peak, " + formatNumber(simulated.averageInstances) +
            " on average): " + perMonth(after, project.exchangeRate()) + ", " +
            (service ? latencyAgainstTargets(simulated, service->targets) : std::string()));
        f.evidence.push_back("Both simulated over the same day of traffic with the same model; duplicate the "
                             "frame and change the hardware to keep the alternative");
        out.push_back(std::move(f));
    }
}

/// The share of a training step spent in `parts` of the engine's step breakdown; 0 when the summary has no
/// training run.
double stepShare(const SketchSummary& s, std::initializer_list<double StepBreakdown::*> parts)
{
    if (!s.training || s.training->estimate.stepTimeS <= 0)
        return 0;
    double waiting = 0;
    for (double StepBreakdown::*part : parts)
        waiting += s.training->estimate.step.*part;
    return waiting / s.training->estimate.stepTimeS;
}

const Warning* warningWith(const SketchSummary& s, WarningCode code)
{
    for (const Warning& w : s.warnings)
        if (w.code == code)
            return &w;
    return nullptr;
}

void idleAccelerators(const Project& project, const std::vector<SketchSummary>& summaries,
                      const RecommendationPolicy& policy, std::vector<Finding>& out)
{
    for (const SketchSummary& s : summaries) {
        if (s.role != SketchRole::Training || !s.computed || !project.sketch(s.sketchId))
            continue;
        auto report = [&](const std::string& what, double share, const Warning* w,
                          const std::string& breakdown) {
            Finding f;
            f.kind = FindingKind::IdleAccelerators;
            f.sketchId = s.sketchId;
            f.title = s.name + ": the " + what + " leaves the accelerators idle" +
                      (share > 0 ? " " + formatPercent(share) + " of every step." : ".");
            if (w)
                f.evidence.push_back(w->message);
            if (!breakdown.empty())
                f.evidence.push_back(breakdown);
            if (s.stepTimeS > 0)
                f.evidence.push_back("Step time " + formatNumber(s.stepTimeS) + " s, MFU " +
                                     formatPercent(s.mfu));
            if (share > 0 && s.runCostUsd > 0)
                f.evidence.push_back("Waiting costs about " +
                                     formatMoney(share * s.runCostUsd, project.exchangeRate()) + " of the " +
                                     formatMoney(s.runCostUsd, project.exchangeRate()) + " run");
            out.push_back(std::move(f));
        };
        auto seconds = [](double v) { return formatNumber(v) + " s"; };
        const TrainingEstimate* e = s.training ? &s.training->estimate : nullptr;
        // Storage: the engine's warning, or a data-loading stall in the step breakdown.
        const Warning* starved = warningWith(s, WarningCode::StorageStarved);
        const double stall = stepShare(s, {&StepBreakdown::dataStall});
        if ((starved && (stall == 0 || stall >= policy.idleShare)) || stall >= policy.idleShare)
            report("storage tier", stall, starved,
                   stall > 0 ? "Data loading stalls " + seconds(e->step.dataStall) + " of each " +
                                   seconds(e->stepTimeS) + " step"
                             : std::string());
        // The fabric between servers: exposed data- and pipeline-parallel communication (the engine has no
        // warning of its own for it).
        const double fabric = stepShare(s, {&StepBreakdown::dpComm, &StepBreakdown::ppComm});
        if (fabric >= policy.fabricShare)
            report("fabric between servers", fabric, nullptr,
                   "Exposed communication per step: data-parallel " + seconds(e->step.dpComm) +
                       ", pipeline " + seconds(e->step.ppComm) + ", of " + seconds(e->stepTimeS));
        // The layout: devices the chosen parallel layout does not use at all.
        if (const Warning* unused = warningWith(s, WarningCode::IdleAccelerators))
            report("parallel layout", 0, unused, std::string());
    }
}

void lowerPrecision(const Project& project, const std::vector<SketchSummary>& summaries,
                    const Catalog& catalog, const SketchSimulator& simulate,
                    const RecommendationPolicy& policy, const std::atomic<bool>* cancel,
                    std::vector<Finding>& out)
{
    for (const SketchSummary& s : summaries) {
        if (cancelled(cancel))
            return;
        const Sketch* sketch = project.sketch(s.sketchId);
        if (!sketch || s.role != SketchRole::Inference || !usable(s))
            continue;
        const InferenceService* service = project.service(sketch->workloadId);
        if (!service)
            continue;
        const Precision current = sketch->precision.value_or(service->precision);
        if (bytesPerElement(current) <= 1)
            continue; // already 8-bit or narrower
        Problems problems;
        const auto accel = resolveAccelerator(catalog, acceleratorOf(catalog, *sketch), problems);
        if (!accel)
            continue;
        const SketchSummary baseline = simulate(project, *sketch, whatIfOptions(cancel));
        if (!usable(baseline))
            continue;
        std::optional<std::pair<Precision, SketchSummary>> best;
        for (Precision p : {Precision::FP8, Precision::INT8}) {
            if (!accel->peakFlops(p))
                continue;
            Sketch copy = *sketch;
            copy.precision = p;
            SketchSummary r = simulate(project, copy, whatIfOptions(cancel));
            if (!usable(r) || (baseline.meetsTargets && !r.meetsTargets))
                continue;
            if (!best || r.monthly.totalUsd() < best->second.monthly.totalUsd())
                best = std::make_pair(p, r);
        }
        if (!best)
            continue;
        const double before = baseline.monthly.totalUsd(), after = best->second.monthly.totalUsd();
        if (after > before * (1 - policy.minSavingShare))
            continue;
        const std::string from = upper(precisionName(current)), to = upper(precisionName(best->first));
        Finding f;
        f.kind = FindingKind::LowerPrecision;
        f.sketchId = s.sketchId;
        // The quick estimates give the share saved; it is applied to the fleet's own simulated bill, so the
        // report never shows two different "as drawn" figures for one fleet.
        const double share = 1 - after / before;
        f.savingUsdPerMonth = share * s.monthly.totalUsd();
        f.title = s.name + ": serving in " + to + " instead of " + from + " would cost about " +
                  formatShare(share) + " less, about " +
                  perMonth(f.savingUsdPerMonth, project.exchangeRate()) + " off its " +
                  perMonth(s.monthly.totalUsd(), project.exchangeRate()) + ".";
        const auto peakFrom = accel->peakFlops(current), peakTo = accel->peakFlops(best->first);
        if (peakFrom && peakTo)
            f.evidence.push_back(accel->name + " peaks at " + formatNumber(*peakTo / 1e12) + " TFLOP/s in " +
                                 to + " against " + formatNumber(*peakFrom / 1e12) + " in " + from +
                                 ", and " + to + " weights take half the memory and bandwidth");
        f.evidence.push_back("In " + from + ": " + formatNumber(baseline.replicasAtPeak) +
                             " replicas at peak, " + latencyAgainstTargets(baseline, service->targets));
        f.evidence.push_back("In " + to + ": " + formatNumber(best->second.replicasAtPeak) +
                             " replicas at peak, " + latencyAgainstTargets(best->second, service->targets));
        f.evidence.push_back(
            "Check the model's quality in " + to +
            " before switching (the share saved comes from the analytical estimate of both)");
        out.push_back(std::move(f));
    }
}

void overProvisioned(const Project& project, const std::vector<SketchSummary>& summaries,
                     const RecommendationPolicy& policy, std::vector<Finding>& out)
{
    for (const SketchSummary& s : summaries) {
        const Sketch* sketch = project.sketch(s.sketchId);
        if (!sketch || s.role != SketchRole::Inference || !usable(s) || s.maxRpsPerReplica <= 0 ||
            s.averageReplicas <= 0)
            continue;
        const InferenceService* service = project.service(sketch->workloadId);
        if (!service || service->traffic.peakRps <= 0)
            continue;
        const auto fractions = service->traffic.fractions();
        const double averageRps =
            service->traffic.peakRps * std::accumulate(fractions.begin(), fractions.end(), 0.0) / 24;
        const double utilization = averageRps / (s.averageReplicas * s.maxRpsPerReplica);
        const AutoscalingPolicy& a = sketch->autoscaling;
        const double target = a.enabled ? a.targetUtilization : 0.7;
        if (utilization >= policy.underusedShareOfTarget * target)
            continue;
        // What the traffic needs each hour at the target utilization, with no minimum beyond one replica.
        double needed = 0;
        for (double fr : fractions)
            needed += std::max(
                1.0, std::ceil(service->traffic.peakRps * fr / (s.maxRpsPerReplica * target) - 1e-9));
        needed /= 24;
        if (s.averageReplicas - needed < 1)
            continue;
        Finding f;
        f.kind = FindingKind::OverProvisioned;
        f.sketchId = s.sketchId;
        std::string cause;
        if (!a.enabled)
            cause = "autoscaling is off, so the peak fleet runs all day";
        else if (a.minReplicas > needed)
            cause = "the minimum of " + std::to_string(a.minReplicas) +
                    " replicas is above what the traffic needs";
        else
            cause = "the replicas run well below the " + formatPercent(a.targetUtilization) +
                    " target utilization";
        const double share = 1 - needed / s.averageReplicas;
        if (sketch->pricing.mode != PricingMode::Owned)
            f.savingUsdPerMonth = share * s.monthly.computeUsd;
        f.title = s.name + " is over-provisioned: " + cause + ".";
        f.evidence.push_back("Average utilization " + formatPercent(utilization) + " (" +
                             formatNumber(averageRps) + " requests/s on average over " +
                             formatNumber(s.averageReplicas) + " replicas of " +
                             formatNumber(s.maxRpsPerReplica) + " requests/s each)");
        f.evidence.push_back("The traffic needs " + formatNumber(needed) + " replicas on average at " +
                             formatPercent(target) + " utilization");
        if (f.savingUsdPerMonth > 0)
            f.evidence.push_back("Running only those would save about " +
                                 perMonth(f.savingUsdPerMonth, project.exchangeRate()) + " of compute");
        out.push_back(std::move(f));
    }
}

} // namespace

std::vector<Finding> recommend(const Project& project, const std::vector<SketchSummary>& summaries,
                               const Catalog& catalog, const SketchSimulator& simulate,
                               const RecommendationPolicy& policy, const std::atomic<bool>* cancel)
{
    std::vector<Finding> cheapest, others;
    cheapestPerService(project, summaries, cheapest);
    cheapestTraining(project, summaries, cheapest);
    if (simulate) {
        trainingClassServing(project, summaries, catalog, simulate, policy, cancel, others);
        lowerPrecision(project, summaries, catalog, simulate, policy, cancel, others);
    }
    idleAccelerators(project, summaries, policy, others);
    overProvisioned(project, summaries, policy, others);
    std::stable_sort(others.begin(), others.end(), [](const Finding& a, const Finding& b) {
        return a.savingUsdPerMonth > b.savingUsdPerMonth;
    });
    cheapest.insert(cheapest.end(), others.begin(), others.end());
    return cheapest;
}

} // namespace infraplan
