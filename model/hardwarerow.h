#pragma once

#include "catalogitem.h"
#include "modelspec.h"
#include "precision.h"
#include "project.h"

#include <optional>
#include <string>

namespace infraplan {

// Typed facts of single catalog rows, for lists, pickers, defaults and the bill, where a full resolve
// (hardware.h) would refuse a row that lacks a figure the engines need. Field names are spelled here and in
// the resolver only, so a mistyped key cannot silently read nothing elsewhere.

/// The one "owned" rule: the row is offered as owned hardware or comes from the "owned" provider.
bool isOwnedInstance(const CatalogItem& instance);
/// The catalog field holding an instance's price in a pricing mode (USD per hour; owned: purchase USD).
const char* priceField(PricingMode mode);
/// An instance's price in a pricing mode (USD per hour; owned: the purchase in USD); nullopt when the catalog
/// has none.
std::optional<double> instancePrice(const CatalogItem& instance, PricingMode mode);

/// An instance's price figure in a pricing mode, with its source; null when the catalog has none.
const Figure* instancePriceFigure(const CatalogItem& instance, PricingMode mode);

// Figures with their sources, for lines that cite where a number came from; null when the row has none.
const Figure* tdpFigure(const CatalogItem& accelerator);
const Figure* memoryFigure(const CatalogItem& accelerator);
/// A link's bandwidth in GB/s per direction.
const Figure* bandwidthFigure(const CatalogItem& link);
/// A storage tier's capacity price in USD per TB-month.
const Figure* capacityPriceFigure(const CatalogItem& storage);
/// A region's electricity price in USD per kWh.
const Figure* electricityPriceFigure(const CatalogItem& region);
/// A region's colocation space price in USD per kW-month.
const Figure* spacePriceFigure(const CatalogItem& region);
/// A region's internet egress price in USD per GB.
const Figure* egressPriceFigure(const CatalogItem& region);
/// A region's power usage effectiveness (facility power over IT power).
const Figure* pueFigure(const CatalogItem& region);

/// The achievable fractions a calibration row states (see Calibration in hardware.h).
enum class CalibrationFactor { Compute, InferenceCompute, MemoryBandwidth, ScaleUp, ScaleOut };
const Figure* calibrationFigure(const CatalogItem& calibration, CalibrationFactor factor);
/// Where a figure came from; empty for none.
std::string sourceOf(const Figure* figure);

std::string providerOf(const CatalogItem& item);
/// The accelerator an instance or server carries (empty for none).
std::string acceleratorIdOf(const CatalogItem& instance);
/// Accelerators per instance, `fallback` when the row gives none.
double acceleratorsPerInstance(const CatalogItem& instance, double fallback);
/// The region an instance's prices are for (empty when unstated).
std::string homeRegionOf(const CatalogItem& instance);
/// The link an instance's servers are joined by (empty when unstated).
std::string scaleOutLinkOf(const CatalogItem& instance);
/// The link inside an instance or between an accelerator's devices (empty when unstated).
std::string scaleUpLinkOf(const CatalogItem& row);
/// An instance's network in bytes per second; 0 when unstated.
double networkBytesPerSOf(const CatalogItem& instance);
std::optional<double> vcpusOf(const CatalogItem& instance);
std::optional<double> ramGiBOf(const CatalogItem& instance);
/// Device memory in GB of an accelerator, or of an instance when it states its own.
std::optional<double> memoryGbOf(const CatalogItem& item);
/// The family an accelerator or a calibration row belongs to ("hopper", "cdna3", ...).
std::string familyOf(const CatalogItem& row);
bool isCpuDevice(const CatalogItem& accelerator);
/// Whether the row lists a peak for the precision itself (peakFlops may fall back to another format).
bool listsPeak(const CatalogItem& accelerator, Precision p);
/// Dense 16-bit peak in TFLOP/s: BF16, else FP16; 0 when neither is listed.
double peak16Tflops(const CatalogItem& accelerator);
/// Links between servers, as opposed to scale-up links inside one.
bool isScaleOutLink(const CatalogItem& link);
/// A link's technology ("nvlink", "pcie", "ici", ...), empty when unstated.
std::string linkTechnology(const CatalogItem& link);
/// A TPU inter-chip interconnect: its scale-up domain is the whole slice, not one server.
bool isIciLink(const CatalogItem& link);
/// A model preset that is not a transformer (a ranking or vision network).
bool isGenericModel(const CatalogItem& model);
/// A model preset's parameter count; nullopt when the row gives none.
std::optional<double> modelParams(const CatalogItem& model);
/// The preset's architecture; nullopt for a model row that lacks a figure the engines need.
std::optional<ModelSpec> modelSpecFromItem(const CatalogItem& model);
/// Whether the preset's feed-forward is gated (SwiGLU); nullopt when the row does not say.
std::optional<bool> gatedFfnOf(const CatalogItem& model);
/// The task a preset's published benchmarks measure ("ranking", "vision", ...; empty for language models).
std::string modelTaskOf(const CatalogItem& model);
/// Items scored per sample in the preset's published benchmark (candidates a ranking request scores); 1 if
/// unstated.
double benchmarkItemsPerSample(const CatalogItem& model);
/// Beams of the preset's published benchmark; 1 if unstated.
double benchmarkBeams(const CatalogItem& model);

} // namespace infraplan
