#pragma once

#include "simulation.h"

namespace infraplan {

/// Runs the inference engine on one sketch and condenses its result into the headline figures.
SketchSummary summarizeInference(const Project& project, const Sketch& sketch, const Catalog& catalog,
                                 const SimulationOptions& options);

} // namespace infraplan
