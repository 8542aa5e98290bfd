#pragma once

#include "regime.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace infraplan {

struct CrossValidation;

/// The band of one regime, as factors on the engine's speed: the true speed is between `slowFactor` and
/// `fastFactor` times the predicted one (throughput times the factor, times and latencies divided by it).
struct ErrorBand {
    Regime regime;
    double slowFactor = 1;   ///< below 1
    double fastFactor = 1;   ///< above 1
    size_t cases = 0;        ///< held-out errors behind the band
    bool engineWide = false; ///< the regime had too few cases: the engine's band for that calibration status
    std::string basis;       ///< the regime and the number of cases, in a sentence
};

/// One regime's held-out errors. The error is that of the engine's speed, predicted / measured - 1 (a
/// latency's error inverted), so positive means the engine is optimistic.
struct ErrorRegimeRow {
    EngineKind engine = EngineKind::Training;
    std::optional<BindingResource> binding; ///< nullopt: every binding (the engine-wide fallback)
    CalibrationStatus status = CalibrationStatus::Calibrated;
    std::vector<std::string> caseIds;
    double lowErrorPct = 0, highErrorPct = 0; ///< the 10th and 90th percentile of the signed errors
    double medianAbsErrorPct = 0;
    double slowFactor = 1, fastFactor = 1;
};

/// One validated case as the table files it.
struct ErrorRegimeCase {
    std::string id;
    EngineKind engine = EngineKind::Training;
    std::string family;
    BindingResource binding = BindingResource::Compute;
    std::string metric;
    std::string citation;             ///< the published run (ValidationCase::citation)
    double caseHeldOutErrorPct = 0;   ///< signed speed error, the case left out of the calibration
    double familyHeldOutErrorPct = 0; ///< signed speed error, the whole family left out (its priors)
};

/// How many validated runs of each engine a device family has, and whether the shipped calibration was
/// fitted to them.
struct FamilyValidation {
    size_t trainingCases = 0, servingCases = 0;
    bool trainingCalibrated = false, servingCalibrated = false;
};

/// The error bands by regime with their provenance: built from a cross-validation by `infraplan validate
/// CASES --regimes`, shipped as data/catalog/error-regimes.json and compiled into the program.
struct ErrorRegimeTable {
    static constexpr size_t kMinCases = 5; ///< fewer held-out errors than this: the engine-wide band
    static constexpr double kFloor =
        0.05; ///< no band narrower than +-5% (run-to-run spread of the measurements)

    std::string generatedDate; ///< YYYY-MM-DD
    std::string casesFile;
    std::vector<ErrorRegimeRow> rows;
    std::vector<ErrorRegimeCase> cases;
    std::map<std::string, FamilyValidation> families;

    bool empty() const { return rows.empty(); }
    /// The band of a regime: its own when it has at least kMinCases, else the engine-wide band of its
    /// calibration status (the basis says so).
    ErrorBand bandFor(const Regime& regime) const;
    /// Whether `family`'s calibration for `engine` was fitted to validated runs.
    CalibrationStatus statusOf(const std::string& family, EngineKind engine) const;
    /// Validated runs of `family` for `engine`.
    size_t casesOf(const std::string& family, EngineKind engine) const;
    const ErrorRegimeRow* row(EngineKind engine, std::optional<BindingResource> binding,
                              CalibrationStatus status) const;

    nlohmann::json toJson() const;
    /// nullopt with `error` naming the field when the file is malformed.
    static std::optional<ErrorRegimeTable> fromJson(const nlohmann::json& j, std::string& error);
};

/// The regime table of a cross-validation: calibrated regimes from the case-held-out errors of cases whose
/// family's calibration is fitted, prior-only regimes from every case's family-held-out error.
ErrorRegimeTable buildErrorRegimes(const CrossValidation& cv, const std::string& casesFile,
                                   const std::string& date);

/// The table shipped in data/catalog/error-regimes.json (compiled in); empty when it could not be read.
const ErrorRegimeTable& shippedErrorRegimes();

} // namespace infraplan
