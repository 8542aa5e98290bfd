#include "awspricelist.h"

#include "pricefilejson.h"

#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace infraplan {

namespace {

using nlohmann::json;
using pricefilejson::member;
using pricefilejson::str;

const char* kTitle = "AWS Price List offer file for Amazon EC2";

/// The attributes that make a row the plain Linux price of a whole machine; the reason when they do not.
std::string unwantedReason(const std::string& os, const std::string& tenancy, const std::string& software,
                           const std::string& capacity)
{
    if (os != "Linux")
        return "operating system other than Linux";
    if (tenancy != "Shared")
        return "dedicated or host tenancy";
    if (software != "NA" && !software.empty())
        return "pre-installed software";
    if (!capacity.empty() && capacity != "Used")
        return "capacity reservation rows";
    return {};
}

bool parseNumber(const std::string& s, double& v)
{
    char* end = nullptr;
    v = std::strtod(s.c_str(), &end);
    return !s.empty() && end && *end == '\0';
}

std::optional<PriceTerm> reservedTerm(const std::string& length, const std::string& option,
                                      const std::string& offeringClass, std::string& reason)
{
    if (offeringClass != "standard") {
        reason = "convertible reservations";
        return std::nullopt;
    }
    if (option != "No Upfront") {
        reason = "reservations with an upfront payment";
        return std::nullopt;
    }
    if (length == "1yr")
        return PriceTerm::Reserved1y;
    if (length == "3yr")
        return PriceTerm::Reserved3y;
    reason = "reservation of unknown length";
    return std::nullopt;
}

std::vector<std::string> splitCsvLine(const std::string& line)
{
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                field += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    fields.push_back(std::move(field));
    return fields;
}

} // namespace

std::optional<PriceFile> readAwsOfferJson(const std::string& text, std::string& error)
{
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        error = "not valid JSON";
        return std::nullopt;
    }
    if (str(doc, "offerCode") != "AmazonEC2") {
        error =
            "not an AWS Price List offer file for Amazon EC2 (offerCode is '" + str(doc, "offerCode") + "')";
        return std::nullopt;
    }
    PriceFile file;
    file.provider = "aws";
    file.title = kTitle;
    file.date = str(doc, "publicationDate").substr(0, 10);
    if (file.date.size() != 10) {
        error = "the offer file has no publicationDate";
        return std::nullopt;
    }
    struct Product {
        std::string type, region;
    };
    std::map<std::string, Product> products;
    if (auto p = doc.find("products"); p != doc.end() && p->is_object())
        for (const auto& [sku, product] : p->items()) {
            if (!product.is_object() || str(product, "productFamily") != "Compute Instance") {
                file.ignore("products other than compute instances");
                continue;
            }
            const json& a = member(product, "attributes");
            const std::string reason = unwantedReason(str(a, "operatingSystem"), str(a, "tenancy"),
                                                      str(a, "preInstalledSw"), str(a, "capacitystatus"));
            if (!reason.empty()) {
                file.ignore(reason);
                continue;
            }
            products[sku] = {str(a, "instanceType"), str(a, "regionCode")};
        }
    const json& terms = member(doc, "terms");
    auto eachDimension = [&](const char* termType, auto&& use) {
        auto t = terms.find(termType);
        if (t == terms.end() || !t->is_object())
            return;
        for (const auto& [sku, offers] : t->items()) {
            auto product = products.find(sku);
            if (product == products.end() || !offers.is_object())
                continue;
            for (const auto& [code, offer] : offers.items()) {
                const json& attrs = member(offer, "termAttributes");
                for (const auto& [rate, dim] : member(offer, "priceDimensions").items())
                    use(product->second, attrs, dim);
            }
        }
    };
    auto add = [&](const Product& p, PriceTerm term, const json& dim) {
        double usd = 0;
        const json& price = member(dim, "pricePerUnit");
        if (str(dim, "unit") != "Hrs" || !parseNumber(str(price, "USD"), usd)) {
            file.ignore("price dimensions not in USD per hour (upfront fees)");
            return;
        }
        if (usd <= 0) {
            file.ignore("zero hourly rates");
            return;
        }
        file.quotes.push_back({p.type, p.region, term, usd});
    };
    eachDimension("OnDemand",
                  [&](const Product& p, const json&, const json& dim) { add(p, PriceTerm::OnDemand, dim); });
    eachDimension("Reserved", [&](const Product& p, const json& attrs, const json& dim) {
        std::string reason;
        auto term = reservedTerm(str(attrs, "LeaseContractLength"), str(attrs, "PurchaseOption"),
                                 str(attrs, "OfferingClass"), reason);
        if (!term)
            file.ignore(reason);
        else
            add(p, *term, dim);
    });
    return file;
}

