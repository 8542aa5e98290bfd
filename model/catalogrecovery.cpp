#include "catalogrecovery.h"

#include "catalogschema.h"
#include "sqlitedb.h"
#include "utf8text.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <vector>

namespace infraplan {

namespace {

using Row = std::vector<std::string>;

/// After this many rowids in a row without a row, the probe assumes the table has ended. SQLite hands out
/// rowids in increasing order, so the rows of a catalog sit close together.
constexpr std::int64_t kGapLimit = 1000;
constexpr std::int64_t kMaxRowid = 100000000;

/// Every readable row of `table` (its `columns`, as text; column 0 of a figure's value comes back as text
/// too and is converted by the caller), keyed by rowid.
std::map<std::int64_t, Row> readTable(sql::Database& db, const std::string& table,
                                      const std::vector<std::string>& columns, Problems& skipped)
{
    std::string list;
    for (const auto& c : columns)
        list += (list.empty() ? "" : ", ") + c;
    std::map<std::int64_t, Row> rows;
    auto rowOf = [&](sql::Statement& st) {
        Row r;
        for (size_t c = 0; c < columns.size(); ++c) {
            const int column = static_cast<int>(c) + 1;
            if (columns[c] == "value") { // a figure: keep every bit of the double
                char buf[40];
                std::snprintf(buf, sizeof buf, "%.17g", st.real(column));
                r.push_back(st.isNull(column) ? std::string() : std::string(buf));
            } else {
                r.push_back(repairUtf8(st.text(column)));
            }
        }
        return r;
    };
    bool complete = false;
    try {
        sql::Statement st(db, "SELECT rowid, " + list + " FROM " + table + " ORDER BY rowid");
        while (st.step())
            rows[st.integer(0)] = rowOf(st);
        complete = true;
    } catch (const sql::Error&) {
        // The scan stopped at a damaged page; probe the rowids one at a time below.
    }
    if (complete)
        return rows;
    std::unique_ptr<sql::Statement> probe;
    try {
        probe = std::make_unique<sql::Statement>(db, "SELECT rowid, " + list + " FROM " + table +
                                                         " WHERE rowid = ?");
    } catch (const sql::Error& e) {
        skipped.push_back({table, std::string("cannot be read: ") + e.what()});
        return rows;
    }
    // One read transaction for all the probes: otherwise each one locks and checks the file anew.
    try {
        db.exec("BEGIN");
    } catch (const sql::Error&) {
    }
    std::int64_t lost = 0;
    for (std::int64_t id = 1, gap = 0; id < kMaxRowid && gap < kGapLimit; ++id) {
        if (rows.count(id)) {
            gap = 0;
            continue;
        }
        try {
            probe->bind(1, id);
            if (probe->step()) {
                rows[id] = rowOf(*probe);
                gap = 0;
            } else {
                ++gap;
            }
        } catch (const sql::Error&) {
            ++lost;
            ++gap;
        }
        probe->reset();
    }
    try {
        db.exec("COMMIT");
    } catch (const sql::Error&) {
    }
    if (lost > 0) // how many rows a damaged page held cannot be known; that some were lost can
        skipped.push_back({table, "rows on damaged pages could not be read"});
    return rows;
}

/// The columns a table has, so that files of the first schema version (no date, no note) can be read.
bool hasColumn(sql::Database& db, const std::string& table, const std::string& column)
{
    try {
        sql::Statement st(db, "SELECT name FROM pragma_table_info('" + table + "')");
        while (st.step())
            if (st.text(0) == column)
                return true;
    } catch (const sql::Error&) {
    }
    return false;
}

} // namespace

RecoveredCatalog recoverCatalogRows(const std::filesystem::path& file)
{
    RecoveredCatalog out;
    std::unique_ptr<sql::Database> db;
    try {
        db = std::make_unique<sql::Database>(file.string(), sql::Database::Mode::ReadOnly);
    } catch (const sql::Error& e) {
        out.skipped.push_back({file.string(), std::string("no rows can be read: ") + e.what()});
        return out;
    }
    const bool v2 = hasColumn(*db, "sources", "date");
    for (const auto& [id, r] :
         readTable(*db, "sources", {"id", "title", "url", v2 ? "date" : "''"}, out.skipped))
        if (!r[0].empty())
            out.rows.sources.push_back({r[0], r[1], r[2], r[3]});
    std::map<std::string, size_t> index;
    for (const auto& [id, r] : readTable(*db, "items", {"id", "kind", "name", "vendor"}, out.skipped)) {
        const auto kind = kindFromName(r[1]);
        if (r[0].empty() || !kind || index.count(r[0])) {
            out.skipped.push_back({r[0].empty() ? "items rowid " + std::to_string(id) : r[0],
                                   !kind ? "unknown kind '" + r[1] + "'" : "missing or repeated id"});
            continue;
        }
        CatalogItem item;
        item.id = r[0];
        item.kind = *kind;
        item.name = r[2];
        item.vendor = r[3];
        index[item.id] = out.rows.items.size();
        out.rows.items.push_back(std::move(item));
    }
    size_t orphans = 0;
    for (const auto& [id, r] : readTable(*db, "attributes", {"item_id", "key", "value"}, out.skipped)) {
        if (auto it = index.find(r[0]); it != index.end())
            out.rows.items[it->second].attributes[r[1]] = r[2];
        else
            ++orphans;
    }
    const bool noted = hasColumn(*db, "figures", "note");
    for (const auto& [id, r] :
         readTable(*db, "figures", {"item_id", "field", "value", "source_id", noted ? "note" : "''"},
                   out.skipped)) {
        auto it = index.find(r[0]);
        if (it == index.end()) {
            ++orphans;
            continue;
        }
        char* end = nullptr;
        const double value = std::strtod(r[2].c_str(), &end);
        if (r[2].empty() || *end != '\0') {
            out.skipped.push_back({r[0], "figure " + r[1] + " has no readable value"});
            continue;
        }
        out.rows.items[it->second].figures[r[1]] = Figure{value, r[3], r[4]};
    }
    if (orphans > 0)
        out.skipped.push_back({file.string(), std::to_string(orphans) +
                                                  " figure(s) or attribute(s) belong to items that could not "
                                                  "be read"});
    return out;
}

} // namespace infraplan
