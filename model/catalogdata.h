#pragma once

#include "catalogitem.h"

#include <vector>

namespace infraplan {

/// A set of catalog rows as read from a file or database, before layering.
struct CatalogData {
    std::vector<Source> sources;
    std::vector<CatalogItem> items;

    /// Appends other; rows of other with an id already present replace the old ones.
    void merge(CatalogData other);
    bool operator==(const CatalogData&) const = default;
};

} // namespace infraplan