std::optional<PriceFile> readAwsOfferCsv(const std::string& text, std::string& error)
{
    std::istringstream in(text);
    std::string line;
    PriceFile file;
    file.provider = "aws";
    file.title = kTitle;
    std::string offerCode;
    std::vector<std::string> header;
    // Five metadata lines ("FormatVersion", "Disclaimer", "Publication Date", "Version", "OfferCode"), then
    // the column header.
    while (std::getline(in, line)) {
        auto f = splitCsvLine(line);
        if (f.size() >= 2 && f[0] == "Publication Date")
            file.date = f[1].substr(0, 10);
        else if (f.size() >= 2 && f[0] == "OfferCode")
            offerCode = f[1];
        else if (!f.empty() && f[0] == "SKU") {
            header = f;
            break;
        }
    }
    if (offerCode != "AmazonEC2" || header.empty()) {
        error =
            "not an AWS Price List offer file for Amazon EC2 (no OfferCode AmazonEC2 line or no SKU header)";
        return std::nullopt;
    }
    if (file.date.size() != 10) {
        error = "the offer file has no Publication Date line";
        return std::nullopt;
    }
    std::map<std::string, size_t> col;
    for (size_t i = 0; i < header.size(); ++i)
        col[header[i]] = i;
    for (const char* needed :
         {"TermType", "Unit", "PricePerUnit", "Currency", "Product Family", "Instance Type", "Region Code",
          "Operating System", "Tenancy", "Pre Installed S/W"})
        if (!col.count(needed)) {
            error = std::string("the offer file has no '") + needed + "' column";
            return std::nullopt;
        }
    auto get = [&](const std::vector<std::string>& row, const char* name) {
        auto it = col.find(name);
        return it != col.end() && it->second < row.size() ? row[it->second] : std::string();
    };
    while (std::getline(in, line)) {
        if (line.empty() || line == "\r")
            continue;
        const auto row = splitCsvLine(line);
        if (get(row, "Product Family") != "Compute Instance") {
            file.ignore("products other than compute instances");
            continue;
        }
        const std::string reason = unwantedReason(get(row, "Operating System"), get(row, "Tenancy"),
                                                  get(row, "Pre Installed S/W"), get(row, "CapacityStatus"));
        if (!reason.empty()) {
            file.ignore(reason);
            continue;
        }
        PriceTerm term = PriceTerm::OnDemand;
        if (get(row, "TermType") == "Reserved") {
            std::string why;
            auto t = reservedTerm(get(row, "LeaseContractLength"), get(row, "PurchaseOption"),
                                  get(row, "OfferingClass"), why);
            if (!t) {
                file.ignore(why);
                continue;
            }
            term = *t;
        } else if (get(row, "TermType") != "OnDemand") {
            file.ignore("terms other than on-demand and reserved");
            continue;
        }
        double usd = 0;
        if (get(row, "Unit") != "Hrs" || get(row, "Currency") != "USD" ||
            !parseNumber(get(row, "PricePerUnit"), usd)) {
            file.ignore("price dimensions not in USD per hour (upfront fees)");
            continue;
        }
        if (usd <= 0) {
            file.ignore("zero hourly rates");
            continue;
        }
        file.quotes.push_back({get(row, "Instance Type"), get(row, "Region Code"), term, usd});
    }
    return file;
}

} // namespace infraplan
