#pragma once

#include <optional>
#include <string_view>

namespace infraplan {

/// Numeric formats a workload can train or serve in.
enum class Precision { FP32, TF32, BF16, FP16, FP8, INT8, INT4, FP4 };

std::string_view precisionName(Precision p);
std::optional<Precision> precisionFromName(std::string_view name);
/// Bytes one weight or activation element takes in this format.
double bytesPerElement(Precision p);
/// True for the formats in which training runs only the large linear layers (FP8, INT8), keeping the rest
/// in 16 bits (precision by operator).
inline bool lowPrecisionLinears(Precision p)
{
    return p == Precision::FP8 || p == Precision::INT8;
}
/// The catalog field holding the device's peak dense throughput in this format.
std::string_view peakField(Precision p);

} // namespace infraplan
