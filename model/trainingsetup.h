#pragma once

#include "hardware.h"
#include "modelspec.h"
#include "problem.h"
#include "project.h"

#include <optional>
#include <string>

namespace infraplan {

class Catalog;

/// The workload side of a training estimate, reduced to the numbers the engine's equations use. Built once
/// per sketch (or validation case) so that an estimate is plain arithmetic (docs/model.md, "Training
/// engine").
struct TrainingWorkload {
    ModelSpec model;
    TrainingMethod method = TrainingMethod::Pretrain;
    int loraRank = 16;
    Precision precision = Precision::BF16;
    Optimizer optimizer = Optimizer::Adam;
    double globalBatch = 0;    ///< sequences (transformers) or samples per optimizer step
    double trainingTokens = 0; ///< transformers
    double trainingSamples = 0;
    /// The framework reduces gradients bucket by bucket while the backward still runs (PyTorch DDP,
    /// Megatron-LM overlap-grad-reduce, FSDP). False: the reduction and the weight gather wait for the whole
    /// backward and the optimizer step (apex DistributedFusedLAMB without dwu-overlap-reductions, the
    /// default of NVIDIA's MLPerf BERT).
    bool overlapGradReduce = true;
    /// The framework splits tensor-parallel collectives into steps that run under the matmuls (collective
    /// matmul: XLA's --xla_tpu_decompose_all_gather_einsum, Transformer Engine's tp-comm-overlap). False:
    /// they are exposed, as in Megatron-LM without TP overlap.
    bool overlapTensorParallel = false;

    // Derived once by prepareWorkload(); counts are parameters, FLOPs are per token (transformers) or per
    // sample (generic models).
    double tokensPerSample = 1;
    double attentionParamsPerLayer = 0; ///< Q, K, V, O projections
    double expertParamsPerLayer = 0;    ///< one FFN (one expert for MoE)
    double embeddingParams = 0;    ///< transformers: input and output embeddings; generic: sharded tables
    double activeParams = 0;       ///< params a token passes through (MoE: k of E experts)
    double loraParams = 0;         ///< adapter params (LoRA only)
    double modelFlopsPerToken = 0; ///< 6N + 12·L·h·s (PaLM appendix B); LoRA: 4N + 12·L·h·s + adapters
    double fp8FlopShare = 0;       ///< share of executed matmul FLOPs in FP8 GEMMs (FP8 runs only)
    double blockLinearFlopsPerToken = 0;      ///< the part of modelFlopsPerToken in the blocks' linear layers
    double elementwiseBytesPerTokenLayer = 0; ///< non-GEMM memory traffic, forward + backward
    double inputBytesPerSample = 0;           ///< read from storage per sample
    double activationBytes = 0; ///< bytes per element of activations (2 for 16-bit, 4 for 32-bit)
    double weightBytes = 0, gradBytes = 0, optimizerBytes = 0; ///< per trainable parameter (ZeRO's 2+2+12)
};

/// The cluster side: one device's peaks and the two tiers of interconnect, in SI units.
struct TrainingCluster {
    SketchHardware hardware;
    double accelerators = 0;
    double perNode = 1;       ///< accelerators per server or instance
    double scaleUpDomain = 1; ///< accelerators joined by the scale-up link (a server; a TPU slice)
    double peakFlops = 0;     ///< dense peak in the workload's precision (FP8: the FP8 peak)
    double peak16Flops = 0;   ///< dense peak of the 16-bit format used for the non-FP8 share
    double memoryBytes = 0;
    double memoryBwBytesPerS = 0;
    double computeEfficiency = 0.5;
    double memoryBwEfficiency = 0.8;
    double ranksPerDevice =
        1;                  ///< compute cores per device that each hold a tensor-parallel shard (NeuronCores)
    double upBytesPerS = 0; ///< scale-up bus bandwidth achievable per device (link x efficiency)
    double upLatencyS = 0;  ///< per collective step, link plus NCCL software
    /// Share of the scale-up bandwidth a tensor-parallel group reaches: 1 on a switch; on a TPU torus the
    /// group is a ring along one axis and drives that axis's two ports only (1/3 of a 3D torus chip's).
    double tpLinkShare = 1;
    /// Fixed time of every tensor-parallel collective beyond latency plus size over bandwidth (calibrated).
    double tpSyncS = 0;
    double outBytesPerS = 0; ///< scale-out bandwidth achievable per device
    double outLatencyS = 0;
    double storageReadBytesPerS = 0; ///< what the storage tier delivers to the whole cluster; 0 = unknown
    double storageWriteBytesPerS = 0;
    std::string calibrationSource;
};

/// Workload and cluster together: everything estimateTraining() reads.
struct TrainingSetup {
    TrainingWorkload workload;
    TrainingCluster cluster;
};

/// Fills the derived fields of a workload (parameter split, FLOPs per token, bytes per parameter).
/// Returns a plain-English reason when the model cannot be trained as asked (e.g. FP8 on a device without
/// it).
std::optional<std::string> prepareWorkload(TrainingWorkload& w);

/// Builds the cluster side from resolved hardware: peaks in the precision, calibrated efficiencies, link
/// bandwidths and latencies, the scale-up domain (a server, or the whole slice for TPU ICI) and what the
/// storage tier can read and write for this many nodes. nullopt with a problem when a needed figure is
/// missing.
std::optional<TrainingCluster> prepareCluster(const SketchHardware& hw, const Catalog& catalog,
                                              Precision precision, double datasetBytes, Problems& problems);

/// The setup of a training sketch of a project; problems say what is missing.
std::optional<TrainingSetup> prepareTraining(const Project& project, const Sketch& sketch,
                                             const Catalog& catalog, Problems& problems);

} // namespace infraplan
