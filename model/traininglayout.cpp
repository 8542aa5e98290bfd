#include "traininglayout.h"

namespace infraplan {

TrainingLayout toTrainingLayout(const ParallelLayout& p)
{
    TrainingLayout l;
    l.dp = p.dp;
    l.tp = p.tp;
    l.pp = p.pp;
    l.microBatch = p.microBatch;
    l.schedule = p.schedule;
    l.interleave = p.interleave;
    l.zeroStage = p.zeroStage;
    l.recompute = p.recompute;
    l.recomputeLayers = p.recomputeLayers;
    return l;
}

ParallelLayout toParallelLayout(const TrainingLayout& l, bool automatic)
{
    ParallelLayout p;
    p.automatic = automatic;
    p.dp = l.dp;
    p.tp = l.tp;
    p.pp = l.pp;
    p.microBatch = l.microBatch;
    p.schedule = l.schedule;
    p.interleave = l.interleave;
    p.zeroStage = l.zeroStage;
    p.recompute = l.recompute;
    p.recomputeLayers = l.recomputeLayers;
    return p;
}

std::string describeLayout(const TrainingLayout& l)
{
    return english(layoutPhrase(l));
}

Phrase layoutPhrase(const TrainingLayout& l)
{
    auto n = [](int v) { return textPhrase(std::to_string(v)); };
    Phrase p = phrase(PhraseId::LayoutDimensions, {n(l.dp), n(l.tp), n(l.pp)});
    if (l.virtualStages() > 1)
        p = phrase(PhraseId::LayoutInterleaved, {std::move(p), n(l.virtualStages())});
    if (l.ep > 1)
        p = phrase(PhraseId::LayoutExperts, {std::move(p), n(l.ep)});
    if (l.recompute == Recompute::None)
        return phrase(PhraseId::LayoutNoRecompute, {std::move(p), n(l.microBatch), n(l.zeroStage)});
    p = phrase(PhraseId::LayoutRecompute,
               {std::move(p), n(l.microBatch), n(l.zeroStage), termPhrase(recomputeName(l.recompute))});
    if (l.recompute == Recompute::Full && l.recomputeLayers > 0)
        p = phrase(PhraseId::LayoutRecomputeLayers, {std::move(p), n(l.recomputeLayers)});
    return p;
}

} // namespace infraplan
