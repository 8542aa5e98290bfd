#include "hardwarerow.h"

namespace infraplan {

bool isOwnedInstance(const CatalogItem& instance)
{
    return instance.attribute("offering") == "owned" || instance.attribute("provider") == "owned";
}

const char* priceField(PricingMode mode)
{
    switch (mode) {
    case PricingMode::OnDemand:
        return "price_on_demand_usd_h";
    case PricingMode::Reserved1y:
        return "price_1y_usd_h";
    case PricingMode::Reserved3y:
        return "price_3y_usd_h";
    case PricingMode::Spot:
        return "price_spot_usd_h";
    case PricingMode::Owned:
        return "purchase_usd";
    }
    return "price_on_demand_usd_h";
}

std::optional<double> instancePrice(const CatalogItem& instance, PricingMode mode)
{
    return instance.figure(priceField(mode));
}

std::string providerOf(const CatalogItem& item)
{
    return item.attribute("provider");
}

std::string acceleratorIdOf(const CatalogItem& instance)
{
    return instance.attribute("accelerator");
}

double acceleratorsPerInstance(const CatalogItem& instance, double fallback)
{
    return instance.figureOr("accelerator_count", fallback);
}

std::string homeRegionOf(const CatalogItem& instance)
{
    return instance.attribute("region");
}

std::string scaleOutLinkOf(const CatalogItem& instance)
{
    return instance.attribute("scale_out_link");
}

std::optional<double> memoryGbOf(const CatalogItem& item)
{
    return item.figure("memory_gb");
}

std::string familyOf(const CatalogItem& accelerator)
{
    return accelerator.attribute("family");
}

bool isCpuDevice(const CatalogItem& accelerator)
{
    return accelerator.attribute("device_type") == "cpu";
}

bool isScaleOutLink(const CatalogItem& link)
{
    return link.attribute("link_class") == "scale_out";
}

std::string linkTechnology(const CatalogItem& link)
{
    return link.attribute("technology");
}

bool isIciLink(const CatalogItem& link)
{
    return linkTechnology(link) == "ici";
}

bool isGenericModel(const CatalogItem& model)
{
    return model.attribute("architecture") == "generic";
}

std::optional<double> modelParams(const CatalogItem& model)
{
    return model.figure("params");
}

} // namespace infraplan
