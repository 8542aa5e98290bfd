#pragma once

#include "results.h"

#include <string>

namespace infraplan {

/// A sketch's full breakdown as plain text, made from its typed result for `simulate` and the results dock
/// (empty when it was not computed). Output only: the model never reads it back.
std::string sketchResultText(const SketchSummary& summary, const Project& project);

} // namespace infraplan
