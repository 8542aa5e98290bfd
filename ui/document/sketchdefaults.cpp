#include "sketchdefaults.h"

#include "hardwarerow.h"

#include <cmath>
#include <limits>

namespace infraplan::ui::sketchdefaults {

namespace {
const CatalogItem* firstModel(const Catalog& catalog, std::initializer_list<const char*> preferred)
{
    for (const char* id : preferred)
        if (const CatalogItem* m = catalog.find(id); m && m->kind == ItemKind::Model)
            return m;
    for (const CatalogItem* m : catalog.items(ItemKind::Model))
        if (!isGenericModel(*m))
            return m;
    return nullptr;
}
} // namespace

int preferredAcceleratorsPerNode(SketchRole role)
{
    return role == SketchRole::Training ? 8 : 1;
}

const CatalogItem* chassisFor(const Catalog& catalog, const std::string& acceleratorId, SketchRole role)
{
    const double preferred = preferredAcceleratorsPerNode(role);
    const CatalogItem* best = nullptr;
    auto rank = [&](const CatalogItem* i) {
        const double count = acceleratorsPerInstance(*i, 1);
        const bool owned = isOwnedInstance(*i);
        return std::make_tuple(std::abs(std::log2(std::max(count, 1e-3) / preferred)), owned, i->id);
    };
    for (const CatalogItem* i : catalog.items(ItemKind::Instance)) {
        if (acceleratorIdOf(*i) != acceleratorId)
            continue;
        if (!best || rank(i) < rank(best))
            best = i;
    }
    return best;
}

int initialCount(SketchRole role)
{
    return role == SketchRole::Training ? 4 : 1;
}

TrainingJob defaultTrainingJob(const Catalog& catalog)
{
    TrainingJob job;
    job.name = "Pre-training";
    if (const CatalogItem* m = firstModel(catalog, {"llama3-8b", "gptj-6b", "mpt-7b"})) {
        job.model.preset = m->id;
        job.name = m->name + " pre-training";
        job.trainingTokens = 20.0 * modelParams(*m).value_or(8e9);
    } else {
        job.trainingTokens = 1.6e11;
    }
    job.method = TrainingMethod::Pretrain;
    job.precision = Precision::BF16;
    job.optimizer = Optimizer::Adam;
    return job;
}

InferenceService defaultService(const Catalog& catalog)
{
    InferenceService s;
    s.name = "Chat service";
    if (const CatalogItem* m = firstModel(catalog, {"llama31-8b", "llama3-8b", "llama33-70b"})) {
        s.model.preset = m->id;
        s.name = m->name + " service";
    }
    s.precision = Precision::FP16;
    s.inputTokens = {1000, 4000};
    s.outputTokens = {300, 1200};
    s.traffic.peakRps = 10;
    s.traffic.shape = TrafficShape::Diurnal;
    s.targets.ttftP99Ms = 2000;
    s.targets.tpotP99Ms = 100;
    return s;
}

Sketch newSketch(SketchRole role, const std::string& name, Point position)
{
    Sketch s;
    s.role = role;
    s.name = name;
    s.position = position;
    s.size = role == SketchRole::Training ? Size{480, 300} : Size{440, 280};
    return s;
}

} // namespace infraplan::ui::sketchdefaults
