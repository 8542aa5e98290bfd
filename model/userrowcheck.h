#pragma once

#include "catalog.h"
#include "problem.h"

#include <string>

namespace infraplan {

/// The checks a user's catalog rows pass before they are written to the user database, for `infraplan
/// catalog import` and the GUI's catalog editor alike: no row may replace a shipped one, and the rows must
/// validate against the catalog they join. `verb` names the action in the advice ("import", "save").
Problems checkUserRows(const Catalog& catalog, const CatalogData& rows, const std::string& verb);

} // namespace infraplan
