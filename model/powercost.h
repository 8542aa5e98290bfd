#pragma once

#include "hardware.h"
#include "phrase.h"

#include <optional>
#include <string>

namespace infraplan {

/// Hours in an average month (8760 / 12), the unit every monthly figure uses.
constexpr double kHoursPerMonth = 730.0;

/// Electrical draw split by where it goes. IT power is what the servers draw; facility power adds
/// cooling and distribution losses through the site's PUE.
struct PowerDraw {
    double acceleratorsW = 0;
    double hostsW = 0;
    double networkW = 0;
    double pue = 1.0;
    /// False when the accelerator's power is not published (no TDP or board power in the catalog): every
    /// figure above is then unknown and left at zero, and must be shown as "not published", never as 0 W.
    bool published = true;
    double itW() const { return acceleratorsW + hostsW + networkW; }
    double facilityW() const { return itW() * pue; }
};

/// Draw of `nodes` instances whose accelerators run at `utilization` (0..1): each device draws
/// idle + utilization x (TDP - idle); hosts draw their catalog figure (or, lacking one, a documented share of
/// the accelerators' TDP); the network draws its per-port power for each node's port. Without the
/// accelerator's TDP the draw is unknown: `published` is false and the watts stay zero.
PowerDraw powerDraw(const SketchHardware& hw, double nodes, double utilization);

/// What one instance-hour costs under a pricing mode: the cloud rate, or for owned hardware the purchase
/// price spread over the amortization period. `basis` says which figure was used, for explanations.
/// nullopt when the catalog has no price for that mode.
std::optional<double> instanceUsdPerHour(const InstanceSpec& instance, const Pricing& pricing, Phrase& basis);

/// A month of running, split so a planner sees where the money goes. Each part is a quantity times a unit
/// price, both kept, so a bill of materials can show the arithmetic and add up to the total.
struct MonthlyCost {
    double computeUsd = 0; ///< instance hours (cloud) or amortized purchase (owned)
    double powerUsd = 0;   ///< electricity; zero for cloud, whose price includes it
    double storageUsd = 0;
    double networkUsd = 0;
    double spaceUsd = 0;     ///< owned: colocation per kW of IT load
    std::string basis;       ///< english(basisPhrase)
    Phrase basisPhrase = {}; ///< which price was used, in words the interface translates
    bool priced = true;      ///< false when a needed price is missing from the catalog
    /// Set when the catalog has no price for the instance in the sketch's region: its home region's price
    /// is used, and this says so.
    std::string regionPriceWarning;
    Phrase regionPricePhrase = {}; ///< the same in words the interface translates
    /// Set when the sketch draws a storage tier the catalog has no capacity price for: it is not in the
    /// total, and a reader must not take the missing line for a free one.
    std::string storageUnpricedWarning;
    Phrase storageUnpricedPhrase = {}; ///< the same in words the interface translates

    double instanceHours = 0, usdPerInstanceHour = 0; ///< owned: the purchase amortized per hour
    double energyKWh = 0, usdPerKWh = 0;              ///< facility energy (owned)
    double spaceKW = 0, usdPerKWMonth = 0;            ///< peak IT load (owned)
    double storageTB = 0, usdPerTBMonth = 0;
    double egressGB = 0, usdPerGB = 0; ///< answers sent to users over the internet

    double totalUsd() const { return computeUsd + powerUsd + storageUsd + networkUsd + spaceUsd; }
    /// The same month over `hours` of running (a training run).
    MonthlyCost over(double hours) const;
};

/// Monthly cost of keeping `averageNodes` instances running (cloud bills them, owned hardware is paid for
/// whether busy or not, so owned uses `provisionedNodes`), drawing `averagePower` and `peakPower`, with
/// `storageTB` on the sketch's storage tier.
MonthlyCost monthlyCost(const SketchHardware& hw, double averageNodes, double provisionedNodes,
                        const PowerDraw& averagePower, const PowerDraw& peakPower, double storageTB);

} // namespace infraplan
