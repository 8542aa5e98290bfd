#pragma once

#include "catalogdata.h"

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace infraplan {

/// The catalog the program works with: the shipped rows with the user's own rows layered over them.
/// User rows never replace a shipped id (they are refused at import); a user row whose id a newer shipped
/// catalog also defines is shown under its user id only, never lost.
class Catalog {
public:
    Catalog() = default;
    Catalog(CatalogData shipped, CatalogData user);

    const CatalogItem* find(const std::string& id) const;
    const Source* source(const std::string& id) const;
    std::vector<const CatalogItem*> items(ItemKind kind) const;
    const std::vector<CatalogItem>& all() const { return m_items; }
    const std::vector<Source>& sources() const { return m_sources; }
    bool isShipped(const std::string& id) const;
    /// Rows as a CatalogData again (for export and checks), as their files state them: without the US-dollar
    /// prices the catalog converts from a provider's own currency (addUsdPrices).
    CatalogData data() const;

private:
    std::vector<CatalogItem> m_items;
    std::vector<Source> m_sources;
    std::map<std::string, size_t> m_itemIndex;
    std::map<std::string, size_t> m_sourceIndex;
    std::set<std::pair<std::string, std::string>> m_converted; ///< (item id, field) made by addUsdPrices
};

/// Where the databases live. The shipped one sits next to the executable (build tree) or under
/// share/infraplan (installed); the user one under the platform's app-data folder.
struct CatalogPaths {
    std::filesystem::path shipped;
    std::filesystem::path user;

    /// Honours INFRAPLAN_CATALOG and INFRAPLAN_USER_CATALOG, then the standard places.
    static CatalogPaths standard(const std::filesystem::path& executableDir);
};

/// Opens both databases (creating or migrating the user one). The shipped catalog must open: otherwise this
/// throws sql::Error naming the file. The user's catalog never takes the shipped one down: when it cannot
/// be used the catalog holds the shipped rows only and `notice` (when given) tells the user, once, what
/// happened. A damaged file (truncated, not a database, tables missing) is moved aside, never deleted, to
/// user-catalog.damaged-YYYYMMDD-HHMMSS.sqlite next to it, where `infraplan catalog recover` reads back
/// what it can; a file from a newer Infraplan, or one that is busy or unreadable, is left as it is.
Catalog loadCatalog(const CatalogPaths& paths, std::string* notice = nullptr);

} // namespace infraplan
