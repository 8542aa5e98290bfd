#include "sketchresultjson.h"

#include "inferencefleet.h"
#include "trainingreport.h"
#include "trainingrun.h"

namespace infraplan {

namespace {

nlohmann::json percentiles(const std::array<double, 3>& s)
{
    return {{"p50", s[0] * 1000}, {"p90", s[1] * 1000}, {"p99", s[2] * 1000}};
}

nlohmann::json fleetJson(const InferenceFleetResult& f, const std::string& trafficShape)
{
    const ReplicaModel& r = *f.replica;
    const ReplicaSetup& s = f.setup;
    using nlohmann::json;
    json replica = {
        {"precision", precisionName(s.precision)},
        {"tensor_parallel", s.tensorParallel},
        {"batching", r.isLlm() ? "continuous" : "dynamic"},
        {"weights_gb", r.weightBytes() / 1e9},
        {"memory_per_device_gb", r.memoryPerDeviceBytes() / 1e9},
        {"max_requests_per_s", f.capacity.requestsPerS},
        {"slo_requests_per_s", f.sloRequestsPerS},
        {"max_concurrency", f.capacity.concurrency},
        {"bound", boundName(f.replicaBound)},
    };
    if (r.isLlm()) {
        const IterationTime decode = r.iteration(
            f.capacity.concurrency * std::max(1, s.beams),
            f.capacity.concurrency * std::max(1, s.beams) * (r.inputMean() + r.outputMean() / 2), 0, 0);
        replica["kv_bytes_per_token"] = r.kvBytesPerToken();
        replica["kv_capacity_tokens"] = r.kvCapacityTokens();
        replica["kv_limited"] = r.kvLimited();
        replica["prefill_ms"] = r.prefillS(r.inputMean()) * 1000;
        replica["decode_step_ms_batch1"] = r.decodeStepS(1, r.inputMean() + r.outputMean() / 2) * 1000;
        replica["decode_step_ms_full"] = decode.totalS() * 1000;
        replica["decode_step_breakdown_ms"] = {{"gemm", decode.gemmS * 1000},
                                               {"elementwise", decode.elementwiseS * 1000},
                                               {"attention", decode.attentionS * 1000},
                                               {"comm", decode.commS * 1000}};
        replica["max_output_tokens_per_s"] = f.capacity.outputTokensPerS;
    } else {
        replica["flops_per_request"] = r.flopsPerRequest();
        replica["batch_ms_full"] = f.capacity.iterationS * 1000;
        replica["batch_ms_single"] = r.batchS(1) * 1000;
    }
    json hourly = json::array();
    for (int h = 0; h < 24; ++h)
        hourly.push_back({{"hour", h},
                          {"requests_per_s", f.requestsPerSByHour[h]},
                          {"replicas", f.replicasByHour[h]},
                          {"instances", f.instancesByHour[h]}});
    json checks = json::array();
    for (const TargetCheck& c : f.checks)
        checks.push_back({{"target", c.name()},
                          {"target_ms", c.targetMs},
                          {"achieved_ms", c.achievedMs},
                          {"idle_replica_ms", c.idleMs},
                          {"met", c.met}});
    json out = {
        {"engine", "inference"},
        {"method", f.simulated ? "discrete-event" : "analytical"},
        {"replica", replica},
        {"latency_ms",
         {{"ttft", percentiles(f.ttftS)}, {"tpot", percentiles(f.tpotS)}, {"e2e", percentiles(f.e2eS)}}},
        {"targets", checks},
        {"slo_attainment", f.sloAttainment},
        {"meets_targets", f.meetsTargets},
        {"binding_constraint", boundName(f.binding)},
        {"verdict", f.verdict},
        {"utilization", f.utilization},
        {"fleet",
         {{"replicas_drawn", f.replicasDrawn},
          {"replicas_at_peak", f.replicasAtPeak},
          {"average_replicas", f.averageReplicas},
          {"replica_hours_per_month", f.replicaHoursPerMonth},
          {"instances_per_replica", f.instancesPerReplica},
          {"replicas_per_instance", f.replicasPerInstance},
          {"instances_drawn", f.instancesDrawn},
          {"ceiling_instances", f.ceilingInstances},
          {"minimum_instances", f.minimumInstances},
          {"instances_needed_at_peak", f.instancesNeededAtPeak},
          {"average_instances", f.averageNodes},
          {"peak_instances", f.peakNodes},
          {"model_load_s", f.modelLoadS},
          {"hourly", hourly}}},
        {"traffic",
         {{"peak_requests_per_s", f.peakRequestsPerS},
          {"average_requests_per_s", f.averageRequestsPerS},
          {"shape", trafficShape},
          {"requests_per_month", f.requestsPerMonth},
          {"output_tokens_per_month", f.outputTokensPerMonth}}},
        {"network",
         {{"ingress_gbps", f.ingressBytesPerS * 8 / 1e9},
          {"egress_gbps", f.egressBytesPerS * 8 / 1e9},
          {"instance_capacity_gbps", f.networkCapacityBytesPerS * 8 / 1e9}}},
        {"power",
         {{"average_it_w", f.averagePower.itW()},
          {"average_facility_w", f.averagePower.facilityW()},
          {"peak_it_w", f.peakPower.itW()},
          {"peak_facility_w", f.peakPower.facilityW()},
          {"pue", f.averagePower.pue},
          {"published", f.averagePower.published},
          {"energy_kwh_per_month", f.energyKWhPerMonth}}},
        {"cost",
         {{"monthly_usd", f.monthly.totalUsd()},
          {"compute_usd", f.monthly.computeUsd},
          {"power_usd", f.monthly.powerUsd},
          {"storage_usd", f.monthly.storageUsd},
          {"network_usd", f.monthly.networkUsd},
          {"egress_gb", f.egressGBPerMonth},
          {"space_usd", f.monthly.spaceUsd},
          {"basis", f.monthly.basis},
          {"priced", f.monthly.priced},
          {"per_million_output_tokens_usd", f.costPerMillionTokensUsd},
          {"per_million_requests_usd", f.costPerMillionRequestsUsd},
          {"purchase_usd", f.purchaseUsd}}},
        {"notes", f.notes},
    };
    if (f.simulated) {
        const FleetSimulationResult& sim = f.simulation;
        out["simulation"] = {{"requests", sim.arrivals},
                             {"completed", sim.completed},
                             {"dropped", sim.dropped},
                             {"queue_wait_ms_p99", sim.queueWait.percentile(99) * 1000},
                             {"busy_fraction", sim.busyFraction},
                             {"scale_ups", sim.scaleUps},
                             {"scale_downs", sim.scaleDowns},
                             {"events", sim.events}};
    }
    return out;
}

} // namespace

nlohmann::json sketchResultJson(const SketchSummary& s, const Project& project)
{
    if (s.training)
        return trainingDetailJson(*s.training);
    if (!s.fleet || !s.fleet->replica)
        return nlohmann::json::object();
    const Sketch* sketch = project.sketch(s.sketchId);
    const InferenceService* service = sketch ? project.service(sketch->workloadId) : nullptr;
    return fleetJson(*s.fleet,
                     service ? std::string(trafficShapeName(service->traffic.shape)) : std::string());
}

} // namespace infraplan
