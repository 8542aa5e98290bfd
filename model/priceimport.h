#pragma once

#include "catalog.h"
#include "pricefile.h"

#include <optional>
#include <string>
#include <vector>

namespace infraplan {

/// Result of reading a provider's price file against the catalog: user rows to write (with the file as
/// their dated primary source), what matched and what was skipped with why. Shipped rows are never changed:
/// a shipped instance gets a user copy `<id>-prices-<date>`; a user instance is updated in place.
struct PriceImport {
    PriceFile file;
    CatalogData rows;
    std::vector<std::string> matched;
    std::vector<std::string> skipped;
};

/// Reads `text` as an AWS EC2 offer file (JSON, or CSV when `fileName` ends in .csv), an Azure Retail Prices
/// page or a Google Cloud Billing Catalog SKU list, recognised by content. `regionCode` (the provider's name,
/// e.g. us-east-1) takes prices of that region for every matching instance; empty means each instance's own
/// region. Nullopt with `error` when the file is none of these.
std::optional<PriceImport> importPrices(const std::string& text, const std::string& fileName,
                                        const Catalog& catalog, const std::string& regionCode,
                                        std::string& error);

} // namespace infraplan
