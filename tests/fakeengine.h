#pragma once

// A stand-in for the simulation engines with arithmetic simple enough to redo by hand in a test, so the
// comparison code (sweeps, alternatives, precision changes) is tested on its own logic. It is never used
// to check engine figures.

#include "catalog.h"
#include "precision.h"
#include "sketchsimulator.h"

#include <algorithm>
#include <cmath>
#include <map>
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
/// average. Training: time = 1e6 accelerator-hours / accelerators, cost = accelerator-hours × $2.
inline SketchSimulator engine(const Catalog& catalog, double averageShare = 0.6)
{
    return [&catalog, averageShare](const Project& p, const Sketch& s, const SimulationOptions&) {
        SketchSummary r;
        r.sketchId = s.id;
        r.name = s.name;
        r.role = s.role;
        const CatalogItem* item = s.nodes.empty() ? nullptr : catalog.find(s.nodes.front().itemId);
        if (!item) {
            r.error = "no hardware";
            return r;
        }
        const double perNode = item->figureOr("accelerator_count", 1);
        int nodes = 0;
        for (const NodeGroup& g : s.nodes)
            nodes += g.count;
        r.accelerators = nodes * perNode;
        r.acceleratorName = item->attribute("accelerator");
        // Power: 400 W per accelerator at peak, 60% of that on average, PUE 1.2.
        r.peakPower = {r.accelerators * 400, 0, 0, 1.2};
        r.averagePower = {r.accelerators * 240, 0, 0, 1.2};
        if (s.role == SketchRole::Training) {
            r.computed = true;
            r.acceleratorHours = 1e6;
            r.timeToTrainDays = r.acceleratorHours / r.accelerators / 24;
            r.runCostUsd = r.acceleratorHours * 2;
            r.mfu = 0.4;
            r.monthly.computeUsd = r.accelerators * 2 * 730;
            return r;
        }
        auto dev = devices().find(r.acceleratorName);
        const InferenceService* service = p.service(s.workloadId);
        if (dev == devices().end() || !service) {
            r.error = "device not modelled by the fake engine";
            return r;
        }
        r.computed = true;
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
            r.computed = false;
            r.error = "saturated";
            return r;
        }
        r.replicasAtPeak = replicas;
        r.averageReplicas = std::max<double>(s.autoscaling.minReplicas, averageShare * replicas);
        r.maxRpsPerReplica = replicaRps;
        const double latency = dev->second.latencyMs / (1 - load);
        r.e2eMs[0] = latency / 2;
        r.e2eMs[1] = latency * 0.8;
        r.e2eMs[2] = latency;
        const double target = service->targets.e2eP99Ms;
        r.meetsTargets = (target <= 0 || latency <= target) &&
                         (!s.autoscaling.enabled || replicas <= s.autoscaling.maxReplicas);
        r.sloAttainment = r.meetsTargets ? 0.995 : 0.9;
        const double usdPerHour = item->figure("price_on_demand_usd_h")
                                      ? *item->figure("price_on_demand_usd_h")
                                      : item->figureOr("purchase_usd", 0) / (4 * 12 * 730);
        const double nodesPerReplica = s.replicaAccelerators / perNode;
        r.monthly.computeUsd = r.averageReplicas * nodesPerReplica * usdPerHour * 730;
        // The day hour by hour, by the same rule, in whole instances.
        const auto fractions = service->traffic.fractions();
        for (int h = 0; h < 24; ++h) {
            const double rps = peak * fractions[h];
            r.requestsPerSByHour[h] = rps;
            r.replicasByHour[h] = s.autoscaling.enabled
                                      ? std::clamp(std::ceil(rps / (replicaRps * util) - 1e-9),
                                                   double(std::max(1, s.autoscaling.minReplicas)), replicas)
                                      : replicas;
            r.instancesByHour[h] = std::ceil(r.replicasByHour[h] * nodesPerReplica - 1e-9);
        }
        r.instanceName = item->name;
        r.instancesDrawn = r.ceilingInstances = nodes;
        r.peakInstances = std::ceil(replicas * nodesPerReplica - 1e-9);
        r.averageInstances = r.averageReplicas * nodesPerReplica;
        r.costPerThousandRequestsUsd = r.monthly.totalUsd() / (peak * 0.6 * 3600 * 730 / 1000);
        return r;
    };
}

} // namespace fake
