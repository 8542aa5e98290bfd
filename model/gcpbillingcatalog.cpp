#include "gcpbillingcatalog.h"

#include "pricefilejson.h"

#include <nlohmann/json.hpp>

namespace infraplan {

namespace {
using nlohmann::json;
using pricefilejson::member;
using pricefilejson::str;

} // namespace

std::optional<PriceFile> readGcpBillingCatalog(const std::string& text, std::string& error)
{
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("skus") || !doc["skus"].is_array()) {
        error = "not a Google Cloud Billing Catalog SKU list (no 'skus' array)";
        return std::nullopt;
    }
    PriceFile file;
    file.provider = "gcp";
    file.title = "Google Cloud Billing Catalog, Compute Engine SKUs";
    for (const json& sku : doc["skus"]) {
        const json& category = member(sku, "category");
        if (str(category, "serviceDisplayName") != "Compute Engine") {
            file.ignore("SKUs of services other than Compute Engine");
            continue;
        }
        const std::string usage = str(category, "usageType");
        PriceTerm term;
        if (usage == "OnDemand")
            term = PriceTerm::OnDemand;
        else if (usage == "Preemptible")
            term = PriceTerm::Spot;
        else if (usage == "Commit1Yr")
            term = PriceTerm::Reserved1y;
        else if (usage == "Commit3Yr")
            term = PriceTerm::Reserved3y;
        else {
            file.ignore("SKUs of other usage types");
            continue;
        }
        const json& pricing = member(sku, "pricingInfo", true);
        if (!pricing.is_array() || pricing.empty()) {
            file.ignore("SKUs without pricing");
            continue;
        }
        const json& info = pricing.back();
        const json& expr = member(info, "pricingExpression");
        const std::string unit = str(expr, "usageUnit");
        const json& tiers = member(expr, "tieredRates", true);
        if ((unit != "h" && unit != "GiBy.h") || !tiers.is_array() || tiers.empty()) {
            file.ignore("SKUs not priced per hour");
            continue;
        }
        const json& price = member(tiers.back(), "unitPrice");
        if (str(price, "currencyCode") != "USD") {
            file.ignore("SKUs not priced in USD");
            continue;
        }
        double units = 0;
        try {
            units = std::stod(str(price, "units").empty() ? "0" : str(price, "units"));
        } catch (const std::exception&) {
            file.ignore("SKUs with an unreadable price");
            continue;
        }
        const double usd = units + price.value("nanos", 0.0) * 1e-9;
        for (const json& region : member(sku, "serviceRegions", true))
            if (region.is_string())
                file.rates.push_back({str(sku, "description"), region.get<std::string>(), term, usd});
        const std::string date = str(info, "effectiveTime").substr(0, 10);
        if (date > file.date)
            file.date = date;
    }
    if (file.date.size() != 10) {
        error = "the SKU list has no priced Compute Engine SKU with an effectiveTime";
        return std::nullopt;
    }
    return file;
}

} // namespace infraplan
