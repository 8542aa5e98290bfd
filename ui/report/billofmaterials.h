#pragma once

#include "catalog.h"
#include "project.h"

#include <optional>
#include <string>
#include <vector>

namespace infraplan::ui {

/// One line of a sketch's bill of materials: a catalog item, how many, and its price with the figure's
/// source, exactly as the catalog states it.
struct BomLine {
    std::string component; ///< "Server", "Cloud instance", "Accelerator", "Scale-up link", "Scale-out link",
                           ///< "Storage"
    std::string name;
    std::string catalogId;
    double quantity = 0;      ///< 0: sized by the workload (storage)
    std::string quantityUnit; ///< "instances", "GPUs", "ports"
    std::optional<double> unitPriceUsd;
    std::string priceUnit; ///< "USD/h", "USD", "USD/TB-month", "USD/port"
    std::string basis;     ///< "on-demand rate", "purchase price", "in the instance price"
    std::string sourceId;  ///< source of the price, or of `detail`'s figure when there is no price
    std::string detail;    ///< "8 per instance · 700 W TDP"
};

/// The hardware a sketch is made of, item by item: each node group's instance (priced under the sketch's
/// pricing mode), the accelerators inside, the links and the storage tier. Items missing from the catalog are
/// listed with their id and no price.
std::vector<BomLine> billOfMaterials(const Sketch& sketch, const Catalog& catalog);

/// The catalog field holding an instance's price under a pricing mode ("price_on_demand_usd_h",
/// "purchase_usd", ...).
std::string priceField(PricingMode mode);

/// Every catalog item a sketch depends on: its instances and their accelerators, links, storage, region,
/// the calibration of the accelerators' family and the workload's model preset. In a stable order, no
/// repeats.
std::vector<const CatalogItem*> itemsUsedBy(const Project& project, const Sketch& sketch,
                                            const Catalog& catalog);

} // namespace infraplan::ui
