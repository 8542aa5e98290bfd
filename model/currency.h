#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace infraplan {

/// The currencies a project may show its money in. Prices are kept in US dollars, as providers publish
/// most of them; every figure is converted once, where it is written.
enum class Currency { USD, CNY, EUR };

/// Units of a currency per US dollar on a given day, and where that rate comes from.
struct ExchangeRate {
    Currency currency = Currency::USD;
    double perUsd = 1;
    std::string date;   ///< the day the rate was published or typed for, "2024-06-28"
    std::string source; ///< the publisher, or "set in the project" for a rate the user typed
    bool userSet = false;
    bool operator==(const ExchangeRate&) const = default;
};

std::string_view currencyCode(Currency c); ///< "USD", "CNY", "EUR"
std::optional<Currency> currencyFromCode(std::string_view code);
std::string_view currencySymbol(Currency c); ///< "$", "¥", "€"

/// The rate shipped with Infraplan for a currency: the European Central Bank's euro reference rates of one
/// day, crossed through the euro (USD 1 is EUR 1 / 1.0705, CNY 7.7748 / 1.0705).
ExchangeRate shippedExchangeRate(Currency c);

} // namespace infraplan
