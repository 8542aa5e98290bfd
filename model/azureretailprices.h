#pragma once

#include "pricefile.h"

#include <optional>
#include <string>

namespace infraplan {

/// Reads one page of the Azure Retail Prices API (https://prices.azure.com/api/retail/prices): Linux virtual
/// machine meters in USD per hour, pay-as-you-go ("Consumption"), Spot, and one- and three-year reservations
/// (their unitPrice is for the whole term; it is divided into hours). Windows, Low Priority and DevTest
/// meters are counted as ignored. The page carries no date of its own: the newest effectiveStartDate of the
/// meters used stands for it.
std::optional<PriceFile> readAzureRetailPrices(const std::string& text, std::string& error);

} // namespace infraplan
