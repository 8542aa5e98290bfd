#pragma once

#include <QString>

class QWidget;

namespace infraplan::ui {

class CatalogStore;

/// Catalog -> Import prices…: the GUI face of `infraplan catalog prices import`. Asks for a provider's price
/// file and an optional region, reads it through the same model function, writes the matched instances'
/// user copies and says what matched and what was skipped. Returns the summary shown (for tests).
QString importPriceFileInteractively(CatalogStore& catalogs, QWidget* parent);

/// The non-interactive part: reads `fileName` for `regionCode` (empty: each instance's own region), writes
/// the rows. Returns the summary; `ok` is false when nothing could be read or written.
QString importPriceFile(CatalogStore& catalogs, const QString& fileName, const QString& regionCode, bool& ok);

} // namespace infraplan::ui
