#pragma once

#include "currency.h"
#include "modelspec.h"
#include "precision.h"
#include "projectfields.h"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace infraplan {

struct Point {
    double x = 0;
    double y = 0;
    bool operator==(const Point&) const = default;
};

struct Size {
    double width = 0;
    double height = 0;
    bool operator==(const Size&) const = default;
};

enum class TrainingMethod { Pretrain, FullFinetune, Lora };
enum class Optimizer { Adam, Sgd };
enum class Recompute { None, Selective, Full };
enum class PipelineSchedule { OneFOneB, Interleaved };
enum class PricingMode { OnDemand, Reserved1y, Reserved3y, Spot, Owned };
enum class SketchRole { Training, Inference };
/// How traffic varies over the day: constant, a consumer day, or the project's own 24 hourly fractions.
enum class TrafficShape { Flat, Diurnal, Custom };

/// A training run: what is trained, on how much data, how.
struct TrainingJob {
    std::string id;
    std::string name;
    ModelChoice model;
    TrainingMethod method = TrainingMethod::Pretrain;
    int loraRank = 16;
    double trainingTokens = 0;  ///< transformers: tokens to train on
    double trainingSamples = 0; ///< generic models: samples to train on
    int globalBatch = 0;        ///< sequences (transformers) or samples per optimizer step; 0 = engine picks
    Precision precision = Precision::BF16;
    Optimizer optimizer = Optimizer::Adam;
    bool operator==(const TrainingJob&) const = default;
};

/// A request length: fixed when p99 is 0, otherwise a log-normal with this mean and 99th percentile.
struct LengthDistribution {
    double mean = 0;
    double p99 = 0;
    bool operator==(const LengthDistribution&) const = default;
};

/// Requests per second over a day: the peak times a per-hour fraction (0..1) of it.
struct TrafficProfile {
    double peakRps = field::kPeakRps.defaultValue;
    TrafficShape shape = TrafficShape::Flat;
    std::array<double, 24> hourly{};
    bool operator==(const TrafficProfile&) const = default;
    /// Fractions of peak per hour for the named presets (custom returns hourly).
    std::array<double, 24> fractions() const;
};

/// Service-level objectives; 0 means no target.
struct LatencyTargets {
    double ttftP99Ms = field::kTtftP99Ms.defaultValue;
    double tpotP99Ms = field::kTpotP99Ms.defaultValue;
    double e2eP99Ms = field::kE2eP99Ms.defaultValue;
    bool operator==(const LatencyTargets&) const = default;
};

/// A model served to users: what, in which precision, with which request shape, traffic and targets.
struct InferenceService {
    std::string id;
    std::string name;
    ModelChoice model;
    Precision precision = Precision::FP16;
    LengthDistribution inputTokens{512, 0};
    LengthDistribution outputTokens{256, 0};
    double flopsPerRequest = 0; ///< generic models; 0 = the model's forward FLOPs per sample
    double bytesPerRequest = 0; ///< generic models: request payload bytes; 0 = the model's bytes per sample
    TrafficProfile traffic;
    LatencyTargets targets;
    bool operator==(const InferenceService&) const = default;
};

/// One kind of server or instance in a sketch, with how many of them.
struct NodeGroup {
    std::string id;
    std::string itemId; ///< catalog instance id
    int count = int(field::kNodeCount.defaultValue);
    Point position; ///< relative to the sketch frame
    bool operator==(const NodeGroup&) const = default;
};

/// How a training job is split across the cluster. With automatic set the engine picks and reports one.
struct ParallelLayout {
    bool automatic = true;
    int dp = int(field::kDataParallel.defaultValue);
    int tp = int(field::kTensorParallel.defaultValue);
    int pp = int(field::kPipelineParallel.defaultValue);
    int microBatch = int(field::kMicroBatch.defaultValue);
    PipelineSchedule schedule = PipelineSchedule::OneFOneB;
    int interleave =
        int(field::kInterleave.defaultValue); ///< virtual stages per pipeline rank (interleaved schedule)
    int zeroStage = int(field::kZeroStage.defaultValue); ///< 0..3 (3 = FSDP full sharding)
    Recompute recompute = Recompute::Selective;
    /// Under full recompute, the layers per stage recomputed (block method); 0 = all.
    int recomputeLayers = 0;
    bool operator==(const ParallelLayout&) const = default;
};

