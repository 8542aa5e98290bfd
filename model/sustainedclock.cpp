#include "sustainedclock.h"
#include "hardwarerow.h"

#include "catalog.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

namespace {

double tdpW(const CatalogItem& accelerator)
{
    const Figure* tdp = tdpFigure(accelerator);
    return tdp ? tdp->value : 0;
}

} // namespace

std::string powerReferenceDevice(const std::string& family)
{
    // The SXM/OAM flagship of each architecture: the part whose cooling and power delivery are built for
    // sustained dense GEMMs at boost clock.
    if (family == "nvidia-hopper")
        return "H100-SXM5-80GB";
    if (family == "nvidia-ampere")
        return "A100-SXM4-80GB";
    if (family == "nvidia-ada")
        return "L40S";
    if (family == "nvidia-blackwell")
        return "B200";
    if (family == "nvidia-volta")
        return "V100-SXM2-32GB";
    return "";
}

double sustainedClockFraction(const Catalog& catalog, const CatalogItem& a)
{
    if (isCpuDevice(a))
        return 1;
    const std::string refId = powerReferenceDevice(familyOf(a));
    const CatalogItem* ref = refId.empty() ? nullptr : catalog.find(refId);
    const double tdp = tdpW(a), peak = peak16Tflops(a);
    if (!ref || tdp <= 0 || peak <= 0)
        return 1;
    const double refTdp = tdpW(*ref), refPeak = peak16Tflops(*ref);
    if (refTdp <= 0 || refPeak <= 0)
        return 1;
    return std::min(1.0, std::cbrt((tdp / peak) / (refTdp / refPeak)));
}

double sustainedClockFractionAt(const Catalog& catalog, const CatalogItem& a, double powerLimitW)
{
    const double atTdp = sustainedClockFraction(catalog, a), tdp = tdpW(a);
    if (isCpuDevice(a) || tdp <= 0 || powerLimitW <= 0)
        return atTdp;
    return atTdp * std::cbrt(powerLimitW / tdp);
}

} // namespace infraplan
