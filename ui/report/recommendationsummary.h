#pragma once

#include "comparisonanalysis.h"
#include "project.h"

#include <QString>

namespace infraplan::ui {

/// The cover's one-paragraph answer, in plain sentences taken from the model's findings: the cheapest option
/// meeting every target for each workload (or that none does), the largest saving found, and which sketches
/// could not be simulated and why.
QString recommendationSummary(const Project& project, const ComparisonAnalysis& analysis);

} // namespace infraplan::ui
