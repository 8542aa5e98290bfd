#include "palettefilter.h"

#include "catalogtext.h"
#include "palettemodel.h"

namespace infraplan::ui {

PaletteFilter::PaletteFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void PaletteFilter::setSearchText(const QString& text)
{
    m_words = text.toLower().split(' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void PaletteFilter::setVendor(const QString& vendor)
{
    m_vendor = vendor;
    invalidateFilter();
}

void PaletteFilter::setProvider(const QString& provider)
{
    m_provider = provider;
    invalidateFilter();
}

void PaletteFilter::setMinMemoryGb(std::optional<double> gb)
{
    m_minMemoryGb = gb;
    invalidateFilter();
}

void PaletteFilter::setMaxUsdPerHour(std::optional<double> usd)
{
    m_maxUsdPerHour = usd;
    invalidateFilter();
}

bool PaletteFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(PaletteModel::IsCategoryRole).toBool())
        return false; // shown through recursive filtering while a child row is
    const QString search = i.data(PaletteModel::SearchTextRole).toString();
    for (const QString& w : m_words)
        if (!search.contains(w))
            return false;
    if (!m_vendor.isEmpty() && i.data(PaletteModel::VendorRole).toString() != m_vendor)
        return false;
    const auto category = static_cast<PaletteCategory>(i.data(PaletteModel::CategoryRole).toInt());
    const bool hardware = category == PaletteCategory::Accelerator || category == PaletteCategory::Cpu ||
                          category == PaletteCategory::Instance;
    // Links and models belong to no provider; everything else must be offered by the chosen one.
    const bool hasProvider =
        hardware || category == PaletteCategory::Storage || category == PaletteCategory::Region;
    if (!m_provider.isEmpty() && hasProvider &&
        !i.data(PaletteModel::ProvidersRole).toStringList().contains(m_provider))
        return false;
    if (m_minMemoryGb && hardware) {
        const QVariant gb = i.data(PaletteModel::MemoryGbRole);
        if (!gb.isValid() || gb.toDouble() < *m_minMemoryGb)
            return false;
    }
    if (m_maxUsdPerHour && category == PaletteCategory::Instance) {
        const QVariant usd = i.data(PaletteModel::UsdPerHourRole);
        if (!usd.isValid() || usd.toDouble() > *m_maxUsdPerHour)
            return false;
    }
    return true;
}

} // namespace infraplan::ui
