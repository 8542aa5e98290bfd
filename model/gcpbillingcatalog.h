#pragma once

#include "pricefile.h"

#include <optional>
#include <string>

namespace infraplan {

/// Reads a Google Cloud Billing Catalog SKU list (services/6F81-5844-456A/skus, the Compute Engine service):
/// USD hourly rates of per-vCPU, per-GiB and per-GPU SKUs in their service regions, on-demand ("OnDemand"),
/// Spot ("Preemptible") and committed use ("Commit1Yr", "Commit3Yr"). Google prices a machine by its parts;
/// priceimport assembles an instance's price from them. The newest pricingInfo effectiveTime is the date.
std::optional<PriceFile> readGcpBillingCatalog(const std::string& text, std::string& error);

} // namespace infraplan
