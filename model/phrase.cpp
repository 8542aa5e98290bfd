#include "phrase.h"

#include <algorithm>
#include <array>
#include <utility>

// Qt Linguist's lupdate reads this file for the interface's translation sources (see ui/i18n/CMakeLists.txt):
// it finds the templates by this marker. The model itself stays free of Qt, so the marker is the text.
#define QT_TRANSLATE_NOOP(context, text) text

namespace infraplan {

namespace {

using P = PhraseId;

// clang-format off
constexpr std::pair<PhraseId, const char*> kTemplates[] = {
    {P::Sentences, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 %2")},
    {P::PerMonth, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1/month")},
    {P::CostLess, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 less")},
    {P::CostMore, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 more")},
    {P::CostTimes, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 times as much")},
    {P::CostSame, QT_TRANSLATE_NOOP("infraplan::Phrase", "the same")},
    {P::CostRange, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 (%2 to %3)")},
    {P::LatencyP99, QT_TRANSLATE_NOOP("infraplan::Phrase", "p99 %1 %2 ms")},
    {P::LatencyP99AndTarget, QT_TRANSLATE_NOOP("infraplan::Phrase", "p99 %1 %2 ms (target %3 ms)")},
    {P::TimeToFirstToken, QT_TRANSLATE_NOOP("infraplan::Phrase", "time to first token")},
    {P::TimePerOutputToken, QT_TRANSLATE_NOOP("infraplan::Phrase", "time per output token")},
    {P::EndToEndLatency, QT_TRANSLATE_NOOP("infraplan::Phrase", "end-to-end latency")},
    {P::NoFleetMeetsTargets, QT_TRANSLATE_NOOP("infraplan::Phrase", "No fleet for %1 meets every target.")},
    {P::FleetWithinTarget, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1: %2 of requests within target; %3")},
    {P::FleetWithinTargetLimited,
     QT_TRANSLATE_NOOP("infraplan::Phrase", "%1: %2 of requests within target; %3; limited by %4")},
    {P::OnlyFleetMeetsTargets, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 meets every target for %2 at %3.")},
    {P::CheapestMeetingTargets,
     QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 is the cheapest option that meets every target for %2: %3.")},
    {P::BestFleetLatency, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1: %2; %3 of requests within target")},
    {P::CostPerMillionTokens, QT_TRANSLATE_NOOP("infraplan::Phrase", "Cost per million output tokens: %1")},
    {P::CostPerThousandRequests, QT_TRANSLATE_NOOP("infraplan::Phrase", "Cost per thousand requests: %1")},
    {P::AlsoMeetsTargets, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 also meets every target at %2 (%3)")},
    {P::CheaperButMissesTarget,
     QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 costs less (%2) but misses a target: %3")},
    {P::TrainsForTheLeast, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 trains %2 for the least: %3 in %4 days.")},
    {P::TrainingAlternative, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1: %2 in %3 days (%4)")},
    {P::TrainingClassHardware, QT_TRANSLATE_NOOP("infraplan::Phrase", "Training-class hardware: %1")},
    {P::TrainingClassDrawnOption,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "%1 serves on training-class hardware; %2 meets the same targets and costs %3: saves %4.")},
    {P::FleetCostAndLatency, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1: %2, %3")},
    {P::SavingPerYear, QT_TRANSLATE_NOOP("infraplan::Phrase", "Saving: %1, %2 a year")},
    {P::TrainingClassCatalogOption,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "%1 serves on training-class hardware; on %2 the same targets cost %3: saves about %4.")},
    {P::AsDrawn, QT_TRANSLATE_NOOP("infraplan::Phrase", "As drawn: %1 for %2 %3 on average, %4")},
    {P::OnAlternativeOne,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "On %1 (%2 accelerator per replica, %3 of %4 instances at peak, %5 on average): %6, %7")},
    {P::OnAlternativeMany,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "On %1 (%2 accelerators per replica, %3 of %4 instances at peak, %5 on average): %6, %7")},
    {P::BothSimulatedAlike,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "Both simulated over the same day of traffic with the same model; duplicate the frame and "
                       "change the hardware to keep the alternative")},
    {P::IdleEveryStep,
     QT_TRANSLATE_NOOP("infraplan::Phrase", "%1: the %2 leaves the accelerators idle %3 of every step.")},
    {P::IdleAccelerators, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1: the %2 leaves the accelerators idle.")},
    {P::StorageTier, QT_TRANSLATE_NOOP("infraplan::Phrase", "storage tier")},
    {P::FabricBetweenServers, QT_TRANSLATE_NOOP("infraplan::Phrase", "fabric between servers")},
    {P::ParallelLayout, QT_TRANSLATE_NOOP("infraplan::Phrase", "parallel layout")},
    {P::StorageStarved,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "the storage tier delivers %1 GB/s but the run needs %2 GB/s: the accelerators wait %3% "
                       "of each step")},
    {P::AcceleratorsLeftIdle,
     QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 of %2 accelerators are left idle by this layout")},
    {P::DataLoadingStalls, QT_TRANSLATE_NOOP("infraplan::Phrase", "Data loading stalls %1 of each %2 step")},
    {P::ExposedCommunication,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "Exposed communication per step: data-parallel %1, pipeline %2, of %3")},
    {P::StepTimeAndMfu, QT_TRANSLATE_NOOP("infraplan::Phrase", "Step time %1 s, MFU %2")},
    {P::WaitingCosts, QT_TRANSLATE_NOOP("infraplan::Phrase", "Waiting costs about %1 of the %2 run")},
    {P::LowerPrecisionSaves,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "%1: serving in %2 instead of %3 would cost about %4 less, about %5 off its %6.")},
    {P::PeakFlopsIn,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "%1 peaks at %2 TFLOP/s in %3 against %4 in %5, and %3 weights take half the memory and "
                       "bandwidth")},
    {P::ReplicasAtPeakIn, QT_TRANSLATE_NOOP("infraplan::Phrase", "In %1: %2 replicas at peak, %3")},
    {P::CheckQualityIn,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "Check the model's quality in %1 before switching (the share saved comes from the "
                       "analytical estimate of both)")},
    {P::OverProvisioned, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 is over-provisioned: %2.")},
    {P::AutoscalingOff, QT_TRANSLATE_NOOP("infraplan::Phrase", "autoscaling is off, so the peak fleet runs all day")},
    {P::MinimumAboveNeed,
     QT_TRANSLATE_NOOP("infraplan::Phrase", "the minimum of %1 replicas is above what the traffic needs")},
    {P::BelowTargetUtilization,
     QT_TRANSLATE_NOOP("infraplan::Phrase", "the replicas run well below the %1 target utilization")},
    {P::AverageUtilization,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "Average utilization %1 (%2 requests/s on average over %3 replicas of %4 requests/s each)")},
    {P::TrafficNeedsReplicas,
     QT_TRANSLATE_NOOP("infraplan::Phrase", "The traffic needs %1 replicas on average at %2 utilization")},
    {P::RunningOnlyThoseSaves,
     QT_TRANSLATE_NOOP("infraplan::Phrase", "Running only those would save about %1 of compute")},
    {P::TooCloseToCall,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "Too close to call for %1: %2 at %3 and %4 at %5 overlap within the validated error.")},
    {P::WhatWouldDecide,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "What would decide it: a measured run of %1 on %2 and on %3 (%4, %5 validated cases; %6, "
                       "%7).")},
    {P::StaysCheaperUnless,
     QT_TRANSLATE_NOOP("infraplan::Phrase",
                       "%1 stays cheaper unless it runs about %2 slower than predicted relative to %3.")},
    {P::AcceleratorNotInCatalog, QT_TRANSLATE_NOOP("infraplan::Phrase", "accelerator %1 is not in the catalog")},
    {P::InstanceNotInCatalog, QT_TRANSLATE_NOOP("infraplan::Phrase", "instance %1 is not in the catalog")},
    {P::MarkedTrainingClass, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 is marked training-class in the catalog")},
    {P::MarkedInferenceClass,
     QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 is marked inference-class in the catalog")},
    {P::IsACpu, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 is a CPU")},
    {P::MemoryOfType, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 GB of %2")},
    {P::Memory, QT_TRANSLATE_NOOP("infraplan::Phrase", "memory")},
    {P::ScaleUpPerDevice, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 GB/s of %2 scale-up per device")},
    {P::ScaleUp, QT_TRANSLATE_NOOP("infraplan::Phrase", "scale-up")},
    {P::NoScaleUpLink, QT_TRANSLATE_NOOP("infraplan::Phrase", "no scale-up link")},
    {P::TrainingClassBecause, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1: %2 and %3")},
    {P::InferenceClassBecause, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1: %2, %3")},
    {P::AboutTheSameAs, QT_TRANSLATE_NOOP("infraplan::Phrase", "about the same as %1")},
    {P::PointsThan, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 points %2 than %3")},
    {P::ComparedWith, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 %2 than %3")},
    {P::TimesAsExpensive, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 times as expensive as %2")},
    {P::TimesAsExpensiveFor, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 times as expensive %2 as %3")},
    {P::Concat, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1%2")},
    {P::HeldOfDrawn, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 of the %2 %3 drawn")},
    {P::MeetsWithAtPeak, QT_TRANSLATE_NOOP("infraplan::Phrase", "Meets %1 with %2 at peak (%3), each replica limited by %4")},
    {P::EveryTarget, QT_TRANSLATE_NOOP("infraplan::Phrase", "every target")},
    {P::ItsLoadNoTarget, QT_TRANSLATE_NOOP("infraplan::Phrase", "its load (no latency target set)")},
    {P::OneReplica, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 replica")},
    {P::Replicas, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 replicas")},
    {P::AboveTargetAtPeak, QT_TRANSLATE_NOOP("infraplan::Phrase", " (above its target utilization at peak: the autoscaler would want %1)")},
    {P::Misses, QT_TRANSLATE_NOOP("infraplan::Phrase", "Misses %1")},
    {P::ItsLoad, QT_TRANSLATE_NOOP("infraplan::Phrase", "its load")},
    {P::TargetMissedBy, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 %2 > %3")},
    {P::Unbounded, QT_TRANSLATE_NOOP("infraplan::Phrase", "unbounded (the queue never drains)")},
    {P::QueueOverflowsDropped, QT_TRANSLATE_NOOP("infraplan::Phrase", ": at peak the queue overflows and %1 of the day's requests are dropped")},
    {P::QueueOverflowsArriving, QT_TRANSLATE_NOOP("infraplan::Phrase", ": at peak the queue overflows, %1 requests/s arriving for at most %2 served")},
    {P::BindingConstraint, QT_TRANSLATE_NOOP("infraplan::Phrase", "; binding constraint: %1")},
    {P::NeedsIngress, QT_TRANSLATE_NOOP("infraplan::Phrase", " (needs %1 GB/s of ingress, the instances give %2 GB/s)")},
    {P::SingleRequestTooSlow, QT_TRANSLATE_NOOP("infraplan::Phrase", " (a single request already takes longer than the target on this replica)")},
    {P::LatencyNearIdleFloor, QT_TRANSLATE_NOOP("infraplan::Phrase", " (an idle replica already gives a %1 of %2 against the %3 target: more instances will not help; use more or faster accelerators per replica, or a lower target)")},
    {P::PeakNeedsMoreUnderMaximum, QT_TRANSLATE_NOOP("infraplan::Phrase", " (the peak needs %1 %2 but the fleet may hold only %3 under the autoscaler's maximum; the latencies above are what it gets with %3)")},
    {P::PeakNeedsMoreDrawMore, QT_TRANSLATE_NOOP("infraplan::Phrase", " (the peak needs %1 %2 but the fleet may hold only %3: draw more instances; the latencies above are what it gets with %3)")},
    {P::AtCeilingDrawMore, QT_TRANSLATE_NOOP("infraplan::Phrase", " (the fleet is at its ceiling of %1 %2: draw more instances)")},
    {P::BurstsOutrunAutoscaler, QT_TRANSLATE_NOOP("infraplan::Phrase", " (bursts and scale-up delay outrun the autoscaler: lower its target utilization or raise the minimum)")},
    {P::CannotBePriced, QT_TRANSLATE_NOOP("infraplan::Phrase", "it cannot be priced: %1")},
    {P::CostsAMonth, QT_TRANSLATE_NOOP("infraplan::Phrase", "it costs %1 a month")},
    {P::MostlyOwned, QT_TRANSLATE_NOOP("infraplan::Phrase", ", mostly %1 owned %2 at %3 a month each (%4)")},
    {P::ForOnAverageAnHour, QT_TRANSLATE_NOOP("infraplan::Phrase", " for %1 %2 on average at %3 an hour")},
    {P::ServingAtCapacity, QT_TRANSLATE_NOOP("infraplan::Phrase", ", serving at %1% of their capacity on average")},
    {P::PerMillionOutputTokens, QT_TRANSLATE_NOOP("infraplan::Phrase", " (%1 per million output tokens)")},
    {P::PerThousandRequests, QT_TRANSLATE_NOOP("infraplan::Phrase", " (%1 per thousand requests)")},
    {P::VerdictAndCost, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1; %2.")},
    {P::RegimeLabel, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1, %2-bound, %3")},
    {P::CalibratedFamily, QT_TRANSLATE_NOOP("infraplan::Phrase", "calibrated family")},
    {P::FamilyOnPriors, QT_TRANSLATE_NOOP("infraplan::Phrase", "family on priors")},
};

// The words of the engines that phrases quote: the bounds (inferencereplica's boundName, regime's
// bindingResourceLabel), the engines (regime's engineKey) and the latency targets.
const std::vector<std::string_view> kTerms = {
    QT_TRANSLATE_NOOP("infraplan::Term", "compute"),
    QT_TRANSLATE_NOOP("infraplan::Term", "memory bandwidth"),
    QT_TRANSLATE_NOOP("infraplan::Term", "KV-cache capacity"),
    QT_TRANSLATE_NOOP("infraplan::Term", "network"),
    QT_TRANSLATE_NOOP("infraplan::Term", "queueing"),
    QT_TRANSLATE_NOOP("infraplan::Term", "latency at small batch"),
    QT_TRANSLATE_NOOP("infraplan::Term", "training"),
    QT_TRANSLATE_NOOP("infraplan::Term", "serving"),
    // The latency targets an inference fleet is checked against (inferencefleet.cpp).
    QT_TRANSLATE_NOOP("infraplan::Term", "TTFT p99"),
    QT_TRANSLATE_NOOP("infraplan::Term", "TPOT p99"),
    QT_TRANSLATE_NOOP("infraplan::Term", "end-to-end p99"),
};
// clang-format on

} // namespace

Phrase textPhrase(std::string text)
{
    return Phrase{PhraseId::Text, std::move(text), {}};
}

Phrase termPhrase(std::string_view word)
{
    return Phrase{PhraseId::Term, std::string(word), {}};
}

Phrase phrase(PhraseId id, std::vector<Phrase> args)
{
    return Phrase{id, {}, std::move(args)};
}

std::string_view phraseTemplate(PhraseId id)
{
    for (const auto& [key, text] : kTemplates)
        if (key == id)
            return text;
    return {};
}

const std::vector<std::string_view>& phraseTerms()
{
    return kTerms;
}

std::string fillTemplate(std::string_view pattern, const std::vector<std::string>& args)
{
    std::string out;
    out.reserve(pattern.size() + 64);
    for (size_t i = 0; i < pattern.size(); ++i) {
        const auto digit = [&](size_t k) {
            return k < pattern.size() && pattern[k] >= '0' && pattern[k] <= '9';
        };
        if (pattern[i] != '%' || !digit(i + 1)) {
            out += pattern[i];
            continue;
        }
        size_t n = static_cast<size_t>(pattern[i + 1] - '0');
        size_t used = 1;
        // "%10" is the tenth argument when there is one, else the first followed by a zero.
        if (digit(i + 2) && n * 10 + static_cast<size_t>(pattern[i + 2] - '0') <= args.size()) {
            n = n * 10 + static_cast<size_t>(pattern[i + 2] - '0');
            used = 2;
        }
        if (n >= 1 && n <= args.size())
            out += args[n - 1];
        else
            out.append(pattern.substr(i, used + 1));
        i += used;
    }
    return out;
}

std::string english(const Phrase& p)
{
    switch (p.id) {
    case PhraseId::Text:
    case PhraseId::Term:
        return p.text;
    case PhraseId::List: {
        std::string out;
        for (size_t i = 0; i < p.args.size(); ++i)
            out += (i ? ", " : "") + english(p.args[i]);
        return out;
    }
    default:
        break;
    }
    std::vector<std::string> args;
    args.reserve(p.args.size());
    for (const Phrase& a : p.args)
        args.push_back(english(a));
    return fillTemplate(phraseTemplate(p.id), args);
}

} // namespace infraplan
