#include "loadcurve.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

std::vector<double> loadCurveFractions()
{
    return {0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.9, 0.95, 1.0, 1.05, 1.1, 1.2};
}

Sketch withFixedReplicas(const Sketch& sketch, int replicas, double acceleratorsPerNode)
{
    Sketch copy = sketch;
    const double perReplica = std::max(1, sketch.replicaAccelerators);
    const double perNode = std::max(1.0, acceleratorsPerNode);
    int nodes;
    if (perReplica <= perNode) {
        const int replicasPerNode = std::max(1, static_cast<int>(std::floor(perNode / perReplica)));
        nodes = (replicas + replicasPerNode - 1) / replicasPerNode;
    } else {
        nodes = replicas * static_cast<int>(std::ceil(perReplica / perNode));
    }
    if (copy.nodes.empty())
        return copy;
    copy.nodes.resize(1);
    copy.nodes.front().count = std::max(1, nodes);
    copy.autoscaling.enabled = false;
    copy.autoscaling.minReplicas = replicas;
    copy.autoscaling.maxReplicas = replicas;
    return copy;
}

LoadCurve sweepLoad(const Project& project, const Sketch& sketch, const SketchSummary& base,
                    const SketchSimulator& simulate)
{
    LoadCurve curve;
    curve.sketchId = sketch.id;
    curve.name = base.name.empty() ? sketch.name : base.name;
    const InferenceService* service = project.service(sketch.workloadId);
    if (sketch.role != SketchRole::Inference || !service) {
        curve.error = "not an inference fleet with a service";
        return curve;
    }
    if (!base.computed) {
        curve.error = base.error.empty() ? "the fleet has no results" : base.error;
        return curve;
    }
    curve.llm = base.costPerMillionTokensUsd > 0 || base.outputTokensPerSecond > 0;
    curve.latencyLabel = curve.llm ? "p99 time to first token (ms)" : "p99 end-to-end latency (ms)";
    curve.latencyTargetMs = curve.llm ? service->targets.ttftP99Ms : service->targets.e2eP99Ms;
    curve.replicas = std::max(1, static_cast<int>(std::ceil(base.replicasAtPeak - 1e-9)));
    curve.capacityRps = curve.replicas * base.maxRpsPerReplica;

    const int nodes = sketch.instanceCount();
    const double acceleratorsPerNode = nodes > 0 ? base.accelerators / nodes : 1;
    const Sketch fixed = withFixedReplicas(sketch, curve.replicas, acceleratorsPerNode);
    // Without a reported capacity, sweep around the service's own peak.
    const double scaleRps = curve.capacityRps > 0 ? curve.capacityRps : service->traffic.peakRps;
    if (scaleRps <= 0) {
        curve.error = "the service has no traffic";
        return curve;
    }
    Project copy = project;
    InferenceService* s = nullptr;
    for (InferenceService& candidate : copy.services)
        if (candidate.id == service->id)
            s = &candidate;
    for (double fraction : loadCurveFractions()) {
        s->traffic.shape = TrafficShape::Flat;
        s->traffic.peakRps = fraction * scaleRps;
        const SketchSummary r = simulate(copy, fixed, whatIfOptions());
        const double latency = curve.llm ? r.ttftMs[2] : r.e2eMs[2];
        if (!r.computed || !std::isfinite(latency) || latency <= 0)
            continue;
        curve.points.push_back({s->traffic.peakRps, latency, r.meetsTargets});
    }
    if (curve.points.empty())
        curve.error = "the engine returned no latency for this fleet at any load";
    return curve;
}

} // namespace infraplan
