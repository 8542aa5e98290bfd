#pragma once

#include "hardware.h"

#include <string>
#include <vector>

namespace infraplan {

/// What a device family's achievable fractions are before any validation case is fitted: the prior a family
/// keeps when it has too few cases, and what hardware the cases never saw is predicted with. Every value
/// comes from a published microbenchmark or measured figure (docs/model.md, "Calibration").
struct CalibrationPrior {
    std::string family;
    /// Maximum achievable matmul FLOPS over the datasheet's dense BF16 peak (the MAMF table), or 0 when no
    /// device of the family has been measured (the median of the measured ones is used then).
    double matmulEfficiency = 0;
    std::string matmulSource;
    Calibration values; ///< the prior fractions
    /// Width of the prior on the fixed time per tensor-parallel collective (its value is
    /// values.tpCollectiveSyncS): where the family's collective library has measured small-message times that
    /// the alpha-beta model already reproduces (NCCL), the fit may move only by about that much; 0 = the
    /// cases decide, and the prior value is what a family without enough cases (or held out) keeps.
    double tpSyncWidthS = 0;
};

/// nccl-tests: a small all-reduce inside an 8-GPU NVLink server takes about 10-20 us in all, which the
/// alpha-beta model's step latencies reproduce (docs/model.md §4.2); a fixed cost beyond them is at most
/// that.
constexpr double kNcclSmallCollectiveS = 20e-6;

/// Neuron's collective library measured on one trn1.32xlarge (AWS Neuron SDK, nccom-test user guide,
/// "32 rank all-gather on a single instance"): 151 us for 1 KiB, 149 us for 8 KiB, 150 us for 64 KiB over
/// 32 ranks (16 Trainium chips x 2 NeuronCores), a time that does not grow with the size. The engine's
/// alpha-beta part of that all-gather is 31 ring steps x (NeuronLink's 1.5 us + the 1 us step cost) =
/// 77.5 us; the rest, 151 - 77.5 = 73.5 us, is the fixed cost of one collective beyond the alpha-beta model.
constexpr double kNeuronSmallAllGatherS = 151e-6;
constexpr double kNeuronAllGatherRingSteps = 31;
constexpr double kNeuronRingStepS = 2.5e-6;
constexpr double kNeuronCollectiveSyncS =
    kNeuronSmallAllGatherS - kNeuronAllGatherRingSteps * kNeuronRingStepS;

/// Every family the catalog uses, with its prior.
const std::vector<CalibrationPrior>& calibrationPriors();
/// The prior of one family (a generic one for a family not in the table).
CalibrationPrior calibrationPrior(const std::string& family);

/// Share of the maximum achievable matmul rate that whole training steps and batched serving sustain in
/// their GEMMs: A100 training with FlashAttention reaches "180+ TFLOPS" of a 271.2 TFLOPS MAMF (stas00
/// ml-engineering, compute/accelerator, "Maximum achievable FLOPS"): 180 / 271.2 = 0.66.
constexpr double kMatmulShareOfMamf = 0.66;
/// Median MAMF efficiency of the measured accelerators (A100 86.9%, GH200 83.8%, H100 80.3%, B200 77.6%,
/// Gaudi 3 74.1%, MI325X 60.4%, ...), for families without a measurement.
constexpr double kMedianMatmulEfficiency = 0.78;
/// Achievable fraction of datasheet memory bandwidth in streaming kernels, and of a link's rate as collective
/// bus bandwidth (nccl-tests): about 80% for both.
constexpr double kMemoryBwPrior = 0.80;
constexpr double kLinkPrior = 0.80;

} // namespace infraplan
