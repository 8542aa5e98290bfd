#pragma once

#include "catalog.h"
#include "currency.h"
#include "project.h"
#include "results.h"

#include <optional>
#include <string>
#include <vector>

namespace infraplan {

/// One line of a sketch's bill: an item, how much of it, its unit price with the figure's source, and what
/// it adds to the total. Lines that are part of another line's price (the accelerators inside an instance)
/// or have no price add nothing and say so in `basis`.
struct BomLine {
    std::string component; ///< "Cloud instance", "Server", "Accelerator", "Scale-up link", "Scale-out link",
                           ///< "Storage", "Electricity", "Colocation space", "Internet egress"
    std::string name;
    std::string catalogId;
    double quantity = 0;      ///< 0: not sized (no result)
    std::string quantityUnit; ///< "instance-hours", "devices", "kWh", "TB-months", ...
    std::optional<double> unitPriceUsd;
    std::string priceUnit; ///< "/h", "/kWh", "/TB-month", "/GB", "/kW-month", "/server-month"
    std::string basis; ///< "on-demand rate", "purchase price amortized over 4 years", "in the instance price"
    Phrase basisPhrase = {};   ///< `basis` in words the interface translates (basis is english(basisPhrase))
    std::string sourceId;      ///< source of the price, or of `detail`'s figure when there is no price
    std::string detail;        ///< "8 per instance · 700 W TDP"
    Phrase detailPhrase = {};  ///< `detail` in words the interface translates
    bool inTotal = false;      ///< a money line of the total
    long long amountCents = 0; ///< what the line adds to the total, in the bill's currency's cents
};

/// A sketch's bill: a fleet's month, or a training run from start to end. The lines' cents add up to
/// `totalCents` exactly (rounding is spread over the lines by largest remainder), which is the engine's
/// total rounded to the cent.
struct BillOfMaterials {
    std::vector<BomLine> lines;
    bool priced = false;      ///< the sketch was simulated and priced: lines carry amounts
    bool wholeRun = false;    ///< training: the lines price the run, not a month
    double hours = 0;         ///< the period the amounts cover
    long long totalCents = 0; ///< in the display currency's cents, as are the lines' amounts
    ExchangeRate currency;    ///< the project's currency, which the amounts are in
    /// The total back in US dollars.
    double totalUsd() const { return static_cast<double>(totalCents) / 100 / currency.perUsd; }
    /// "per month" or "for the 38.2-day run".
    std::string period() const;
};

/// The bill of `sketch` (one of `project`'s, whose currency the amounts are in): each node group's instance
/// (priced under the sketch's pricing mode), the accelerators inside, the links and storage tier and, with a
/// simulated `summary`, the quantities the engine billed (instance-hours, energy, space, storage, egress)
/// with their amounts. Items missing from the catalog are listed with their id and no price.
BillOfMaterials billOfMaterials(const Project& project, const Sketch& sketch, const Catalog& catalog,
                                const SketchSummary* summary);

/// The bill as plain text for the command line: one line per item, amounts to the cent, and the total.
std::string billText(const BillOfMaterials& bill);

/// Every catalog item a sketch depends on: its instances and their accelerators, links, storage, region,
/// the calibration of the accelerators' family and the workload's model preset. In a stable order, no
/// repeats.
std::vector<const CatalogItem*> itemsUsedBy(const Project& project, const Sketch& sketch,
                                            const Catalog& catalog);

} // namespace infraplan
