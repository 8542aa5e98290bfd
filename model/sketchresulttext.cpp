#include "sketchresulttext.h"

#include "figureformat.h"
#include "inferencefleet.h"
#include "trainingreport.h"
#include "trainingrun.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace infraplan {

namespace {

std::string latency(double s)
{
    if (s >= kUnboundedLatencyS)
        return "> 1 h";
    if (s < 1e-3)
        return formatWith("%.0f us", s * 1e6);
    if (s < 0.01)
        return formatWith("%.1f ms", s * 1000);
    return s < 1 ? formatWith("%.0f ms", s * 1000) : formatWith("%.2f s", s);
}

std::string bitRate(double bytesPerS)
{
    const double bits = bytesPerS * 8;
    if (bits >= 1e9)
        return formatWith("%.1f Gbit/s", bits / 1e9);
    if (bits >= 1e6)
        return formatWith("%.1f Mbit/s", bits / 1e6);
    return formatWith("%.0f kbit/s", bits / 1e3);
}

std::string fleetText(const InferenceFleetResult& f, const std::string& instanceName, double sketchDelayS,
                      const ExchangeRate& money)
{
    const ReplicaModel& r = *f.replica;
    const ReplicaSetup& s = f.setup;
    std::ostringstream o;
    o << "   " << f.verdict << "\n";
    o << "   Replica: " << s.tensorParallel << " x " << s.device.name << " (" << precisionName(s.precision)
      << "), weights " << formatWith("%.1f GB", r.weightBytes() / 1e9);
    if (r.isLlm())
        o << ", KV cache " << formatWith("%.0f", r.kvCapacityTokens()) << " tokens ("
          << formatWith("%.0f", f.capacity.concurrency) << " requests at once"
          << (r.kvLimited() ? ", KV-limited" : "") << ")\n"
          << "            prefill " << latency(r.prefillS(r.inputMean())) << " for "
          << formatWith("%.0f", r.inputMean()) << " tokens, decode step "
          << latency(r.decodeStepS(1, r.inputMean() + r.outputMean() / 2)) << " alone, "
          << latency(r.decodeStepS(f.capacity.concurrency * std::max(1, s.beams),
                                   r.inputMean() + r.outputMean() / 2))
          << " full, " << latency(f.capacity.iterationS) << " with the arriving prompts' prefill\n"
          << "            at most " << formatWith("%.2f", f.capacity.requestsPerS) << " req/s ("
          << formatWith("%.0f", f.capacity.outputTokensPerS) << " tokens/s), "
          << formatWith("%.2f", f.sloRequestsPerS) << " req/s within the targets; "
          << boundName(f.replicaBound) << "-bound\n";
    else
        o << ", batch of " << formatWith("%.0f", f.capacity.concurrency) << " in "
          << latency(f.capacity.iterationS) << "\n"
          << "            at most " << formatWith("%.1f", f.capacity.requestsPerS) << " req/s, "
          << formatWith("%.1f", f.sloRequestsPerS) << " req/s within the targets; "
          << boundName(f.replicaBound) << "-bound\n";
    o << "   Latency (" << (f.simulated ? "24 h simulation" : "analytical") << "): ";
    if (r.isLlm())
        o << "TTFT p50/p90/p99 " << latency(f.ttftS[0]) << " / " << latency(f.ttftS[1]) << " / "
          << latency(f.ttftS[2]) << ", TPOT " << latency(f.tpotS[0]) << " / " << latency(f.tpotS[1]) << " / "
          << latency(f.tpotS[2]) << ", ";
    o << "end-to-end " << latency(f.e2eS[0]) << " / " << latency(f.e2eS[1]) << " / " << latency(f.e2eS[2])
      << "\n";
    o << "   SLO attainment " << formatWith("%.1f%%", f.sloAttainment * 100) << ", utilization "
      << formatWith("%.0f%%", f.utilization * 100) << "\n";
    o << "   Fleet: " << instanceName << " instances: minimum " << f.minimumInstances << ", average "
      << formatWith("%.2f", f.averageNodes) << ", peak " << formatWith("%.0f", f.peakNodes) << " of the "
      << f.instancesDrawn << " drawn";
    if (f.ceilingInstances < f.instancesDrawn)
        o << " (the autoscaler may reach " << f.ceilingInstances << ")";
    if (f.shortAtPeak())
        o << "; the peak needs " << f.instancesNeededAtPeak;
    o << "\n          " << formatWith("%.0f", f.replicasAtPeak)
      << (f.replicasAtPeak == 1 ? " replica" : " replicas") << " at peak, "
      << formatWith("%.1f", f.averageReplicas) << " on average ("
      << formatWith("%.0f", f.replicaHoursPerMonth) << " replica-hours/month), "
      << (f.instancesPerReplica > 1 ? formatWith("%.0f instances per replica", f.instancesPerReplica)
                                    : formatWith("%.0f per instance", f.replicasPerInstance))
      << "; a new instance serves after " << latency(sketchDelayS) << " of provisioning and "
      << latency(f.modelLoadS) << " loading the weights\n";
    o << "   Network: ingress " << bitRate(f.ingressBytesPerS) << " at peak";
    if (f.networkCapacityBytesPerS > 0)
        o << " of " << bitRate(f.networkCapacityBytesPerS) << " the instances provide";
    if (f.averagePower.published)
        o << "\n   Power: " << formatWith("%.1f kW", f.averagePower.facilityW() / 1000) << " average, "
          << formatWith("%.1f kW", f.peakPower.facilityW() / 1000) << " peak (PUE "
          << formatWith("%.2f", f.averagePower.pue) << "), "
          << formatWith("%.0f kWh/month", f.energyKWhPerMonth) << "\n";
    else
        o << "\n   Power: not published for " << instanceName << "\n";
    o << "   Cost: " << formatMoney(f.monthly.totalUsd(), money) << "/month (" << f.monthly.basis
      << ": compute " << formatMoney(f.monthly.computeUsd, money);
    if (f.monthly.powerUsd > 0)
        o << ", power " << formatMoney(f.monthly.powerUsd, money);
    if (f.monthly.spaceUsd > 0)
        o << ", space " << formatMoney(f.monthly.spaceUsd, money);
    if (f.monthly.storageUsd > 0)
        o << ", storage " << formatMoney(f.monthly.storageUsd, money);
    else if (!f.monthly.storageUnpricedWarning.empty())
        o << ", storage not priced";
    if (f.monthly.networkUsd > 0)
        o << ", internet egress " << formatMoney(f.monthly.networkUsd, money)
          << formatWith(" for %.4g GB", f.egressGBPerMonth);
    o << ")";
    if (f.costPerMillionTokensUsd > 0)
        o << ", " << formatPrice(f.costPerMillionTokensUsd, money) << " per million output tokens";
    else if (f.costPerMillionRequestsUsd > 0)
        o << ", " << formatPrice(f.costPerMillionRequestsUsd, money) << " per million requests";
    if (f.purchaseUsd > 0)
        o << "; purchase " << formatMoney(f.purchaseUsd, money) << " amortized";
    o << "\n";
    for (const std::string& n : f.notes)
        o << "   Note: " << n << "\n";
    return o.str();
}

} // namespace

std::string sketchResultText(const SketchSummary& s, const Project& project)
{
    if (s.training)
        return trainingReportText(*s.training, s.money);
    if (!s.fleet || !s.fleet->replica)
        return {};
    const Sketch* sketch = project.sketch(s.sketchId);
    return fleetText(*s.fleet, s.instanceName, sketch ? sketch->autoscaling.scaleUpDelayS : 0, s.money);
}

} // namespace infraplan
