#include "inferencesummary.h"

#include "catalog.h"
#include "confidence.h"
#include "figureformat.h"
#include "inferencefleet.h"

#include <cstdio>

namespace infraplan {

namespace {} // namespace

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
    SketchSummary out =
        fleetSummary(std::make_shared<const InferenceFleetResult>(std::move(*fleet)), *hw, problems);
    out.confidence = servingConfidence(*out.fleet, *service, sketch, *hw, *model, shippedErrorRegimes());
    return out;
}

SketchSummary fleetSummary(std::shared_ptr<const InferenceFleetResult> fleet, const SketchHardware& hw,
                           const Problems& problems)
{
    SketchSummary s;
    s.role = SketchRole::Inference;
    const InferenceFleetResult& f = *fleet;
    // Token figures belong to generative models; a ranking or vision answer has only its end-to-end time.
    const bool llm = f.replica && f.replica->isLlm();
    s.computed = true;
    s.accelerators = hw.accelerators;
    s.acceleratorName = hw.instance.accelerator.name;
    s.fitsInMemory = true;
    s.memoryPerDeviceBytes = f.replica ? f.replica->memoryPerDeviceBytes() : 0;
    s.memoryCapacityBytes = hw.instance.accelerator.memoryBytes * f.setup.deviceShare;
    s.averagePower = f.averagePower;
    s.peakPower = f.peakPower;
    s.energyKWhPerMonth = f.energyKWhPerMonth;
    s.monthly = f.monthly;
    for (int i = 0; i < 3; ++i) {
        s.ttftMs[i] = llm ? f.ttftS[i] * 1000 : 0;
        s.tpotMs[i] = llm ? f.tpotS[i] * 1000 : 0;
        s.e2eMs[i] = f.e2eS[i] * 1000;
    }
    s.sloAttainment = f.sloAttainment;
    s.meetsTargets = f.meetsTargets;
    s.bindingConstraint = std::string(boundName(f.binding));
    s.verdict = f.verdict;
    s.verdictPhrase = f.verdictPhrase;
    s.replicasAtPeak = f.replicasAtPeak;
    s.instanceName = hw.instance.name;
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
    s.outputTokensPerSecond = llm ? f.peakRequestsPerS * f.replica->outputMean() : 0;
    s.samplesPerSecond = f.peakRequestsPerS;
    s.costPerMillionTokensUsd = f.costPerMillionTokensUsd;
    s.costPerMillionRequestsUsd = f.costPerMillionRequestsUsd;
    for (const Problem& p : problems)
        s.warnings.push_back(makeWarning(WarningCode::Hardware, problemPhrase(p)));
    if (!f.meetsTargets)
        s.warnings.push_back(makeWarning(WarningCode::SloMissed, f.verdictPhrase));
    // The fleet's traffic against its instances' network; a replica bound by its own links (host transfer)
    // already shows in the verdict.
    if (f.networkCapacityBytesPerS > 0 && f.ingressBytesPerS > f.networkCapacityBytesPerS)
        s.warnings.push_back(
            makeWarning(WarningCode::NetworkSaturated,
                        phrase(PhraseId::IngressExceedsNetwork,
                               {textPhrase(formatWith("%.3g", f.ingressBytesPerS * 8 / 1e9)),
                                textPhrase(formatWith("%.3g", f.networkCapacityBytesPerS * 8 / 1e9))}),
                        f.ingressBytesPerS, f.networkCapacityBytesPerS));
    if (!f.monthly.priced)
        s.warnings.push_back(makeWarning(WarningCode::NoPrice, f.monthly.basisPhrase));
    if (!f.monthly.regionPricePhrase.empty())
        s.warnings.push_back(makeWarning(WarningCode::RegionPrice, f.monthly.regionPricePhrase));
    if (!f.monthly.storageUnpricedPhrase.empty())
        s.warnings.push_back(makeWarning(WarningCode::StorageUnpriced, f.monthly.storageUnpricedPhrase));
    // The drawing is the autoscaler's ceiling; one far above the peak misleads whoever reads the canvas.
    if (f.instancesDrawn >= 2 * f.peakNodes && f.instancesDrawn - f.peakNodes >= 2)
        s.warnings.push_back(
            makeWarning(WarningCode::CeilingUnused,
                        phrase(hw.pricing.mode == PricingMode::Owned ? PhraseId::CeilingUnusedOwned
                                                                     : PhraseId::CeilingUnusedCloud,
                               {textPhrase(std::to_string(f.instancesDrawn)), textPhrase(hw.instance.name),
                                textPhrase(formatWith("%.0f", f.peakNodes))}),
                        f.peakNodes, double(f.instancesDrawn)));
    s.fleet = std::move(fleet);
    return s;
}

} // namespace infraplan
