#include "simulation.h"

#include "catalog.h"
#include "inferencesummary.h"
#include "pricingdefaults.h"
#include "trainingsummary.h"
#include "vectorstate.h"

namespace infraplan {

SketchSummary simulateSketch(const Project& project, const Sketch& sketch, const Catalog& catalog,
                             const SimulationOptions& options)
{
    clearUpperVectorState();
    // Every engine sees the pricing that applies (the sketch's own, or the project's settings) and
    // sentences show money in the project's currency.
    const Sketch priced = withPricingDefaults(project, sketch);
    SimulationOptions o = options;
    o.money = project.exchangeRate();
    SketchSummary s = sketch.role == SketchRole::Training ? summarizeTraining(project, priced, catalog, o)
                                                          : summarizeInference(project, priced, catalog, o);
    s.money = o.money;
    s.sketchId = sketch.id;
    s.name = sketch.name;
    s.role = sketch.role;
    return s;
}

std::vector<SketchSummary> simulateProject(const Project& project, const Catalog& catalog,
                                           const SimulationOptions& options)
{
    std::vector<SketchSummary> out;
    out.reserve(project.sketches.size());
    for (const Sketch& s : project.sketches)
        out.push_back(simulateSketch(project, s, catalog, options));
    return out;
}

} // namespace infraplan
