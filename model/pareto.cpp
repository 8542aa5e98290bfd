#include "pareto.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

std::vector<size_t> paretoFront(const std::vector<TradeoffPoint>& points)
{
    auto dominates = [](const TradeoffPoint& a, const TradeoffPoint& b) {
        return a.costPerUnitUsd <= b.costPerUnitUsd && a.p99LatencyMs <= b.p99LatencyMs &&
               (a.costPerUnitUsd < b.costPerUnitUsd || a.p99LatencyMs < b.p99LatencyMs);
    };
    std::vector<size_t> front;
    for (size_t i = 0; i < points.size(); ++i) {
        bool dominated = false;
        for (size_t j = 0; j < points.size() && !dominated; ++j)
            dominated = j != i && dominates(points[j], points[i]);
        if (!dominated)
            front.push_back(i);
    }
    std::stable_sort(front.begin(), front.end(), [&](size_t a, size_t b) {
        if (points[a].p99LatencyMs != points[b].p99LatencyMs)
            return points[a].p99LatencyMs < points[b].p99LatencyMs;
        return points[a].costPerUnitUsd < points[b].costPerUnitUsd;
    });
    return front;
}

std::vector<TradeoffGroup> costLatencyTradeoffs(const Project& project,
                                                const std::vector<SketchSummary>& summaries)
{
    std::vector<TradeoffGroup> groups;
    for (const InferenceService& service : project.services) {
        TradeoffGroup g;
        g.serviceId = service.id;
        g.serviceName = service.name;
        for (const SketchSummary& s : summaries) {
            const Sketch* sketch = project.sketch(s.sketchId);
            if (!sketch || sketch->workloadId != service.id || s.role != SketchRole::Inference ||
                !s.computed || !s.monthly.priced)
                continue;
            // An LLM fleet reports tokens; a fleet of any other model reports requests only.
            const bool llm = s.costPerMillionTokensUsd > 0;
            if (g.points.empty())
                g.perMillionTokens = llm;
            else if (llm != g.perMillionTokens)
                continue;
            TradeoffPoint p{s.sketchId, s.name, llm ? s.costPerMillionTokensUsd : s.costPerMillionRequestsUsd,
                            llm ? s.ttftMs[2] : s.e2eMs[2], s.meetsTargets};
            if (p.costPerUnitUsd > 0 && p.p99LatencyMs > 0 && std::isfinite(p.costPerUnitUsd) &&
                std::isfinite(p.p99LatencyMs))
                g.points.push_back(p);
        }
        if (g.points.empty())
            continue;
        g.costLabel =
            g.perMillionTokens ? "Cost per million output tokens (USD)" : "Cost per million requests (USD)";
        g.latencyLabel = g.perMillionTokens ? "p99 time to first token (ms)" : "p99 end-to-end latency (ms)";
        g.latencyTargetMs = g.perMillionTokens ? service.targets.ttftP99Ms : service.targets.e2eP99Ms;
        g.front = paretoFront(g.points);
        groups.push_back(std::move(g));
    }
    return groups;
}

} // namespace infraplan
