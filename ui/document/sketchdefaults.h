#pragma once

#include "catalog.h"
#include "project.h"

#include <string>

namespace infraplan::ui {

/// The choices the editor makes for the user when something new appears on the canvas. All of them are
/// ordinary values the user edits afterwards; none of them computes a result.
namespace sketchdefaults {

/// Accelerators per node we look for when an accelerator is dropped: a full 8-way server for training
/// (tensor parallelism inside the node), a single device for serving (the cheapest unit to scale by).
int preferredAcceleratorsPerNode(SketchRole role);

/// The server or cloud instance that holds `acceleratorId`, closest to the preferred accelerators per node,
/// cloud offerings before owned ones, then by id for a stable choice. nullptr when no instance holds it.
const CatalogItem* chassisFor(const Catalog& catalog, const std::string& acceleratorId, SketchRole role);

/// How many nodes a new node group starts with: a small cluster for training, one node for a fleet (the
/// autoscaler adds replicas).
int initialCount(SketchRole role);

/// A training job to start from when the project has none: a mid-sized open model preset, pre-trained on
/// the compute-optimal 20 tokens per parameter (Hoffmann et al. 2022), BF16 mixed precision with Adam.
TrainingJob defaultTrainingJob(const Catalog& catalog);
/// An inference service to start from: a chat model preset, chat-like request lengths, a diurnal day
/// peaking at 10 requests per second, targets of 2 s to first token and 100 ms per output token.
InferenceService defaultService(const Catalog& catalog);

/// A new, empty sketch with the role's default policies and a readable name.
Sketch newSketch(SketchRole role, const std::string& name, Point position);

} // namespace sketchdefaults
} // namespace infraplan::ui
