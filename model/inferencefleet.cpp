#include "inferencefleet.h"

#include "autoscalerrule.h"
#include "dayslices.h"
#include "figureformat.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace infraplan {

namespace {

// Text crosses the network at about 4 bytes per token (UTF-8 English averages ~4 characters per BPE token,
// OpenAI tokenizer guidance), before protocol overhead.
constexpr double kBytesPerTextToken = 4;
// When neither the storage tier nor the instance states a read rate, weights load at 10 Gbit/s, the floor of
// current cloud instance networking.
constexpr double kFallbackLoadBytesPerS = 1.25e9;
// A tier without a per-node read rate (object storage) delivers at most 100 Gbit/s to one instance (Amazon S3
// performance guidelines: "up to 100 Gb/s" from a single EC2 instance with parallel requests).
constexpr double kObjectStoreBytesPerS = 12.5e9;
// Standard normal quantiles: analytical p90 is placed between p50 and p99 as a normal tail would be.
constexpr double kZ90 = 1.2815515655446004, kZ99 = 2.3263478740408408;
constexpr double kSecondsPerMonth = kHoursPerMonth * 3600;

std::string ms(double seconds)
{
    return seconds < 1 ? formatWith("%.0f ms", seconds * 1000) : formatWith("%.2f s", seconds);
}

// A missed target whose idle-replica latency is already this close to it is missed for the replica's own
// sake: one iteration's worth of other requests batched alongside takes the rest, so more instances cannot
// help and the verdict must not advise them.
constexpr double kFloorShareOfTarget = 0.9;

const TargetCheck* nearFloor(const std::vector<TargetCheck>& checks)
{
    for (const TargetCheck& c : checks)
        if (!c.met && c.idleMs >= kFloorShareOfTarget * c.targetMs)
            return &c;
    return nullptr;
}

} // namespace

const char* latencyTargetName(LatencyMetric metric)
{
    switch (metric) {
    case LatencyMetric::Ttft:
        return "TTFT p99";
    case LatencyMetric::Tpot:
        return "TPOT p99";
    case LatencyMetric::EndToEnd:
        break;
    }
    return "end-to-end p99";
}

