#include "sqlitedb.h"

#include <sqlite3.h>

namespace infraplan::sql {

namespace {
Error::Reason reasonOf(int code)
{
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::Reason::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Reason::Busy;
    default:
        return Error::Reason::Failure;
    }
}

[[noreturn]] void fail(sqlite3* db, const std::string& path, std::string_view what)
{
    throw Error(path + ": " + std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"),
                db ? reasonOf(sqlite3_extended_errcode(db)) : Error::Reason::Failure);
}
} // namespace

Database::Database(const std::string& path, Mode mode) : m_path(path)
{
    const int flags =
        mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
        std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(path + ": cannot open database: " + message);
    }
    sqlite3_busy_timeout(m_db, 2000);
    sqlite3_extended_result_codes(m_db, 1);
    // A file that is not a database only fails on first read; check now so the message is clear.
    char* err = nullptr;
    if (const int rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, &err);
        rc != SQLITE_OK) {
        std::string message = err ? err : "unknown error";
        const Error::Reason reason = reasonOf(sqlite3_extended_errcode(m_db));
        sqlite3_free(err);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(path + ": not a readable SQLite database: " + message, reason);
    }
}

Database::~Database()
{
    sqlite3_close(m_db);
}

void Database::exec(std::string_view sql)
{
    char* err = nullptr;
    if (sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string message = err ? err : "unknown error";
        sqlite3_free(err);
        throw Error(m_path + ": " + message + " in: " + std::string(sql.substr(0, 80)),
                    reasonOf(sqlite3_extended_errcode(m_db)));
    }
}

int Database::userVersion()
{
    Statement st(*this, "PRAGMA user_version");
    return st.step() ? static_cast<int>(st.integer(0)) : 0;
}

void Database::setUserVersion(int version)
{
    exec("PRAGMA user_version = " + std::to_string(version));
}

bool Database::hasTable(const std::string& name)
{
    Statement st(*this, "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?");
    st.bind(1, name);
    return st.step();
}

int Database::changes()
{
    return sqlite3_changes(m_db);
}

Statement::Statement(Database& db, std::string_view sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) !=
        SQLITE_OK)
        fail(db.handle(), db.path(), "cannot prepare '" + std::string(sql.substr(0, 80)) + "'");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::string_view value)
{
    if (sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK)
        fail(m_db.handle(), m_db.path(), "bind");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        fail(m_db.handle(), m_db.path(), "bind");
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail(m_db.handle(), m_db.path(), "bind");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail(m_db.handle(), m_db.path(), "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db.handle(), m_db.path(), "step");
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string Statement::text(int column) const
{
    const auto* p = sqlite3_column_text(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)))
             : std::string();
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // Nothing useful to do in a destructor: SQLite rolls back on close anyway.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace infraplan::sql
