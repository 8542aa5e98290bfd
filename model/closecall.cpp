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

Phrase range(const FigureBand& b, bool monthly, const ExchangeRate& money)
{
    Phrase value = textPhrase(formatMoney(b.value, money));
    if (monthly)
        value = phrase(PhraseId::PerMonth, {std::move(value)});
    return phrase(PhraseId::CostRange, {std::move(value), textPhrase(formatMoney(b.low, money)),
                                        textPhrase(formatMoney(b.high, money))});
}

Phrase hardware(const SketchSummary& s)
{
    return textPhrase(s.acceleratorName.empty() ? s.name : s.acceleratorName);
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
    c.title = phrase(PhraseId::TooCloseToCall,
                     {textPhrase(what), textPhrase(winner.name), range(*w, monthly, winner.money),
                      textPhrase(runnerUp.name), range(*r, monthly, runnerUp.money)});
    // The cost follows the speed through the bill: the winner loses its lead when its hardware runs slower
    // than predicted by about the cost gap.
    const double gap = r->value > 0 ? 1 - w->value / r->value : 0;
    c.decider = phrase(
        PhraseId::Sentences,
        {phrase(PhraseId::WhatWouldDecide, {textPhrase(what), hardware(winner), hardware(runnerUp),
                                            winner.confidence.band.regime.labelPhrase(),
                                            textPhrase(std::to_string(winner.confidence.band.cases)),
                                            runnerUp.confidence.band.regime.labelPhrase(),
                                            textPhrase(std::to_string(runnerUp.confidence.band.cases))}),
         phrase(PhraseId::StaysCheaperUnless,
                {textPhrase(winner.name), textPhrase(formatPercent(std::max(0.0, gap))),
                 textPhrase(runnerUp.name)})});
    return c;
}

} // namespace infraplan
