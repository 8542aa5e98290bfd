#include "userrowcheck.h"

#include "catalogvalidator.h"

namespace infraplan {

Problems checkUserRows(const Catalog& catalog, const CatalogData& rows, const std::string& verb)
{
    Problems problems;
    for (const CatalogItem& item : rows.items)
        if (catalog.isShipped(item.id))
            problems.push_back({item.id, "is a shipped catalog row and cannot be replaced; " + verb +
                                             " it under a new id (e.g. '" + item.id + "-custom')"});
    CatalogData context = catalog.data();
    for (const auto& p : validateCatalog(rows, &context))
        problems.push_back(p);
    return problems;
}

} // namespace infraplan
