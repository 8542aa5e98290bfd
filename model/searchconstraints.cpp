#include "searchconstraints.h"

#include <algorithm>
#include <cctype>

namespace infraplan {

namespace {

bool sameText(const std::string& a, const std::string& b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

bool listed(const std::vector<std::string>& list, const std::string& value)
{
    return list.empty() ||
           std::any_of(list.begin(), list.end(), [&](const std::string& s) { return sameText(s, value); });
}

} // namespace

bool instanceAllowed(const InstanceSpec& instance, const PlanConstraints& c, std::string& why)
{
    const std::string vendor = instance.accelerator.item ? instance.accelerator.item->vendor : std::string();
    if (instance.owned && !c.allowOwned)
        why = instance.name + " is owned hardware and only cloud instances are allowed";
    else if (!instance.owned && !c.allowCloud)
        why = instance.name + " is a cloud instance and only owned hardware is allowed";
    else if (!listed(c.providers, instance.provider))
        why = instance.name + " is from provider '" + instance.provider + "', not an allowed one";
    else if (!listed(c.vendors, vendor))
        why = instance.name + " has " + vendor + " accelerators, not an allowed vendor";
    else if (!listed(c.instances, instance.id))
        why = instance.name + " is not among the instances to consider";
    else
        return true;
    return false;
}

Pricing pricingFor(const InstanceSpec& instance, const Pricing& requested)
{
    Pricing p = requested;
    if (instance.owned)
        p.mode = PricingMode::Owned;
    else if (p.mode == PricingMode::Owned)
        p.mode = PricingMode::OnDemand;
    return p;
}

} // namespace infraplan
