#include "inferencealternative.h"

#include "billofmaterials.h"
#include "hardwarerow.h"

#include "catalog.h"
#include "hardwareclass.h"
#include "loadcurve.h"
#include "tco.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

namespace {
bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}
} // namespace

std::optional<InferenceAlternative>
cheapestInferenceClassAlternative(const Project& project, const Sketch& sketch, const SketchSummary& base,
                                  const Catalog& catalog, const SketchSimulator& simulate,
                                  const std::atomic<bool>* cancel)
{
    if (sketch.role != SketchRole::Inference || sketch.nodes.empty() || !base.computed)
        return std::nullopt;
    const CatalogItem* current = catalog.find(sketch.nodes.front().itemId);
    const std::string provider = current ? providerOf(*current) : std::string();
    const int drawnNodes = sketch.instanceCount();
    const double drawnAccelerators = base.accelerators > 0 ? base.accelerators : drawnNodes;
    const int originalPerReplica = std::max(1, sketch.replicaAccelerators);
    const double drawnReplicas = std::max(1.0, std::floor(drawnAccelerators / originalPerReplica));

    std::optional<InferenceAlternative> best;
    for (bool sameProviderOnly : {true, false}) {
        for (const CatalogItem* item : catalog.items(ItemKind::Instance)) {
            if (cancelled(cancel))
                return best;
            if (item->id == sketch.nodes.front().itemId ||
                (sameProviderOnly != (providerOf(*item) == provider)))
                continue;
            if (classifyInstance(catalog, item->id).cls == AcceleratorClass::Training)
                continue;
            const double perNode = acceleratorsPerInstance(*item, 1);
            if (perNode < 1)
                continue;
            Sketch candidate = withInstance(sketch, catalog, item->id);
            if (!item->figure(priceField(candidate.pricing.mode)))
                continue;
            for (int perReplica : {1, 2, 4, 8}) {
                if (perReplica > perNode)
                    break;
                if (static_cast<int>(perNode) % perReplica != 0)
                    continue; // replicas must tile the instance
                candidate.replicaAccelerators = perReplica;
                // First drawn with as many replicas as the original under the user's policy (no maximum),
                // then redrawn with the instances its peak needs: the drawing is the ceiling, and the
                // alternative is held to what it uses.
                Sketch copy = withFixedReplicas(candidate, static_cast<int>(drawnReplicas), perNode);
                copy.autoscaling = sketch.autoscaling;
                copy.autoscaling.maxReplicas = 1 << 20;
                SketchSummary r = simulate(project, copy, whatIfOptions(cancel));
                if (r.computed && r.instancesNeededAtPeak > 0 && !copy.nodes.empty() &&
                    r.instancesNeededAtPeak != copy.nodes.front().count) {
                    copy.nodes.front().count = r.instancesNeededAtPeak;
                    r = simulate(project, copy, whatIfOptions(cancel));
                }
                if (!r.computed || !r.fitsInMemory || !r.monthly.priced)
                    continue;
                if (!r.meetsTargets)
                    continue;
                if (!best || r.monthly.totalUsd() < best->summary.monthly.totalUsd())
                    best = InferenceAlternative{item->id, item->name, perReplica, copy, r};
                break; // the smallest replica that fits and meets the targets
            }
        }
        if (best)
            break;
    }
    return best;
}

} // namespace infraplan
