#pragma once

#include "catalogdata.h"
#include "problem.h"

#include <filesystem>

namespace infraplan {

/// What could be read back from a damaged catalog database.
struct RecoveredCatalog {
    CatalogData rows;
    Problems skipped; ///< rows that could not be read or used, and why
};

/// Reads every row of a catalog database that can still be read, without writing to it: each table is
/// scanned, and where a scan stops at a damaged page the remaining rows are looked up one by one by rowid,
/// so that one bad page costs only the rows stored on it. Never throws for a damaged file.
RecoveredCatalog recoverCatalogRows(const std::filesystem::path& file);

} // namespace infraplan
