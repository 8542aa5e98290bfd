#include "priceimport.h"
#include "hardwarerow.h"

#include "awspricelist.h"
#include "azureretailprices.h"
#include "catalogprovenance.h"
#include "gcpbillingcatalog.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>

namespace infraplan {

namespace {

bool endsWith(const std::string& s, const std::string& tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string lower(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::optional<PriceFile> readAny(const std::string& text, const std::string& fileName, std::string& error)
{
    if (endsWith(lower(fileName), ".csv"))
        return readAwsOfferCsv(text, error);
    const std::string notPriceFile =
        "not a price file Infraplan reads: expected the AWS Price List offer file for EC2 (JSON or CSV), a "
        "page of the Azure Retail Prices API or a Google Cloud Billing Catalog SKU list";
    const auto start = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (start == std::string::npos || text[start] != '{') {
        error = notPriceFile;
        return std::nullopt;
    }
    // Recognise the format by the keys only the provider's own file has.
    if (text.find("\"offerCode\"") != std::string::npos)
        return readAwsOfferJson(text, error);
    if (text.find("\"Items\"") != std::string::npos)
        return readAzureRetailPrices(text, error);
    if (text.find("\"skus\"") != std::string::npos)
        return readGcpBillingCatalog(text, error);
    error = notPriceFile;
    return std::nullopt;
}

/// The provider's own name of a catalog instance: aws-p5.48xlarge -> p5.48xlarge,
/// azure-ND96isr-H100-v5 -> Standard_ND96isr_H100_v5, gcp-a3-highgpu-8g -> a3-highgpu-8g.
std::string providerType(const CatalogItem& i, const std::string& provider)
{
    const std::string prefix = provider + "-";
    if (i.id.rfind(prefix, 0) != 0)
        return {};
    std::string type = i.id.substr(prefix.size());
    if (provider == "azure") {
        std::replace(type.begin(), type.end(), '-', '_');
        type = "Standard_" + type;
    }
    return type;
}

/// Google's GPU SKU names for the accelerators its machine types carry.
const std::map<std::string, std::string>& gcpGpuNames()
{
    static const std::map<std::string, std::string> names = {{"A100-SXM4-40GB", "Nvidia Tesla A100 GPU"},
                                                             {"A100-SXM4-80GB", "Nvidia Tesla A100 80GB GPU"},
                                                             {"H100-SXM5-80GB", "Nvidia H100 80GB GPU"},
                                                             {"H200-SXM-141GB", "Nvidia H200 141GB GPU"},
                                                             {"L4", "Nvidia L4 GPU"},
                                                             {"B200", "Nvidia B200 GPU"},
                                                             {"T4", "Nvidia Tesla T4 GPU"},
                                                             {"V100-SXM2-32GB", "Nvidia Tesla V100 GPU"}};
    return names;
}

std::string number(double v)
{
    std::ostringstream s;
    s.precision(6);
    s << v;
    return s.str();
}

/// GCP: vCPUs x "<FAMILY> Instance Core" + GiB x "<FAMILY> Instance Ram" + GPUs x "<GPU> GPU", per term.
std::map<PriceTerm, double> gcpQuotes(const PriceFile& file, const CatalogItem& i, const std::string& type,
                                      const std::string& region, std::string& why)
{
    const auto vcpus = vcpusOf(i), ram = ramGiBOf(i);
    const double gpus = acceleratorsPerInstance(i, 0);
    const auto gpu = gcpGpuNames().find(acceleratorIdOf(i));
    if (!vcpus || !ram || gpus <= 0 || gpu == gcpGpuNames().end()) {
        why = "Google prices machines by vCPU, memory and GPU SKUs; this row lacks vCPUs, RAM or a known GPU "
              "(TPU slices are not assembled)";
        return {};
    }
    std::string family = type.substr(0, type.find('-'));
    for (char& c : family)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const std::string core = family + " Instance Core", memory = family + " Instance Ram";
    std::map<PriceTerm, double> out;
    for (PriceTerm term :
         {PriceTerm::OnDemand, PriceTerm::Spot, PriceTerm::Reserved1y, PriceTerm::Reserved3y}) {
        std::optional<double> c, m, g;
        for (const auto& r : file.rates) {
            if (r.term != term || r.regionCode != region)
                continue;
            if (r.description.find(core) != std::string::npos)
                c = r.usdPerUnitHour;
            else if (r.description.find(memory) != std::string::npos)
                m = r.usdPerUnitHour;
            else if (r.description.find(gpu->second + " running") != std::string::npos)
                g = r.usdPerUnitHour;
        }
        if (c && m && g)
            out[term] = *vcpus * *c + *ram * *m + gpus * *g;
    }
    if (out.empty())
        why = "no complete set of '" + core + "', '" + memory + "' and '" + gpu->second + "' SKUs for " +
              region;
    return out;
}

} // namespace

std::optional<PriceImport> importPrices(const std::string& text, const std::string& fileName,
                                        const Catalog& catalog, const std::string& regionCode,
                                        std::string& error)
{
    auto file = readAny(text, fileName, error);
    if (!file)
        return std::nullopt;
    PriceImport result;
    result.file = std::move(*file);
    const PriceFile& f = result.file;
    const std::string sourceId = "pricefile-" + f.provider + "-" + f.date;
    std::string name = fileName.substr(fileName.find_last_of("/\\") + 1);
    result.rows.sources.push_back(
        {sourceId, f.title + " (" + name + ", published " + f.date + ")", "", f.date, SourceKind::Primary});

    std::map<std::pair<std::string, std::string>, std::map<PriceTerm, double>> quotes;
    for (const auto& q : f.quotes)
        quotes[{q.instanceType, q.regionCode}][q.term] = q.usdPerHour;
    std::set<std::string> catalogTypes; // the provider names of this provider's catalog instances

    for (const CatalogItem* i : catalog.items(ItemKind::Instance)) {
        if (providerOf(*i) != f.provider || isOwnedInstance(*i))
            continue;
        const std::string type = providerType(*i, f.provider);
        if (type.empty())
            continue;
        catalogTypes.insert(type);
        // A user copy made by an earlier import is updated through its own id, not matched again.
        if (i->origin == ItemOrigin::User && i->id.find("-prices-") != std::string::npos)
            continue;
        const std::string ownRegion = homeRegionOf(*i);
        const std::string region = !regionCode.empty() ? regionCode
                                   : ownRegion.rfind(f.provider + "-", 0) == 0
                                       ? ownRegion.substr(f.provider.size() + 1)
                                       : std::string();
        std::map<PriceTerm, double> prices;
        std::string why;
        if (f.provider == "gcp") {
            prices = gcpQuotes(f, *i, type, region, why);
        } else if (auto it = quotes.find({type, region}); it != quotes.end()) {
            prices = it->second;
        } else {
            bool anyRegion = std::any_of(quotes.begin(), quotes.end(),
                                         [&](const auto& q) { return q.first.first == type; });
            why = anyRegion
                      ? "the file prices " + type + " but not in " + (region.empty() ? "its region" : region)
                      : "the file has no price for " + type;
        }
        if (prices.empty()) {
            result.skipped.push_back(i->id + ": " + why);
            continue;
        }
        const std::string regionId = f.provider + "-" + region;
        const CatalogItem* regionItem = catalog.find(regionId);
        if (!regionItem || regionItem->kind != ItemKind::Region) {
            result.skipped.push_back(i->id + ": region " + region + " has no catalog row '" + regionId +
                                     "'; add the region first");
            continue;
        }
        CatalogItem row = *i;
        if (row.origin == ItemOrigin::Shipped) {
            row.id = i->id + "-prices-" + f.date;
            row.name = i->name + " (" + region + " prices of " + f.date + ")";
        }
        row.origin = ItemOrigin::User;
        // Prices the file does not state stay only when they are for the same region; never mixed across.
        if (homeRegionOf(row) != regionId)
            for (auto it = row.figures.begin(); it != row.figures.end();)
                it = isInstancePriceField(it->first) && it->first != "purchase_usd" ? row.figures.erase(it)
                                                                                    : std::next(it);
        row.attributes["region"] = regionId;
        std::string what;
        for (const auto& [term, usd] : prices) {
            row.figures[priceTermField(term)] =
                Figure{usd, sourceId, region + ", Linux, " + priceTermName(term)};
            what += (what.empty() ? "" : ", ") + priceTermName(term) + " " + number(usd) + " USD/h";
        }
        result.matched.push_back(i->id + " (" + type + ", " + region + "): " + what + " -> user row " +
                                 row.id);
        result.rows.items.push_back(std::move(row));
    }
    if (!f.quotes.empty()) {
        std::set<std::string> types;
        for (const auto& q : f.quotes)
            if (!catalogTypes.count(q.instanceType))
                types.insert(q.instanceType);
        if (!types.empty())
            result.skipped.push_back(std::to_string(types.size()) +
                                     " machine type(s) in the file have no catalog instance (e.g. " +
                                     *types.begin() + ")");
    }
    for (const auto& [reason, n] : f.ignored)
        result.skipped.push_back(std::to_string(n) + " row(s) ignored: " + reason);
    return result;
}

} // namespace infraplan
