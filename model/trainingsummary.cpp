#include "trainingsummary.h"

#include "confidence.h"
#include "trainingreport.h"
#include "trainingrun.h"

namespace infraplan {

SketchSummary summarizeTraining(const Project& project, const Sketch& sketch, const Catalog& catalog,
                                const SimulationOptions&)
{
    SketchSummary s;
    Problems problems;
    auto setup = prepareTraining(project, sketch, catalog, problems);
    if (!setup) {
        s.error = problems.empty() ? "cannot prepare the training model" : problems.front().toString();
        return s;
    }
    auto run = std::make_shared<TrainingRun>();
    if (!simulateTrainingRun(*setup, sketch.layout, *run, s.error))
        return s;
    return trainingSummary(std::move(run), problems);
}

SketchSummary trainingSummary(std::shared_ptr<const TrainingRun> run, const Problems& problems)
{
    SketchSummary s;
    const TrainingEstimate& e = run->estimate;
    const TrainingSetup& setup = run->setup;
    s.computed = true;
    s.accelerators = setup.cluster.accelerators;
    s.acceleratorName = setup.cluster.hardware.instance.accelerator.name;
    s.fitsInMemory = e.fits;
    s.memoryPerDeviceBytes = e.memory.total();
    s.memoryCapacityBytes = e.memoryCapacityBytes;
    s.averagePower = run->averagePower;
    s.peakPower = run->peakPower;
    s.energyKWhPerMonth = run->averagePower.facilityW() / 1000.0 * kHoursPerMonth;
    s.monthly = run->monthly;
    s.warnings = run->warnings;
    // Problems found while resolving the hardware (mixed instance types) are worth showing too.
    for (const Problem& p : problems)
        s.warnings.push_back(makeWarning(WarningCode::Hardware, problemPhrase(p)));
    s.tokensPerSecond = setup.workload.model.transformer ? e.tokensPerS : 0;
    s.samplesPerSecond = e.samplesPerS;
    s.mfu = e.mfu;
    s.stepTimeS = e.stepTimeS;
    s.timeToTrainDays = run->timeToTrainDays;
    s.acceleratorHours = run->acceleratorHours;
    s.runCostUsd = run->runCostUsd;
    s.runEnergyKWh = run->runEnergyKWh;
    s.layoutPhrase = layoutPhrase(run->layout);
    if (run->layoutChosen)
        s.layoutPhrase = phrase(PhraseId::LayoutChosen, {s.layoutPhrase});
    s.layout = english(s.layoutPhrase);
    s.confidence = trainingConfidence(*run, shippedErrorRegimes());
    s.training = std::move(run);
    return s;
}

} // namespace infraplan
