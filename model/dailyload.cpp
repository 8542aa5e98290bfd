#include "dailyload.h"

namespace infraplan {

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
    if (!summary.computed) {
        d.error = summary.error.empty() ? "the fleet has no results" : summary.error;
        return d;
    }
    d.instanceName = summary.instanceName;
    d.rps = summary.requestsPerSByHour;
    d.replicas = summary.replicasByHour;
    d.instances = summary.instancesByHour;
    d.instancesDrawn = summary.instancesDrawn;
    d.basis = sketch.autoscaling.enabled ? "the autoscaler adds and removes whole instances, up to the " +
                                               std::to_string(summary.ceilingInstances) + " it may hold"
                                         : "autoscaling is off: every instance drawn runs all day";
    return d;
}

} // namespace infraplan
