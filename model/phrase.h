#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace infraplan {

/// The sentence templates of the model's plain-language text (findings, their evidence, close calls,
/// hardware classes, error regimes). Each has one English template in phrase.cpp with %1, %2, ... where its
/// arguments go; the interface translates a phrase by that template, the command line and the tests read
/// `english()`.
enum class PhraseId {
    Text, ///< `text` shown as it is: a name, a figure with its unit
    Term, ///< `text` is one of the model's English words (a bound, an engine), translated by the interface
    List, ///< the arguments joined by ", "
    Sentences, ///< "%1 %2": two sentences one after the other

    // Money
    PerMonth,  ///< "%1/month"
    CostLess,  ///< "%1 less"
    CostMore,  ///< "%1 more"
    CostTimes, ///< "%1 times as much"
    CostSame,  ///< "the same"
    CostRange, ///< "%1 (%2 to %3)"

    // Latency against the targets
    LatencyP99,          ///< "p99 %1 %2 ms"
    LatencyP99AndTarget, ///< "p99 %1 %2 ms (target %3 ms)"
    TimeToFirstToken,    ///< "time to first token"
    TimePerOutputToken,  ///< "time per output token"
    EndToEndLatency,     ///< "end-to-end latency"

    // The cheapest option for a service
    NoFleetMeetsTargets,      ///< "No fleet for %1 meets every target."
    FleetWithinTarget,        ///< "%1: %2 of requests within target; %3"
    FleetWithinTargetLimited, ///< "%1: %2 of requests within target; %3; limited by %4"
    OnlyFleetMeetsTargets,    ///< "%1 meets every target for %2 at %3."
    CheapestMeetingTargets,   ///< "%1 is the cheapest option that meets every target for %2: %3."
    BestFleetLatency,         ///< "%1: %2; %3 of requests within target"
    CostPerMillionTokens,     ///< "Cost per million output tokens: %1"
    CostPerMillionRequests,   ///< "Cost per million requests: %1"
    AlsoMeetsTargets,         ///< "%1 also meets every target at %2 (%3)"
    CheaperButMissesTarget,   ///< "%1 costs less (%2) but misses a target: %3"

    // The cheapest training run
    TrainsForTheLeast,   ///< "%1 trains %2 for the least: %3 in %4 days."
    TrainingAlternative, ///< "%1: %2 in %3 days (%4)"

    // Training-class hardware serving
    TrainingClassHardware,      ///< "Training-class hardware: %1"
    TrainingClassDrawnOption,   ///< "%1 serves on training-class hardware; %2 meets the same targets and ..."
    FleetCostAndLatency,        ///< "%1: %2, %3"
    SavingPerYear,              ///< "Saving: %1, %2 a year"
    TrainingClassCatalogOption, ///< "%1 serves on training-class hardware; on %2 the same targets cost ..."
    AsDrawn,                    ///< "As drawn: %1 for %2 %3 on average, %4"
    OnAlternativeOne,           ///< "On %1 (%2 accelerator per replica, ...): %6, %7"
    OnAlternativeMany,          ///< "On %1 (%2 accelerators per replica, ...): %6, %7"
    BothSimulatedAlike,         ///< "Both simulated over the same day of traffic ..."

    // Idle accelerators in training
    IdleEveryStep,        ///< "%1: the %2 leaves the accelerators idle %3 of every step."
    IdleAccelerators,     ///< "%1: the %2 leaves the accelerators idle."
    StorageTier,          ///< "storage tier"
    FabricBetweenServers, ///< "fabric between servers"
    ParallelLayout,       ///< "parallel layout"
    StorageStarved,       ///< "the storage tier delivers %1 GB/s but the run needs %2 GB/s: ..."
    AcceleratorsLeftIdle, ///< "%1 of %2 accelerators are left idle by this layout"
    DataLoadingStalls,    ///< "Data loading stalls %1 of each %2 step"
    ExposedCommunication, ///< "Exposed communication per step: data-parallel %1, pipeline %2, of %3"
    StepTimeAndMfu,       ///< "Step time %1 s, MFU %2"
    WaitingCosts,         ///< "Waiting costs about %1 of the %2 run"

    // Lower precision
    LowerPrecisionSaves, ///< "%1: serving in %2 instead of %3 would cost about %4 less, ..."
    PeakFlopsIn,         ///< "%1 peaks at %2 TFLOP/s in %3 against %4 in %5, ..."
    ReplicasAtPeakIn,    ///< "In %1: %2 replicas at peak, %3"
    CheckQualityIn,      ///< "Check the model's quality in %1 before switching ..."

