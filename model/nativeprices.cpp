#include "nativeprices.h"

#include <cstdio>

namespace infraplan {

std::span<const NativePriceField> nativePriceFields()
{
    static const NativePriceField fields[] = {
        {"price_on_demand_cny_h", "price_on_demand_usd_h", Currency::CNY},
        {"price_spot_cny_h", "price_spot_usd_h", Currency::CNY},
    };
    return fields;
}

std::vector<std::string> addUsdPrices(CatalogItem& item)
{
    std::vector<std::string> added;
    if (item.kind != ItemKind::Instance)
        return added;
    for (const auto& f : nativePriceFields()) {
        auto native = item.figures.find(std::string(f.nativeField));
        if (native == item.figures.end() || item.figures.count(std::string(f.usdField)))
            continue;
        const ExchangeRate rate = shippedExchangeRate(f.currency);
        if (rate.perUsd <= 0)
            continue;
        const std::string code(currencyCode(f.currency));
        const std::string publisher = rate.source.substr(0, rate.source.find(" ("));
        char note[256];
        std::snprintf(note, sizeof note, "converted by Infraplan: %s %.4f/h / %.4f %s per USD (%s, %s)",
                      code.c_str(), native->second.value, rate.perUsd, code.c_str(), publisher.c_str(),
                      rate.date.c_str());
        item.figures[std::string(f.usdField)] = {native->second.value / rate.perUsd, native->second.sourceId,
                                                 note};
        added.emplace_back(f.usdField);
    }
    return added;
}

} // namespace infraplan
