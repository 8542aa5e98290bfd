#include "trainingsummary.h"

namespace infraplan {

// Replaced by the training engine (issue training): until it lands the sketch reports that it cannot be
// simulated.
SketchSummary summarizeTraining(const Project&, const Sketch&, const Catalog&, const SimulationOptions&)
{
    SketchSummary s;
    s.computed = false;
    s.error = "the training engine is not built yet";
    return s;
}

} // namespace infraplan