    // Over-provisioned fleets
    OverProvisioned,        ///< "%1 is over-provisioned: %2."
    AutoscalingOff,         ///< "autoscaling is off, so the peak fleet runs all day"
    MinimumAboveNeed,       ///< "the minimum of %1 replicas is above what the traffic needs"
    BelowTargetUtilization, ///< "the replicas run well below the %1 target utilization"
    AverageUtilization,     ///< "Average utilization %1 (%2 requests/s on average over ...)"
    TrafficNeedsReplicas,   ///< "The traffic needs %1 replicas on average at %2 utilization"
    RunningOnlyThoseSaves,  ///< "Running only those would save about %1 of compute"

    // Close calls
    TooCloseToCall, ///< "Too close to call for %1: %2 at %3 and %4 at %5 overlap within the validated error."
    WhatWouldDecide, ///< "What would decide it: a measured run of %1 on %2 and on %3 (%4, %5 ...; %6, %7)."
    StaysCheaperUnless, ///< "%1 stays cheaper unless it runs about %2 slower than predicted relative to %3."

    // Hardware classes
    AcceleratorNotInCatalog, ///< "accelerator %1 is not in the catalog"
    InstanceNotInCatalog,    ///< "instance %1 is not in the catalog"
    MarkedTrainingClass,     ///< "%1 is marked training-class in the catalog"
    MarkedInferenceClass,    ///< "%1 is marked inference-class in the catalog"
    IsACpu,                  ///< "%1 is a CPU"
    MemoryOfType,            ///< "%1 GB of %2"
    Memory,                  ///< "memory"
    ScaleUpPerDevice,        ///< "%1 GB/s of %2 scale-up per device"
    ScaleUp,                 ///< "scale-up"
    NoScaleUpLink,           ///< "no scale-up link"
    TrainingClassBecause,    ///< "%1: %2 and %3"
    InferenceClassBecause,   ///< "%1: %2, %3"

    // Comparison ratios; the words (%2: "cheaper per month") are a comparison row's terms
    AboutTheSameAs,   ///< "about the same as %1"
    PointsThan,       ///< "%1 points %2 than %3"
    ComparedWith,     ///< "%1 %2 than %3": "79% cheaper per month than Fleet A", "4.8× higher MFU than ..."
    TimesAsExpensive, ///< "%1 times as expensive as %2"
    TimesAsExpensiveFor, ///< "%1 times as expensive %2 as %3": "4.8 times as expensive per month as Fleet A"

    // An inference fleet's verdict (inferencefleet.cpp)
    Concat,
    HeldOfDrawn,
    MeetsWithAtPeak,
    EveryTarget,
    ItsLoadNoTarget,
    OneReplica,
    Replicas,
    AboveTargetAtPeak,
    Misses,
    ItsLoad,
    TargetMissedBy,
    Unbounded,
    QueueOverflowsDropped,
    QueueOverflowsArriving,
    BindingConstraint,
    NeedsIngress,
    SingleRequestTooSlow,
    NoCountMeetsTarget,
    LatencyNearIdleFloor,
    PeakNeedsMoreUnderMaximum,
    PeakNeedsMoreDrawMore,
    AtCeilingDrawMore,
    BurstsOutrunAutoscaler,
    CannotBePriced,
    CostsAMonth,
    MostlyOwned,
    ForOnAverageAnHour,
    ServingAtCapacity,
    PerMillionOutputTokens,
    PerMillionRequests,
    VerdictAndCost,

    // Durations (formatDuration), in the unit a planner says them in
    DurationSeconds, ///< "%1 s"
    DurationMinutes, ///< "%1 min"
    DurationHours,   ///< "%1 h"
    DurationDay,     ///< "%1 day"
    DurationDays,    ///< "%1 days"
    DurationYears,   ///< "%1 years"

    // A bill of materials' lines (billofmaterials.cpp) and the pricing they rest on (powercost.cpp)
    OnDemandRate,          ///< "on-demand rate"
    ModeRate,              ///< "%1 rate" (%1: a pricing mode's term, "reserved-1y")
    PurchasePrice,         ///< "purchase price"
    Reserved1yRate,        ///< "1-year reserved rate"
    Reserved3yRate,        ///< "3-year reserved rate"
    SpotRate,              ///< "spot rate"
    PurchaseAmortized,     ///< "purchase price amortized over %1 years"
    NoPriceInCatalogFor,   ///< "no %1 price in the catalog for %2"
    LessYourDiscount,      ///< "%1 less your %2% discount"
    WithInterruptionLoss,  ///< "%1, with %2% of the instance time lost to interruptions (yours)"
    PowerDrawNotPublished, ///< "the power draw of %1 is not published, so its electricity and space cannot
                           ///< be..."
    NoHomeRegionPrice, ///< "the catalog has no price for %1 in %2: the price of its home region (%3) is used"
    StorageNotInTotal, ///< "%1 has no capacity price in the catalog: its storage is not in the total"
    BasisAndWarning,   ///< "%1; %2"
    NoPriceForBasis,   ///< "no %1 in the catalog"
    NotInTheCatalog,   ///< "not in the catalog"
    BilledWithFirstGroup,      ///< "billed with the first group"
    AcceleratorsEach,          ///< "%1 accelerators each"
    InstancesMinAvgPeak,       ///< "minimum %1, average %2, peak %3 of the %4 drawn"
    AutoscalerMaximum,         ///< "%1 (autoscaler maximum %2)"
    InstancesFor,              ///< "%1 instances for %2"
    InTheServerPrice,          ///< "in the server price"
    InTheInstancePrice,        ///< "in the instance price"
    WattsTdp,                  ///< "%1 W TDP"
    DetailAndMemory,           ///< "%1, %2 GB"
    MemoryGigabytes,           ///< "%1 GB"
    PartOfTheSite,             ///< "part of the site: no port price in the catalog, not in the total"
    PerDirection,              ///< "%1 GB/s per direction"
    CapacityPrice,             ///< "capacity price"
    NoCapacityPriceNotInTotal, ///< "no capacity price in the catalog: not in the total"
    FacilityEnergy,            ///< "facility energy (IT load × PUE)"
    FacilityEnergyYourPue,     ///< "facility energy (IT load × PUE %1, yours)"
    YourElectricityPrice,      ///< "%1; your electricity price"
    PeakItLoad,                ///< "peak IT load"
    AnswersSentToUsers,        ///< "answers sent to users"

