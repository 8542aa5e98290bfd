#include "trainingrun.h"
#include "figureformat.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace infraplan {

namespace {

// A data-loading stall above this share of the step is worth a warning.
constexpr double kStallWarningShare = 0.02;
// Goodput below this means failures and checkpoints cost more than a tenth of the run.
constexpr double kGoodputWarning = 0.9;

} // namespace

bool simulateTrainingRun(const TrainingSetup& setup, const ParallelLayout& layout, TrainingRun& run,
                         std::string& error)
{
    run = TrainingRun{};
    run.setup = setup;
    const TrainingWorkload& w = setup.workload;
    const TrainingCluster& c = setup.cluster;
    if (layout.automatic) {
        const LayoutChoice choice = chooseLayout(setup);
        run.layoutsEvaluated = choice.evaluated;
        if (!choice.found) {
            error = "no parallel layout is valid for " + formatWith("%.0f", c.accelerators) + " accelerators";
            return false;
        }
        run.layout = choice.layout;
        run.estimate = choice.estimate;
        run.layoutChosen = true;
    } else {
        run.layout = toTrainingLayout(layout);
        run.layout.ep = defaultExpertParallel(setup, run.layout);
        run.estimate = estimateTraining(setup, run.layout);
        run.layoutsEvaluated = 1;
        if (!run.estimate.valid()) {
            error = "the parallel layout " + describeLayout(run.layout) +
                    " is not possible: " + layoutIssueText(run.estimate.issue);
            return false;
        }
    }
    const TrainingEstimate& e = run.estimate;
    if (!e.fits) {
        run.fitAdvice = fitAdvice(setup, run.layout);
        std::string advice;
        for (const std::string& a : run.fitAdvice)
            advice += (advice.empty() ? "" : "; ") + a;
        run.warnings.push_back(
            makeWarning(WarningCode::OutOfMemory,
                        phrase(PhraseId::DoesNotFitInMemory,
                               {textPhrase(formatWith("%.1f", e.memory.total() / 1e9)),
                                textPhrase(formatWith("%.1f", c.memoryBytes / 1e9)),
                                advice.empty() ? textPhrase("")
                                               : phrase(PhraseId::ItWouldFitWith, {textPhrase(advice)})}),
                        e.memory.total(), c.memoryBytes));
    }
    if (e.devicesUsed < c.accelerators - 0.5)
        run.warnings.push_back(
            makeWarning(WarningCode::IdleAccelerators,
                        phrase(PhraseId::AcceleratorsLeftIdle,
                               {textPhrase(formatWith("%.0f", c.accelerators - e.devicesUsed)),
                                textPhrase(formatWith("%.0f", c.accelerators))}),
                        c.accelerators - e.devicesUsed, c.accelerators));
    const double perStep = e.microbatches * run.layout.microBatch * run.layout.dp;
    if (perStep > e.globalBatch + 0.5)
        run.warnings.push_back(makeWarning(
            WarningCode::BatchPadding,
            phrase(PhraseId::GlobalBatchPadding, {textPhrase(formatWith("%.0f", e.globalBatch)),
                                                  textPhrase(formatWith("%.0f", run.layout.dp)),
                                                  textPhrase(formatWith("%.0f", run.layout.microBatch)),
                                                  textPhrase(formatWith("%.0f", perStep - e.globalBatch))}),
            perStep - e.globalBatch, e.globalBatch));

    // Data and storage.
    const double samples = w.model.transformer ? w.trainingTokens / w.tokensPerSample : w.trainingSamples;
    run.datasetBytes = samples * w.inputBytesPerSample;
    run.storageTB = (run.datasetBytes + 2 * checkpointBytes(w)) / 1e12;
    if (e.step.dataStall > kStallWarningShare * e.stepTimeS)
        run.warnings.push_back(
            makeWarning(WarningCode::StorageStarved,
                        phrase(PhraseId::StorageStarvesAccelerators,
                               {textPhrase(formatWith("%.2f", c.storageReadBytesPerS / 1e9)),
                                textPhrase(formatWith("%.2f", e.dataReadBytesPerS / 1e9)),
                                textPhrase(formatWith("%.0f", 100 * e.step.dataStall / e.stepTimeS))}),
                        e.dataReadBytesPerS, c.storageReadBytesPerS));
    run.checkpoints = planCheckpoints(setup, c.accelerators, e.stepTimeS);
    if (!run.checkpoints.storageKnown)
        run.warnings.push_back(
            makeWarning(WarningCode::NoStorage,
                        phrase(PhraseId::NoStorageTier,
                               {textPhrase(formatWith("%.0f", kFallbackCheckpointBytesPerSPerNode / 1e9))}),
                        0, kFallbackCheckpointBytesPerSPerNode));
    if (run.checkpoints.goodput < kGoodputWarning)
        run.warnings.push_back(
            makeWarning(WarningCode::LowGoodput,
                        phrase(PhraseId::LowGoodputShare,
                               {textPhrase(formatWith("%.0f", 100 * run.checkpoints.goodput))}),
                        run.checkpoints.goodput, kGoodputWarning));

    // Time to train.
    const double samplesPerStep = std::max(1.0, e.globalBatch);
    run.steps = std::ceil(samples / samplesPerStep);
    run.usefulHours = run.steps * e.stepTimeS / 3600.0;
    run.wallHours = run.usefulHours / std::max(1e-9, run.checkpoints.goodput);
    run.timeToTrainDays = run.wallHours / 24.0;
    run.acceleratorHours = run.wallHours * c.accelerators;

    // Power, energy, cost. Accelerators the layout leaves idle draw their idle power.
    const SketchHardware& hw = c.hardware;
    run.nodes = hw.nodes;
    const double utilization = e.busyFraction * e.devicesUsed / std::max(1.0, c.accelerators);
    run.averagePower = powerDraw(hw, run.nodes, utilization);
    run.peakPower = powerDraw(hw, run.nodes, 1.0);
    run.runEnergyKWh = run.averagePower.facilityW() / 1000.0 * run.wallHours;
    run.monthly = monthlyCost(hw, run.nodes, run.nodes, run.averagePower, run.peakPower, run.storageTB);
    run.runCostUsd = run.monthly.totalUsd() * run.wallHours / kHoursPerMonth;
    if (!run.monthly.priced)
        run.warnings.push_back(makeWarning(WarningCode::NoPrice, run.monthly.basisPhrase));
    if (!run.monthly.storageUnpricedPhrase.empty())
        run.warnings.push_back(makeWarning(WarningCode::StorageUnpriced, run.monthly.storageUnpricedPhrase));
    return true;
}

} // namespace infraplan
