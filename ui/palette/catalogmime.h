#pragma once

#include <QMimeData>
#include <QString>
#include <string>

namespace infraplan::ui {

/// Drags from the palette carry the catalog id under this MIME type (UTF-8 bytes of the id).
inline constexpr const char* kCatalogItemMimeType = "application/x-infraplan-catalog-item";

/// Mime data for dragging one catalog row (also offered as plain text, the id).
inline QMimeData* catalogItemMimeData(const std::string& itemId)
{
    auto* mime = new QMimeData;
    mime->setData(kCatalogItemMimeType, QByteArray::fromStdString(itemId));
    mime->setText(QString::fromStdString(itemId));
    return mime;
}

/// The catalog id a drag carries; empty when it carries none.
inline std::string catalogItemId(const QMimeData* mime)
{
    if (!mime || !mime->hasFormat(kCatalogItemMimeType))
        return {};
    return mime->data(kCatalogItemMimeType).toStdString();
}

} // namespace infraplan::ui
