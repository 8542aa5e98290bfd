#pragma once

#include "phrase.h"
#include "sketchsimulator.h"

#include <optional>
#include <string>
#include <vector>

namespace infraplan {

/// The cumulative spend of one sketch month by month: what a finance team compares over the life of a plan.
struct TcoLine {
    std::string sketchId;
    std::string label; ///< the sketch's name, or "<name>, if owned" / "<name>, if rented" for an alternative
    Phrase labelPhrase = {}; ///< `label` in words the interface translates
    SketchRole role = SketchRole::Training;
    bool alternative = false; ///< a counterpart the user did not draw (the same accelerators cloud ↔ owned)
    bool owned = false;
    std::string basis;             ///< how the line is built, in one sentence
    double upfrontUsd = 0;         ///< purchase of owned hardware, paid at month 0 (and again at end of life)
    double runningUsdPerMonth = 0; ///< spend per month while the sketch runs
    double runningMonths = 0;      ///< a training run's duration; every month for a fleet
    std::vector<double> cumulativeUsd; ///< months 0..N inclusive
};

/// Months in a TCO horizon unless the caller picks another.
constexpr int kTcoMonths = 36;
/// Days in an average month (365 / 12).
constexpr double kDaysPerMonth = 365.0 / 12.0;

/// The spend of one simulated sketch over `months`:
/// - cloud training: the run's cost, spread evenly over the run's duration, then nothing (the instances are
///   released);
/// - owned training: the servers' purchase price up front, then power, space, storage and network while the
///   run lasts;
/// - cloud inference: the monthly cost every month;
/// - owned inference: the purchase up front, then the running costs every month.
/// Owned hardware is bought again when its amortization period ends inside the horizon. The purchase price
/// is recovered from the monthly amortized compute cost (compute × 12 × amortization years), so it matches
/// the engine's own pricing. Empty `cumulativeUsd` when the sketch has no priced result.
TcoLine tcoLine(const Sketch& sketch, const SketchSummary& summary, int months = kTcoMonths);

/// The same accelerators, same count per server, under the other way of paying: an owned server for a cloud
/// instance, the cheapest on-demand cloud instance for an owned server. nullopt when the catalog has none.
std::optional<std::string> counterpartInstance(const Catalog& catalog, const std::string& instanceId);

/// A copy of `sketch` whose node groups use `instanceId`, priced the way that instance is offered (owned:
/// the sketch's amortization period; cloud: on demand) in that instance's own region.
Sketch withInstance(const Sketch& sketch, const Catalog& catalog, const std::string& instanceId);

/// One line per computed sketch and, with `alternatives`, one line per sketch for its cloud/owned
/// counterpart simulated through `simulate` (quick what-if options).
std::vector<TcoLine> totalCostOfOwnership(const Project& project, const std::vector<SketchSummary>& summaries,
                                          const Catalog& catalog, const SketchSimulator& simulate,
                                          bool alternatives = true, int months = kTcoMonths);

} // namespace infraplan
