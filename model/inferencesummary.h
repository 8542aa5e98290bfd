#pragma once

#include "hardware.h"
#include "problem.h"
#include "simulation.h"

#include <memory>

namespace infraplan {

struct InferenceFleetResult;

/// Runs the inference engine on one sketch and condenses its result into the headline figures.
SketchSummary summarizeInference(const Project& project, const Sketch& sketch, const Catalog& catalog,
                                 const SimulationOptions& options);

/// The headline figures of a fleet on `hardware`, which the summary keeps for its breakdowns; `problems`
/// found while resolving the hardware become warnings. The real engine and the tests' stand-in both condense
/// through this. A result without a replica model (the stand-in's) has no memory or token figures.
SketchSummary fleetSummary(std::shared_ptr<const InferenceFleetResult> fleet, const SketchHardware& hardware,
                           const Problems& problems = {});

} // namespace infraplan
