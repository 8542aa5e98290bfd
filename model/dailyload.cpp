#include "dailyload.h"

#include "figureformat.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

namespace {
bool readEngineSeries(const nlohmann::json& detail, DailyLoad& out)
{
    // The inference engine's simulated day: detail.fleet.hourly, 24 x {hour, requests_per_s, replicas}.
    if (!detail.is_object() || !detail.contains("fleet") || !detail["fleet"].is_object())
        return false;
    const nlohmann::json& fleet = detail["fleet"];
    if (!fleet.contains("hourly") || !fleet["hourly"].is_array() || fleet["hourly"].size() != 24)
        return false;
    for (size_t h = 0; h < 24; ++h) {
        const nlohmann::json& hour = fleet["hourly"][h];
        if (!hour.is_object() || !hour.contains("requests_per_s") || !hour.contains("replicas") ||
            !hour["requests_per_s"].is_number() || !hour["replicas"].is_number())
            return false;
        out.rps[h] = hour["requests_per_s"].get<double>();
        out.replicas[h] = hour["replicas"].get<double>();
    }
    return true;
}
} // namespace

DailyLoad dailyLoad(const Project& project, const Sketch& sketch, const SketchSummary& summary)
{
    DailyLoad d;
    d.sketchId = sketch.id;
    d.name = summary.name.empty() ? sketch.name : summary.name;
    const InferenceService* service = project.service(sketch.workloadId);
    if (sketch.role != SketchRole::Inference || !service) {
        d.error = "not an inference fleet with a service";
        return d;
    }
    d.serviceName = service->name;
    if (summary.computed && readEngineSeries(summary.detail, d)) {
        d.fromEngine = true;
        d.basis = "replicas from the inference engine's simulation of the day";
        return d;
    }
    const auto fractions = service->traffic.fractions();
    for (size_t h = 0; h < 24; ++h)
        d.rps[h] = service->traffic.peakRps * fractions[h];
    if (!summary.computed) {
        d.error = summary.error.empty() ? "the fleet has no results" : summary.error;
        return d;
    }
    const AutoscalingPolicy& a = sketch.autoscaling;
    if (!a.enabled) {
        d.replicas.fill(std::max(1.0, std::ceil(summary.replicasAtPeak - 1e-9)));
        d.basis = "autoscaling is off: the fleet runs its peak replica count all day";
        return d;
    }
    const double target = std::clamp(a.targetUtilization, 0.05, 1.0);
    if (summary.maxRpsPerReplica <= 0) {
        d.error = "the engine reports no maximum requests/s per replica";
        return d;
    }
    const double perReplicaRps = summary.maxRpsPerReplica * target;
    for (size_t h = 0; h < 24; ++h)
        d.replicas[h] =
            std::clamp(std::ceil(d.rps[h] / perReplicaRps - 1e-9), double(std::max(1, a.minReplicas)),
                       double(std::max(a.minReplicas, a.maxReplicas)));
    d.basis = "estimated: each hour runs enough replicas to keep them at " + formatPercent(target) +
              " of their " + formatNumber(summary.maxRpsPerReplica) + " requests/s, between " +
              std::to_string(a.minReplicas) + " and " + std::to_string(a.maxReplicas);
    return d;
}

} // namespace infraplan
