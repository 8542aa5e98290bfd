#include "hardwareclass.h"

#include "figureformat.h"

namespace infraplan {

AcceleratorClassVerdict classifyAccelerator(const Catalog& catalog, const std::string& acceleratorId)
{
    const CatalogItem* a = catalog.find(acceleratorId);
    if (!a || a->kind != ItemKind::Accelerator)
        return {AcceleratorClass::Inference,
                phrase(PhraseId::AcceleratorNotInCatalog, {textPhrase(acceleratorId)})};
    const Phrase name = textPhrase(a->name);
    const std::string explicitClass = a->attribute("class");
    if (explicitClass == "training")
        return {AcceleratorClass::Training, phrase(PhraseId::MarkedTrainingClass, {name})};
    if (explicitClass == "inference")
        return {AcceleratorClass::Inference, phrase(PhraseId::MarkedInferenceClass, {name})};
    if (a->attribute("device_type") == "cpu")
        return {AcceleratorClass::Cpu, phrase(PhraseId::IsACpu, {name})};

    const std::string memoryType = a->attribute("memory_type");
    const bool hbm = memoryType.rfind("HBM", 0) == 0;
    double scaleUpGBps = a->figureOr("scale_up_GBps", 0);
    std::string linkName = a->attribute("scale_up_link");
    if (scaleUpGBps <= 0 && !linkName.empty())
        if (const CatalogItem* link = catalog.find(linkName))
            scaleUpGBps = link->figureOr("bandwidth_GBps", 0);
    const Phrase memory = phrase(PhraseId::MemoryOfType,
                                 {textPhrase(formatNumber(a->figureOr("memory_gb", 0))),
                                  memoryType.empty() ? phrase(PhraseId::Memory) : textPhrase(memoryType)});
    const Phrase fabric = scaleUpGBps > 0
                              ? phrase(PhraseId::ScaleUpPerDevice,
                                       {textPhrase(formatNumber(scaleUpGBps)),
                                        linkName.empty() ? phrase(PhraseId::ScaleUp) : textPhrase(linkName)})
                              : phrase(PhraseId::NoScaleUpLink);
    if (hbm && scaleUpGBps >= kTrainingClassScaleUpGBps)
        return {AcceleratorClass::Training, phrase(PhraseId::TrainingClassBecause, {name, memory, fabric})};
    return {AcceleratorClass::Inference, phrase(PhraseId::InferenceClassBecause, {name, memory, fabric})};
}

AcceleratorClassVerdict classifyInstance(const Catalog& catalog, const std::string& instanceId)
{
    const CatalogItem* i = catalog.find(instanceId);
    if (!i || i->kind != ItemKind::Instance)
        return {AcceleratorClass::Inference,
                phrase(PhraseId::InstanceNotInCatalog, {textPhrase(instanceId)})};
    return classifyAccelerator(catalog, i->attribute("accelerator"));
}

} // namespace infraplan
