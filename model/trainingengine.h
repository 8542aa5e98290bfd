#pragma once

#include "traininglayout.h"
#include "trainingsetup.h"

namespace infraplan {

/// Why a layout cannot run at all (as opposed to running out of memory).
enum class LayoutIssue {
    None,
    TooManyDevices,      ///< dp x tp x pp exceeds the accelerators in the cluster
    HeadsNotDivisible,   ///< tensor parallelism must split the attention heads evenly
    TooManyStages,       ///< more pipeline stages than layers
    BadInterleave,       ///< virtual stages must divide the layers per stage and microbatches the stages
    ExpertsNotDivisible, ///< expert parallelism must divide the experts and the data-parallel degree
    NotPartitionable,    ///< generic models only run data-parallel
    BadDegree,           ///< a degree or the microbatch is below 1
};

/// Plain-English reason for a layout issue.
const char* layoutIssueText(LayoutIssue issue);

/// Memory one device needs for its share of the model, in bytes (the most loaded device: the first
/// pipeline stage, or the last when its logits dominate).
struct MemoryBreakdown {
    double weights = 0;
    double gradients = 0;
    double optimizer = 0;
    double activations = 0;
    double buffers = 0; ///< framework, communication buffers, ZeRO-3 gather buffers
    double total() const { return weights + gradients + optimizer + activations + buffers; }
};

/// One optimizer step split into what the slowest device spends its time on, in seconds. The parts add up
/// to the step time.
struct StepBreakdown {
    double compute = 0;   ///< GEMMs and memory-bound layers of every microbatch (incl. recompute)
    double recompute = 0; ///< the part of compute spent recomputing activations (informative)
    double tpComm = 0;    ///< tensor-parallel all-gather / reduce-scatter, exposed
    double epComm = 0;    ///< expert-parallel all-to-all, exposed
    double ppComm = 0;    ///< pipeline sends between stages
    double bubble = 0;    ///< pipeline fill and drain
    double dpComm = 0;    ///< data-parallel gradient / ZeRO traffic not hidden behind compute
    double optimizer = 0; ///< the optimizer update (memory bound)
    double dataStall = 0; ///< waiting for the storage tier
    double total() const
    {
        return compute + tpComm + epComm + ppComm + bubble + dpComm + optimizer + dataStall;
    }
};

/// One training estimate: does the layout fit, how long is a step and what it yields.
struct TrainingEstimate {
    LayoutIssue issue = LayoutIssue::None;
    bool fits = false;
    double devicesUsed = 0;
    double globalBatch = 0;  ///< sequences or samples per step
    double microbatches = 0; ///< per pipeline per step (gradient-accumulation steps)
    MemoryBreakdown memory;
    double memoryCapacityBytes = 0;
    StepBreakdown step;
    double stepTimeS = 0;
    double tokensPerS = 0;
    double samplesPerS = 0;
    double modelFlopsPerStep = 0;
    double modelFlopsPerSPerDevice = 0;
    double mfu = 0;          ///< model FLOPs per second per device / dense peak in the workload's precision
    double hfu = 0;          ///< the same with recomputation counted
    double busyFraction = 0; ///< share of the step the devices compute (drives power)
    double dataReadBytesPerS = 0; ///< storage read rate the run needs
    double trainableParamsPerDevice = 0;

    bool valid() const { return issue == LayoutIssue::None; }
};

/// Global batch a planner would pick when the job gives none: about 4M tokens per step (GPT-3 used 3.2M,
/// PaLM and Llama 2 4M) but at least one sequence per accelerator (Megatron-LM's 1T run: 3072 sequences on
/// 3072 GPUs) for transformers; 64 samples per accelerator for generic models.
double defaultGlobalBatch(const TrainingWorkload& w, double accelerators);

/// One estimate. Pure arithmetic on the prepared setup: no allocation, no exceptions, well under 10 µs
/// (bench/bench_training.cpp). Equations and sources in docs/model.md, "Training engine".
TrainingEstimate estimateTraining(const TrainingSetup& setup, const TrainingLayout& layout);

/// The expert-parallel degree the engine uses for a layout when the user did not choose one: the largest
/// divisor of the experts that divides the data-parallel degree and keeps expert traffic inside the
/// scale-up domain.
int defaultExpertParallel(const TrainingSetup& setup, const TrainingLayout& layout);

} // namespace infraplan
