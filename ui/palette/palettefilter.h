#pragma once

#include <optional>
#include <QSortFilterProxyModel>

namespace infraplan::ui {

/// Narrows the palette: free text over names, ids, vendors and attributes, then vendor, provider, a minimum
/// accelerator memory and a maximum on-demand price. A category stays visible while any of its rows does.
/// Memory and price filters apply to the rows that have such a figure kind (accelerators and instances);
/// rows of other kinds pass them.
class PaletteFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PaletteFilter(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setVendor(const QString& vendor);     ///< empty: any
    void setProvider(const QString& provider); ///< empty: any
    void setMinMemoryGb(std::optional<double> gb);
    void setMaxUsdPerHour(std::optional<double> usd);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_vendor;
    QString m_provider;
    std::optional<double> m_minMemoryGb;
    std::optional<double> m_maxUsdPerHour;
};

} // namespace infraplan::ui
