#include "catalog.h"

#include "catalogdatabase.h"
#include "damagedfile.h"
#include "nativeprices.h"

#include <cstdlib>

namespace infraplan {

Catalog::Catalog(CatalogData shipped, CatalogData user)
{
    for (auto& s : shipped.sources) {
        m_sourceIndex[s.id] = m_sources.size();
        m_sources.push_back(std::move(s));
    }
    for (auto& s : user.sources) {
        if (m_sourceIndex.count(s.id))
            continue;
        m_sourceIndex[s.id] = m_sources.size();
        m_sources.push_back(std::move(s));
    }
    for (auto& i : shipped.items) {
        i.origin = ItemOrigin::Shipped;
        m_itemIndex[i.id] = m_items.size();
        m_items.push_back(std::move(i));
    }
    for (auto& i : user.items) {
        i.origin = ItemOrigin::User;
        if (m_itemIndex.count(i.id))
            i.id = "user:" + i.id;
        if (m_itemIndex.count(i.id))
            continue;
        m_itemIndex[i.id] = m_items.size();
        m_items.push_back(std::move(i));
    }
    for (auto& i : m_items)
        for (auto& field : addUsdPrices(i))
            m_converted.emplace(i.id, std::move(field));
}

CatalogData Catalog::data() const
{
    CatalogData d{m_sources, m_items};
    for (auto& i : d.items)
        for (auto it = i.figures.begin(); it != i.figures.end();)
            it = m_converted.count({i.id, it->first}) ? i.figures.erase(it) : std::next(it);
    return d;
}

const CatalogItem* Catalog::find(const std::string& id) const
{
    auto it = m_itemIndex.find(id);
    return it == m_itemIndex.end() ? nullptr : &m_items[it->second];
}

const Source* Catalog::source(const std::string& id) const
{
    auto it = m_sourceIndex.find(id);
    return it == m_sourceIndex.end() ? nullptr : &m_sources[it->second];
}

std::vector<const CatalogItem*> Catalog::items(ItemKind kind) const
{
    std::vector<const CatalogItem*> out;
    for (const auto& i : m_items)
        if (i.kind == kind)
            out.push_back(&i);
    return out;
}

bool Catalog::isShipped(const std::string& id) const
{
    const CatalogItem* i = find(id);
    return i && i->origin == ItemOrigin::Shipped;
}

CatalogPaths CatalogPaths::standard(const std::filesystem::path& executableDir)
{
    CatalogPaths p;
    if (const char* env = std::getenv("INFRAPLAN_CATALOG"); env && *env) {
        p.shipped = env;
    } else {
        const std::filesystem::path candidates[] = {
            executableDir / "catalog.sqlite",
            executableDir / ".." / "data" / "catalog.sqlite",
            executableDir / ".." / "share" / "infraplan" / "catalog.sqlite",
        };
        p.shipped = candidates[0];
        for (const auto& c : candidates)
            if (std::filesystem::exists(c)) {
                p.shipped = c;
                break;
            }
    }
    if (const char* env = std::getenv("INFRAPLAN_USER_CATALOG"); env && *env) {
        p.user = env;
    } else {
        // XDG base directory spec, as QStandardPaths::AppDataLocation resolves it on Linux.
        std::filesystem::path base;
        if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
            base = xdg;
        else if (const char* home = std::getenv("HOME"); home && *home)
            base = std::filesystem::path(home) / ".local" / "share";
        else
            base = std::filesystem::temp_directory_path();
        p.user = base / "Infraplan" / "user-catalog.sqlite";
    }
    return p;
}

Catalog loadCatalog(const CatalogPaths& paths, std::string* notice)
{
    if (!std::filesystem::exists(paths.shipped))
        throw sql::Error(paths.shipped.string() +
                         ": shipped catalog not found (set INFRAPLAN_CATALOG or reinstall Infraplan)");
    CatalogData shipped = CatalogDatabase(paths.shipped.string(), sql::Database::Mode::ReadOnly).read();
    CatalogData user;
    if (!paths.user.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(paths.user.parent_path(), ec);
        try {
            user = CatalogDatabase(paths.user.string(), sql::Database::Mode::ReadWriteCreate).read();
        } catch (const sql::Error& e) {
            std::string told;
            if (e.reason() == sql::Error::Reason::Damaged) {
                std::string moveError;
                if (auto kept = moveDamagedFileAside(paths.user, moveError))
                    told = "Your catalog " + paths.user.string() + " is damaged (" + e.what() +
                           "). Infraplan moved it to " + kept->string() +
                           " and runs on the shipped catalog; a new, empty catalog of your own is made when "
                           "you next add hardware. To bring back the rows that can still be read, run: "
                           "infraplan catalog recover '" +
                           kept->string() + "'";
                else
                    told = "Your catalog " + paths.user.string() + " is damaged (" + e.what() +
                           ") and could not be moved aside (" + moveError +
                           "); Infraplan runs on the shipped catalog without your own rows.";
            } else if (e.reason() == sql::Error::Reason::NewerSchema) {
                told = std::string(e.what()) +
                       ". Your catalog was left as it is; until you update Infraplan it runs on the shipped "
                       "catalog without your own rows.";
            } else {
                told = "Your catalog " + paths.user.string() + " cannot be used now (" + e.what() +
                       "); it was left as it is and Infraplan runs on the shipped catalog without your own "
                       "rows.";
            }
            user = {};
            if (notice)
                *notice = told;
        }
    }
    return Catalog(std::move(shipped), std::move(user));
}

} // namespace infraplan
