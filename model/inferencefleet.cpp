#include "inferencefleet.h"

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
// An unstable queue grows without bound: its latencies are reported as an hour, and said so in words.
constexpr double kUnboundedS = 3600;

std::string fmt(const char* f, double v)
{
    char buf[96];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string ms(double seconds)
{
    return seconds < 1 ? fmt("%.0f ms", seconds * 1000) : fmt("%.2f s", seconds);
}

} // namespace

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
    // Inside a node the all-reduce runs on the scale-up link; a replica spanning nodes waits for the slower
    // one.
    s.scaleUp = hw.scaleUp;
    s.scaleUpEfficiency = dev.calibration.scaleUpEfficiency;
    if (tp > perNode && hw.scaleOut.bytesPerS > 0 && hw.scaleOut.bytesPerS < s.scaleUp.bytesPerS) {
        s.scaleUp = hw.scaleOut;
        s.scaleUpEfficiency = dev.calibration.scaleOutEfficiency;
        f.notes.push_back("a replica spans " + fmt("%.0f", std::ceil(tp / perNode)) +
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

    const double replicaDevices = tp * s.deviceShare;
    f.replicasDrawn = static_cast<int>(std::floor(hw.accelerators / replicaDevices + 1e-9));
    if (f.replicasDrawn < 1) {
        error = "a replica needs " + std::to_string(tp) + " accelerators but the sketch has " +
                fmt("%.0f", hw.accelerators) + ": add servers or lower accelerators per replica";
        return std::nullopt;
    }
    f.nodesPerReplica = replicaDevices / perNode;

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
    if (owned && policy.enabled && policy.maxReplicas > f.replicasDrawn) {
        policy.maxReplicas = f.replicasDrawn;
        f.notes.push_back("owned hardware: the autoscaler cannot go beyond the " +
                          std::to_string(f.replicasDrawn) + " replicas the sketch's servers hold");
    }
    policy.minReplicas = std::max(1, policy.minReplicas);
    policy.maxReplicas = std::max(policy.minReplicas, policy.maxReplicas);
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
    auto replicasFor = [&](double rps) {
        if (!policy.enabled)
            return f.replicasDrawn;
        return std::clamp(static_cast<int>(std::ceil(rps / (yardstick * target) - 1e-9)), policy.minReplicas,
                          policy.maxReplicas);
    };

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
        c.replicaRequestsPerS = yardstick;
        c.modelLoadS = f.modelLoadS;
        c.seed = options.seed;
        c.cancel = options.cancel;
        f.simulation = simulateFleet(c);
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
        f.requestsPerSByHour = sim.requestsByHour;
        f.outputTokensPerMonth = sim.outputTokens / (sim.simulatedS / kSecondsPerMonth);
        f.requestsPerMonth = static_cast<double>(sim.arrivals) / (sim.simulatedS / kSecondsPerMonth);
        if (sim.stoppedByBudget)
            f.notes.push_back(fmt("the simulation reached its time budget after %.1f of the day's 24 hours; ",
                                  sim.simulatedS / sim.timeScale / 3600) +
                              "every figure is from that part of the day (it stopped instead of running on)");
        if (sim.timeScale < 1)
            f.notes.push_back(fmt("%.0f million requests a day: simulated on a clock compressed ",
                                  f.requestsPerMonth / 30.4 / 1e6) +
                              fmt("%.0f times (rates kept, hours and delays shortened)", 1 / sim.timeScale));
    } else {
        // Analytical: each hour's replicas from the autoscaler's rule, latencies at the busiest hour from the
        // replica's steady state (mean-value analysis with Erlang C for a free slot).
        int peakHourReplicas = 1;
        double sum = 0;
        for (int h = 0; h < 24; ++h) {
            const double rps = service.traffic.peakRps * fractions[h];
            f.replicasByHour[h] = replicasFor(rps);
            f.requestsPerSByHour[h] = rps;
            sum += f.replicasByHour[h];
            if (rps >= f.peakRequestsPerS - 1e-12)
                peakHourReplicas = static_cast<int>(f.replicasByHour[h]);
        }
        f.averageReplicas = sum / 24;
        f.replicasAtPeak = *std::max_element(f.replicasByHour.begin(), f.replicasByHour.end());
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
            f.ttftS = {kUnboundedS, kUnboundedS, kUnboundedS};
            f.tpotS = {load.tpotS, load.tpotS, load.tpotS};
            f.e2eS = {kUnboundedS, kUnboundedS, kUnboundedS};
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
    auto check = [&](const char* name, double targetMs, double achievedS) {
        if (targetMs > 0)
            f.checks.push_back({name, targetMs, achievedS * 1000, achievedS * 1000 <= targetMs});
    };
    if (r.isLlm()) {
        check("TTFT p99", targets.ttftP99Ms, f.ttftS[2]);
        check("TPOT p99", targets.tpotP99Ms, f.tpotS[2]);
    }
    check("end-to-end p99", targets.e2eP99Ms, f.e2eS[2]);

    f.peakNodes = std::ceil(f.replicasAtPeak * f.nodesPerReplica - 1e-9);
    f.averageNodes = f.averageReplicas * f.nodesPerReplica;
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
    if (networkShort)
        f.binding = Bound::Network;
    else if (f.meetsTargets)
        f.binding = f.replicaBound;
    else if (anyTarget && f.sloRequestsPerS <= 0)
        f.binding = f.replicaBound == Bound::Queueing ? f.capacity.bound : f.replicaBound;
    else
        f.binding = Bound::Queueing;
    if (f.binding == Bound::KvCapacity && !r.kvLimited())
        f.binding = Bound::MemoryBandwidth;

    std::string v;
    if (f.meetsTargets) {
        v = "Meets " + std::string(f.checks.empty() ? "its load (no latency target set)" : "every target");
        v += " with " + fmt("%.0f", f.replicasAtPeak) + " replica" + (f.replicasAtPeak == 1 ? "" : "s") +
             " at peak; each replica is limited by " + std::string(boundName(f.binding)) + ".";
    } else {
        std::string missed;
        for (const TargetCheck& c : f.checks)
            if (!c.met)
                missed +=
                    (missed.empty() ? "" : ", ") + c.name + " " +
                    (c.achievedMs >= kUnboundedS * 1000 ? std::string("unbounded (the queue never drains)")
                                                        : ms(c.achievedMs / 1000)) +
                    " > " + ms(c.targetMs / 1000);
        v = "Misses " + (missed.empty() ? std::string("its load") : missed) +
            "; binding constraint: " + std::string(boundName(f.binding));
        if (f.binding == Bound::Network)
            v += fmt(" (needs %.1f GB/s of ingress", f.ingressBytesPerS / 1e9) +
                 fmt(", the instances give %.1f GB/s)", f.networkCapacityBytesPerS / 1e9);
        else if (anyTarget && f.sloRequestsPerS <= 0)
            v += " (a single request already takes longer than the target on this replica)";
        else if (atMax)
            v += " (the fleet is at its maximum of " +
                 fmt("%.0f", double(policy.enabled ? policy.maxReplicas : f.replicasDrawn)) +
                 " replicas: raise it or add servers)";
        else
            v += " (bursts and scale-up delay outrun the autoscaler: lower its target utilization or raise "
                 "the minimum)";
        v += ".";
    }
    f.verdict = v;

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
    if (!owned)
        f.monthly.networkUsd = f.egressGBPerMonth * hw.region.egressUsdPerGB;
    if (owned && inst.purchaseUsd)
        f.purchaseUsd = f.provisionedNodes * *inst.purchaseUsd;
    if (f.outputTokensPerMonth > 0)
        f.costPerMillionTokensUsd = f.monthly.totalUsd() / (f.outputTokensPerMonth / 1e6);
    if (f.requestsPerMonth > 0)
        f.costPerThousandRequestsUsd = f.monthly.totalUsd() / (f.requestsPerMonth / 1e3);
    return f;
}

} // namespace infraplan
