#include "pricefile.h"

#include "hardwarerow.h"

#include <algorithm>

namespace infraplan {

void PriceFile::ignore(const std::string& reason)
{
    auto it = std::find_if(ignored.begin(), ignored.end(), [&](const auto& r) { return r.first == reason; });
    if (it == ignored.end())
        ignored.push_back({reason, 1});
    else
        ++it->second;
}

std::string priceTermName(PriceTerm term)
{
    switch (term) {
    case PriceTerm::OnDemand:
        return "on-demand";
    case PriceTerm::Reserved1y:
        return "1-year";
    case PriceTerm::Reserved3y:
        return "3-year";
    case PriceTerm::Spot:
        return "spot";
    }
    return "";
}

std::string priceTermField(PriceTerm term)
{
    switch (term) {
    case PriceTerm::OnDemand:
        return priceField(PricingMode::OnDemand);
    case PriceTerm::Reserved1y:
        return priceField(PricingMode::Reserved1y);
    case PriceTerm::Reserved3y:
        return priceField(PricingMode::Reserved3y);
    case PriceTerm::Spot:
        return priceField(PricingMode::Spot);
    }
    return "";
}

} // namespace infraplan
