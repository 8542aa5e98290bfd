#include "catalogstore.h"

#include "catalogdatabase.h"
#include "catalogvalidator.h"
#include "userrowcheck.h"

namespace infraplan::ui {

CatalogStore::CatalogStore(CatalogPaths paths, QObject* parent)
    : QObject(parent), m_paths(std::move(paths)), m_catalog(std::make_shared<Catalog>())
{
    reload(m_loadError, &m_notice);
}

CatalogStore::CatalogStore(Catalog catalog, QObject* parent)
    : QObject(parent), m_catalog(std::make_shared<Catalog>(std::move(catalog)))
{}

bool CatalogStore::reload(QString& error, QString* notice)
{
    try {
        std::string told;
        m_catalog = std::make_shared<Catalog>(loadCatalog(m_paths, &told));
        if (notice)
            *notice = QString::fromStdString(told);
        return true;
    } catch (const std::exception& e) {
        error = QString::fromStdString(e.what());
        return false;
    }
}

bool CatalogStore::saveUserRows(const CatalogData& rows, Problems& problems)
{
    if (!canWrite()) {
        problems.push_back({"", "this catalog has no user database to write to"});
        return false;
    }
    for (Problem& p : checkUserRows(*m_catalog, rows, "save"))
        problems.push_back(std::move(p));
    if (!problems.empty())
        return false;
    try {
        CatalogDatabase(m_paths.user.string(), sql::Database::Mode::ReadWriteCreate).upsert(rows);
    } catch (const sql::Error& e) {
        problems.push_back({m_paths.user.string(), e.what()});
        return false;
    }
    QString error;
    if (!reload(error)) {
        problems.push_back({"", error.toStdString()});
        return false;
    }
    emit catalogChanged();
    return true;
}

bool CatalogStore::removeUserRow(const std::string& id, QString& error)
{
    if (!canWrite()) {
        error = tr("this catalog has no user database");
        return false;
    }
    try {
        if (!CatalogDatabase(m_paths.user.string(), sql::Database::Mode::ReadWriteCreate).remove(id)) {
            error = tr("'%1' is not in your catalog").arg(QString::fromStdString(id));
            return false;
        }
    } catch (const sql::Error& e) {
        error = QString::fromStdString(e.what());
        return false;
    }
    if (!reload(error))
        return false;
    emit catalogChanged();
    return true;
}

CatalogData CatalogStore::userRows(QString& error) const
{
    if (!canWrite())
        return {};
    try {
        return CatalogDatabase(m_paths.user.string(), sql::Database::Mode::ReadWriteCreate).read();
    } catch (const sql::Error& e) {
        error = QString::fromStdString(e.what());
        return {};
    }
}

} // namespace infraplan::ui
