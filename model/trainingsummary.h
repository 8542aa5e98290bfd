#pragma once

#include "problem.h"
#include "simulation.h"

#include <memory>

namespace infraplan {

struct TrainingRun;

/// Runs the training engine on one sketch and condenses its result into the headline figures.
SketchSummary summarizeTraining(const Project& project, const Sketch& sketch, const Catalog& catalog,
                                const SimulationOptions& options);

/// The headline figures of a training run, which the summary keeps for its breakdowns; `problems` found while
/// resolving the hardware become warnings. The real engine and the tests' stand-in both condense through
/// this.
SketchSummary trainingSummary(std::shared_ptr<const TrainingRun> run, const Problems& problems = {});

} // namespace infraplan
