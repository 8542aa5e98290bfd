#include "closecall.h"

#include "figureformat.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

namespace {

const FigureBand* costBand(const SketchSummary& s)
{
    const FigureBand& b =
        s.role == SketchRole::Training ? s.confidence.runCostUsd : s.confidence.monthlyCostUsd;
    return s.confidence.available && b.present ? &b : nullptr;
}

std::string range(const FigureBand& b, bool monthly, const ExchangeRate& money)
{
    const std::string per = monthly ? "/month" : "";
    return formatMoney(b.value, money) + per + " (" + formatMoney(b.low, money) + " to " +
           formatMoney(b.high, money) + ")";
}

std::string hardware(const SketchSummary& s)
{
    return s.acceleratorName.empty() ? s.name : s.acceleratorName;
}

} // namespace

std::optional<CloseCall> closeCall(const SketchSummary& winner, const SketchSummary& runnerUp,
                                   const std::string& what)
{
    const FigureBand* w = costBand(winner);
    const FigureBand* r = costBand(runnerUp);
    if (!w || !r || w->high < r->low)
        return std::nullopt;
    const bool monthly = winner.role != SketchRole::Training;
    CloseCall c;
    c.title = "Too close to call for " + what + ": " + winner.name + " at " +
              range(*w, monthly, winner.money) + " and " + runnerUp.name + " at " +
              range(*r, monthly, runnerUp.money) + " overlap within the validated error.";
    // The cost follows the speed through the bill: the winner loses its lead when its hardware runs slower
    // than predicted by about the cost gap.
    const double gap = r->value > 0 ? 1 - w->value / r->value : 0;
    c.decider = "What would decide it: a measured run of " + what + " on " + hardware(winner) + " and on " +
                hardware(runnerUp) + " (" + winner.confidence.band.regime.label() + ", " +
                std::to_string(winner.confidence.band.cases) + " validated cases; " +
                runnerUp.confidence.band.regime.label() + ", " +
                std::to_string(runnerUp.confidence.band.cases) + "). " + winner.name +
                " stays cheaper unless it runs about " + formatPercent(std::max(0.0, gap)) +
                " slower than predicted relative to " + runnerUp.name + ".";
    return c;
}

} // namespace infraplan
