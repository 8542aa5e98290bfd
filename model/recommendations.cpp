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
#include <cstdio>
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

Phrase text(std::string t)
{
    return textPhrase(std::move(t));
}

Phrase money(double usd, const ExchangeRate& rate)
{
    return text(formatMoney(usd, rate));
}

Phrase perMonth(double usd, const ExchangeRate& rate)
{
    return phrase(PhraseId::PerMonth, {money(usd, rate)});
}

Phrase number(double v)
{
    return text(formatNumber(v));
}

Phrase percent(double fraction)
{
    return text(formatPercent(fraction));
}

/// `cost` against `reference` as formatCostChange says it: "79% less", "25% more", "4.8 times as much".
Phrase costChange(double cost, double reference)
{
    if (!(reference > 0) || !std::isfinite(cost))
        return text(formatCostChange(cost, reference));
    const double ratio = cost / reference;
    if (std::fabs(ratio - 1) < 0.0005)
        return phrase(PhraseId::CostSame);
    if (ratio < 1)
        return phrase(PhraseId::CostLess, {text(formatShare(1 - ratio))});
    if (ratio < 2)
        return phrase(PhraseId::CostMore, {text(formatShare(ratio - 1))});
    return phrase(PhraseId::CostTimes, {text(formatTimes(ratio))});
}

