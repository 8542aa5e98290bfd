#include "palettemodel.h"

#include "catalogmime.h"
#include "catalogtext.h"
#include "hardwarerow.h"
#include "kindicon.h"

#include <map>
#include <set>

namespace infraplan::ui {

PaletteModel::PaletteModel(QObject* parent) : QStandardItemModel(parent) {}

void PaletteModel::rebuild(const Catalog& catalog)
{
    clear();
    setHorizontalHeaderLabels({tr("Catalog")});
    // Who offers each accelerator, so "provider: gcp" also narrows the accelerators to the ones GCP rents.
    std::map<std::string, std::set<QString>> providersOf;
    for (const CatalogItem* i : catalog.items(ItemKind::Instance))
        providersOf[acceleratorIdOf(*i)].insert(QString::fromStdString(providerOf(*i)));

    std::map<PaletteCategory, QStandardItem*> categories;
    for (PaletteCategory c :
         {PaletteCategory::Accelerator, PaletteCategory::Cpu, PaletteCategory::Instance,
          PaletteCategory::Link, PaletteCategory::Storage, PaletteCategory::Region, PaletteCategory::Model}) {
        auto* row = new QStandardItem(kindicon::icon(c), categoryTitle(c));
        row->setData(true, IsCategoryRole);
        row->setFlags(Qt::ItemIsEnabled);
        QFont f = row->font();
        f.setBold(true);
        row->setFont(f);
        categories[c] = row;
        appendRow(row);
    }
    for (const CatalogItem& item : catalog.all()) {
        if (item.kind == ItemKind::Calibration)
            continue;
        const PaletteCategory category = categoryOf(item);
        auto* row = new QStandardItem(kindicon::icon(category), QString::fromStdString(item.name));
        row->setData(QString::fromStdString(item.id), ItemIdRole);
        row->setData(QString::fromStdString(item.vendor), VendorRole);
        row->setData(false, IsCategoryRole);
        row->setData(static_cast<int>(category), CategoryRole);
        QStringList providers;
        if (const std::string p = providerOf(item); !p.empty())
            providers << QString::fromStdString(p);
        if (item.kind == ItemKind::Accelerator)
            for (const QString& p : providersOf[item.id])
                providers << p;
        row->setData(providers, ProvidersRole);
        if (item.kind == ItemKind::Accelerator) {
            if (auto gb = memoryGbOf(item))
                row->setData(*gb, MemoryGbRole);
        } else if (item.kind == ItemKind::Instance) {
            if (const CatalogItem* acc = catalog.find(acceleratorIdOf(item)))
                if (auto gb = memoryGbOf(*acc))
                    row->setData(*gb, MemoryGbRole);
            if (auto usd = instancePrice(item, PricingMode::OnDemand))
                row->setData(*usd, UsdPerHourRole);
        }
        QString search = QString::fromStdString(item.name + " " + item.id + " " + item.vendor);
        for (const auto& [k, v] : item.attributes)
            search += ' ' + QString::fromStdString(v);
        row->setData(search.toLower(), SearchTextRole);
        row->setToolTip(catalogtext::tooltip(catalog, item));
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        if (item.origin == ItemOrigin::User) {
            QFont f = row->font();
            f.setItalic(true);
            row->setFont(f);
        }
        categories[category]->appendRow(row);
    }
    for (auto& [c, row] : categories)
        row->setText(QStringLiteral("%1  (%2)").arg(categoryTitle(c)).arg(row->rowCount()));
}

QModelIndex PaletteModel::indexOfItem(const std::string& id) const
{
    const QString wanted = QString::fromStdString(id);
    for (int r = 0; r < rowCount(); ++r) {
        QStandardItem* category = item(r);
        for (int c = 0; c < category->rowCount(); ++c)
            if (category->child(c)->data(ItemIdRole).toString() == wanted)
                return category->child(c)->index();
    }
    return {};
}

QStringList PaletteModel::mimeTypes() const
{
    return {QString::fromLatin1(kCatalogItemMimeType)};
}

QMimeData* PaletteModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        const QString id = index.data(ItemIdRole).toString();
        if (!id.isEmpty())
            return catalogItemMimeData(id.toStdString());
    }
    return nullptr;
}

} // namespace infraplan::ui
