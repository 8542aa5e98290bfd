#pragma once

// A stand-in for the simulation engines with arithmetic simple enough to redo by hand in a test, so the
// comparison code (sweeps, alternatives, precision changes) is tested on its own logic. It produces the
// engines' typed results (a TrainingRun, an InferenceFleetResult) and condenses them through the model's own
// trainingSummary and fleetSummary, so the code that reads results runs on the real path. It is never used
// to check engine figures.

#include "catalog.h"
#include "hardware.h"
#include "inferencefleet.h"
#include "inferencesummary.h"
#include "precision.h"
#include "sketchsimulator.h"
#include "trainingrun.h"
#include "trainingsummary.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <string>

namespace fake {

using namespace infraplan;

/// Requests per second one accelerator serves in 16-bit precision (8-bit: twice as many), and its
/// unloaded p99 latency.
struct Device {
    double rps;
    double latencyMs;
};

inline const std::map<std::string, Device>& devices()
{
    static const std::map<std::string, Device> d = {
        {"A100-SXM4-40GB", {1000, 8}}, {"H100-SXM5-80GB", {2000, 6}}, {"L4", {400, 8}},
        {"L40S", {600, 15}},           {"A10G", {300, 40}},
    };
    return d;
}

/// Inference: a replica of r accelerators serves r × rps; the autoscaler runs ceil(peak / (replica rps ×
/// target utilization)) replicas at peak, `averageShare` of that on average; latency is the device's p99
/// divided by (1 − load) with load = peak / (replicas × replica rps); cost is the instances those replicas
/// occupy at the on-demand (or amortized owned) price. Power: 400 W per accelerator at peak, 240 W on
/// average. Training: time = 1e6 accelerator-hours / accelerators, cost = accelerator-hours × $2, no step
/// breakdown (so no finding of idle accelerators).
inline SketchSimulator engine(const Catalog& catalog, double averageShare = 0.6)
{
    return [&catalog, averageShare](const Project& p, const Sketch& s, const SimulationOptions&) {
        auto named = [&s](SketchSummary r) {
            r.sketchId = s.id;
            r.name = s.name;
            r.role = s.role;
            return r;
        };
        SketchSummary failed;
        failed.role = s.role;
        Problems problems;
        const auto hw = resolveSketchHardware(catalog, s, problems);
        if (!hw) {
            failed.error = "no hardware";
            return named(failed);
        }
        // Power: 400 W per accelerator at peak, 60% of that on average, PUE 1.2.
        const PowerDraw peakPower{hw->accelerators * 400, 0, 0, 1.2};
        const PowerDraw averagePower{hw->accelerators * 240, 0, 0, 1.2};
        if (s.role == SketchRole::Training) {
            auto run = std::make_shared<TrainingRun>();
            run->setup.cluster.hardware = *hw;
            run->setup.cluster.accelerators = hw->accelerators;
            run->estimate.fits = true;
            run->estimate.devicesUsed = hw->accelerators;
            run->estimate.mfu = 0.4;
            run->acceleratorHours = 1e6;
            run->timeToTrainDays = run->acceleratorHours / hw->accelerators / 24;
            run->runCostUsd = run->acceleratorHours * 2;
            run->monthly.computeUsd = hw->accelerators * 2 * 730;
            run->averagePower = averagePower;
            run->peakPower = peakPower;
            return named(trainingSummary(std::move(run)));
        }
        auto dev = devices().find(hw->instance.accelerator.id);
        const InferenceService* service = p.service(s.workloadId);
        if (dev == devices().end() || !service) {
            failed.error = "device not modelled by the fake engine";
            return named(failed);
        }
        const Precision precision = s.precision.value_or(service->precision);
        const double replicaRps =
            dev->second.rps * s.replicaAccelerators * (bytesPerElement(precision) <= 1 ? 2 : 1);
        const double peak = service->traffic.peakRps;
        const double util = s.autoscaling.targetUtilization;
        double replicas = s.autoscaling.enabled ? std::ceil(peak / (replicaRps * util) - 1e-9)
                                                : double(s.autoscaling.minReplicas);
        if (s.autoscaling.enabled)
            replicas = std::max<double>(replicas, s.autoscaling.minReplicas);
        const double load = peak / (replicas * replicaRps);
        if (load >= 1) {
            failed.error = "saturated";
            return named(failed);
        }
        auto fleet = std::make_shared<InferenceFleetResult>();
        InferenceFleetResult& f = *fleet;
        f.averagePower = averagePower;
        f.peakPower = peakPower;
        f.replicasAtPeak = replicas;
        f.averageReplicas = std::max<double>(s.autoscaling.minReplicas, averageShare * replicas);
        f.capacity.requestsPerS = replicaRps;
        f.peakRequestsPerS = peak;
        const double latency = dev->second.latencyMs / (1 - load);
        f.e2eS = {latency / 2000, latency * 0.8 / 1000, latency / 1000};
        const double target = service->targets.e2eP99Ms;
        f.meetsTargets = (target <= 0 || latency <= target) &&
                         (!s.autoscaling.enabled || replicas <= s.autoscaling.maxReplicas);
        f.sloAttainment = f.meetsTargets ? 0.995 : 0.9;
        const double usdPerHour = hw->instance.usdPerHourOnDemand
                                      ? *hw->instance.usdPerHourOnDemand
                                      : hw->instance.purchaseUsd.value_or(0) / (4 * 12 * 730);
        const double nodesPerReplica = s.replicaAccelerators / hw->instance.acceleratorsPerNode;
        f.monthly.computeUsd = f.averageReplicas * nodesPerReplica * usdPerHour * 730;
        // The day hour by hour, by the same rule, in whole instances.
        const auto fractions = service->traffic.fractions();
        for (int h = 0; h < 24; ++h) {
            const double rps = peak * fractions[h];
            f.requestsPerSByHour[h] = rps;
            f.replicasByHour[h] = s.autoscaling.enabled
                                      ? std::clamp(std::ceil(rps / (replicaRps * util) - 1e-9),
                                                   double(std::max(1, s.autoscaling.minReplicas)), replicas)
                                      : replicas;
            f.instancesByHour[h] = std::ceil(f.replicasByHour[h] * nodesPerReplica - 1e-9);
        }
        f.instancesDrawn = f.ceilingInstances = hw->nodes;
        f.peakNodes = std::ceil(replicas * nodesPerReplica - 1e-9);
        f.averageNodes = f.averageReplicas * nodesPerReplica;
        f.costPerMillionRequestsUsd = f.monthly.totalUsd() / (peak * 0.6 * 3600 * 730 / 1e6);
        return named(fleetSummary(std::move(fleet), *hw));
    };
}

} // namespace fake
