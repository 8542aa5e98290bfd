#include "simulation.h"

#include "catalog.h"
#include "inferencesummary.h"
#include "trainingsummary.h"

namespace infraplan {

SketchSummary simulateSketch(const Project& project, const Sketch& sketch, const Catalog& catalog,
                             const SimulationOptions& options)
{
    SimulationOptions o = options;
    o.money = project.exchangeRate();
    SketchSummary s = sketch.role == SketchRole::Training ? summarizeTraining(project, sketch, catalog, o)
                                                          : summarizeInference(project, sketch, catalog, o);
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
