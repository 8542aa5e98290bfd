#pragma once

#include "catalogdata.h"
#include "sqlitedb.h"

#include <memory>
#include <string>

namespace infraplan {

/// A catalog stored in SQLite: the shipped database (built from data/catalog/) or a user database.
/// The schema version lives in PRAGMA user_version; opening a writable database of an older version
/// migrates it forward in one transaction, keeping every row. See docs/catalog.md.
class CatalogDatabase {
public:
    static constexpr int kSchemaVersion = 3;

    /// Opens (and for ReadWriteCreate, creates or migrates) a catalog database. Throws sql::Error with a
    /// message that names the file when it is missing, corrupt, or newer than this program understands.
    CatalogDatabase(const std::string& path, sql::Database::Mode mode);

    CatalogData read();
    /// Inserts or replaces the given rows (and their sources) in one transaction.
    void upsert(const CatalogData& data);
    /// Deletes an item and its figures and attributes; false if there was none.
    bool remove(const std::string& itemId);
    /// Replaces the whole content (used by the build to make the shipped database).
    void replaceAll(const CatalogData& data);

    int schemaVersion() { return m_db.userVersion(); }
    sql::Database& database() { return m_db; }

    /// Creates the tables of schema version 1 (the first release); kept so tests can prove migration.
    static void createVersion1Schema(sql::Database& db);

private:
    void migrate();
    void upsertRows(const CatalogData& data);

    sql::Database m_db;
};

} // namespace infraplan