/// How a sketch's hardware is paid for. Figures left at 0 come from the catalog; a figure the user sets is
/// shown as the user's, never attributed to the catalog's source.
struct Pricing {
    PricingMode mode = PricingMode::OnDemand;
    double amortizationYears = 4; ///< owned hardware
    double discountPercent = 0;   ///< negotiated off the instance price (cloud rate or purchase)
    /// Spot: share of the paid instance time that serves nothing (interrupted, replaced, reloading the
    /// model); the fleet pays 1 / (1 - share) instance-hours for each hour of serving.
    double spotInterruptionShare = 0;
    double electricityUsdPerKWh = 0; ///< owned: the site's price; 0 = the region's catalog figure
    double pue = 0;                  ///< the site's PUE; 0 = the region's catalog figure
    bool operator==(const Pricing&) const = default;
};

/// The pricing settings of a project: what a sketch without its own pricing uses, and the region of a sketch
/// that names none (pricingdefaults.h resolves them).
struct PricingDefaults {
    Pricing pricing;
    std::string regionId; ///< empty = each instance's own region
    bool operator==(const PricingDefaults&) const = default;
};

struct BatchingPolicy {
    int maxBatch =
        int(field::kMaxBatch.defaultValue); ///< concurrent sequences (continuous) or batch size (dynamic)
    double kvCacheFraction =
        field::kKvCacheFraction.defaultValue; ///< share of memory left after weights given to the KV cache
    double maxWaitMs =
        field::kMaxWaitMs.defaultValue; ///< dynamic batching: longest a request waits for a batch to fill
    bool operator==(const BatchingPolicy&) const = default;
};

struct AutoscalingPolicy {
    bool enabled = true;
    int minReplicas = int(field::kMinReplicas.defaultValue);
    int maxReplicas = int(field::kMaxReplicas.defaultValue);
    double targetUtilization = field::kTargetUtilization.defaultValue;
    double scaleUpDelayS =
        field::kScaleUpDelayS.defaultValue; ///< provisioning time, before loading the model from storage
    bool operator==(const AutoscalingPolicy&) const = default;
};

/// A training cluster or an inference fleet drawn on the canvas.
struct Sketch {
    std::string id;
    std::string name;
    SketchRole role = SketchRole::Training;
    std::string workloadId; ///< a TrainingJob id (training) or an InferenceService id (inference)
    Point position;
    Size size{field::kFrameWidth.defaultValue, field::kFrameHeight.defaultValue};
    std::vector<NodeGroup> nodes;
    std::string scaleUpLink;  ///< empty = the instance's own
    std::string scaleOutLink; ///< empty = the instance's own
    std::string storageId;
    std::string regionId; ///< empty = the instance's region
    Pricing pricing;
    /// False: `pricing` is not used, the project's pricing settings apply (a sketch drawn in the window
    /// starts so; a file's sketch without a "pricing" object too).
    bool ownPricing = true;
    ParallelLayout layout; ///< training
    int replicaAccelerators = int(
        field::kReplicaAccelerators.defaultValue); ///< inference: accelerators per replica (tensor parallel)
    std::optional<Precision> precision;            ///< overrides the workload's precision
    BatchingPolicy batching;                       ///< inference
    AutoscalingPolicy autoscaling;                 ///< inference
    /// Instances drawn: the sum over the node groups.
    int instanceCount() const;
    bool operator==(const Sketch&) const = default;
};

/// Everything the user made: workloads and sketches. Plain values; the GUI wraps it in a ProjectDocument.
struct Project {
    static constexpr int kFormatVersion = 1;
    std::string name;
    std::string description;
    std::string currency = "USD"; ///< USD, CNY or EUR: what every money figure is shown in
    /// A rate the user typed for `currency` (units per US dollar) and the day it is for; 0 = the shipped
    /// rate.
    double exchangeRatePerUsd = 0;
    std::string exchangeRateDate;
    PricingDefaults pricingDefaults;
    std::vector<TrainingJob> trainingJobs;
    std::vector<InferenceService> services;
    std::vector<Sketch> sketches;
    bool operator==(const Project&) const = default;

    const TrainingJob* trainingJob(const std::string& id) const;
    const InferenceService* service(const std::string& id) const;
    const Sketch* sketch(const std::string& id) const;
    Sketch* sketch(const std::string& id);
    /// The rate money is shown with: the user's when set, else the shipped one for the currency.
    ExchangeRate exchangeRate() const;
    /// A new id with the prefix that no workload, sketch or node group uses yet.
    std::string uniqueId(const std::string& prefix) const;
};

std::string_view methodName(TrainingMethod m);
std::string_view recomputeName(Recompute r);
std::string_view pricingModeName(PricingMode m);
std::string_view roleName(SketchRole r);
/// The one table of traffic shape names, as project files and `simulate --json` write them: "flat",
/// "diurnal", "custom".
std::span<const std::pair<std::string_view, TrafficShape>> trafficShapeNames();
std::string_view trafficShapeName(TrafficShape s);
/// The shape a name stands for; nullopt for a name that is none of them.
std::optional<TrafficShape> trafficShapeFromName(std::string_view name);

} // namespace infraplan
