#pragma once

#include "results.h"

#include <atomic>
#include <functional>
#include <vector>

namespace infraplan {

class Catalog;

/// How much work a simulation may do. The canvas asks for a quick estimate while the user drags and a full
/// discrete-event run once edits settle; the command line and the report always run the full model.
struct SimulationOptions {
    bool fullInferenceSimulation = true; ///< false: analytical queueing estimate only
    unsigned seed = 1;
    const std::atomic<bool>* cancel = nullptr;
    /// Simulate the day as hourly slices sampled until their percentiles are known within an interval
    /// (dayslices.h) instead of whole: an order of magnitude faster; the fleet's notes state the interval.
    bool daySlices = false;
    int daySliceThreads = 0; ///< threads for the slices (0: as many as the machine has)
    /// The currency sentences (verdicts, reports) show money in; simulateSketch sets the project's.
    ExchangeRate money;
};

/// Simulates one sketch of the project with the engine its role needs.
SketchSummary simulateSketch(const Project& project, const Sketch& sketch, const Catalog& catalog,
                             const SimulationOptions& options = {});

/// Simulates every sketch, in project order.
std::vector<SketchSummary> simulateProject(const Project& project, const Catalog& catalog,
                                           const SimulationOptions& options = {});

} // namespace infraplan
