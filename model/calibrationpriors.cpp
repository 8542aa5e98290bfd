#include "calibrationpriors.h"

namespace infraplan {

namespace {

constexpr const char* kMamfTable = "stas00/ml-engineering, compute/accelerator/README.md, 'Maximum "
                                   "Achievable Matmul FLOPS comparison table' "
                                   "(BF16, mean of 100 iterations, best shape)";

CalibrationPrior make(const std::string& family, double matmulEfficiency, const std::string& which)
{
    CalibrationPrior p;
    p.family = family;
    p.matmulEfficiency = matmulEfficiency;
    p.matmulSource = matmulEfficiency > 0 ? std::string(kMamfTable) + ": " + which
                                          : "no MAMF measurement for this family: the median of the measured "
                                            "accelerators, 78%";
    const double matmul = matmulEfficiency > 0 ? matmulEfficiency : kMedianMatmulEfficiency;
    p.values.computeEfficiency = kMatmulShareOfMamf * matmul;
    p.values.inferenceComputeEfficiency = kMatmulShareOfMamf * matmul;
    p.values.memoryBwEfficiency = kMemoryBwPrior;
    p.values.scaleUpEfficiency = kLinkPrior;
    p.values.scaleOutEfficiency = kLinkPrior;
    if (family.rfind("nvidia-", 0) == 0)
        p.tpSyncWidthS = kNcclSmallCollectiveS;
    // Neuron's own small-collective measurement is the value a Trainium family keeps without enough cases
    // (and held out); with three or more cases the cases decide (no width).
    if (family == "aws-neuron")
        p.values.tpCollectiveSyncS = kNeuronCollectiveSyncS;
    return p;
}

} // namespace

const std::vector<CalibrationPrior>& calibrationPriors()
{
    static const std::vector<CalibrationPrior> priors = {
        make("nvidia-volta", 0, ""),
        make("nvidia-turing", 0, ""),
        make("nvidia-ampere", 0.869, "A100 SXM 271.2 of 312 TFLOPS"),
        make("nvidia-ada", 0, ""),
        make("nvidia-hopper", 0.803, "H100 SXM 794.5 of 989 TFLOPS (H200 the same)"),
        make("nvidia-blackwell", 0.776, "B200 SXM 1745.0 of 2250 TFLOPS"),
        make("amd-cdna2", 0.767, "MI250X 147.0 of 191.5 TFLOPS per GCD"),
        make("amd-cdna3", 0.514, "MI300X 668.4 of 1300 TFLOPS"),
        make("intel-gaudi", 0.969, "Gaudi 2 418.7 of 432 TFLOPS"),
        make("google-tpu", 0, ""),
        make("aws-neuron", 0, ""),
        make("x86-cpu", 0, ""),
        make("arm-cpu", 0, ""),
    };
    return priors;
}

CalibrationPrior calibrationPrior(const std::string& family)
{
    for (const CalibrationPrior& p : calibrationPriors())
        if (p.family == family)
            return p;
    return make(family, 0, "");
}

} // namespace infraplan
