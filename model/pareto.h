#pragma once

#include "results.h"

#include <string>
#include <vector>

namespace infraplan {

/// One option on the cost-versus-latency plane; lower is better on both axes.
struct TradeoffPoint {
    std::string sketchId;
    std::string name;
    double costPerUnitUsd = 0; ///< per million output tokens (LLMs) or per million requests (other models)
    double p99LatencyMs = 0;   ///< p99 time to first token (LLMs) or p99 end-to-end latency (other models)
    bool meetsTargets = false;
};

/// The indices of the points no other point dominates (another point is at most as costly and at most as
/// slow, and strictly better on one of the two), ordered by rising latency. Identical points are all kept.
std::vector<size_t> paretoFront(const std::vector<TradeoffPoint>& points);

/// The fleets serving one service, placed on the cost-versus-latency plane, with their Pareto front.
struct TradeoffGroup {
    std::string serviceId;
    std::string serviceName;
    bool perMillionTokens = true; ///< false: cost per million requests
    std::string costLabel;        ///< "Cost per million output tokens (USD)"
    std::string latencyLabel;     ///< "p99 time to first token (ms)"
    double latencyTargetMs = 0;   ///< the service's p99 target on that latency; 0 = none
    std::vector<TradeoffPoint> points;
    std::vector<size_t> front; ///< indices into points
};

/// One group per service with at least one computed and priced fleet, in the project's service order.
std::vector<TradeoffGroup> costLatencyTradeoffs(const Project& project,
                                                const std::vector<SketchSummary>& summaries);

} // namespace infraplan
