#include "precision.h"

#include <array>

namespace infraplan {

namespace {
struct Row {
    Precision p;
    std::string_view name;
    double bytes;
    std::string_view field;
};
constexpr std::array kRows = {
    Row{Precision::FP32, "fp32", 4.0, "fp32_tflops"}, Row{Precision::TF32, "tf32", 4.0, "tf32_tflops"},
    Row{Precision::BF16, "bf16", 2.0, "bf16_tflops"}, Row{Precision::FP16, "fp16", 2.0, "fp16_tflops"},
    Row{Precision::FP8, "fp8", 1.0, "fp8_tflops"},    Row{Precision::INT8, "int8", 1.0, "int8_tops"},
    Row{Precision::INT4, "int4", 0.5, "int4_tops"},   Row{Precision::FP4, "fp4", 0.5, "fp4_tflops"},
};
} // namespace

std::string_view precisionName(Precision p)
{
    return kRows[static_cast<size_t>(p)].name;
}

std::optional<Precision> precisionFromName(std::string_view name)
{
    for (const Row& r : kRows)
        if (r.name == name)
            return r.p;
    return std::nullopt;
}

double bytesPerElement(Precision p)
{
    return kRows[static_cast<size_t>(p)].bytes;
}

std::string_view peakField(Precision p)
{
    return kRows[static_cast<size_t>(p)].field;
}

} // namespace infraplan
