#pragma once

#include "sketchsimulator.h"

#include <string>
#include <vector>

namespace infraplan {

/// A training cluster's result at one size.
struct ScalingPoint {
    int nodes = 0;
    double accelerators = 0;
    bool computed = false;
    bool fitsInMemory = true;
    double timeToTrainDays = 0;
    double runCostUsd = 0;
    double mfu = 0;
    std::string layout;
    std::string error;
};

/// Time-to-train and cost of a training sketch as its cluster shrinks and grows.
struct ScalingCurve {
    std::string sketchId;
    std::string name;
    std::vector<ScalingPoint> points; ///< by rising size; points that did not compute carry their error
    int currentIndex = -1;            ///< the point at the sketch's own size
};

/// Multiples of the cluster's node count the scaling chart samples.
std::vector<double> scalingFactors();

/// Simulates copies of `sketch` with every node group's count multiplied by each of `scalingFactors()`
/// (at least one node; sizes that round to the same count are run once). The copies let the engine choose the
/// parallel layout, since a fixed layout is only valid at the size it was written for; the sketch's own size
/// uses `base` as it is.
ScalingCurve scaleTraining(const Project& project, const Sketch& sketch, const SketchSummary& base,
                           const SketchSimulator& simulate);

} // namespace infraplan
