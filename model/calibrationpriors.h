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
    /// Width of the prior on the fixed time per tensor-parallel collective (its value is 0): where the
    /// family's collective library has measured small-message times that the alpha-beta model already
    /// reproduces (NCCL), the fit may move only by about that much; 0 = no measurement, the cases decide.
    double tpSyncWidthS = 0;
};

/// nccl-tests: a small all-reduce inside an 8-GPU NVLink server takes about 10-20 us in all, which the
/// alpha-beta model's step latencies reproduce (docs/model.md §4.2); a fixed cost beyond them is at most
/// that.
constexpr double kNcclSmallCollectiveS = 20e-6;

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
