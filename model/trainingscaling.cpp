#include "trainingscaling.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

std::vector<double> scalingFactors()
{
    return {0.125, 0.25, 0.5, 1, 2, 4};
}

namespace {
ScalingPoint pointFrom(const Sketch& sketch, const SketchSummary& r)
{
    ScalingPoint p;
    p.nodes = sketch.instanceCount();
    p.accelerators = r.accelerators;
    p.computed = r.computed;
    p.fitsInMemory = r.fitsInMemory;
    p.timeToTrainDays = r.timeToTrainDays;
    p.runCostUsd = r.runCostUsd;
    p.mfu = r.mfu;
    p.layout = r.layout;
    p.error = r.error;
    return p;
}
} // namespace

ScalingCurve scaleTraining(const Project& project, const Sketch& sketch, const SketchSummary& base,
                           const SketchSimulator& simulate)
{
    ScalingCurve curve;
    curve.sketchId = sketch.id;
    curve.name = base.name.empty() ? sketch.name : base.name;
    if (sketch.role != SketchRole::Training || sketch.nodes.empty())
        return curve;
    const int nodes = sketch.instanceCount();
    int lastNodes = 0;
    for (double factor : scalingFactors()) {
        Sketch copy = sketch;
        for (NodeGroup& g : copy.nodes)
            g.count = std::max(1, static_cast<int>(std::lround(g.count * factor)));
        const int n = copy.instanceCount();
        if (n == lastNodes)
            continue;
        lastNodes = n;
        if (n == nodes) {
            curve.currentIndex = static_cast<int>(curve.points.size());
            curve.points.push_back(pointFrom(sketch, base));
            continue;
        }
        copy.layout.automatic = true;
        curve.points.push_back(pointFrom(copy, simulate(project, copy, whatIfOptions())));
    }
    return curve;
}

} // namespace infraplan
