#pragma once

#include "catalog.h"

#include <QString>

namespace infraplan::ui {

/// How the palette groups the catalog: accelerators and CPUs are both `accelerator` rows, told apart by
/// their device type.
enum class PaletteCategory { Accelerator, Cpu, Instance, Link, Storage, Region, Model };

PaletteCategory categoryOf(const CatalogItem& item);
QString categoryTitle(PaletteCategory category);

/// Text shown for catalog rows and their figures; formatting only, no arithmetic on results.
namespace catalogtext {

/// A short name for canvas labels: "p5.48xlarge" for "AWS p5.48xlarge (8x H100 80GB)".
QString shortName(const CatalogItem& item);
/// Name of a catalog id, or the id itself when the catalog lacks it.
QString displayName(const Catalog& catalog, const std::string& id);
/// A figure with its unit from the field table, e.g. "3,350 GB/s".
QString figureText(const CatalogItem& item, const std::string& field);
/// Rich-text tooltip: name, kind, vendor, key figures and the source (with date) of each.
QString tooltip(const Catalog& catalog, const CatalogItem& item);
/// Compact number: 1,234 / 12.5 / 0.031 / 1.5e12 → "1.5 T".
QString number(double value);

} // namespace catalogtext
} // namespace infraplan::ui
