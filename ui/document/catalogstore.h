#pragma once

#include "catalog.h"
#include "problem.h"

#include <memory>
#include <QObject>
#include <QString>

namespace infraplan::ui {

/// The catalog the application works with, shared read-only with views and simulation threads, and the
/// one place that writes the user's own rows (then reloads and tells everyone).
class CatalogStore : public QObject {
    Q_OBJECT
public:
    /// Loads the shipped and user databases; on failure the catalog is empty and loadError() says why.
    explicit CatalogStore(CatalogPaths paths, QObject* parent = nullptr);
    /// A fixed catalog (tests, benchmarks); nothing can be saved.
    explicit CatalogStore(Catalog catalog, QObject* parent = nullptr);

    /// The current catalog. Simulation threads keep their own reference, so a reload never pulls it from
    /// under them.
    std::shared_ptr<const Catalog> catalog() const { return m_catalog; }
    const Catalog& get() const { return *m_catalog; }
    const QString& loadError() const { return m_loadError; }
    /// What was wrong with the user's own catalog when the program started (it was moved aside or left
    /// alone, see loadCatalog); empty when nothing was. Shown to the user once.
    const QString& userCatalogNotice() const { return m_notice; }
    bool canWrite() const { return !m_paths.user.empty(); }

    /// Validates `rows` against the rest of the catalog, writes them to the user database and reloads.
    /// Returns false, writing nothing, with every problem found.
    bool saveUserRows(const CatalogData& rows, Problems& problems);
    /// Deletes one user row and reloads; false with a reason.
    bool removeUserRow(const std::string& id, QString& error);
    /// The user database's own rows (with their sources), as stored.
    CatalogData userRows(QString& error) const;

signals:
    void catalogChanged();

private:
    bool reload(QString& error, QString* notice = nullptr);

    CatalogPaths m_paths;
    std::shared_ptr<const Catalog> m_catalog;
    QString m_loadError;
    QString m_notice;
};

} // namespace infraplan::ui
