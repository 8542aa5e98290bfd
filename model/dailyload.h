#pragma once

#include "results.h"

#include <array>
#include <string>

namespace infraplan {

/// A fleet's day: the traffic each hour and the replicas the autoscaler runs for it.
struct DailyLoad {
    std::string sketchId;
    std::string name;
    std::string serviceName;
    std::array<double, 24> rps{};      ///< mean arrivals per second in each hour
    std::array<double, 24> replicas{}; ///< replicas running in each hour
    bool fromEngine = false;           ///< true: the inference engine's hourly series; false: estimated here
    std::string basis;                 ///< how the replicas were obtained, one sentence
    std::string error;                 ///< why there is no series
};

/// The 24-hour traffic curve of an inference fleet's service and the replicas serving it. Taken from the
/// engine's hourly series in the summary's `detail` when it reports one (`detail.fleet.hourly`, 24 objects
/// with `requests_per_s` and `replicas`); otherwise estimated like the autoscaler: each hour runs ceil(rps /
/// (max requests/s per replica × target utilization)) replicas, between the policy's minimum and maximum, or
/// the peak replica count all day when autoscaling is off.
DailyLoad dailyLoad(const Project& project, const Sketch& sketch, const SketchSummary& summary);

} // namespace infraplan
