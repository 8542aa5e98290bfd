#include "inferencesummary.h"

namespace infraplan {

// Replaced by the inference engine (issue inference): until it lands the sketch reports that it cannot be
// simulated.
SketchSummary summarizeInference(const Project&, const Sketch&, const Catalog&, const SimulationOptions&)
{
    SketchSummary s;
    s.computed = false;
    s.error = "the inference engine is not built yet";
    return s;
}

} // namespace infraplan
