#pragma once

#include "results.h"

#include <array>
#include <string>

namespace infraplan {

/// A fleet's day: the traffic each hour and the replicas and whole instances the autoscaler runs for it.
struct DailyLoad {
    std::string sketchId;
    std::string name;
    std::string serviceName;
    std::string instanceName;
    std::array<double, 24> rps{};       ///< mean arrivals per second in each hour
    std::array<double, 24> replicas{};  ///< replicas running in each hour
    std::array<double, 24> instances{}; ///< whole instances held in each hour (what is billed)
    int instancesDrawn = 0;             ///< the autoscaler's ceiling
    std::string basis;                  ///< how the series was obtained, one sentence
    std::string error;                  ///< why there is no series
};

/// The 24-hour traffic curve of an inference fleet's service and the replicas and instances serving it, as
/// the inference engine reported them (its simulated day, or its analytical hour-by-hour sizing).
DailyLoad dailyLoad(const Project& project, const Sketch& sketch, const SketchSummary& summary);

} // namespace infraplan
