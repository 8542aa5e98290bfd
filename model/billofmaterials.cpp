#include "billofmaterials.h"

#include "pricingdefaults.h"

#include "figureformat.h"
#include "hardwarerow.h"
#include "powercost.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

namespace {

/// The sketch's own choice, else what the instance row names.
std::string chosenOr(const std::string& chosen, const CatalogItem* instance,
                     std::string (*ofInstance)(const CatalogItem&))
{
    return !chosen.empty() ? chosen : instance ? ofInstance(*instance) : std::string();
}

std::string nameOf(const CatalogItem* item, const std::string& id)
{
    return item && !item->name.empty() ? item->name : id;
}

/// Rounds each amount to the cent so that the cents add up to the rounded total: the lines that lost most
/// to rounding down get the remaining cents (largest remainder).
void distributeCents(std::vector<BomLine*>& lines, const std::vector<double>& usd, double perUsd,
                     long long& totalCents)
{
    double total = 0;
    for (double u : usd)
        total += u;
    totalCents = std::llround(total * perUsd * 100);
    long long assigned = 0;
    std::vector<std::pair<double, size_t>> remainders;
    for (size_t i = 0; i < lines.size(); ++i) {
        const double cents = usd[i] * perUsd * 100;
        lines[i]->amountCents = static_cast<long long>(std::floor(cents));
        assigned += lines[i]->amountCents;
        remainders.emplace_back(cents - std::floor(cents), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = 0; assigned < totalCents && !remainders.empty(); i = (i + 1) % remainders.size()) {
        ++lines[remainders[i].second]->amountCents;
        ++assigned;
    }
}

} // namespace

std::string BillOfMaterials::period() const
{
    if (!wholeRun)
        return "per month";
    return "for the run (" + formatDuration(hours * 3600) + ")";
}

BillOfMaterials billOfMaterials(const Project& project, const Sketch& drawn, const Catalog& catalog,
                                const SketchSummary* summary)
{
    const Sketch sketch = withPricingDefaults(project, drawn);
    BillOfMaterials bill;
    bill.currency = project.exchangeRate();
    const bool owned = sketch.pricing.mode == PricingMode::Owned;
    const bool priced = summary && summary->computed && summary->monthly.priced;
    bill.priced = priced;
    bill.wholeRun = sketch.role == SketchRole::Training;
    bill.hours = bill.wholeRun ? (summary ? summary->timeToTrainDays * 24 : 0) : kHoursPerMonth;
    const MonthlyCost cost =
        priced ? (bill.wholeRun ? summary->monthly.over(bill.hours) : summary->monthly) : MonthlyCost{};
    std::vector<BomLine*> money;
    std::vector<double> moneyUsd;
    std::vector<BomLine>& lines = bill.lines;
    lines.reserve(16); // pointers into it are kept until the cents are spread

    const int nodes = sketch.instanceCount();
    const CatalogItem* firstInstance = nullptr;
    for (const NodeGroup& group : sketch.nodes) {
        const CatalogItem* item = catalog.find(group.itemId);
        const bool first = !firstInstance;
        firstInstance = firstInstance ? firstInstance : item;
        BomLine line;
        line.component = owned ? "Server" : "Cloud instance";
        line.name = nameOf(item, group.itemId);
        line.catalogId = group.itemId;
        line.quantity = group.count;
        line.quantityUnit = group.count == 1 ? "instance" : "instances";
        if (item) {
            const Figure* price = instancePriceFigure(*item, sketch.pricing.mode);
            line.sourceId = sourceOf(price);
            line.unitPriceUsd = price ? std::optional<double>(price->value) : std::nullopt;
            line.priceUnit = owned ? "" : "/h";
            line.basis =
                owned ? "purchase price" : std::string(pricingModeName(sketch.pricing.mode)) + " rate";
            std::replace(line.basis.begin(), line.basis.end(), '_', '-');
            if (!price)
                line.basis = "no " + line.basis + " in the catalog";
            const double perNode = acceleratorsPerInstance(*item, 0);
            if (perNode > 0)
                line.detail = formatNumber(perNode) + " accelerators each";
        } else {
            line.basis = "not in the catalog";
        }
        // The engine bills the sketch's instances as one fleet or cluster: the first group carries the
        // billed quantity for all of them.
        if (priced && first) {
            line.inTotal = true;
            line.basis = cost.basis;
            if (!cost.regionPriceWarning.empty())
                line.basis += "; " + cost.regionPriceWarning;
            if (owned) {
                line.quantity = cost.instanceHours / kHoursPerMonth;
                line.quantityUnit = bill.wholeRun ? "server-months" : "servers";
                line.unitPriceUsd = cost.usdPerInstanceHour * kHoursPerMonth;
                line.priceUnit = "/server-month";
            } else {
                line.quantity = cost.instanceHours;
                line.quantityUnit = "instance-hours";
                line.unitPriceUsd = cost.usdPerInstanceHour;
                line.priceUnit = "/h";
            }
            if (summary->role == SketchRole::Inference) {
                line.detail = "minimum " + std::to_string(summary->minimumInstances) + ", average " +
                              formatNumber(summary->averageInstances) + ", peak " +
                              formatNumber(summary->peakInstances) + " of the " +
                              std::to_string(summary->instancesDrawn) + " drawn";
                if (summary->ceilingInstances < summary->instancesDrawn)
                    line.detail += " (autoscaler maximum " + std::to_string(summary->ceilingInstances) + ")";
            } else {
                line.detail = formatNumber(nodes) + " instances for " + formatDuration(bill.hours * 3600);
            }
        } else if (priced) {
            line.basis = "billed with the first group";
        }
        lines.push_back(line);
        if (line.inTotal) {
            money.push_back(nullptr);
            moneyUsd.push_back(cost.computeUsd);
        }

        const std::string acceleratorId = item ? acceleratorIdOf(*item) : std::string();
        if (!acceleratorId.empty()) {
            const CatalogItem* acc = catalog.find(acceleratorId);
            BomLine a;
            a.component = "Accelerator";
            a.name = nameOf(acc, acceleratorId);
            a.catalogId = acceleratorId;
            a.quantity = group.count * acceleratorsPerInstance(*item, 0);
            a.quantityUnit = acc && isCpuDevice(*acc) ? "sockets" : "devices";
            a.basis = owned ? "in the server price" : "in the instance price";
            if (const Figure* tdp = acc ? tdpFigure(*acc) : nullptr) {
                a.detail = formatNumber(tdp->value) + " W TDP";
                a.sourceId = tdp->sourceId;
            }
            if (const Figure* memory = acc ? memoryFigure(*acc) : nullptr) {
                a.detail += (a.detail.empty() ? "" : ", ") + formatNumber(memory->value) + " GB";
                if (a.sourceId.empty())
                    a.sourceId = memory->sourceId;
            }
            lines.push_back(a);
        }
    }
    auto addLink = [&](const std::string& id, const char* component, double quantity, const char* unit) {
        if (id.empty())
            return;
        const CatalogItem* link = catalog.find(id);
        BomLine l;
        l.component = component;
        l.name = nameOf(link, id);
        l.catalogId = id;
        l.quantity = quantity;
        l.quantityUnit = unit;
        l.basis = owned ? "part of the site: no port price in the catalog, not in the total"
                        : "in the instance price";
        if (const Figure* bandwidth = link ? bandwidthFigure(*link) : nullptr) {
            l.detail = formatNumber(bandwidth->value) + " GB/s per direction";
            l.sourceId = bandwidth->sourceId;
        }
        lines.push_back(l);
    };
    double accelerators = 0;
    for (const BomLine& l : lines)
        if (l.component == "Accelerator")
            accelerators += l.quantity;
    addLink(chosenOr(sketch.scaleUpLink, firstInstance, scaleUpLinkOf), "Scale-up link", accelerators,
            "devices");
    if (nodes > 1 || !sketch.scaleOutLink.empty())
        addLink(chosenOr(sketch.scaleOutLink, firstInstance, scaleOutLinkOf), "Scale-out link", nodes,
                "ports");

    auto addMoney = [&](BomLine l, double quantity, double unitUsd, double amountUsd) {
        l.quantity = quantity;
        l.unitPriceUsd = unitUsd;
        l.inTotal = true;
        lines.push_back(l);
        money.push_back(nullptr);
        moneyUsd.push_back(amountUsd);
    };
    const std::string regionId = chosenOr(sketch.regionId, firstInstance, homeRegionOf);
    const CatalogItem* region = regionId.empty() ? nullptr : catalog.find(regionId);
    if (!sketch.storageId.empty()) {
        const CatalogItem* storage = catalog.find(sketch.storageId);
        BomLine s;
        s.component = "Storage";
        s.name = nameOf(storage, sketch.storageId);
        s.catalogId = sketch.storageId;
        s.priceUnit = "/TB-month";
        s.quantityUnit = bill.wholeRun ? "TB-months" : "TB";
        const Figure* price = storage ? capacityPriceFigure(*storage) : nullptr;
        s.sourceId = sourceOf(price);
        if (price) {
            s.basis = "capacity price";
            s.unitPriceUsd = price->value;
        } else {
            s.basis = "no capacity price in the catalog: not in the total";
        }
        if (priced && cost.usdPerTBMonth > 0)
            addMoney(s, cost.storageTB, cost.usdPerTBMonth, cost.storageUsd);
        else
            lines.push_back(s);
    }
    if (priced && owned) {
        BomLine e;
        e.component = "Electricity";
        e.name = region ? region->name : "the site";
        e.catalogId = regionId;
        e.quantityUnit = "kWh";
        e.priceUnit = "/kWh";
        e.basis =
            "facility energy (IT load × PUE" +
            std::string(sketch.pricing.pue > 0 ? " " + formatNumber(sketch.pricing.pue) + ", yours)" : ")");
        // A price the user typed is the user's: no catalog source is cited for it.
        if (sketch.pricing.electricityUsdPerKWh > 0)
            e.basis += "; your electricity price";
        else
            e.sourceId = sourceOf(region ? electricityPriceFigure(*region) : nullptr);
        addMoney(e, cost.energyKWh, cost.usdPerKWh, cost.powerUsd);
        BomLine sp;
        sp.component = "Colocation space";
        sp.name = e.name;
        sp.catalogId = regionId;
        sp.quantityUnit = bill.wholeRun ? "kW-months" : "kW";
        sp.priceUnit = "/kW-month";
        sp.basis = "peak IT load";
        sp.sourceId = sourceOf(region ? spacePriceFigure(*region) : nullptr);
        addMoney(sp, cost.spaceKW, cost.usdPerKWMonth, cost.spaceUsd);
    }
    if (priced && cost.egressGB > 0) {
        BomLine g;
        g.component = "Internet egress";
        g.name = region ? region->name : regionId;
        g.catalogId = regionId;
        g.quantityUnit = "GB";
        g.priceUnit = "/GB";
        g.basis = "answers sent to users";
        g.sourceId = sourceOf(region ? egressPriceFigure(*region) : nullptr);
        addMoney(g, cost.egressGB, cost.usdPerGB, cost.networkUsd);
    }
    // Pointers are taken only now that the vector no longer grows.
    size_t m = 0;
    for (BomLine& l : lines)
        if (l.inTotal)
            money[m++] = &l;
    if (priced)
        distributeCents(money, moneyUsd, bill.currency.perUsd, bill.totalCents);
    return bill;
}

std::string billText(const BillOfMaterials& bill)
{
    std::string out = "   Bill of materials" + (bill.priced ? ", " + bill.period() : std::string()) + ":\n";
    for (const BomLine& l : bill.lines) {
        out += "     " + l.component + ": " + l.name;
        if (l.quantity > 0)
            out += ", " + formatNumber(l.quantity) + " " + l.quantityUnit;
        if (l.unitPriceUsd)
            out += " x " + formatPrice(*l.unitPriceUsd, bill.currency) + l.priceUnit;
        out += l.inTotal ? " = " + formatCents(l.amountCents, bill.currency.currency) : " (" + l.basis + ")";
        if (!l.detail.empty() && l.inTotal)
            out += " [" + l.detail + "]";
        out += "\n";
    }
    if (bill.priced)
        out += "     Total " + bill.period() + ": " + formatCents(bill.totalCents, bill.currency.currency) +
               "\n";
    return out;
}

std::vector<const CatalogItem*> itemsUsedBy(const Project& project, const Sketch& sketch,
                                            const Catalog& catalog)
{
    std::vector<const CatalogItem*> out;
    auto add = [&](const std::string& id) {
        const CatalogItem* item = id.empty() ? nullptr : catalog.find(id);
        if (item && std::find(out.begin(), out.end(), item) == out.end())
            out.push_back(item);
        return item;
    };
    std::vector<std::string> families;
    const CatalogItem* firstInstance = nullptr;
    for (const NodeGroup& group : sketch.nodes) {
        const CatalogItem* instance = add(group.itemId);
        if (!instance)
            continue;
        firstInstance = firstInstance ? firstInstance : instance;
        if (const CatalogItem* acc = add(acceleratorIdOf(*instance)))
            families.push_back(familyOf(*acc));
    }
    add(chosenOr(sketch.scaleUpLink, firstInstance, scaleUpLinkOf));
    add(chosenOr(sketch.scaleOutLink, firstInstance, scaleOutLinkOf));
    add(sketch.storageId);
    add(chosenOr(sketch.regionId, firstInstance, homeRegionOf));
    for (const CatalogItem* calibration : catalog.items(ItemKind::Calibration))
        if (std::find(families.begin(), families.end(), familyOf(*calibration)) != families.end())
            add(calibration->id);
    if (const TrainingJob* job = project.trainingJob(sketch.workloadId))
        add(job->model.preset);
    if (const InferenceService* service = project.service(sketch.workloadId))
        add(service->model.preset);
    return out;
}

} // namespace infraplan
