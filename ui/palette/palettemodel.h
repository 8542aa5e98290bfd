#pragma once

#include "catalog.h"

#include <QStandardItemModel>

namespace infraplan::ui {

/// The catalog as a two-level tree: a category row per kind (accelerators, CPUs, instances, ...) with a
/// row per catalog item below it. Item rows carry the values the palette filters on and drag their id out
/// as catalog MIME data.
class PaletteModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        VendorRole,     ///< QString
        ProvidersRole,  ///< QStringList: the instance's provider, or providers offering an accelerator
        MemoryGbRole,   ///< double, accelerator memory per device; invalid when unknown
        UsdPerHourRole, ///< double, on-demand price of an instance; invalid when unknown
        SearchTextRole, ///< lower-case name, id, vendor and attributes
        IsCategoryRole, ///< bool
        CategoryRole,   ///< int (PaletteCategory)
    };

    explicit PaletteModel(QObject* parent = nullptr);

    /// Rebuilds every row from the catalog (calibration rows are not shown).
    void rebuild(const Catalog& catalog);
    /// Index of the row with this catalog id, or invalid.
    QModelIndex indexOfItem(const std::string& id) const;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
};

} // namespace infraplan::ui
