#include "azureretailprices.h"

#include "pricefilejson.h"

#include <nlohmann/json.hpp>

namespace infraplan {

namespace {
using nlohmann::json;
using pricefilejson::str;
bool contains(const std::string& s, const char* part)
{
    return s.find(part) != std::string::npos;
}
} // namespace

std::optional<PriceFile> readAzureRetailPrices(const std::string& text, std::string& error)
{
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("Items") || !doc["Items"].is_array()) {
        error = "not a page of the Azure Retail Prices API (no 'Items' array)";
        return std::nullopt;
    }
    PriceFile file;
    file.provider = "azure";
    file.title = "Azure Retail Prices API, virtual machine meters";
    for (const json& item : doc["Items"]) {
        if (!item.is_object() || str(item, "serviceName") != "Virtual Machines") {
            file.ignore("meters of services other than Virtual Machines");
            continue;
        }
        const std::string product = str(item, "productName"), sku = str(item, "skuName");
        if (contains(product, "Windows")) {
            file.ignore("Windows meters");
            continue;
        }
        if (contains(sku, "Low Priority")) {
            file.ignore("Low Priority meters");
            continue;
        }
        if (str(item, "currencyCode") != "USD" || !item.contains("unitPrice") ||
            !item["unitPrice"].is_number()) {
            file.ignore("meters not priced in USD");
            continue;
        }
        const std::string type = str(item, "type"), unit = str(item, "unitOfMeasure");
        double price = item["unitPrice"].get<double>();
        PriceTerm term;
        if (type == "Consumption" && unit == "1 Hour") {
            term = contains(sku, "Spot") ? PriceTerm::Spot : PriceTerm::OnDemand;
        } else if (type == "Reservation" && str(item, "reservationTerm") == "1 Year") {
            term = PriceTerm::Reserved1y;
            price /= 8760;
        } else if (type == "Reservation" && str(item, "reservationTerm") == "3 Years") {
            term = PriceTerm::Reserved3y;
            price /= 3 * 8760;
        } else {
            file.ignore("meters of other kinds (DevTest, other units or terms)");
            continue;
        }
        if (price <= 0) {
            file.ignore("zero prices");
            continue;
        }
        file.quotes.push_back({str(item, "armSkuName"), str(item, "armRegionName"), term, price});
        const std::string date = str(item, "effectiveStartDate").substr(0, 10);
        if (date > file.date)
            file.date = date;
    }
    if (file.date.size() != 10) {
        error = "the page has no usable virtual machine meter with an effectiveStartDate";
        return std::nullopt;
    }
    return file;
}

} // namespace infraplan
