#pragma once

#include <map>
#include <optional>
#include <string>

namespace infraplan {

/// The kinds of things the catalog holds.
enum class ItemKind { Accelerator, Instance, Link, Storage, Region, Model, Calibration };

/// Whether a source is the originator of its figures. A finance reviewer asks "where is this from?": a
/// primary source is the vendor's datasheet, whitepaper or documentation, the provider's own price page or
/// price file, the model owner's config or paper; a secondary one reproduces or reports someone else's.
enum class SourceKind { Unstated, Primary, Secondary };

/// A dated reference a figure was taken from.
struct Source {
    std::string id;
    std::string title;
    std::string url;
    std::string date; ///< YYYY-MM-DD, YYYY-MM or YYYY
    SourceKind kind = SourceKind::Unstated;
    bool operator==(const Source&) const = default;
};

/// One number with the source it came from.
struct Figure {
    double value = 0.0;
    std::string sourceId;
    std::string note;
    bool operator==(const Figure&) const = default;
};

/// Where a row lives: the shipped database (read-only) or the user's own database.
enum class ItemOrigin { Shipped, User };

/// One catalog entry: an accelerator, an instance type, a link, a storage tier, a region, a model preset
/// or a calibration set. Figures are keyed by the field names documented in docs/catalog.md.
struct CatalogItem {
    std::string id;
    ItemKind kind = ItemKind::Accelerator;
    std::string name;
    std::string vendor;
    std::map<std::string, std::string> attributes;
    std::map<std::string, Figure> figures;
    ItemOrigin origin = ItemOrigin::Shipped;

    std::optional<double> figure(const std::string& field) const
    {
        auto it = figures.find(field);
        return it == figures.end() ? std::nullopt : std::optional<double>(it->second.value);
    }
    double figureOr(const std::string& field, double fallback) const
    {
        return figure(field).value_or(fallback);
    }
    std::string attribute(const std::string& key) const
    {
        auto it = attributes.find(key);
        return it == attributes.end() ? std::string() : it->second;
    }
    bool operator==(const CatalogItem&) const = default;
};

} // namespace infraplan
