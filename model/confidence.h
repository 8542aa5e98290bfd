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
/// autoscaler re-sizes the fleet in whole instances, never beyond the drawn ceiling, and the bill prices
/// them; a fleet short at the slow end keeps its ceiling and its latencies grow, and the instances it would
/// need are the band of instances needed at peak. The differences from the analytical run at the predicted
/// speed are added to the fleet's own figures; an end equal to the figure carries the reason
/// (BandEndReason).
SketchConfidence servingConfidence(const InferenceFleetResult& fleet, const InferenceService& service,
                                   const Sketch& sketch, const SketchHardware& hw, const ModelSpec& model,
                                   const ErrorRegimeTable& table);

} // namespace infraplan