    // Engine warnings (trainingrun.cpp, inferencesummary.cpp)
    DoesNotFitInMemory, ///< "Does not fit in memory: %1 GB needed per device, %2 GB available.%3"
    ItWouldFitWith,     ///< " It would fit with: %1"
    GlobalBatchPadding, ///< "the global batch of %1 does not divide into %2 replicas x micro-batch %3: ..."
    StorageStarvesAccelerators, ///< "the storage tier delivers %1 GB/s but the run needs %2 GB/s: the ..."
    NoStorageTier,         ///< "no storage tier on the sketch: checkpoints are assumed written to local ..."
    LowGoodputShare,       ///< "failures and checkpoints leave %1% of the wall time for training"
    IngressExceedsNetwork, ///< "ingress of %1 Gbit/s at peak exceeds the %2 Gbit/s the instances provide"
    CeilingUnusedOwned,    ///< "%1 %2 are drawn but the busiest hour holds %3: owned servers are paid ..."
    CeilingUnusedCloud,    ///< "%1 %2 are drawn but the busiest hour holds %3: the drawing is only ..."

    // A training run's parallel layout (traininglayout.cpp, trainingsummary.cpp)
    LayoutDimensions,      ///< "DP %1 x TP %2 x PP %3"
    LayoutInterleaved,     ///< "%1 (interleaved x%2)"
    LayoutExperts,         ///< "%1, EP %2"
    LayoutNoRecompute,     ///< "%1, micro-batch %2, ZeRO-%3, no recompute"
    LayoutRecompute,       ///< "%1, micro-batch %2, ZeRO-%3, %4 recompute" (%4: "selective", "full")
    LayoutRecomputeLayers, ///< "%1 (%2 layers per stage)": block recompute of that many layers
    LayoutChosen,          ///< "%1 (chosen)"

    // A problem found in a sketch's hardware (hardware.cpp): where, and a fixed sentence as a term
    ProblemAt, ///< "%1: %2"

    // Cost of ownership lines (tco.cpp)
    IfOwned,  ///< "%1, if owned"
    IfRented, ///< "%1, if rented"

    // Error regimes
    RegimeLabel,      ///< "%1, %2-bound, %3"
    CalibratedFamily, ///< "calibrated family"
    FamilyOnPriors,   ///< "family on priors"
};

/// A sentence or a part of one: a template and the values it quotes, so the interface can show it in the
/// reader's language while the command line keeps its English. Names and figures are arguments, already
/// formatted (numbers and units are the same in every language; money is in the project's currency).
struct Phrase {
    PhraseId id = PhraseId::Text;
    std::string text;         ///< Text and Term only
    std::vector<Phrase> args; ///< %1, %2, ... of the template; List: the items

    bool empty() const { return id == PhraseId::Text && text.empty(); }
};

/// A name or a figure shown as it is.
Phrase textPhrase(std::string text);
/// One of the model's English words that the interface translates ("compute", "training").
Phrase termPhrase(std::string_view word);
Phrase phrase(PhraseId id, std::vector<Phrase> args = {});

/// The English template of `id`: "%1 meets every target for %2 at %3."; empty for Text, Term and List.
std::string_view phraseTemplate(PhraseId id);

/// The words a Term may hold, for the interface's translation sources.
const std::vector<std::string_view>& phraseTerms();

/// Fills %1..%99 of `pattern` with `args` in one pass (an argument's own "%2" is never replaced).
std::string fillTemplate(std::string_view pattern, const std::vector<std::string>& args);

/// The phrase in English, as the command line, the JSON output and the tests read it.
std::string english(const Phrase& phrase);

} // namespace infraplan
