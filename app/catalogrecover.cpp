#include "catalog.h"
#include "catalogdatabase.h"
#include "catalogrecovery.h"
#include "catalogvalidator.h"
#include "commands.h"

#include <ostream>
#include <set>

namespace infraplan::cli {

int catalogRecoverCommand(const std::vector<std::string>& files, Context& c)
{
    if (files.size() != 1)
        return c.err << "usage: infraplan catalog recover FILE\n", Usage;
    const Catalog* catalog = c.catalog();
    if (!catalog)
        return Failure;
    RecoveredCatalog found = recoverCatalogRows(files[0]);
    for (const auto& p : found.skipped)
        c.err << "  not recovered: " << p.toString() << "\n";
    CatalogData& rows = found.rows;
    // A row the user has made again since keeps its new version; shipped ids are never overwritten.
    std::erase_if(rows.items, [&](const CatalogItem& i) {
        if (!catalog->find(i.id))
            return false;
        c.err << "  kept the current row " << i.id << " (the catalog already has it)\n";
        return true;
    });
    // Rows that break an integrity rule (a figure whose source was lost, a missing accelerator) are left
    // out one by one; the rest come back. Each round removes at least one row, so this ends.
    CatalogData context = catalog->data();
    for (Problems problems = validateCatalog(rows, &context); !problems.empty();
         problems = validateCatalog(rows, &context)) {
        std::set<std::string> bad;
        for (const auto& p : problems) {
            c.err << "  not recovered: " << p.toString() << "\n";
            bad.insert(p.where.rfind("source ", 0) == 0 ? p.where.substr(7) : p.where);
        }
        const size_t before = rows.items.size() + rows.sources.size();
        std::erase_if(rows.items, [&](const CatalogItem& i) { return bad.count(i.id) > 0; });
        std::erase_if(rows.sources, [&](const Source& s) { return bad.count(s.id) > 0; });
        if (rows.items.size() + rows.sources.size() == before) {
            rows.items.clear(); // a problem that names no row: recover nothing rather than loop
            break;
        }
    }
    if (rows.items.empty()) {
        c.err << "infraplan catalog recover: no usable rows could be read from " << files[0] << "\n";
        return InputProblems;
    }
    try {
        const auto paths = CatalogPaths::standard(c.executableDir());
        CatalogDatabase(paths.user.string(), sql::Database::Mode::ReadWriteCreate).upsert(rows);
        c.out << "recovered " << rows.items.size() << " item(s) and " << rows.sources.size()
              << " source(s) from " << files[0] << " into " << paths.user.string() << "\n";
    } catch (const sql::Error& e) {
        c.err << "infraplan catalog recover: " << e.what() << "\n";
        return Failure;
    }
    return Ok;
}

} // namespace infraplan::cli
