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
/// The catalog field holding the device's peak dense throughput in this format.
std::string_view peakField(Precision p);

} // namespace infraplan
