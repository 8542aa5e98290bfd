#pragma once

#include "problem.h"
#include "validationcase.h"

#include <optional>
#include <string>
#include <vector>

namespace infraplan {

class Catalog;

/// How large a set of absolute errors is: its count, median, 90th percentile and maximum.
struct ErrorStats {
    size_t count = 0;
    double median = 0, p90 = 0, max = 0;
};
ErrorStats errorStats(const std::vector<double>& absErrors);

/// The result of comparing the engines with one validation file.
struct ValidationReport {
    struct Row {
        ValidationCase c;
        Prediction prediction;
        double errorPct = 0; ///< signed: (predicted - measured) / measured x 100
    };
    std::vector<Row> rows;
    double medianAbsErrorPct = 0;
    double p90AbsErrorPct = 0;
    double maxAbsErrorPct = 0;
    /// The same three statistics per kind ("training", "inference").
    using Stats = ErrorStats;
    Stats training, inference;
    std::vector<const Row*> unpredicted() const;
};

/// Parses a validation file; problems name the case and field.
std::optional<std::vector<ValidationCase>> parseValidationFile(const std::string& text, Problems& problems);
ValidationReport runValidation(const std::vector<ValidationCase>& cases, const Catalog& catalog);
/// Percentile by linear interpolation between closest ranks (the definition numpy uses by default).
double percentile(std::vector<double> values, double p);

} // namespace infraplan
