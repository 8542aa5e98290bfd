#include "sketchsimulator.h"

namespace infraplan {

SketchSimulator catalogSimulator(const Catalog& catalog)
{
    return [&catalog](const Project& project, const Sketch& sketch, const SimulationOptions& options) {
        return simulateSketch(project, sketch, catalog, options);
    };
}

SimulationOptions whatIfOptions(const std::atomic<bool>* cancel)
{
    SimulationOptions o;
    o.fullInferenceSimulation = false;
    o.cancel = cancel;
    return o;
}

} // namespace infraplan
