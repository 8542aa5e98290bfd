#pragma once

#include "simulation.h"

#include <functional>

namespace infraplan {

/// Runs one sketch of a project and returns its headline figures. The comparison, scaling, load-sweep and
/// recommendation code asks "what if" by simulating modified copies of a sketch through this function, so
/// tests can give it a stand-in engine and the GUI the real one.
using SketchSimulator = std::function<SketchSummary(const Project& project, const Sketch& sketch,
                                                    const SimulationOptions& options)>;

/// The real engines (`simulateSketch`) over `catalog`, which must outlive the returned function.
SketchSimulator catalogSimulator(const Catalog& catalog);

/// Options for the many quick "what if" runs: the analytical inference estimate, never the discrete-event
/// simulation, with the caller's cancel flag.
SimulationOptions whatIfOptions(const std::atomic<bool>* cancel = nullptr);

} // namespace infraplan
