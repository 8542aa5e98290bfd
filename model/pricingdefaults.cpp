#include "pricingdefaults.h"

namespace infraplan {

Pricing effectivePricing(const Project& project, const Sketch& sketch)
{
    const Pricing& defaults = project.pricingDefaults.pricing;
    Pricing p = sketch.ownPricing ? sketch.pricing : defaults;
    if (p.electricityUsdPerKWh <= 0)
        p.electricityUsdPerKWh = defaults.electricityUsdPerKWh;
    if (p.pue <= 0)
        p.pue = defaults.pue;
    return p;
}

std::string effectiveRegionId(const Project& project, const Sketch& sketch)
{
    return !sketch.regionId.empty() ? sketch.regionId : project.pricingDefaults.regionId;
}

Sketch withPricingDefaults(const Project& project, const Sketch& sketch)
{
    Sketch s = sketch;
    s.pricing = effectivePricing(project, sketch);
    s.ownPricing = true;
    s.regionId = effectiveRegionId(project, sketch);
    return s;
}

std::string pricingOrigin(const Sketch& sketch)
{
    return sketch.ownPricing ? "set on this sketch" : "project default";
}

} // namespace infraplan
