#pragma once

#include "layoutsearch.h"
#include "powercost.h"
#include "trainingstorage.h"
#include "warning.h"

#include <string>
#include <vector>

namespace infraplan {

/// A whole training run on a sketch: the step estimate for the chosen (or given) layout, then storage,
/// failures and checkpoints, time-to-train, power, energy and cost. What `simulate` reports.
struct TrainingRun {
    TrainingSetup setup;
    TrainingLayout layout;
    bool layoutChosen = false; ///< the engine picked the layout (ParallelLayout::automatic)
    size_t layoutsEvaluated = 0;
    TrainingEstimate estimate;
    std::vector<std::string> fitAdvice; ///< when the layout does not fit in memory

    CheckpointPlan checkpoints;
    double datasetBytes = 0;
    double storageTB = 0; ///< provisioned on the storage tier: dataset + two checkpoints
    double steps = 0;
    double usefulHours = 0; ///< steps x step time
    double wallHours = 0;   ///< useful / goodput (checkpoint writes, lost work and restarts)
    double timeToTrainDays = 0;
    double acceleratorHours = 0; ///< every accelerator of the sketch for the wall time

    double nodes = 0;
    PowerDraw averagePower, peakPower;
    double runEnergyKWh = 0; ///< facility energy of the run (IT x PUE)
    MonthlyCost monthly;     ///< keeping the cluster for a month
    double runCostUsd = 0;   ///< the monthly cost over the run's wall time

    std::vector<Warning> warnings;
};

/// Runs the training model for a prepared setup and the sketch's layout (chosen by the engine when
/// `layout.automatic`). Returns false with `error` set when the layout is impossible (e.g. more devices than
/// the cluster has); a layout that does not fit in memory is still simulated and flagged.
bool simulateTrainingRun(const TrainingSetup& setup, const ParallelLayout& layout, TrainingRun& run,
                         std::string& error);

} // namespace infraplan
