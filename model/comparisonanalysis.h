#pragma once

#include "comparison.h"
#include "dailyload.h"
#include "loadcurve.h"
#include "pareto.h"
#include "recommendations.h"
#include "tco.h"
#include "trainingscaling.h"

#include <atomic>
#include <vector>

namespace infraplan {

/// Everything the comparison view and the report show, computed from the sketches' summaries: the table,
/// the data of every chart and the findings. Built off the UI thread; charts only draw it.
struct ComparisonAnalysis {
    std::vector<SketchSummary> summaries; ///< the compared sketches, in project order
    ComparisonTable table;
    std::vector<TradeoffGroup> tradeoffs; ///< cost per unit vs p99 latency, one group per service
    std::vector<LoadCurve> loadCurves;    ///< one per inference fleet
    std::vector<ScalingCurve> scaling;    ///< one per training cluster
    std::vector<DailyLoad> days;          ///< one per inference fleet
    std::vector<TcoLine> tco;             ///< one per sketch, plus cloud/owned counterparts
    std::vector<Finding> findings;
    ExchangeRate money; ///< the project's currency, which charts and tables show money in
    bool cancelled = false;
};

/// Analyses `summaries` (every sketch of `project`, or the selection being compared). What-if runs (load
/// sweeps, scaled clusters, counterparts, alternatives) go through `simulate`. Returns early with
/// `cancelled` set when `cancel` becomes true.
ComparisonAnalysis analyzeComparison(const Project& project, const std::vector<SketchSummary>& summaries,
                                     const Catalog& catalog, const SketchSimulator& simulate,
                                     const std::atomic<bool>* cancel = nullptr);

} // namespace infraplan
