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
    std::string s =
        "DP " + std::to_string(l.dp) + " x TP " + std::to_string(l.tp) + " x PP " + std::to_string(l.pp);
    if (l.virtualStages() > 1)
        s += " (interleaved x" + std::to_string(l.virtualStages()) + ")";
    if (l.ep > 1)
        s += ", EP " + std::to_string(l.ep);
    s += ", micro-batch " + std::to_string(l.microBatch) + ", ZeRO-" + std::to_string(l.zeroStage) + ", " +
         (l.recompute == Recompute::None ? std::string("no") : std::string(recomputeName(l.recompute))) +
         " recompute";
    if (l.recompute == Recompute::Full && l.recomputeLayers > 0)
        s += " (" + std::to_string(l.recomputeLayers) + " layers per stage)";
    return s;
}

} // namespace infraplan
