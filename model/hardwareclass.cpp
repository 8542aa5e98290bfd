#include "hardwareclass.h"

#include "figureformat.h"

namespace infraplan {

AcceleratorClassVerdict classifyAccelerator(const Catalog& catalog, const std::string& acceleratorId)
{
    const CatalogItem* a = catalog.find(acceleratorId);
    if (!a || a->kind != ItemKind::Accelerator)
        return {AcceleratorClass::Inference, "accelerator " + acceleratorId + " is not in the catalog"};
    const std::string explicitClass = a->attribute("class");
    if (explicitClass == "training")
        return {AcceleratorClass::Training, a->name + " is marked training-class in the catalog"};
    if (explicitClass == "inference")
        return {AcceleratorClass::Inference, a->name + " is marked inference-class in the catalog"};
    if (a->attribute("device_type") == "cpu")
        return {AcceleratorClass::Cpu, a->name + " is a CPU"};

    const std::string memoryType = a->attribute("memory_type");
    const bool hbm = memoryType.rfind("HBM", 0) == 0;
    double scaleUpGBps = a->figureOr("scale_up_GBps", 0);
    std::string linkName = a->attribute("scale_up_link");
    if (scaleUpGBps <= 0 && !linkName.empty())
        if (const CatalogItem* link = catalog.find(linkName))
            scaleUpGBps = link->figureOr("bandwidth_GBps", 0);
    const std::string memory = formatNumber(a->figureOr("memory_gb", 0)) + " GB of " +
                               (memoryType.empty() ? std::string("memory") : memoryType);
    const std::string fabric = scaleUpGBps > 0 ? formatNumber(scaleUpGBps) + " GB/s of " +
                                                     (linkName.empty() ? std::string("scale-up") : linkName) +
                                                     " scale-up per device"
                                               : "no scale-up link";
    if (hbm && scaleUpGBps >= kTrainingClassScaleUpGBps)
        return {AcceleratorClass::Training, a->name + ": " + memory + " and " + fabric};
    return {AcceleratorClass::Inference, a->name + ": " + memory + ", " + fabric};
}

AcceleratorClassVerdict classifyInstance(const Catalog& catalog, const std::string& instanceId)
{
    const CatalogItem* i = catalog.find(instanceId);
    if (!i || i->kind != ItemKind::Instance)
        return {AcceleratorClass::Inference, "instance " + instanceId + " is not in the catalog"};
    return classifyAccelerator(catalog, i->attribute("accelerator"));
}

} // namespace infraplan
