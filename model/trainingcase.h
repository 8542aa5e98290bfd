#pragma once

#include "layoutsearch.h"
#include "trainingsetup.h"
#include "validationcase.h"

#include <optional>
#include <string>

namespace infraplan {

class Catalog;

/// A published training run (validation case) turned into the engine's setup and the layout parts it
/// states. The model comes from the case (missing fields from the preset of that name); accelerator and
/// links are catalog ids; an absent precision is BF16 (FP16 on devices without BF16).
struct TrainingCase {
    TrainingSetup setup;
    LayoutConstraints fixed;
};

/// Builds the setup for a case; nullopt with `why` set when the case cannot be simulated.
std::optional<TrainingCase> trainingCaseSetup(const ValidationCase& c, const Catalog& catalog,
                                              std::string& why);

} // namespace infraplan
