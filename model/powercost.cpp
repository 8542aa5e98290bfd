#include "powercost.h"

#include "figureformat.h"

#include <algorithm>

namespace infraplan {

namespace {
// Without a catalog figure, a server's CPUs, memory, fans, NICs and drives are taken to draw this share of
// its accelerators' combined TDP at load: DGX H100 is 10.2 kW for 5.6 kW of GPUs, an 8-GPU A100 server
// 6.5 kW for 3.2 kW (NVIDIA DGX datasheets), i.e. roughly 0.8-1.0; lean inference boxes run lower.
constexpr double kHostShareOfAcceleratorTdp = 0.6;
// A CPU-only host still has memory, fans and drives beyond the CPU package.
constexpr double kCpuHostOverheadW = 150;
} // namespace

PowerDraw powerDraw(const SketchHardware& hw, double nodes, double utilization)
{
    const AcceleratorSpec& a = hw.instance.accelerator;
    const double u = std::clamp(utilization, 0.0, 1.0);
    PowerDraw p;
    p.pue = hw.pricing.pue > 0 ? hw.pricing.pue : hw.region.pue > 0 ? hw.region.pue : 1.0;
    if (a.tdpW <= 0) {
        // A guess from the host alone would look like a measured figure; unknown is the honest answer.
        p.published = false;
        return p;
    }
    const double perDevice = a.idleW + u * (a.tdpW - a.idleW);
    p.acceleratorsW = nodes * hw.instance.acceleratorsPerNode * perDevice;
    double hostW = hw.instance.hostPowerW;
    if (hostW <= 0)
        hostW = a.isCpu ? kCpuHostOverheadW
                        : kHostShareOfAcceleratorTdp * a.tdpW * hw.instance.acceleratorsPerNode;
    // Hosts idle at about half their load draw; they scale with the same utilization.
    p.hostsW = nodes * hostW * (0.5 + 0.5 * u);
    p.networkW = nodes * hw.scaleOut.portPowerW;
    return p;
}

std::optional<double> instanceUsdPerHour(const InstanceSpec& s, const Pricing& pricing, Phrase& basis)
{
    switch (pricing.mode) {
    case PricingMode::OnDemand:
        basis = phrase(PhraseId::OnDemandRate);
        return s.usdPerHourOnDemand;
    case PricingMode::Reserved1y:
        basis = phrase(PhraseId::Reserved1yRate);
        return s.usdPerHour1y;
    case PricingMode::Reserved3y:
        basis = phrase(PhraseId::Reserved3yRate);
        return s.usdPerHour3y;
    case PricingMode::Spot:
        basis = phrase(PhraseId::SpotRate);
        return s.usdPerHourSpot;
    case PricingMode::Owned:
        if (!s.purchaseUsd)
            return std::nullopt;
        basis = phrase(PhraseId::PurchaseAmortized,
                       {textPhrase(std::to_string(pricing.amortizationYears).substr(0, 4))});
        return *s.purchaseUsd / (pricing.amortizationYears * 12 * kHoursPerMonth);
    }
    return std::nullopt;
}

MonthlyCost monthlyCost(const SketchHardware& hw, double averageNodes, double provisionedNodes,
                        const PowerDraw& averagePower, const PowerDraw& peakPower, double storageTB)
{
    MonthlyCost c;
    auto rate = instanceUsdPerHour(hw.instance, hw.pricing, c.basisPhrase);
    if (!rate) {
        c.priced = false;
        c.basisPhrase = phrase(PhraseId::NoPriceInCatalogFor,
                               {termPhrase(pricingModeName(hw.pricing.mode)), textPhrase(hw.instance.name)});
        rate = 0.0;
    }
    const bool owned = hw.pricing.mode == PricingMode::Owned;
    const Pricing& p = hw.pricing;
    c.usdPerInstanceHour = *rate;
    if (p.discountPercent > 0) {
        c.usdPerInstanceHour *= 1 - std::clamp(p.discountPercent, 0.0, 100.0) / 100;
        c.basisPhrase =
            phrase(PhraseId::LessYourDiscount, {c.basisPhrase, textPhrase(formatNumber(p.discountPercent))});
    }
    c.instanceHours = (owned ? provisionedNodes : averageNodes) * kHoursPerMonth;
    if (p.mode == PricingMode::Spot && p.spotInterruptionShare > 0) {
        const double share = std::clamp(p.spotInterruptionShare, 0.0, 0.9);
        c.instanceHours /= 1 - share;
        c.basisPhrase =
            phrase(PhraseId::WithInterruptionLoss, {c.basisPhrase, textPhrase(formatNumber(share * 100))});
    }
    if (!owned && !hw.instance.regionId.empty() && !hw.region.id.empty() &&
        hw.region.id != hw.instance.regionId)
        c.regionPricePhrase =
            phrase(PhraseId::NoHomeRegionPrice, {textPhrase(hw.instance.name), textPhrase(hw.region.name),
                                                 textPhrase(hw.instance.regionId)});
    c.computeUsd = c.usdPerInstanceHour * c.instanceHours;
    if (owned && !averagePower.published) {
        c.priced = false;
        c.basisPhrase = phrase(PhraseId::PowerDrawNotPublished, {textPhrase(hw.instance.accelerator.name)});
    }
    if (owned) {
        c.energyKWh = averagePower.facilityW() / 1000.0 * kHoursPerMonth;
        c.usdPerKWh = p.electricityUsdPerKWh > 0 ? p.electricityUsdPerKWh : hw.region.electricityUsdPerKWh;
        c.powerUsd = c.energyKWh * c.usdPerKWh;
        c.spaceKW = peakPower.itW() / 1000.0;
        c.usdPerKWMonth = hw.region.spaceUsdPerKWMonth;
        c.spaceUsd = c.spaceKW * c.usdPerKWMonth;
    }
    if (hw.storage) {
        c.storageTB = storageTB;
        c.usdPerTBMonth = hw.storage->usdPerTBMonth;
        c.storageUsd = c.storageTB * c.usdPerTBMonth;
        if (c.usdPerTBMonth <= 0)
            c.storageUnpricedPhrase = phrase(PhraseId::StorageNotInTotal, {textPhrase(hw.storage->name)});
    }
    c.basis = english(c.basisPhrase);
    if (!c.regionPricePhrase.empty())
        c.regionPriceWarning = english(c.regionPricePhrase);
    if (!c.storageUnpricedPhrase.empty())
        c.storageUnpricedWarning = english(c.storageUnpricedPhrase);
    return c;
}

MonthlyCost MonthlyCost::over(double hours) const
{
    MonthlyCost c = *this;
    const double share = hours / kHoursPerMonth;
    c.computeUsd *= share;
    c.powerUsd *= share;
    c.storageUsd *= share;
    c.networkUsd *= share;
    c.spaceUsd *= share;
    c.instanceHours *= share;
    c.energyKWh *= share;
    c.egressGB *= share;
    // Capacity is rented by the month: a run holds it for `share` of one.
    c.spaceKW *= share;
    c.storageTB *= share;
    return c;
}

} // namespace infraplan
