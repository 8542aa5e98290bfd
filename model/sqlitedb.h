#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace infraplan::sql {

/// Thrown for any SQLite failure; the message names the database and the statement.
class Error : public std::runtime_error {
public:
    /// Why, as far as what to do next depends on it: a damaged file can be moved aside and replaced, a
    /// busy one must be left for whoever holds it, a newer one is for a newer program.
    enum class Reason { Failure, Damaged, Busy, NewerSchema };

    explicit Error(const std::string& message, Reason reason = Reason::Failure)
        : std::runtime_error(message), m_reason(reason)
    {}
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

/// An open SQLite connection (RAII).
class Database {
public:
    enum class Mode { ReadOnly, ReadWriteCreate };
    Database(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    int userVersion();
    void setUserVersion(int version);
    bool hasTable(const std::string& name);
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    int changes();
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

/// A prepared statement (RAII). Bind indexes start at 1, column indexes at 0.
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::int64_t value);
    Statement& bindNull(int index);
    /// Steps once; true while a row is available.
    bool step();
    /// Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    std::string text(int column) const;
    double real(int column) const;
    std::int64_t integer(int column) const;
    bool isNull(int column) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

/// Rolls back unless commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace infraplan::sql
