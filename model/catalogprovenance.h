#pragma once

#include "catalogdata.h"

#include <string>
#include <vector>

namespace infraplan {

/// How much of the catalog rests on primary sources: every figure of a device, instance, link, storage tier,
/// region or model (calibration figures are Infraplan's own fits and are not counted), and separately the
/// instance prices a bill is made of. `catalog check` prints it.
struct CatalogProvenance {
    struct Figure {
        std::string itemId;
        std::string field;
        std::string sourceId;
        SourceKind kind = SourceKind::Unstated;
    };
    size_t figures = 0;
    size_t primaryFigures = 0;
    size_t instancePrices = 0;
    size_t primaryInstancePrices = 0;
    size_t onDemandPrices = 0; ///< the on-demand prices among instancePrices
    size_t primaryOnDemandPrices = 0;
    std::vector<Figure> notPrimaryPrices; ///< instance prices without a primary source, in catalog order
    std::vector<Figure> notPrimary;       ///< every other figure without one, in catalog order

    double primaryShare() const { return figures ? double(primaryFigures) / figures : 1.0; }
    double instancePricePrimaryShare() const
    {
        return instancePrices ? double(primaryInstancePrices) / instancePrices : 1.0;
    }
    double onDemandPricePrimaryShare() const
    {
        return onDemandPrices ? double(primaryOnDemandPrices) / onDemandPrices : 1.0;
    }
    /// At most kMaxNotPrimaryInstancePriceShare of the instance prices have a source other than the
    /// provider's own page or price file.
    bool instancePricesMostlyPrimary() const;
};

/// True for the instance fields that price an instance (on-demand, reserved, spot, purchase).
bool isInstancePriceField(const std::string& field);

CatalogProvenance catalogProvenance(const CatalogData& data);

} // namespace infraplan
