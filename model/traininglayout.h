#pragma once

#include "phrase.h"

#include "project.h"

#include <string>

namespace infraplan {

/// How one training job is split over the devices: the engine's view of a ParallelLayout plus the
/// expert-parallel degree for mixture-of-experts models. Plain integers so that a search can enumerate
/// millions of them without allocating.
struct TrainingLayout {
    int dp = 1;         ///< data-parallel replicas
    int tp = 1;         ///< tensor-parallel degree (with sequence parallelism, as Megatron-LM runs it)
    int pp = 1;         ///< pipeline stages
    int ep = 1;         ///< expert-parallel degree (MoE: experts spread over this many data-parallel ranks)
    int microBatch = 1; ///< sequences (or samples) per microbatch
    PipelineSchedule schedule = PipelineSchedule::OneFOneB;
    int interleave = 1; ///< virtual stages per pipeline rank (interleaved schedule)
    int zeroStage = 1;  ///< 0 none, 1 optimizer states, 2 + gradients, 3 + weights (FSDP full sharding)
    Recompute recompute = Recompute::Selective;
    /// Under full recompute, how many of a stage's layers are recomputed (Megatron-LM's
    /// --recompute-method block --recompute-num-layers); the others keep their activations as selective
    /// recompute does. 0 = all of them.
    int recomputeLayers = 0;

    int devices() const { return dp * tp * pp; }
    /// Virtual stages actually used: the interleave factor under the interleaved schedule with pp > 1,
    /// else 1.
    int virtualStages() const
    {
        return schedule == PipelineSchedule::Interleaved && pp > 1 && interleave > 1 ? interleave : 1;
    }
    bool operator==(const TrainingLayout&) const = default;
};

/// The engine layout for a project layout (expert parallelism 1; the engine widens it for MoE models).
TrainingLayout toTrainingLayout(const ParallelLayout& p);
/// Back to the project's form, e.g. to apply a chosen layout to a sketch.
ParallelLayout toParallelLayout(const TrainingLayout& l, bool automatic);
/// "DP 16 x TP 8 x PP 4 (interleaved x2), micro-batch 1, ZeRO-1, selective recompute".
std::string describeLayout(const TrainingLayout& l);
/// The same description as a phrase, for the interface to show in the reader's language.
Phrase layoutPhrase(const TrainingLayout& l);

} // namespace infraplan
