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
    {P::CostPerMillionRequests, QT_TRANSLATE_NOOP("infraplan::Phrase", "Cost per million requests: %1")},
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
    {P::PerMillionRequests, QT_TRANSLATE_NOOP("infraplan::Phrase", " (%1 per million requests)")},
    {P::VerdictAndCost, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1; %2.")},
    {P::DurationSeconds, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 s")},
    {P::DurationMinutes, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 min")},
    {P::DurationHours, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 h")},
    {P::DurationDay, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 day")},
    {P::DurationDays, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 days")},
    {P::DurationYears, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 years")},
    {P::OnDemandRate, QT_TRANSLATE_NOOP("infraplan::Phrase", "on-demand rate")},
    {P::ModeRate, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 rate")},
    {P::PurchasePrice, QT_TRANSLATE_NOOP("infraplan::Phrase", "purchase price")},
    {P::Reserved1yRate, QT_TRANSLATE_NOOP("infraplan::Phrase", "1-year reserved rate")},
    {P::Reserved3yRate, QT_TRANSLATE_NOOP("infraplan::Phrase", "3-year reserved rate")},
    {P::SpotRate, QT_TRANSLATE_NOOP("infraplan::Phrase", "spot rate")},
    {P::PurchaseAmortized, QT_TRANSLATE_NOOP("infraplan::Phrase", "purchase price amortized over %1 years")},
    {P::NoPriceInCatalogFor, QT_TRANSLATE_NOOP("infraplan::Phrase", "no %1 price in the catalog for %2")},
    {P::LessYourDiscount, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 less your %2% discount")},
    {P::WithInterruptionLoss, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1, with %2% of the instance time lost to interruptions (yours)")},
    {P::PowerDrawNotPublished, QT_TRANSLATE_NOOP("infraplan::Phrase", "the power draw of %1 is not published, so its electricity and space cannot be priced")},
    {P::NoHomeRegionPrice, QT_TRANSLATE_NOOP("infraplan::Phrase", "the catalog has no price for %1 in %2: the price of its home region (%3) is used")},
    {P::StorageNotInTotal, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 has no capacity price in the catalog: its storage is not in the total")},
    {P::BasisAndWarning, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1; %2")},
    {P::NoPriceForBasis, QT_TRANSLATE_NOOP("infraplan::Phrase", "no %1 in the catalog")},
    {P::NotInTheCatalog, QT_TRANSLATE_NOOP("infraplan::Phrase", "not in the catalog")},
    {P::BilledWithFirstGroup, QT_TRANSLATE_NOOP("infraplan::Phrase", "billed with the first group")},
    {P::AcceleratorsEach, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 accelerators each")},
    {P::InstancesMinAvgPeak, QT_TRANSLATE_NOOP("infraplan::Phrase", "minimum %1, average %2, peak %3 of the %4 drawn")},
    {P::AutoscalerMaximum, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 (autoscaler maximum %2)")},
    {P::InstancesFor, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 instances for %2")},
    {P::InTheServerPrice, QT_TRANSLATE_NOOP("infraplan::Phrase", "in the server price")},
    {P::InTheInstancePrice, QT_TRANSLATE_NOOP("infraplan::Phrase", "in the instance price")},
    {P::WattsTdp, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 W TDP")},
    {P::DetailAndMemory, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1, %2 GB")},
    {P::MemoryGigabytes, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 GB")},
    {P::PartOfTheSite, QT_TRANSLATE_NOOP("infraplan::Phrase", "part of the site: no port price in the catalog, not in the total")},
    {P::PerDirection, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 GB/s per direction")},
    {P::CapacityPrice, QT_TRANSLATE_NOOP("infraplan::Phrase", "capacity price")},
    {P::NoCapacityPriceNotInTotal, QT_TRANSLATE_NOOP("infraplan::Phrase", "no capacity price in the catalog: not in the total")},
    {P::FacilityEnergy, QT_TRANSLATE_NOOP("infraplan::Phrase", "facility energy (IT load × PUE)")},
    {P::FacilityEnergyYourPue, QT_TRANSLATE_NOOP("infraplan::Phrase", "facility energy (IT load × PUE %1, yours)")},
    {P::YourElectricityPrice, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1; your electricity price")},
    {P::PeakItLoad, QT_TRANSLATE_NOOP("infraplan::Phrase", "peak IT load")},
    {P::AnswersSentToUsers, QT_TRANSLATE_NOOP("infraplan::Phrase", "answers sent to users")},
    {P::DoesNotFitInMemory, QT_TRANSLATE_NOOP("infraplan::Phrase", "Does not fit in memory: %1 GB needed per device, %2 GB available.%3")},
    {P::ItWouldFitWith, QT_TRANSLATE_NOOP("infraplan::Phrase", " It would fit with: %1")},
    {P::GlobalBatchPadding, QT_TRANSLATE_NOOP("infraplan::Phrase", "the global batch of %1 does not divide into %2 replicas x micro-batch %3: %4 padded samples per step")},
    {P::StorageStarvesAccelerators, QT_TRANSLATE_NOOP("infraplan::Phrase", "the storage tier delivers %1 GB/s but the run needs %2 GB/s: the accelerators wait %3% of each step")},
    {P::NoStorageTier, QT_TRANSLATE_NOOP("infraplan::Phrase", "no storage tier on the sketch: checkpoints are assumed written to local NVMe at %1 GB/s per node")},
    {P::LowGoodputShare, QT_TRANSLATE_NOOP("infraplan::Phrase", "failures and checkpoints leave %1% of the wall time for training")},
    {P::IngressExceedsNetwork, QT_TRANSLATE_NOOP("infraplan::Phrase", "ingress of %1 Gbit/s at peak exceeds the %2 Gbit/s the instances provide")},
    {P::CeilingUnusedOwned, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 %2 are drawn but the busiest hour holds %3: owned servers are paid for whether used or not")},
    {P::CeilingUnusedCloud, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 %2 are drawn but the busiest hour holds %3: the drawing is only the autoscaler's ceiling, the cloud bills what runs")},
    {P::LayoutDimensions, QT_TRANSLATE_NOOP("infraplan::Phrase", "DP %1 x TP %2 x PP %3")},
    {P::LayoutInterleaved, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 (interleaved x%2)")},
    {P::LayoutExperts, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1, EP %2")},
    {P::LayoutNoRecompute, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1, micro-batch %2, ZeRO-%3, no recompute")},
    {P::LayoutRecompute, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1, micro-batch %2, ZeRO-%3, %4 recompute")},
    {P::LayoutRecomputeLayers, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 (%2 layers per stage)")},
    {P::LayoutChosen, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1 (chosen)")},
    {P::ProblemAt, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1: %2")},
    {P::IfOwned, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1, if owned")},
    {P::IfRented, QT_TRANSLATE_NOOP("infraplan::Phrase", "%1, if rented")},
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
    // Pricing modes as the model names them (pricingModeName) and as a bill says them.
    QT_TRANSLATE_NOOP("infraplan::Term", "on_demand"),
    QT_TRANSLATE_NOOP("infraplan::Term", "reserved_1y"),
    QT_TRANSLATE_NOOP("infraplan::Term", "reserved_3y"),
    QT_TRANSLATE_NOOP("infraplan::Term", "spot"),
    QT_TRANSLATE_NOOP("infraplan::Term", "owned"),
    QT_TRANSLATE_NOOP("infraplan::Term", "on-demand"),
    QT_TRANSLATE_NOOP("infraplan::Term", "reserved-1y"),
    QT_TRANSLATE_NOOP("infraplan::Term", "reserved-3y"),
    // Recomputation in a parallel layout (recomputeName).
    QT_TRANSLATE_NOOP("infraplan::Term", "selective"),
    QT_TRANSLATE_NOOP("infraplan::Term", "full"),
    // The fixed sentences of hardware problems (hardware.cpp), after the item they are about.
    QT_TRANSLATE_NOOP("infraplan::Term", "is not in the catalog"),
    QT_TRANSLATE_NOOP("infraplan::Term", "has no TDP in the catalog; its power draw is unknown"),
    QT_TRANSLATE_NOOP("infraplan::Term", "has no servers or instances yet: drop one from the palette"),
    QT_TRANSLATE_NOOP("infraplan::Term", "model preset lacks the figures needed to simulate it"),
    // Where a sketch's pricing comes from (pricingOrigin).
    QT_TRANSLATE_NOOP("infraplan::Term", "project default"),
    QT_TRANSLATE_NOOP("infraplan::Term", "set on this sketch"),
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
