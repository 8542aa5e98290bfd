#pragma once

#include "simulation.h"

namespace infraplan {

/// Runs the training engine on one sketch and condenses its result into the headline figures.
SketchSummary summarizeTraining(const Project& project, const Sketch& sketch, const Catalog& catalog,
                                const SimulationOptions& options);

} // namespace infraplan
