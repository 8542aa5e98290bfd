#pragma once

#include "catalogdata.h"
#include "problem.h"

namespace infraplan {

/// Integrity rules every catalog (shipped or imported) must satisfy: unique ids, known fields within sane
/// ranges, every figure sourced by a dated source, and references between items that resolve.
/// `context` supplies rows that references may point to (the shipped catalog when checking a user import).
Problems validateCatalog(const CatalogData& data, const CatalogData* context = nullptr);

/// Rules for the shipped catalog on top of validateCatalog: every source a device, instance, link, storage,
/// region or model figure cites says whether it is primary or secondary and has a title that describes the
/// document (not a bare address). Calibration sources are Infraplan's own fits (docs/model.md) and exempt.
/// No source at all may be on a host of forbiddenSourceHosts() (shops, encyclopedias, content farms, news
/// mirrors, personal blogs).
Problems validateShippedSources(const CatalogData& data);

} // namespace infraplan
