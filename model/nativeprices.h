#pragma once

#include "catalogitem.h"
#include "currency.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace infraplan {

/// A price field a provider publishes in its own currency (Alibaba Cloud lists its Chinese regions in yuan)
/// and the US-dollar field the engines read.
struct NativePriceField {
    std::string_view nativeField; ///< "price_on_demand_cny_h"
    std::string_view usdField;    ///< "price_on_demand_usd_h"
    Currency currency;
};

/// The price fields the catalog keeps in a currency other than US dollars.
std::span<const NativePriceField> nativePriceFields();

/// Gives an instance that carries a price in its provider's currency, and none in US dollars, the US-dollar
/// figure at the rate Infraplan ships (shippedExchangeRate: one rate for the catalog and for display, so a
/// yuan price shown in yuan is the provider's own number). The new figure cites the native figure's source
/// and says how it was converted. Returns the fields it added.
std::vector<std::string> addUsdPrices(CatalogItem& item);

} // namespace infraplan
