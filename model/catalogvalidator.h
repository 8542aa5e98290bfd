#pragma once

#include "catalogdata.h"
#include "problem.h"

namespace infraplan {

/// Integrity rules every catalog (shipped or imported) must satisfy: unique ids, known fields within sane
/// ranges, every figure sourced by a dated source, and references between items that resolve.
/// `context` supplies rows that references may point to (the shipped catalog when checking a user import).
Problems validateCatalog(const CatalogData& data, const CatalogData* context = nullptr);

} // namespace infraplan
