#pragma once

#include "problem.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace infraplan {

/// The deepest nesting a file may have. Infraplan's formats need fewer than ten levels; the limit keeps a
/// hostile file from costing memory and stack in everything that walks the document.
inline constexpr int kMaxJsonDepth = 64;

/// Parses the JSON of a project, catalog or validation file. Never throws for bad input: on any error
/// (syntax, a number too large for a double, text that is not UTF-8, a key given twice in one object,
/// nesting deeper than kMaxJsonDepth) it returns nullopt and appends one problem that names the JSON path
/// where reading stopped and, for syntax errors, the line and column.
std::optional<nlohmann::json> parseJsonText(const std::string& text, Problems& problems);

/// JSON as text for output (--json, exports, saved files). Strings that are not UTF-8 are written with
/// U+FFFD in place of the bad bytes instead of throwing.
std::string jsonText(const nlohmann::json& j, int indent = 2);

} // namespace infraplan
