#include "catalogprovenance.h"

#include "sourcepolicy.h"

#include <map>

namespace infraplan {

bool isInstancePriceField(const std::string& field)
{
    return field == "price_on_demand_usd_h" || field == "price_1y_usd_h" || field == "price_3y_usd_h" ||
           field == "price_spot_usd_h" || field == "purchase_usd" || field == "price_on_demand_cny_h" ||
           field == "price_spot_cny_h";
}

bool CatalogProvenance::instancePricesMostlyPrimary() const
{
    return double(instancePrices - primaryInstancePrices) <=
           kMaxNotPrimaryInstancePriceShare * double(instancePrices);
}

CatalogProvenance catalogProvenance(const CatalogData& data)
{
    std::map<std::string, SourceKind> kinds;
    for (const auto& s : data.sources)
        kinds[s.id] = s.kind;
    CatalogProvenance p;
    for (const auto& item : data.items) {
        if (item.kind == ItemKind::Calibration)
            continue;
        for (const auto& [field, f] : item.figures) {
            auto it = kinds.find(f.sourceId);
            const SourceKind kind = it == kinds.end() ? SourceKind::Unstated : it->second;
            const bool primary = kind == SourceKind::Primary;
            const bool price = item.kind == ItemKind::Instance && isInstancePriceField(field);
            ++p.figures;
            p.primaryFigures += primary;
            if (price) {
                ++p.instancePrices;
                p.primaryInstancePrices += primary;
                if (field == "price_on_demand_usd_h" || field == "price_on_demand_cny_h") {
                    ++p.onDemandPrices;
                    p.primaryOnDemandPrices += primary;
                }
            }
            if (!primary)
                (price ? p.notPrimaryPrices : p.notPrimary).push_back({item.id, field, f.sourceId, kind});
        }
    }
    return p;
}

} // namespace infraplan
