#pragma once

#include "sketchsimulator.h"

#include <atomic>
#include <optional>
#include <string>

namespace infraplan {

/// An inference fleet re-planned on other hardware.
struct InferenceAlternative {
    std::string instanceId;
    std::string instanceName;
    int replicaAccelerators = 1;
    Sketch sketch;         ///< the modified copy that was simulated
    SketchSummary summary; ///< its result (quick what-if options)
};

/// The cheapest fleet on a catalog instance whose accelerator is not training-class (see hardwareclass.h)
/// that serves `sketch`'s traffic and meets every target, found by simulating copies of the sketch through
/// `simulate`. Each candidate instance (same provider as the sketch's first, or any provider when none of
/// those works; priced for the sketch's pricing mode; at least one accelerator per server) is tried with 1,
/// 2, 4 and 8 accelerators per replica up to what one server holds, the smallest that fits and meets the
/// targets kept. The copy keeps the traffic, targets, batching and autoscaling policy; its replica limit
/// keeps the same maximum number of accelerators (and never fewer replicas), and it starts with as many
/// replicas as the original drawing. nullopt when no candidate fits and meets the targets.
std::optional<InferenceAlternative>
cheapestInferenceClassAlternative(const Project& project, const Sketch& sketch, const SketchSummary& base,
                                  const Catalog& catalog, const SketchSimulator& simulate,
                                  const std::atomic<bool>* cancel = nullptr);

} // namespace infraplan