std::optional<InferenceFleetResult>
simulateInferenceFleet(const InferenceService& service, const Sketch& sketch, const SketchHardware& hw,
                       const ModelSpec& model, const SimulationOptions& options, std::string& error)
{
    InferenceFleetResult f;
    const InstanceSpec& inst = hw.instance;
    const AcceleratorSpec& dev = inst.accelerator;
    const double perNode = inst.acceleratorsPerNode > 0 ? inst.acceleratorsPerNode : 1;

    // --- one replica -------------------------------------------------------------------------------------
    ReplicaSetup& s = f.setup;
    s.model = model;
    s.precision = sketch.precision.value_or(service.precision);
    s.device = dev;
    s.deviceShare = perNode < 1 ? perNode : 1; // CPU instances rent part of a socket
    s.tensorParallel = perNode < 1 ? 1 : std::max(1, sketch.replicaAccelerators);
    const int tp = s.tensorParallel;
    // Instances are rented and bought whole: replicas must tile them exactly.
    if (perNode >= 1) {
        const int devices = static_cast<int>(std::lround(perNode));
        if (tp <= devices && devices % tp != 0) {
            error = "a replica of " + std::to_string(tp) + " accelerators does not divide the " +
                    std::to_string(devices) + " of a " + inst.name +
                    ": the rest of each instance would be paid for and idle; use a divisor of " +
                    std::to_string(devices) + " or a multiple of it";
            return std::nullopt;
        }
        if (tp > devices && tp % devices != 0) {
            error = "a replica of " + std::to_string(tp) + " accelerators spans a fraction of a " +
                    inst.name + " (" + std::to_string(devices) + " accelerators each): use a multiple of " +
                    std::to_string(devices);
            return std::nullopt;
        }
        f.replicasPerInstance = tp <= devices ? devices / tp : 1;
        f.instancesPerReplica = tp > devices ? tp / devices : 1;
    }
    if (model.transformer && model.heads > 0 && model.heads % tp != 0) {
        error = "tensor parallelism of " + std::to_string(tp) + " does not divide " + model.name + "'s " +
                std::to_string(model.heads) + " attention heads: choose a divisor of " +
                std::to_string(model.heads);
        return std::nullopt;
    }
    // Inside a node the all-reduce runs on the scale-up link; a replica spanning nodes waits for the slower
    // one.
    s.scaleUp = hw.scaleUp;
    s.scaleUpEfficiency = dev.calibration.scaleUpEfficiency;
    if (tp > perNode && hw.scaleOut.bytesPerS > 0 && hw.scaleOut.bytesPerS < s.scaleUp.bytesPerS) {
        s.scaleUp = hw.scaleOut;
        s.scaleUpEfficiency = dev.calibration.scaleOutEfficiency;
        f.notes.push_back("a replica spans " + formatWith("%.0f", std::ceil(tp / perNode)) +
                          " instances: its all-reduces cross " + hw.scaleOut.name);
    }
    s.hostLinkBytesPerS = dev.isCpu ? 0 : (dev.pcieBytesPerS > 0 ? dev.pcieBytesPerS : 32e9);
    s.batching = sketch.batching;
    s.inputTokens = service.inputTokens;
    s.outputTokens = model.transformer ? service.outputTokens : LengthDistribution{0, 0};
    s.flopsPerRequest = service.flopsPerRequest;
    s.bytesPerRequest = service.bytesPerRequest;
    f.replica = ReplicaModel::create(s, error);
    if (!f.replica)
        return std::nullopt;
    const ReplicaModel& r = *f.replica;
    f.capacity = r.capacity();

    const int k = f.replicasPerInstance, n = f.instancesPerReplica;
    f.instancesDrawn = hw.nodes;
    f.replicasDrawn = hw.nodes / n * k;
    if (f.replicasDrawn < 1) {
        error = "a replica needs " + std::to_string(tp) + " accelerators but the sketch has " +
                formatWith("%.0f", hw.accelerators) + ": add servers or lower accelerators per replica";
        return std::nullopt;
    }
    f.nodesPerReplica = double(n) / k;
    if (hw.nodes % n != 0)
        f.notes.push_back(std::to_string(hw.nodes % n) + " of the " + std::to_string(hw.nodes) +
                          " instances drawn hold no whole replica (each replica spans " + std::to_string(n) +
                          ")");
    // Whole instances for a replica count: what is held, and so what is billed.
    AutoscalerRule rule;
    rule.replicasPerInstance = k;
    rule.instancesPerReplica = n;
    auto instancesFor = [&rule](double replicas) {
        return double(rule.instancesFor(static_cast<int>(std::ceil(replicas - 1e-9))));
    };

    const LatencyTargets& targets = service.targets;
    const bool anyTarget = targets.ttftP99Ms > 0 || targets.tpotP99Ms > 0 || targets.e2eP99Ms > 0;
    f.replicaBound = f.capacity.bound;
    f.sloRequestsPerS =
        anyTarget ? r.sloRequestsPerS(targets, f.replicaBound) : f.capacity.requestsPerS * 0.999;
    const double yardstick = f.sloRequestsPerS > 0 ? f.sloRequestsPerS : f.capacity.requestsPerS;

    // --- traffic and the fleet ----------------------------------------------------------------------------
    const auto fractions = service.traffic.fractions();
    f.peakRequestsPerS = service.traffic.peakRps * *std::max_element(fractions.begin(), fractions.end());
    f.averageRequestsPerS =
        service.traffic.peakRps * std::accumulate(fractions.begin(), fractions.end(), 0.0) / 24;
    AutoscalingPolicy policy = sketch.autoscaling;
    const bool owned = hw.pricing.mode == PricingMode::Owned;
    // What is drawn is the ceiling: the autoscaler never holds more instances than the sketch shows. Its
    // own minimum and maximum are kept in whole instances.
    const int roundUp = (std::max(1, policy.minReplicas) + k - 1) / k * k;
    const int roundDown = std::max(k, policy.maxReplicas / k * k);
    if (policy.enabled) {
        policy.maxReplicas = std::min(roundDown, f.replicasDrawn);
        policy.minReplicas = std::min(roundUp, policy.maxReplicas);
        if (roundDown < f.replicasDrawn)
            f.notes.push_back("the autoscaler's maximum of " +
                              std::to_string(sketch.autoscaling.maxReplicas) + " replicas keeps it to " +
                              formatWith("%.0f", instancesFor(roundDown)) + " of the " +
                              std::to_string(hw.nodes) + " instances drawn");
    } else {
        policy.minReplicas = policy.maxReplicas = f.replicasDrawn;
    }
    f.ceilingInstances = static_cast<int>(instancesFor(policy.maxReplicas));
    f.minimumInstances = static_cast<int>(instancesFor(policy.minReplicas));
    const double loadNodes = std::max(1.0, std::ceil(f.nodesPerReplica - 1e-9));
    double loadRate = 0;
    if (hw.storage && hw.storage->readBytesPerSPerNode > 0)
        loadRate = hw.storage->readBytesPerSPerNode * loadNodes;
    else if (inst.networkBytesPerS > 0)
        loadRate = std::min(inst.networkBytesPerS, kObjectStoreBytesPerS) * loadNodes;
    else
        loadRate = kFallbackLoadBytesPerS;
    f.modelLoadS = r.weightBytes() / loadRate;
    const double target = std::clamp(policy.targetUtilization, 0.05, 1.0);
    // The autoscaler's one rule (autoscalerrule.h), which the simulator applies every interval.
    rule.replicaRequestsPerS = yardstick;
    rule.targetUtilization = policy.targetUtilization;
    rule.minReplicas = policy.minReplicas;
    rule.maxReplicas = policy.maxReplicas;
    auto replicasFor = [&](double rps) { return policy.enabled ? rule.replicasFor(rps) : f.replicasDrawn; };
    {
        // Without the autoscaler the fleet may run each replica up to its limit within the targets.
        const double perReplica = yardstick * (policy.enabled ? target : 1.0);
        const int count = std::max(1, static_cast<int>(std::ceil(f.peakRequestsPerS / perReplica - 1e-9)));
        f.instancesNeededAtPeak =
            static_cast<int>(instancesFor(policy.enabled ? std::max(policy.minReplicas, count) : count));
    }

    const double rtt = hw.region.rttS;
    if (options.fullInferenceSimulation && service.traffic.peakRps > 0) {
        FleetSimulationConfig c;
        c.replica = &r;
        c.peakRequestsPerS = service.traffic.peakRps;
        c.hourlyFractions = fractions;
        c.targets = targets;
        c.rttS = rtt;
        c.autoscaling = policy;
        c.fixedReplicas = f.replicasDrawn;
        c.replicasPerInstance = k;
        c.instancesPerReplica = n;
        c.replicaRequestsPerS = yardstick;
        c.modelLoadS = f.modelLoadS;
        c.seed = options.seed;
        c.cancel = options.cancel;
        if (options.daySlices) {
            DaySliceOptions slicing;
            slicing.threads = options.daySliceThreads;
            const DaySlicesResult day = simulateDayInSlices(c, slicing);
            f.simulation = day.day;
            if (!day.wholeDay)
                f.notes.push_back(
                    formatWith("simulated as 24 hourly slices of %.0f s each: percentiles within ",
                               day.windowS) +
                    formatWith("%.1f%% at 95%% confidence", 100 * day.worstRelativeHalfWidth));
        } else {
            f.simulation = simulateFleet(c);
        }
        if (f.simulation.cancelled) {
            error = "the simulation was cancelled";
            return std::nullopt;
        }
        const FleetSimulationResult& sim = f.simulation;
        f.simulated = true;
        for (int i = 0; i < 3; ++i) {
            const double p = i == 0 ? 50 : (i == 1 ? 90 : 99);
            f.ttftS[i] = sim.ttft.percentile(p);
            f.tpotS[i] = sim.tpot.percentile(p);
            f.e2eS[i] = sim.e2e.percentile(p);
        }
        f.sloAttainment = sim.sloAttainment;
        f.utilization = sim.loadFraction;
        f.replicasAtPeak = sim.peakReplicas;
        f.averageReplicas = sim.averageReplicas;
        f.replicasByHour = sim.replicasByHour;
        f.instancesByHour = sim.instancesByHour;
        f.peakNodes = sim.peakInstances;
        f.averageNodes = sim.averageInstances;
        f.requestsPerSByHour = sim.requestsByHour;
        f.outputTokensPerMonth = sim.outputTokens / (sim.simulatedS / kSecondsPerMonth);
        f.requestsPerMonth = static_cast<double>(sim.arrivals) / (sim.simulatedS / kSecondsPerMonth);
        if (sim.stoppedByBudget)
            f.notes.push_back(
                formatWith("the simulation reached its time budget after %.1f of the day's 24 hours; ",
                           sim.simulatedS / sim.timeScale / 3600) +
                "every figure is from that part of the day (it stopped instead of running on)");
        if (sim.timeScale < 1)
            f.notes.push_back(
                formatWith("%.0f million requests a day: simulated on a clock compressed ",
                           f.requestsPerMonth / 30.4 / 1e6) +
                formatWith("%.0f times (rates kept, hours and delays shortened)", 1 / sim.timeScale));
    } else {
        // Analytical: each hour's replicas from the autoscaler's rule, latencies at the busiest hour from the
        // replica's steady state (mean-value analysis with Erlang C for a free slot).
        int peakHourReplicas = 1;
        double sum = 0;
        for (int h = 0; h < 24; ++h) {
            const double rps = service.traffic.peakRps * fractions[h];
            f.replicasByHour[h] = replicasFor(rps);
            f.instancesByHour[h] = instancesFor(f.replicasByHour[h]);
            f.requestsPerSByHour[h] = rps;
            sum += f.replicasByHour[h];
            if (rps >= f.peakRequestsPerS - 1e-12)
                peakHourReplicas = static_cast<int>(f.replicasByHour[h]);
        }
        f.averageReplicas = sum / 24;
        f.replicasAtPeak = *std::max_element(f.replicasByHour.begin(), f.replicasByHour.end());
        f.peakNodes = instancesFor(f.replicasAtPeak);
        f.averageNodes = std::accumulate(f.instancesByHour.begin(), f.instancesByHour.end(), 0.0) / 24;
        const double perReplica = f.peakRequestsPerS / std::max(1, peakHourReplicas);
        const ReplicaLoad load = r.atLoad(std::max(perReplica, f.capacity.requestsPerS * 1e-6));
        auto spread = [&](double mean, double p99, std::array<double, 3>& out) {
            out[0] = mean;
            out[2] = std::max(mean, p99);
            out[1] = mean + (out[2] - mean) * kZ90 / kZ99;
        };
        if (load.stable) {
            spread(load.ttftS + rtt, load.ttftP99S + rtt, f.ttftS);
            spread(load.iterationS, load.tpotS, f.tpotS);
            spread(load.e2eS + rtt, load.e2eP99S + rtt, f.e2eS);
        } else {
            f.ttftS = {kUnboundedLatencyS, kUnboundedLatencyS, kUnboundedLatencyS};
            f.tpotS = {load.tpotS, load.tpotS, load.tpotS};
            f.e2eS = {kUnboundedLatencyS, kUnboundedLatencyS, kUnboundedLatencyS};
        }
        f.utilization = std::min(1.0, f.averageRequestsPerS / (f.averageReplicas * f.capacity.requestsPerS));
        f.requestsPerMonth = f.averageRequestsPerS * kSecondsPerMonth;
        f.outputTokensPerMonth = r.isLlm() ? f.requestsPerMonth * r.outputMean() : 0;
        // Share of requests within each target, read off the p50-p99 spread: a rough figure, the simulation
        // counts them.
        auto within = [&](double targetMs, const std::array<double, 3>& p) {
            if (targetMs <= 0)
                return 1.0;
            const double t = targetMs / 1000;
            if (t >= p[2])
                return 0.99;
            if (t >= p[0])
                return 0.5 + 0.49 * (t - p[0]) / std::max(1e-12, p[2] - p[0]);
            return 0.5 * t / std::max(1e-12, p[0]);
        };
        f.sloAttainment =
            std::min({within(targets.ttftP99Ms, f.ttftS), within(r.isLlm() ? targets.tpotP99Ms : 0, f.tpotS),
                      within(targets.e2eP99Ms, f.e2eS)});
        if (!load.stable)
            f.sloAttainment = 0;
    }
    f.replicaHoursPerMonth = f.averageReplicas * kHoursPerMonth;

    // --- targets, network, verdict ------------------------------------------------------------------------
    // An idle replica's latencies: the floor that adding instances cannot go below.
    const ReplicaLoad idle = r.atLoad(f.capacity.requestsPerS * 1e-4);
    auto check = [&](LatencyMetric metric, double targetMs, double achievedS, double idleS) {
        if (targetMs > 0)
            f.checks.push_back(
                {metric, targetMs, achievedS * 1000, idleS * 1000, achievedS * 1000 <= targetMs});
    };
    if (r.isLlm()) {
        check(LatencyMetric::Ttft, targets.ttftP99Ms, f.ttftS[2], idle.ttftP99S);
        check(LatencyMetric::Tpot, targets.tpotP99Ms, f.tpotS[2], idle.tpotS);
    }
    check(LatencyMetric::EndToEnd, targets.e2eP99Ms, f.e2eS[2], idle.e2eP99S);

    const double bytesIn = r.isLlm() ? r.inputMean() * kBytesPerTextToken : r.bytesPerRequest();
    const double bytesOut = r.isLlm() ? r.outputMean() * kBytesPerTextToken : 0;
    f.ingressBytesPerS = f.peakRequestsPerS * bytesIn;
    f.egressBytesPerS = f.peakRequestsPerS * bytesOut;
    f.networkCapacityBytesPerS = f.peakNodes * inst.networkBytesPerS;
    const bool networkShort =
        f.networkCapacityBytesPerS > 0 && f.ingressBytesPerS > f.networkCapacityBytesPerS;

    f.meetsTargets =
        std::all_of(f.checks.begin(), f.checks.end(), [](const TargetCheck& c) { return c.met; }) &&
        !networkShort && (!f.simulated || f.simulation.dropped == 0);
    const bool atMax = policy.enabled ? f.replicasAtPeak >= policy.maxReplicas : true;
    const TargetCheck* floor = f.meetsTargets ? nullptr : nearFloor(f.checks);
    if (networkShort)
        f.binding = Bound::Network;
    else if (f.meetsTargets)
        f.binding = f.replicaBound;
    else if (anyTarget && (f.sloRequestsPerS <= 0 || floor))
        f.binding = f.replicaBound == Bound::Queueing ? f.capacity.bound : f.replicaBound;
    else
        f.binding = Bound::Queueing;
    if (f.binding == Bound::KvCapacity && !r.kvLimited())
        f.binding = Bound::MemoryBandwidth;

    // The verdict as phrases the interface translates; `verdict` is its English.
    using P = PhraseId;
    const auto text = [](std::string t) { return textPhrase(std::move(t)); };
    const auto then = [](Phrase a, Phrase b) { return phrase(P::Concat, {std::move(a), std::move(b)}); };
    const Phrase instanceName = text(inst.name);
    const Phrase held = phrase(P::HeldOfDrawn, {text(formatWith("%.0f", f.peakNodes)),
                                                text(std::to_string(f.instancesDrawn)), instanceName});
    Phrase v;
    if (f.meetsTargets) {
        v = phrase(P::MeetsWithAtPeak, {phrase(f.checks.empty() ? P::ItsLoadNoTarget : P::EveryTarget), held,
                                        phrase(f.replicasAtPeak == 1 ? P::OneReplica : P::Replicas,
                                               {text(formatWith("%.0f", f.replicasAtPeak))}),
                                        termPhrase(boundName(f.binding))});
        if (f.shortAtPeak())
            v = then(std::move(v),
                     phrase(P::AboveTargetAtPeak, {text(std::to_string(f.instancesNeededAtPeak))}));
    } else {
        Phrase missed = phrase(P::List);
        for (const TargetCheck& c : f.checks)
            if (!c.met)
                missed.args.push_back(phrase(P::TargetMissedBy, {termPhrase(c.name()),
                                                                 c.achievedMs >= kUnboundedLatencyS * 1000
                                                                     ? phrase(P::Unbounded)
                                                                     : text(ms(c.achievedMs / 1000)),
                                                                 text(ms(c.targetMs / 1000))}));
        v = phrase(P::Misses, {missed.args.empty() ? phrase(P::ItsLoad) : std::move(missed)});
        // An overflowing queue is said in plain words: requests arrive faster than the fleet can serve
        // them, and wait (or are turned away) until the peak passes.
        const double mostRps = f.capacity.requestsPerS * policy.maxReplicas;
        if (f.simulated && f.simulation.dropped > 0 && f.simulation.arrivals > 0)
            v = then(std::move(v),
                     phrase(P::QueueOverflowsDropped, {text(formatShare(double(f.simulation.dropped) /
                                                                        double(f.simulation.arrivals)))}));
        else if (f.peakRequestsPerS > mostRps)
            v = then(std::move(v), phrase(P::QueueOverflowsArriving, {text(formatNumber(f.peakRequestsPerS)),
                                                                      text(formatNumber(mostRps))}));
        v = then(std::move(v), phrase(P::BindingConstraint, {termPhrase(boundName(f.binding))}));
        if (networkShort)
            v = then(std::move(v),
                     phrase(P::NeedsIngress, {text(formatWith("%.1f", f.ingressBytesPerS / 1e9)),
                                              text(formatWith("%.1f", f.networkCapacityBytesPerS / 1e9))}));
        else if (anyTarget && f.sloRequestsPerS <= 0)
            v = then(std::move(v), phrase(P::SingleRequestTooSlow));
        else if (floor)
            v = then(std::move(v), phrase(P::LatencyNearIdleFloor,
                                          {termPhrase(floor->name()), text(ms(floor->idleMs / 1000)),
                                           text(ms(floor->targetMs / 1000))}));
        else if (f.shortAtPeak())
            v = then(std::move(v), phrase(f.ceilingInstances < f.instancesDrawn ? P::PeakNeedsMoreUnderMaximum
                                                                                : P::PeakNeedsMoreDrawMore,
                                          {text(std::to_string(f.instancesNeededAtPeak)), instanceName,
                                           text(std::to_string(f.ceilingInstances))}));
        else if (atMax)
            v = then(std::move(v),
                     phrase(P::AtCeilingDrawMore, {text(std::to_string(f.ceilingInstances)), instanceName}));
        else
            v = then(std::move(v), phrase(P::BurstsOutrunAutoscaler));
    }

    // --- power and cost -----------------------------------------------------------------------------------
    const double peakUtil =
        std::min(1.0, f.peakRequestsPerS / std::max(1e-12, f.replicasAtPeak * f.capacity.requestsPerS));
    f.averagePower = powerDraw(hw, f.averageNodes, f.utilization);
    f.peakPower = powerDraw(hw, f.peakNodes, peakUtil);
    f.energyKWhPerMonth = f.averagePower.facilityW() / 1000 * kHoursPerMonth;
    f.provisionedNodes = owned ? std::max<double>(hw.nodes, f.peakNodes) : f.peakNodes;
    f.monthly = monthlyCost(hw, f.averageNodes, f.provisionedNodes, f.averagePower, f.peakPower,
                            r.weightBytes() / 1e12);
    // Answers reach users over the internet, which the cloud bills per byte leaving the region (the free
    // first 100 GB a month is ignored); an owned site's transit is part of its space and is not priced here.
    f.egressGBPerMonth = f.outputTokensPerMonth * kBytesPerTextToken / 1e9; // non-LLM answers: no size known
    if (!owned) {
        f.monthly.egressGB = f.egressGBPerMonth;
        f.monthly.usdPerGB = hw.region.egressUsdPerGB;
        f.monthly.networkUsd = f.monthly.egressGB * f.monthly.usdPerGB;
    }
    if (owned && inst.purchaseUsd)
        f.purchaseUsd = f.provisionedNodes * *inst.purchaseUsd;
    if (f.outputTokensPerMonth > 0)
        f.costPerMillionTokensUsd = f.monthly.totalUsd() / (f.outputTokensPerMonth / 1e6);
    if (f.requestsPerMonth > 0)
        f.costPerMillionRequestsUsd = f.monthly.totalUsd() / (f.requestsPerMonth / 1e6);

    // The cost driver in a budget holder's words: what is paid for, at what rate, and how much of it works.
    Phrase cost;
    if (!f.monthly.priced) {
        cost = phrase(P::CannotBePriced, {f.monthly.basisPhrase});
    } else {
        cost = phrase(P::CostsAMonth, {text(formatMoney(f.monthly.totalUsd(), options.money))});
        if (owned)
            cost =
                then(std::move(cost),
                     phrase(P::MostlyOwned,
                            {text(formatNumber(f.provisionedNodes)), instanceName,
                             text(formatPrice(f.monthly.usdPerInstanceHour * kHoursPerMonth, options.money)),
                             text(f.monthly.basis)}));
        else
            cost = then(std::move(cost),
                        phrase(P::ForOnAverageAnHour,
                               {text(formatNumber(f.averageNodes)), instanceName,
                                text(formatPrice(f.monthly.usdPerInstanceHour, options.money))}));
        cost = then(std::move(cost),
                    phrase(P::ServingAtCapacity, {text(formatWith("%.0f", 100 * f.utilization))}));
        if (f.costPerMillionTokensUsd > 0)
            cost =
                then(std::move(cost), phrase(P::PerMillionOutputTokens,
                                             {text(formatPrice(f.costPerMillionTokensUsd, options.money))}));
        else if (f.costPerMillionRequestsUsd > 0)
            cost = then(std::move(cost),
                        phrase(P::PerMillionRequests,
                               {text(formatPrice(f.costPerMillionRequestsUsd, options.money))}));
    }
    f.verdictPhrase = phrase(P::VerdictAndCost, {std::move(v), std::move(cost)});
    f.verdict = english(f.verdictPhrase);
    return f;
}

} // namespace infraplan
