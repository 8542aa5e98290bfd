#include "currency.h"

namespace infraplan {

namespace {
// ECB euro foreign exchange reference rates, 28 June 2024: 1 EUR = 1.0705 USD = 7.7748 CNY.
constexpr double kEcbUsdPerEur = 1.0705, kEcbCnyPerEur = 7.7748;
constexpr const char* kEcbDate = "2024-06-28";
constexpr const char* kEcbSource = "European Central Bank, euro foreign exchange reference rates "
                                   "(https://www.ecb.europa.eu/stats/policy_and_exchange_rates/"
                                   "euro_reference_exchange_rates/html/index.en.html)";

} // namespace

std::string_view currencyCode(Currency c)
{
    switch (c) {
    case Currency::USD:
        return "USD";
    case Currency::CNY:
        return "CNY";
    case Currency::EUR:
        return "EUR";
    }
    return "USD";
}

std::optional<Currency> currencyFromCode(std::string_view code)
{
    for (Currency c : {Currency::USD, Currency::CNY, Currency::EUR})
        if (currencyCode(c) == code)
            return c;
    return std::nullopt;
}

std::string_view currencySymbol(Currency c)
{
    switch (c) {
    case Currency::USD:
        return "$";
    case Currency::CNY:
        return "¥";
    case Currency::EUR:
        return "€";
    }
    return "$";
}

ExchangeRate shippedExchangeRate(Currency c)
{
    ExchangeRate r;
    r.currency = c;
    r.date = kEcbDate;
    r.source = kEcbSource;
    switch (c) {
    case Currency::USD:
        r.perUsd = 1;
        r.date.clear();
        r.source.clear();
        break;
    case Currency::CNY:
        r.perUsd = kEcbCnyPerEur / kEcbUsdPerEur;
        break;
    case Currency::EUR:
        r.perUsd = 1 / kEcbUsdPerEur;
        break;
    }
    return r;
}

} // namespace infraplan
