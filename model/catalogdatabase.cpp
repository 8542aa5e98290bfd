#include "catalogdatabase.h"

#include "catalogschema.h"
#include "utf8text.h"

#include <map>

namespace infraplan {

namespace {

// Each step takes the schema from version i+1 to i+2. Steps are append-only: a released step never changes.
const char* const kMigrations[] = {
    // 1 -> 2: sources gain their date, figures a note, items a modification time.
    "ALTER TABLE sources ADD COLUMN date TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE figures ADD COLUMN note TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE items ADD COLUMN modified_utc TEXT NOT NULL DEFAULT '';",
    // 2 -> 3: sources say whether they are primary or secondary ('' = unstated).
    "ALTER TABLE sources ADD COLUMN kind TEXT NOT NULL DEFAULT '';",
};
static_assert(std::size(kMigrations) == CatalogDatabase::kSchemaVersion - 1);

} // namespace

void CatalogDatabase::createVersion1Schema(sql::Database& db)
{
    db.exec("CREATE TABLE sources (id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', url TEXT NOT NULL "
            "DEFAULT '');"
            "CREATE TABLE items (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',"
            " vendor TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE attributes (item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE, key TEXT "
            "NOT NULL,"
            " value TEXT NOT NULL, PRIMARY KEY (item_id, key));"
            "CREATE TABLE figures (item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE, field TEXT "
            "NOT NULL,"
            " value REAL NOT NULL, source_id TEXT NOT NULL, PRIMARY KEY (item_id, field));"
            "CREATE INDEX items_kind ON items(kind);");
    db.setUserVersion(1);
}

CatalogDatabase::CatalogDatabase(const std::string& path, sql::Database::Mode mode) : m_db(path, mode)
{
    m_db.exec("PRAGMA foreign_keys = ON");
    const int version = m_db.userVersion();
    if (version > kSchemaVersion)
        throw sql::Error(path + ": catalog schema version " + std::to_string(version) +
                             " is newer than this Infraplan understands (" + std::to_string(kSchemaVersion) +
                             "); update Infraplan",
                         sql::Error::Reason::NewerSchema);
    if (version == 0 && m_db.hasTable("items"))
        throw sql::Error(path + ": not an Infraplan catalog (no schema version)",
                         sql::Error::Reason::Damaged);
    if (version < kSchemaVersion) {
        if (mode == sql::Database::Mode::ReadOnly)
            throw sql::Error(path + ": catalog schema version " + std::to_string(version) +
                             " needs migration but the database is read-only");
        migrate();
    }
    if (!m_db.hasTable("items") || !m_db.hasTable("figures") || !m_db.hasTable("sources"))
        throw sql::Error(path + ": damaged catalog: tables are missing", sql::Error::Reason::Damaged);
}

void CatalogDatabase::migrate()
{
    sql::Transaction tx(m_db);
    int version = m_db.userVersion();
    if (version == 0) {
        createVersion1Schema(m_db);
        version = 1;
    }
    for (; version < kSchemaVersion; ++version)
        m_db.exec(kMigrations[version - 1]);
    m_db.setUserVersion(kSchemaVersion);
    tx.commit();
}

CatalogData CatalogDatabase::read()
{
    CatalogData data;
    // Rows written by older versions (or other programs) may hold bytes that are not UTF-8; they are shown
    // with U+FFFD so that no listing or export can fail on them.
    auto text = [](const sql::Statement& st, int column) { return repairUtf8(st.text(column)); };
    {
        sql::Statement st(m_db, "SELECT id, title, url, date, kind FROM sources ORDER BY id");
        while (st.step())
            data.sources.push_back({text(st, 0), text(st, 1), text(st, 2), text(st, 3),
                                    sourceKindFromName(st.text(4)).value_or(SourceKind::Unstated)});
    }
    std::map<std::string, size_t> index;
    {
        sql::Statement st(m_db, "SELECT id, kind, name, vendor FROM items ORDER BY rowid");
        while (st.step()) {
            CatalogItem item;
            item.id = text(st, 0);
            auto kind = kindFromName(text(st, 1));
            if (!kind)
                throw sql::Error(m_db.path() + ": item '" + item.id + "' has unknown kind '" + text(st, 1) +
                                     "'",
                                 sql::Error::Reason::Damaged);
            item.kind = *kind;
            item.name = text(st, 2);
            item.vendor = text(st, 3);
            index[item.id] = data.items.size();
            data.items.push_back(std::move(item));
        }
    }
    {
        sql::Statement st(m_db, "SELECT item_id, key, value FROM attributes");
        while (st.step())
            if (auto it = index.find(text(st, 0)); it != index.end())
                data.items[it->second].attributes[text(st, 1)] = text(st, 2);
    }
    {
        sql::Statement st(m_db, "SELECT item_id, field, value, source_id, note FROM figures");
        while (st.step())
            if (auto it = index.find(text(st, 0)); it != index.end())
                data.items[it->second].figures[text(st, 1)] = Figure{st.real(2), text(st, 3), text(st, 4)};
    }
    return data;
}

void CatalogDatabase::upsertRows(const CatalogData& data)
{
    sql::Statement src(m_db,
                       "INSERT OR REPLACE INTO sources (id, title, url, date, kind) VALUES (?, ?, ?, ?, ?)");
    for (const auto& s : data.sources)
        src.bind(1, s.id)
            .bind(2, s.title)
            .bind(3, s.url)
            .bind(4, s.date)
            .bind(5, sourceKindName(s.kind))
            .run();
    sql::Statement del(m_db, "DELETE FROM items WHERE id = ?");
    sql::Statement item(m_db, "INSERT INTO items (id, kind, name, vendor, modified_utc) VALUES (?, ?, ?, ?,"
                              " strftime('%Y-%m-%dT%H:%M:%SZ','now'))");
    sql::Statement attr(m_db, "INSERT INTO attributes (item_id, key, value) VALUES (?, ?, ?)");
    sql::Statement fig(m_db,
                       "INSERT INTO figures (item_id, field, value, source_id, note) VALUES (?, ?, ?, ?, ?)");
    for (const auto& i : data.items) {
        del.bind(1, i.id).run();
        item.bind(1, i.id).bind(2, kindName(i.kind)).bind(3, i.name).bind(4, i.vendor).run();
        for (const auto& [k, v] : i.attributes)
            attr.bind(1, i.id).bind(2, k).bind(3, v).run();
        for (const auto& [k, f] : i.figures)
            fig.bind(1, i.id).bind(2, k).bind(3, f.value).bind(4, f.sourceId).bind(5, f.note).run();
    }
}

void CatalogDatabase::upsert(const CatalogData& data)
{
    sql::Transaction tx(m_db);
    upsertRows(data);
    tx.commit();
}

bool CatalogDatabase::remove(const std::string& itemId)
{
    sql::Transaction tx(m_db);
    sql::Statement st(m_db, "DELETE FROM items WHERE id = ?");
    st.bind(1, itemId).run();
    const bool removed = m_db.changes() > 0;
    tx.commit();
    return removed;
}

void CatalogDatabase::replaceAll(const CatalogData& data)
{
    sql::Transaction tx(m_db);
    m_db.exec("DELETE FROM figures; DELETE FROM attributes; DELETE FROM items; DELETE FROM sources;");
    upsertRows(data);
    tx.commit();
}

} // namespace infraplan
