#pragma once

#include "bindingresource.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace infraplan {

/// One published measurement from a validation file (format infraplan-validation/1, see
/// ../shared/validation/README.md): the model, system and run as the source states them, and what was
/// measured.
struct ValidationCase {
    std::string id;
    std::string kind;   ///< "training" or "inference"
    std::string source; ///< the publication, where in it, and the quoted figure
    nlohmann::json model;
    nlohmann::json system;
    nlohmann::json run;
    std::string metric; ///< tflops_per_device, mfu, tokens_per_s, samples_per_s, ttft_ms, tpot_ms, latency_ms
    double measured = 0;
    std::string unit;

    /// The publication alone, as a reader looks it up: `source` up to where it starts quoting or locating
    /// the figure, at most about a hundred characters.
    std::string citation() const;
};

/// What the engine predicts for a case's metric; `predicted` false with `reason` when it cannot.
struct Prediction {
    bool predicted = false;
    double value = 0;
    std::string reason;
    std::string detail;                     ///< the layout or batching the engine chose, for the report line
    std::optional<BindingResource> binding; ///< what binds in the engine's breakdown (error regimes)
};

class Catalog;

/// Each engine predicts the cases of its kind (implemented next to the engine).
Prediction predictTrainingCase(const ValidationCase& c, const Catalog& catalog);
Prediction predictInferenceCase(const ValidationCase& c, const Catalog& catalog);

} // namespace infraplan
