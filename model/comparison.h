#pragma once

#include "phrase.h"
#include "results.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace infraplan {

/// Which way a figure improves. Informational rows (replicas, breakdown lines) mark no best value.
enum class Better { Lower, Higher, Yes, None };

/// How a row's figures are read and how two of them are compared.
enum class FigureUnit {
    Count,   ///< plain number ("64")
    Usd,     ///< dollars
    Percent, ///< a 0..1 fraction shown as a percentage; compared by the difference in points
    YesNo,   ///< 1 or 0
    Other    ///< a number in the row's `unit`
};

/// One headline figure across the compared sketches. Sketches are compared only with the alternatives for
/// the same workload (fleets serving the same service, clusters training the same job): a training run's
/// monthly cost is not "cheaper" than a chat fleet's.
struct ComparisonRow {
    std::string key;   ///< stable: "monthly_cost", "ttft_p99_ms", ...
    std::string label; ///< "Monthly cost" (the interface translates it as a term)
    std::string unit;  ///< "USD/month", "ms", "tokens/s", "" for yes/no rows
    FigureUnit kind = FigureUnit::Other;
    Better better = Better::None;
    std::string betterPhrase; ///< "cheaper per month": "79% cheaper per month than Fleet A" (a term)
    std::string worsePhrase;  ///< "more expensive per month"
    /// One per column; nullopt where the figure does not apply (other role, not computed, not reported).
    std::vector<std::optional<double>> values;
    /// Per column: true where the value is the best among that column's alternatives (ties all marked).
    std::vector<bool> best;
    /// Per column: "79% cheaper per month than Fleet A"; empty where there is nothing to compare.
    std::vector<Phrase> ratios;
    /// The project's currency: money values are US dollars, shown at this rate.
    ExchangeRate money;

    /// The value of a column as text ("$412,300", "182 ms", "Yes"); "—" where it does not apply.
    std::string text(size_t column) const;
    /// The row label with its unit: "Monthly cost (USD/month)".
    std::string labelWithUnit() const;
};

/// The comparison table: one column per sketch, in the order given, one row per headline figure that at
/// least one sketch reports.
struct ComparisonTable {
    std::vector<std::string> sketchIds;
    std::vector<std::string> sketchNames;
    std::vector<SketchRole> roles;
    std::vector<std::string> workloadIds; ///< columns with the same workload are compared with each other
    std::vector<std::string> errors;      ///< per column: why the sketch has no results ("" when computed)
    std::vector<ComparisonRow> rows;

    const ComparisonRow* row(std::string_view key) const;
};

/// Builds the table for `summaries` (normally `simulateProject`'s output, possibly a selection of it). The
/// workload of each column comes from the project's sketch of the same id.
ComparisonTable compareSketches(const Project& project, const std::vector<SketchSummary>& summaries);

} // namespace infraplan
