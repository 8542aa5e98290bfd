#pragma once

#include "results.h"

#include <nlohmann/json.hpp>

namespace infraplan {

/// A sketch's full breakdown with the stable keys documented in docs/model.md, made from its typed result for
/// `simulate --json` (an empty object when it was not computed). Output only: the model never reads it back.
nlohmann::json sketchResultJson(const SketchSummary& summary, const Project& project);

} // namespace infraplan
