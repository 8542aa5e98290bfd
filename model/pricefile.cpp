#include "pricefile.h"

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
        return "price_on_demand_usd_h";
    case PriceTerm::Reserved1y:
        return "price_1y_usd_h";
    case PriceTerm::Reserved3y:
        return "price_3y_usd_h";
    case PriceTerm::Spot:
        return "price_spot_usd_h";
    }
    return "";
}

} // namespace infraplan
