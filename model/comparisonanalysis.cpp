#include "comparisonanalysis.h"

namespace infraplan {

ComparisonAnalysis analyzeComparison(const Project& project, const std::vector<SketchSummary>& summaries,
                                     const Catalog& catalog, const SketchSimulator& simulate,
                                     const std::atomic<bool>* cancel)
{
    ComparisonAnalysis a;
    auto stop = [&] { return a.cancelled = cancel && cancel->load(); };
    a.summaries = summaries;
    a.money = project.exchangeRate();
    a.table = compareSketches(project, summaries);
    a.tradeoffs = costLatencyTradeoffs(project, summaries);
    for (const SketchSummary& s : summaries) {
        const Sketch* sketch = project.sketch(s.sketchId);
        if (!sketch)
            continue;
        if (s.role == SketchRole::Inference)
            a.days.push_back(dailyLoad(project, *sketch, s));
    }
    for (const SketchSummary& s : summaries) {
        const Sketch* sketch = project.sketch(s.sketchId);
        if (!sketch || !s.computed || stop())
            continue;
        if (s.role == SketchRole::Inference)
            a.loadCurves.push_back(sweepLoad(project, *sketch, s, simulate));
        else
            a.scaling.push_back(scaleTraining(project, *sketch, s, simulate));
    }
    if (stop())
        return a;
    a.tco = totalCostOfOwnership(project, summaries, catalog, simulate);
    if (stop())
        return a;
    a.findings = recommend(project, summaries, catalog, simulate, {}, cancel);
    stop();
    return a;
}

} // namespace infraplan
