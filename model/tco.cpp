#include "tco.h"

#include "pricingdefaults.h"

#include "catalog.h"
#include "figureformat.h"
#include "hardwarerow.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

TcoLine tcoLine(const Sketch& sketch, const SketchSummary& summary, int months)
{
    TcoLine line;
    line.sketchId = sketch.id;
    line.label = summary.name.empty() ? sketch.name : summary.name;
    line.role = sketch.role;
    line.owned = sketch.pricing.mode == PricingMode::Owned;
    if (!summary.computed || !summary.monthly.priced || months <= 0)
        return line;

    const MonthlyCost& m = summary.monthly;
    const double lifetimeMonths = std::max(1.0, sketch.pricing.amortizationYears * 12);
    if (line.owned)
        line.upfrontUsd = m.computeUsd * lifetimeMonths;
    if (sketch.role == SketchRole::Training) {
        line.runningMonths = std::min<double>(months, summary.timeToTrainDays / kDaysPerMonth);
        if (line.owned) {
            line.runningUsdPerMonth = m.totalUsd() - m.computeUsd;
            line.basis = "purchase of the servers (" + formatMoney(line.upfrontUsd, summary.money) +
                         ") at month 0, then power, space, storage and network for the " +
                         formatNumber(summary.timeToTrainDays) + "-day run";
        } else {
            line.runningUsdPerMonth = line.runningMonths > 0 ? summary.runCostUsd / line.runningMonths : 0;
            line.basis = "the training run's cost (" + formatMoney(summary.runCostUsd, summary.money) +
                         ") spread over its " + formatNumber(summary.timeToTrainDays) +
                         " days; the instances are released after";
        }
    } else {
        line.runningMonths = months;
        line.runningUsdPerMonth = line.owned ? m.totalUsd() - m.computeUsd : m.totalUsd();
        line.basis = line.owned
                         ? "purchase of the servers (" + formatMoney(line.upfrontUsd, summary.money) +
                               ") at month 0, then " + formatMoney(line.runningUsdPerMonth, summary.money) +
                               " a month for power, space, storage and network"
                         : formatMoney(line.runningUsdPerMonth, summary.money) + " a month (" + m.basis + ")";
    }
    // A short cloud run that finishes inside month 0 is still paid in full.
    const bool instant = sketch.role == SketchRole::Training && !line.owned && line.runningMonths <= 0;
    line.cumulativeUsd.resize(months + 1);
    for (int month = 0; month <= months; ++month) {
        double spent = instant ? summary.runCostUsd
                               : line.runningUsdPerMonth * std::min<double>(month, line.runningMonths);
        if (line.owned) {
            // Bought at month 0, and again whenever its life ends while it is still needed.
            int purchases = 1;
            for (double end = lifetimeMonths; end < std::min<double>(month, line.runningMonths);
                 end += lifetimeMonths)
                ++purchases;
            spent += line.upfrontUsd * purchases;
        }
        line.cumulativeUsd[month] = spent;
    }
    if (line.owned && lifetimeMonths < line.runningMonths)
        line.basis += "; bought again after " + formatNumber(lifetimeMonths) + " months";
    return line;
}

std::optional<std::string> counterpartInstance(const Catalog& catalog, const std::string& instanceId)
{
    const CatalogItem* item = catalog.find(instanceId);
    if (!item || item->kind != ItemKind::Instance)
        return std::nullopt;
    const bool wantOwned = !isOwnedInstance(*item);
    const std::string accelerator = acceleratorIdOf(*item);
    const double count = acceleratorsPerInstance(*item, 1);
    std::optional<std::string> best;
    double bestUsdPerHour = 0;
    for (const CatalogItem* other : catalog.items(ItemKind::Instance)) {
        if (other->id == item->id || isOwnedInstance(*other) != wantOwned ||
            acceleratorIdOf(*other) != accelerator || acceleratorsPerInstance(*other, 1) != count)
            continue;
        if (wantOwned) {
            if (instancePrice(*other, PricingMode::Owned) && !best)
                best = other->id;
            continue;
        }
        const auto rate = instancePrice(*other, PricingMode::OnDemand);
        if (rate && (!best || *rate < bestUsdPerHour)) {
            best = other->id;
            bestUsdPerHour = *rate;
        }
    }
    return best;
}

Sketch withInstance(const Sketch& sketch, const Catalog& catalog, const std::string& instanceId)
{
    Sketch copy = sketch;
    const CatalogItem* item = catalog.find(instanceId);
    const bool owned = item && isOwnedInstance(*item);
    for (NodeGroup& g : copy.nodes)
        g.itemId = instanceId;
    if (owned != (sketch.pricing.mode == PricingMode::Owned))
        copy.pricing.mode = owned ? PricingMode::Owned : PricingMode::OnDemand;
    // Links and the region belong to the old instance; the new one brings its own.
    const CatalogItem* old = sketch.nodes.empty() ? nullptr : catalog.find(sketch.nodes.front().itemId);
    if (!old || !item || providerOf(*old) != providerOf(*item)) {
        copy.regionId.clear();
        copy.scaleUpLink.clear();
        copy.scaleOutLink.clear();
    }
    return copy;
}

std::vector<TcoLine> totalCostOfOwnership(const Project& project, const std::vector<SketchSummary>& summaries,
                                          const Catalog& catalog, const SketchSimulator& simulate,
                                          bool alternatives, int months)
{
    std::vector<TcoLine> lines;
    for (const SketchSummary& s : summaries) {
        const Sketch* drawn = project.sketch(s.sketchId);
        if (!drawn)
            continue;
        const Sketch priced = withPricingDefaults(project, *drawn);
        const Sketch* sketch = &priced;
        TcoLine line = tcoLine(*sketch, s, months);
        if (line.cumulativeUsd.empty())
            continue;
        lines.push_back(line);
        if (!alternatives || sketch->nodes.empty() || !simulate)
            continue;
        const auto other = counterpartInstance(catalog, sketch->nodes.front().itemId);
        if (!other)
            continue;
        const Sketch copy = withInstance(*sketch, catalog, *other);
        SketchSummary alt = simulate(project, copy, whatIfOptions());
        if (!alt.computed || !alt.monthly.priced)
            continue;
        alt.name = sketch->name;
        TcoLine altLine = tcoLine(copy, alt, months);
        altLine.alternative = true;
        const CatalogItem* item = catalog.find(*other);
        altLine.labelPhrase =
            phrase(altLine.owned ? PhraseId::IfOwned : PhraseId::IfRented, {textPhrase(sketch->name)});
        altLine.label = english(altLine.labelPhrase);
        altLine.basis = "on " + (item ? item->name : *other) + ": " + altLine.basis;
        lines.push_back(std::move(altLine));
    }
    return lines;
}

} // namespace infraplan
