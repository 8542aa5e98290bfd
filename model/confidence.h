#pragma once

#include "figurebands.h"

namespace infraplan {

struct TrainingRun;
struct InferenceFleetResult;
struct InferenceService;
struct Sketch;
struct SketchHardware;
struct ModelSpec;

/// A training run's figures at both ends of its regime's band. The cluster is what is drawn, so a slower
/// run holds the same whole instances for longer: time to train and the run's bill (instance-hours,
/// energy) follow the speed, the cluster's power and monthly cost do not.
SketchConfidence trainingConfidence(const TrainingRun& run, const ErrorRegimeTable& table);

/// A fleet's figures at both ends of its regime's band. The analytical engine is run again on the same
/// hardware made slower and faster by the band's factors (achievable compute, memory and link rates), so the
/// autoscaler re-sizes the fleet in whole instances and the bill prices them; the low end may need more
/// instances than are drawn, and is priced with them. The differences from the analytical run at the
/// predicted speed are added to the fleet's own figures.
SketchConfidence servingConfidence(const InferenceFleetResult& fleet, const InferenceService& service,
                                   const Sketch& sketch, const SketchHardware& hw, const ModelSpec& model,
                                   const ErrorRegimeTable& table);

} // namespace infraplan
