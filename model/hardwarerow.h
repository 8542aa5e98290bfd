#pragma once

#include "catalogitem.h"
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

std::string providerOf(const CatalogItem& item);
/// The accelerator an instance or server carries (empty for none).
std::string acceleratorIdOf(const CatalogItem& instance);
/// Accelerators per instance, `fallback` when the row gives none.
double acceleratorsPerInstance(const CatalogItem& instance, double fallback);
/// The region an instance's prices are for (empty when unstated).
std::string homeRegionOf(const CatalogItem& instance);
/// The link an instance's servers are joined by (empty when unstated).
std::string scaleOutLinkOf(const CatalogItem& instance);
/// Device memory in GB of an accelerator, or of an instance when it states its own.
std::optional<double> memoryGbOf(const CatalogItem& item);
/// The family an accelerator's calibration belongs to ("hopper", "cdna3", ...).
std::string familyOf(const CatalogItem& accelerator);
bool isCpuDevice(const CatalogItem& accelerator);
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

} // namespace infraplan
