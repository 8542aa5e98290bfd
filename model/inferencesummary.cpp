#include "inferencesummary.h"

#include "catalog.h"
#include "figureformat.h"
#include "inferencefleet.h"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace infraplan {

namespace {

std::string fmt(const char* f, double v)
{
    char buf[96];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string latency(double s)
{
    if (s >= 3600)
        return "> 1 h";
    if (s < 1e-3)
        return fmt("%.0f us", s * 1e6);
    if (s < 0.01)
        return fmt("%.1f ms", s * 1000);
    return s < 1 ? fmt("%.0f ms", s * 1000) : fmt("%.2f s", s);
}

nlohmann::json percentiles(const std::array<double, 3>& s)
{
    return {{"p50", s[0] * 1000}, {"p90", s[1] * 1000}, {"p99", s[2] * 1000}};
}

nlohmann::json detailJson(const InferenceFleetResult& f, const InferenceService& service)
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
        checks.push_back(
            {{"target", c.name}, {"target_ms", c.targetMs}, {"achieved_ms", c.achievedMs}, {"met", c.met}});
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
          {"shape", service.traffic.shape},
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
          {"per_thousand_requests_usd", f.costPerThousandRequestsUsd},
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

std::string bitRate(double bytesPerS)
{
    const double bits = bytesPerS * 8;
    if (bits >= 1e9)
        return fmt("%.1f Gbit/s", bits / 1e9);
    if (bits >= 1e6)
        return fmt("%.1f Mbit/s", bits / 1e6);
    return fmt("%.0f kbit/s", bits / 1e3);
}

std::string reportText(const InferenceFleetResult& f, const SketchHardware& hw, double sketchDelayS,
                       const ExchangeRate& money)
{
    const ReplicaModel& r = *f.replica;
    const ReplicaSetup& s = f.setup;
    std::ostringstream o;
    o << "   " << f.verdict << "\n";
    o << "   Replica: " << s.tensorParallel << " x " << s.device.name << " (" << precisionName(s.precision)
      << "), weights " << fmt("%.1f GB", r.weightBytes() / 1e9);
    if (r.isLlm())
        o << ", KV cache " << fmt("%.0f", r.kvCapacityTokens()) << " tokens ("
          << fmt("%.0f", f.capacity.concurrency) << " requests at once"
          << (r.kvLimited() ? ", KV-limited" : "") << ")\n"
          << "            prefill " << latency(r.prefillS(r.inputMean())) << " for "
          << fmt("%.0f", r.inputMean()) << " tokens, decode step "
          << latency(r.decodeStepS(1, r.inputMean() + r.outputMean() / 2)) << " alone, "
          << latency(f.capacity.iterationS) << " at full load\n"
          << "            at most " << fmt("%.2f", f.capacity.requestsPerS) << " req/s ("
          << fmt("%.0f", f.capacity.outputTokensPerS) << " tokens/s), " << fmt("%.2f", f.sloRequestsPerS)
          << " req/s within the targets; " << boundName(f.replicaBound) << "-bound\n";
    else
        o << ", batch of " << fmt("%.0f", f.capacity.concurrency) << " in " << latency(f.capacity.iterationS)
          << "\n"
          << "            at most " << fmt("%.1f", f.capacity.requestsPerS) << " req/s, "
          << fmt("%.1f", f.sloRequestsPerS) << " req/s within the targets; " << boundName(f.replicaBound)
          << "-bound\n";
    o << "   Latency (" << (f.simulated ? "24 h simulation" : "analytical") << "): ";
    if (r.isLlm())
        o << "TTFT p50/p90/p99 " << latency(f.ttftS[0]) << " / " << latency(f.ttftS[1]) << " / "
          << latency(f.ttftS[2]) << ", TPOT " << latency(f.tpotS[0]) << " / " << latency(f.tpotS[1]) << " / "
          << latency(f.tpotS[2]) << ", ";
    o << "end-to-end " << latency(f.e2eS[0]) << " / " << latency(f.e2eS[1]) << " / " << latency(f.e2eS[2])
      << "\n";
    o << "   SLO attainment " << fmt("%.1f%%", f.sloAttainment * 100) << ", utilization "
      << fmt("%.0f%%", f.utilization * 100) << "\n";
    o << "   Fleet: " << hw.instance.name << " instances: minimum " << f.minimumInstances << ", average "
      << fmt("%.2f", f.averageNodes) << ", peak " << fmt("%.0f", f.peakNodes) << " of the "
      << f.instancesDrawn << " drawn";
    if (f.ceilingInstances < f.instancesDrawn)
        o << " (the autoscaler may reach " << f.ceilingInstances << ")";
    if (f.shortAtPeak())
        o << "; the peak needs " << f.instancesNeededAtPeak;
    o << "\n          " << fmt("%.0f", f.replicasAtPeak) << (f.replicasAtPeak == 1 ? " replica" : " replicas")
      << " at peak, " << fmt("%.1f", f.averageReplicas) << " on average ("
      << fmt("%.0f", f.replicaHoursPerMonth) << " replica-hours/month), "
      << (f.instancesPerReplica > 1 ? fmt("%.0f instances per replica", f.instancesPerReplica)
                                    : fmt("%.0f per instance", f.replicasPerInstance))
      << "; a new instance serves after " << latency(sketchDelayS) << " of provisioning and "
      << latency(f.modelLoadS) << " loading the weights\n";
    o << "   Network: ingress " << bitRate(f.ingressBytesPerS) << " at peak";
    if (f.networkCapacityBytesPerS > 0)
        o << " of " << bitRate(f.networkCapacityBytesPerS) << " the instances provide";
    if (f.averagePower.published)
        o << "\n   Power: " << fmt("%.1f kW", f.averagePower.facilityW() / 1000) << " average, "
          << fmt("%.1f kW", f.peakPower.facilityW() / 1000) << " peak (PUE "
          << fmt("%.2f", f.averagePower.pue) << "), " << fmt("%.0f kWh/month", f.energyKWhPerMonth) << "\n";
    else
        o << "\n   Power: not published for " << hw.instance.accelerator.name << "\n";
    o << "   Cost: " << formatMoney(f.monthly.totalUsd(), money) << "/month (" << f.monthly.basis
      << ": compute " << formatMoney(f.monthly.computeUsd, money);
    if (f.monthly.powerUsd > 0)
        o << ", power " << formatMoney(f.monthly.powerUsd, money);
    if (f.monthly.spaceUsd > 0)
        o << ", space " << formatMoney(f.monthly.spaceUsd, money);
    if (f.monthly.storageUsd > 0)
        o << ", storage " << formatMoney(f.monthly.storageUsd, money);
    if (f.monthly.networkUsd > 0)
        o << ", internet egress " << formatMoney(f.monthly.networkUsd, money)
          << fmt(" for %.4g GB", f.egressGBPerMonth);
    o << ")";
    if (f.costPerMillionTokensUsd > 0)
        o << ", " << formatPrice(f.costPerMillionTokensUsd, money) << " per million output tokens";
    else if (f.costPerThousandRequestsUsd > 0)
        o << ", " << formatPrice(f.costPerThousandRequestsUsd, money) << " per thousand requests";
    if (f.purchaseUsd > 0)
        o << "; purchase " << formatMoney(f.purchaseUsd, money) << " amortized";
    o << "\n";
    for (const std::string& n : f.notes)
        o << "   Note: " << n << "\n";
    return o.str();
}

} // namespace

SketchSummary summarizeInference(const Project& project, const Sketch& sketch, const Catalog& catalog,
                                 const SimulationOptions& options)
{
    SketchSummary s;
    s.role = SketchRole::Inference;
    const InferenceService* service = project.service(sketch.workloadId);
    if (!service) {
        s.error = "no inference service is attached to this fleet";
        return s;
    }
    Problems problems;
    auto hw = resolveSketchHardware(catalog, sketch, problems);
    if (!hw) {
        s.error =
            problems.empty() ? "the fleet's hardware is not in the catalog" : problems.front().toString();
        return s;
    }
    auto model = resolveModel(catalog, service->model, problems);
    if (!model) {
        s.error = problems.empty() ? "the service's model is not in the catalog" : problems.back().toString();
        return s;
    }
    std::string error;
    auto fleet = simulateInferenceFleet(*service, sketch, *hw, *model, options, error);
    if (!fleet) {
        s.error = error;
        s.accelerators = hw->accelerators;
        s.acceleratorName = hw->instance.accelerator.name;
        return s;
    }
    const InferenceFleetResult& f = *fleet;
    const ReplicaModel& r = *f.replica;
    s.computed = true;
    s.accelerators = hw->accelerators;
    s.acceleratorName = hw->instance.accelerator.name;
    s.fitsInMemory = true;
    s.memoryPerDeviceBytes = r.memoryPerDeviceBytes();
    s.memoryCapacityBytes = hw->instance.accelerator.memoryBytes * f.setup.deviceShare;
    s.averagePower = f.averagePower;
    s.peakPower = f.peakPower;
    s.energyKWhPerMonth = f.energyKWhPerMonth;
    s.monthly = f.monthly;
    for (int i = 0; i < 3; ++i) {
        // Token timings belong to generative models; a ranking or vision answer has only its end-to-end time.
        s.ttftMs[i] = r.isLlm() ? f.ttftS[i] * 1000 : 0;
        s.tpotMs[i] = r.isLlm() ? f.tpotS[i] * 1000 : 0;
        s.e2eMs[i] = f.e2eS[i] * 1000;
    }
    s.sloAttainment = f.sloAttainment;
    s.meetsTargets = f.meetsTargets;
    s.bindingConstraint = std::string(boundName(f.binding));
    s.verdict = f.verdict;
    s.replicasAtPeak = f.replicasAtPeak;
    s.instanceName = hw->instance.name;
    s.instancesDrawn = f.instancesDrawn;
    s.ceilingInstances = f.ceilingInstances;
    s.minimumInstances = f.minimumInstances;
    s.instancesNeededAtPeak = f.instancesNeededAtPeak;
    s.peakInstances = f.peakNodes;
    s.averageInstances = f.averageNodes;
    s.requestsPerSByHour = f.requestsPerSByHour;
    s.replicasByHour = f.replicasByHour;
    s.instancesByHour = f.instancesByHour;
    s.averageReplicas = f.averageReplicas;
    s.replicaHoursPerMonth = f.replicaHoursPerMonth;
    s.maxRpsPerReplica = f.capacity.requestsPerS;
    s.outputTokensPerSecond = r.isLlm() ? f.peakRequestsPerS * r.outputMean() : 0;
    s.samplesPerSecond = f.peakRequestsPerS;
    s.costPerMillionTokensUsd = f.costPerMillionTokensUsd;
    s.costPerThousandRequestsUsd = f.costPerThousandRequestsUsd;
    for (const Problem& p : problems)
        s.warnings.push_back({"hardware", p.toString()});
    if (!f.meetsTargets)
        s.warnings.push_back({"slo-missed", f.verdict});
    // The fleet's traffic against its instances' network; a replica bound by its own links (host transfer)
    // already shows in the verdict.
    if (f.networkCapacityBytesPerS > 0 && f.ingressBytesPerS > f.networkCapacityBytesPerS)
        s.warnings.push_back({"network", fmt("ingress of %.3g Gbit/s at peak", f.ingressBytesPerS * 8 / 1e9) +
                                             fmt(" exceeds the %.3g Gbit/s the instances provide",
                                                 f.networkCapacityBytesPerS * 8 / 1e9)});
    if (!f.monthly.priced)
        s.warnings.push_back({"unpriced", f.monthly.basis});
    if (!f.monthly.regionPriceWarning.empty())
        s.warnings.push_back({"region-price", f.monthly.regionPriceWarning});
    // The drawing is the autoscaler's ceiling; one far above the peak misleads whoever reads the canvas.
    if (f.instancesDrawn >= 2 * f.peakNodes && f.instancesDrawn - f.peakNodes >= 2)
        s.warnings.push_back(
            {"ceiling-unused",
             std::to_string(f.instancesDrawn) + " " + hw->instance.name +
                 " are drawn but the busiest hour holds " + fmt("%.0f", f.peakNodes) +
                 (hw->pricing.mode == PricingMode::Owned
                      ? ": owned servers are paid for whether used or not"
                      : ": the drawing is only the autoscaler's ceiling, the cloud bills what runs")});
    s.detail = detailJson(f, *service);
    s.report = reportText(f, *hw, sketch.autoscaling.scaleUpDelayS, options.money);
    return s;
}

} // namespace infraplan
