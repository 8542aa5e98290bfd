#pragma once

#include "project.h"

namespace infraplan {

/// The pricing a sketch is simulated, billed and reported with: its own pricing block when it has one,
/// else the project's; an electricity price or PUE left at 0 falls back to the project's figure (and, if
/// that is 0 too, to the region's catalog figure, where the engines look); an empty region to the
/// project's region (and then to the instance's own region).
Pricing effectivePricing(const Project& project, const Sketch& sketch);

/// The region id the sketch is priced in, or empty when neither the sketch nor the project names one (the
/// instance's own region then applies).
std::string effectiveRegionId(const Project& project, const Sketch& sketch);

/// A copy of `sketch` with the project's pricing defaults applied (own pricing, region set): what every
/// engine, bill and report reads, so a default is resolved in this one place.
Sketch withPricingDefaults(const Project& project, const Sketch& sketch);

/// Where a sketch's pricing comes from, for the report and the properties panel: "project default" or
/// "set on this sketch".
std::string pricingOrigin(const Sketch& sketch);

} // namespace infraplan
