#pragma once

#include "trainingrun.h"

#include <nlohmann/json.hpp>
#include <string>

namespace infraplan {

/// A layout's memory per device in GB, by part, with the capacity and whether it fits (`memory_gb` of
/// `infraplan simulate --json`).
nlohmann::json memoryGbJson(const TrainingEstimate& e);
/// A step's time in seconds, by part (`step_s` of `infraplan simulate --json`).
nlohmann::json stepSecondsJson(const TrainingEstimate& e);

/// The run's full breakdown as JSON with the stable keys documented in docs/model.md ("Training engine:
/// output"), for `simulate --json`.
nlohmann::json trainingDetailJson(const TrainingRun& run);

/// The same breakdown as plain text for `simulate` and the results dock.
std::string trainingReportText(const TrainingRun& run, const ExchangeRate& money);

} // namespace infraplan
