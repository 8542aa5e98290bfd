#pragma once

#include "trainingrun.h"

#include <nlohmann/json.hpp>
#include <string>

namespace infraplan {

/// The run's full breakdown as JSON with the stable keys documented in docs/model.md ("Training engine:
/// output"), for `simulate --json` and SketchSummary::detail.
nlohmann::json trainingDetailJson(const TrainingRun& run);

/// The same breakdown as plain text for `simulate` and the results dock.
std::string trainingReportText(const TrainingRun& run);

} // namespace infraplan
