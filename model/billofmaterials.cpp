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
            std::string mode(pricingModeName(sketch.pricing.mode));
            std::replace(mode.begin(), mode.end(), '_', '-');
            line.basisPhrase =
                owned ? phrase(PhraseId::PurchasePrice) : phrase(PhraseId::ModeRate, {termPhrase(mode)});
            if (!price)
                line.basisPhrase = phrase(PhraseId::NoPriceForBasis, {line.basisPhrase});
            const double perNode = acceleratorsPerInstance(*item, 0);
            if (perNode > 0)
                line.detailPhrase = phrase(PhraseId::AcceleratorsEach, {textPhrase(formatNumber(perNode))});
        } else {
            line.basisPhrase = phrase(PhraseId::NotInTheCatalog);
        }
        // The engine bills the sketch's instances as one fleet or cluster: the first group carries the
        // billed quantity for all of them.
        if (priced && first) {
            line.inTotal = true;
            line.basisPhrase = cost.basisPhrase;
            if (!cost.regionPricePhrase.empty())
                line.basisPhrase =
                    phrase(PhraseId::BasisAndWarning, {cost.basisPhrase, cost.regionPricePhrase});
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
                line.detailPhrase = phrase(PhraseId::InstancesMinAvgPeak,
                                           {textPhrase(std::to_string(summary->minimumInstances)),
                                            textPhrase(formatNumber(summary->averageInstances)),
                                            textPhrase(formatNumber(summary->peakInstances)),
                                            textPhrase(std::to_string(summary->instancesDrawn))});
                if (summary->ceilingInstances < summary->instancesDrawn)
                    line.detailPhrase =
                        phrase(PhraseId::AutoscalerMaximum,
                               {line.detailPhrase, textPhrase(std::to_string(summary->ceilingInstances))});
            } else {
                line.detailPhrase = phrase(PhraseId::InstancesFor, {textPhrase(formatNumber(nodes)),
                                                                    durationPhrase(bill.hours * 3600)});
            }
        } else if (priced) {
            line.basisPhrase = phrase(PhraseId::BilledWithFirstGroup);
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
            a.basisPhrase = phrase(owned ? PhraseId::InTheServerPrice : PhraseId::InTheInstancePrice);
            if (const Figure* tdp = acc ? tdpFigure(*acc) : nullptr) {
                a.detailPhrase = phrase(PhraseId::WattsTdp, {textPhrase(formatNumber(tdp->value))});
                a.sourceId = tdp->sourceId;
            }
            if (const Figure* memory = acc ? memoryFigure(*acc) : nullptr) {
                const Phrase gb = textPhrase(formatNumber(memory->value));
                a.detailPhrase = a.detailPhrase.empty()
                                     ? phrase(PhraseId::MemoryGigabytes, {gb})
                                     : phrase(PhraseId::DetailAndMemory, {a.detailPhrase, gb});
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
        l.basisPhrase = phrase(owned ? PhraseId::PartOfTheSite : PhraseId::InTheInstancePrice);
        if (const Figure* bandwidth = link ? bandwidthFigure(*link) : nullptr) {
            l.detailPhrase = phrase(PhraseId::PerDirection, {textPhrase(formatNumber(bandwidth->value))});
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
            s.basisPhrase = phrase(PhraseId::CapacityPrice);
            s.unitPriceUsd = price->value;
        } else {
            s.basisPhrase = phrase(PhraseId::NoCapacityPriceNotInTotal);
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
        e.basisPhrase = sketch.pricing.pue > 0 ? phrase(PhraseId::FacilityEnergyYourPue,
                                                        {textPhrase(formatNumber(sketch.pricing.pue))})
                                               : phrase(PhraseId::FacilityEnergy);
        // A price the user typed is the user's: no catalog source is cited for it.
        if (sketch.pricing.electricityUsdPerKWh > 0)
            e.basisPhrase = phrase(PhraseId::YourElectricityPrice, {e.basisPhrase});
        else
            e.sourceId = sourceOf(region ? electricityPriceFigure(*region) : nullptr);
        addMoney(e, cost.energyKWh, cost.usdPerKWh, cost.powerUsd);
        BomLine sp;
        sp.component = "Colocation space";
        sp.name = e.name;
        sp.catalogId = regionId;
        sp.quantityUnit = bill.wholeRun ? "kW-months" : "kW";
        sp.priceUnit = "/kW-month";
        sp.basisPhrase = phrase(PhraseId::PeakItLoad);
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
        g.basisPhrase = phrase(PhraseId::AnswersSentToUsers);
        g.sourceId = sourceOf(region ? egressPriceFigure(*region) : nullptr);
        addMoney(g, cost.egressGB, cost.usdPerGB, cost.networkUsd);
    }
    for (BomLine& l : lines) {
        l.basis = english(l.basisPhrase);
        l.detail = english(l.detailPhrase);
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
