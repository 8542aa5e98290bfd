#include "catalogprovenance.h"

#include <map>

namespace infraplan {

bool isInstancePriceField(const std::string& field)
{
    return field == "price_on_demand_usd_h" || field == "price_1y_usd_h" || field == "price_3y_usd_h" ||
           field == "price_spot_usd_h" || field == "purchase_usd";
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
            ++p.figures;
            p.primaryFigures += primary;
            if (item.kind == ItemKind::Instance && isInstancePriceField(field)) {
                ++p.instancePrices;
                p.primaryInstancePrices += primary;
            }
            if (!primary)
                p.notPrimary.push_back({item.id, field, f.sourceId, kind});
        }
    }
    return p;
}

} // namespace infraplan