/// "p99 time to first token 812 ms (target 2,000 ms), p99 time per output token 41 ms (target 80 ms)"
Phrase latencyAgainstTargets(const SketchSummary& s, const LatencyTargets& t)
{
    Phrase parts = phrase(PhraseId::List);
    auto add = [&](PhraseId name, double value, double target) {
        if (value <= 0 && target <= 0)
            return;
        if (target > 0)
            parts.args.push_back(
                phrase(PhraseId::LatencyP99AndTarget, {phrase(name), number(value), number(target)}));
        else
            parts.args.push_back(phrase(PhraseId::LatencyP99, {phrase(name), number(value)}));
    };
    add(PhraseId::TimeToFirstToken, s.ttftMs[2], t.ttftP99Ms);
    add(PhraseId::TimePerOutputToken, s.tpotMs[2], t.tpotP99Ms);
    if (s.ttftMs[2] <= 0 || t.e2eP99Ms > 0)
        add(PhraseId::EndToEndLatency, s.e2eMs[2], t.e2eP99Ms);
    return parts;
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
            f.title = phrase(PhraseId::NoFleetMeetsTargets, {text(service.name)});
            for (const SketchSummary* s : fleets) {
                std::vector<Phrase> args{text(s->name), percent(s->sloAttainment),
                                         latencyAgainstTargets(*s, service.targets)};
                if (!s->bindingConstraint.empty())
                    args.push_back(termPhrase(s->bindingConstraint));
                f.evidence.push_back(phrase(s->bindingConstraint.empty() ? PhraseId::FleetWithinTarget
                                                                         : PhraseId::FleetWithinTargetLimited,
                                            std::move(args)));
            }
            out.push_back(std::move(f));
            continue;
        }
        const SketchSummary& best = *meeting.front();
        f.kind = FindingKind::CheapestMeetingTargets;
        f.sketchId = best.sketchId;
        f.title = phrase(
            meeting.size() == 1 && fleets.size() == 1 ? PhraseId::OnlyFleetMeetsTargets
                                                      : PhraseId::CheapestMeetingTargets,
            {text(best.name), text(service.name), perMonth(best.monthly.totalUsd(), project.exchangeRate())});
        f.evidence.push_back(
            phrase(PhraseId::BestFleetLatency, {text(best.name), latencyAgainstTargets(best, service.targets),
                                                percent(best.sloAttainment)}));
        if (best.costPerMillionTokensUsd > 0)
            f.evidence.push_back(phrase(PhraseId::CostPerMillionTokens,
                                        {money(best.costPerMillionTokensUsd, project.exchangeRate())}));
        else if (best.costPerMillionRequestsUsd > 0)
            f.evidence.push_back(phrase(PhraseId::CostPerMillionRequests,
                                        {money(best.costPerMillionRequestsUsd, project.exchangeRate())}));
        if (meeting.size() > 1)
            if (auto close = closeCall(best, *meeting[1], service.name)) {
                f.title = close->title;
                f.evidence.push_back(close->decider);
            }
        for (size_t i = 1; i < meeting.size(); ++i) {
            const double ratio = meeting[i]->monthly.totalUsd() / std::max(1e-9, best.monthly.totalUsd());
            f.evidence.push_back(phrase(PhraseId::AlsoMeetsTargets,
                                        {text(meeting[i]->name),
                                         perMonth(meeting[i]->monthly.totalUsd(), project.exchangeRate()),
                                         costChange(ratio, 1)}));
        }
        for (const SketchSummary* s : fleets)
            if (!s->meetsTargets && usable(*s) && s->monthly.totalUsd() < best.monthly.totalUsd())
                f.evidence.push_back(
                    phrase(PhraseId::CheaperButMissesTarget,
                           {text(s->name), perMonth(s->monthly.totalUsd(), project.exchangeRate()),
                            latencyAgainstTargets(*s, service.targets)}));
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
        f.title = phrase(PhraseId::TrainsForTheLeast,
                         {text(best.name), text(job.name), money(best.runCostUsd, project.exchangeRate()),
                          number(best.timeToTrainDays)});
        if (auto close = closeCall(best, *clusters[1], job.name)) {
            f.title = close->title;
            f.evidence.push_back(close->decider);
        }
        for (size_t i = 1; i < clusters.size(); ++i)
            f.evidence.push_back(
                phrase(PhraseId::TrainingAlternative,
                       {text(clusters[i]->name), money(clusters[i]->runCostUsd, project.exchangeRate()),
                        number(clusters[i]->timeToTrainDays),
                        costChange(clusters[i]->runCostUsd, best.runCostUsd)}));
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
        f.evidence.push_back(phrase(PhraseId::TrainingClassHardware, {verdict.reason}));
        if (alt && alt->monthly.totalUsd() <= cost * (1 - policy.minSavingShare)) {
            const double altCost = alt->monthly.totalUsd();
            f.savingUsdPerMonth = cost - altCost;
            f.alternativeSketchId = alt->sketchId;
            f.title = phrase(PhraseId::TrainingClassDrawnOption,
                             {text(s.name), text(alt->name), costChange(altCost, cost),
                              perMonth(f.savingUsdPerMonth, project.exchangeRate())});
            f.evidence.push_back(phrase(PhraseId::FleetCostAndLatency,
                                        {text(s.name), perMonth(cost, project.exchangeRate()),
                                         service ? latencyAgainstTargets(s, service->targets) : Phrase()}));
            f.evidence.push_back(
                phrase(PhraseId::FleetCostAndLatency,
                       {text(alt->name), perMonth(altCost, project.exchangeRate()),
                        service ? latencyAgainstTargets(*alt, service->targets) : Phrase()}));
            f.evidence.push_back(
                phrase(PhraseId::SavingPerYear, {perMonth(f.savingUsdPerMonth, project.exchangeRate()),
                                                 money(12 * f.savingUsdPerMonth, project.exchangeRate())}));
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
        f.title = phrase(PhraseId::TrainingClassCatalogOption,
                         {text(s.name), text(candidate->instanceName), costChange(after, before),
                          perMonth(f.savingUsdPerMonth, project.exchangeRate())});
        f.evidence.push_back(
            phrase(PhraseId::AsDrawn,
                   {perMonth(before, project.exchangeRate()), number(s.averageInstances),
                    text(s.instanceName), service ? latencyAgainstTargets(s, service->targets) : Phrase()}));
        f.evidence.push_back(phrase(
            candidate->replicaAccelerators > 1 ? PhraseId::OnAlternativeMany : PhraseId::OnAlternativeOne,
            {text(candidate->instanceName), text(std::to_string(candidate->replicaAccelerators)),
             number(simulated.peakInstances), text(std::to_string(simulated.instancesDrawn)),
             number(simulated.averageInstances), perMonth(after, project.exchangeRate()),
             service ? latencyAgainstTargets(simulated, service->targets) : Phrase()}));
        f.evidence.push_back(phrase(PhraseId::BothSimulatedAlike));
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

/// A training warning a finding quotes, in words the interface can translate when the engine's sentence is
/// the one its code and figures give; the engine's own sentence otherwise.
Phrase warningPhrase(const SketchSummary& s, const Warning& w)
{
    auto fixed = [](const char* format, double v) {
        char buf[64];
        std::snprintf(buf, sizeof buf, format, v);
        return textPhrase(buf);
    };
    Phrase typed;
    if (w.code == WarningCode::StorageStarved && s.training && s.training->estimate.stepTimeS > 0)
        typed = phrase(
            PhraseId::StorageStarved,
            {fixed("%.2f", w.limit / 1e9), fixed("%.2f", w.measured / 1e9),
             fixed("%.0f", 100 * s.training->estimate.step.dataStall / s.training->estimate.stepTimeS)});
    else if (w.code == WarningCode::IdleAccelerators)
        typed = phrase(PhraseId::AcceleratorsLeftIdle, {fixed("%.0f", w.measured), fixed("%.0f", w.limit)});
    return !typed.empty() && english(typed) == w.message ? typed : textPhrase(w.message);
}

void idleAccelerators(const Project& project, const std::vector<SketchSummary>& summaries,
                      const RecommendationPolicy& policy, std::vector<Finding>& out)
{
    for (const SketchSummary& s : summaries) {
        if (s.role != SketchRole::Training || !s.computed || !project.sketch(s.sketchId))
            continue;
        auto report = [&](PhraseId what, double share, const Warning* w, const Phrase& breakdown) {
            Finding f;
            f.kind = FindingKind::IdleAccelerators;
            f.sketchId = s.sketchId;
            f.title = share > 0
                          ? phrase(PhraseId::IdleEveryStep, {text(s.name), phrase(what), percent(share)})
                          : phrase(PhraseId::IdleAccelerators, {text(s.name), phrase(what)});
            if (w)
                f.evidence.push_back(warningPhrase(s, *w));
            if (!breakdown.empty())
                f.evidence.push_back(breakdown);
            if (s.stepTimeS > 0)
                f.evidence.push_back(phrase(PhraseId::StepTimeAndMfu, {number(s.stepTimeS), percent(s.mfu)}));
            if (share > 0 && s.runCostUsd > 0)
                f.evidence.push_back(
                    phrase(PhraseId::WaitingCosts, {money(share * s.runCostUsd, project.exchangeRate()),
                                                    money(s.runCostUsd, project.exchangeRate())}));
            out.push_back(std::move(f));
        };
        // A step's parts are said in milliseconds below a second ("9.84 ms", not "0.00984 s").
        auto seconds = [](double v) {
            return text(v < 1 ? formatNumber(v * 1000) + " ms" : formatNumber(v) + " s");
        };
        const TrainingEstimate* e = s.training ? &s.training->estimate : nullptr;
        // Storage: the engine's warning, or a data-loading stall in the step breakdown.
        const Warning* starved = warningWith(s, WarningCode::StorageStarved);
        const double stall = stepShare(s, {&StepBreakdown::dataStall});
        if ((starved && (stall == 0 || stall >= policy.idleShare)) || stall >= policy.idleShare)
            report(PhraseId::StorageTier, stall, starved,
                   stall > 0 ? phrase(PhraseId::DataLoadingStalls,
                                      {seconds(e->step.dataStall), seconds(e->stepTimeS)})
                             : Phrase());
        // The fabric between servers: exposed data- and pipeline-parallel communication (the engine has no
        // warning of its own for it).
        const double fabric = stepShare(s, {&StepBreakdown::dpComm, &StepBreakdown::ppComm});
        if (fabric >= policy.fabricShare)
            report(PhraseId::FabricBetweenServers, fabric, nullptr,
                   phrase(PhraseId::ExposedCommunication,
                          {seconds(e->step.dpComm), seconds(e->step.ppComm), seconds(e->stepTimeS)}));
        // The layout: devices the chosen parallel layout does not use at all.
        if (const Warning* unused = warningWith(s, WarningCode::IdleAccelerators))
            report(PhraseId::ParallelLayout, 0, unused, Phrase());
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
        f.title = phrase(PhraseId::LowerPrecisionSaves,
                         {text(s.name), text(to), text(from), text(formatShare(share)),
                          perMonth(f.savingUsdPerMonth, project.exchangeRate()),
                          perMonth(s.monthly.totalUsd(), project.exchangeRate())});
        const auto peakFrom = accel->peakFlops(current), peakTo = accel->peakFlops(best->first);
        if (peakFrom && peakTo)
            f.evidence.push_back(
                phrase(PhraseId::PeakFlopsIn, {text(accel->name), number(*peakTo / 1e12), text(to),
                                               number(*peakFrom / 1e12), text(from)}));
        f.evidence.push_back(
            phrase(PhraseId::ReplicasAtPeakIn, {text(from), number(baseline.replicasAtPeak),
                                                latencyAgainstTargets(baseline, service->targets)}));
        f.evidence.push_back(
            phrase(PhraseId::ReplicasAtPeakIn, {text(to), number(best->second.replicasAtPeak),
                                                latencyAgainstTargets(best->second, service->targets)}));
        f.evidence.push_back(phrase(PhraseId::CheckQualityIn, {text(to)}));
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
        Phrase cause;
        if (!a.enabled)
            cause = phrase(PhraseId::AutoscalingOff);
        else if (a.minReplicas > needed)
            cause = phrase(PhraseId::MinimumAboveNeed, {text(std::to_string(a.minReplicas))});
        else
            cause = phrase(PhraseId::BelowTargetUtilization, {percent(a.targetUtilization)});
        const double share = 1 - needed / s.averageReplicas;
        if (sketch->pricing.mode != PricingMode::Owned)
            f.savingUsdPerMonth = share * s.monthly.computeUsd;
        f.title = phrase(PhraseId::OverProvisioned, {text(s.name), std::move(cause)});
        f.evidence.push_back(
            phrase(PhraseId::AverageUtilization, {percent(utilization), number(averageRps),
                                                  number(s.averageReplicas), number(s.maxRpsPerReplica)}));
        f.evidence.push_back(phrase(PhraseId::TrafficNeedsReplicas, {number(needed), percent(target)}));
        if (f.savingUsdPerMonth > 0)
            f.evidence.push_back(phrase(PhraseId::RunningOnlyThoseSaves,
                                        {perMonth(f.savingUsdPerMonth, project.exchangeRate())}));
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
