#pragma once

#include "sketchsimulator.h"

#include <string>
#include <vector>

namespace infraplan {

/// The latency of a fleet of fixed size at one steady load.
struct LoadPoint {
    double offeredRps = 0;
    double p99LatencyMs = 0;
    bool meetsTargets = false;
};

/// Latency versus throughput of one inference fleet: the replicas it runs at peak, held fixed (no
/// autoscaling), under flat traffic from light load to past the throughput at which its targets still hold.
struct LoadCurve {
    std::string sketchId;
    std::string name;
    bool llm = true;            ///< latency is p99 time to first token; otherwise p99 end-to-end
    std::string latencyLabel;   ///< "p99 time to first token (ms)"
    double latencyTargetMs = 0; ///< the service's target on that latency (the SLO line); 0 = none
    int replicas = 0;
    double capacityRps = 0; ///< replicas × the engine's max requests/s per replica (0 when not reported)
    std::vector<LoadPoint> points;
    std::string error; ///< why there is no curve
};

/// Loads at which the curve is sampled, as fractions of the fleet's capacity.
std::vector<double> loadCurveFractions();

/// Sweeps the load on copies of `sketch` (flat traffic at each load, autoscaling off with the peak replica
/// count) through `simulate` with quick what-if options (the analytical queueing estimate). `base` is the
/// sketch's own summary: its replicas at peak and max requests/s per replica size the sweep.
LoadCurve sweepLoad(const Project& project, const Sketch& sketch, const SketchSummary& base,
                    const SketchSimulator& simulate);

/// A copy of `sketch` with exactly `replicas` replicas and no autoscaling: node counts are resized to hold
/// them (a replica may share a server with others or span several). `acceleratorsPerNode` comes from the
/// sketch's instance.
Sketch withFixedReplicas(const Sketch& sketch, int replicas, double acceleratorsPerNode);

} // namespace infraplan
