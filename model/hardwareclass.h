#pragma once

#include "catalog.h"
#include "phrase.h"

#include <string>

namespace infraplan {

/// What an accelerator was built for, judged from physical figures so user-added hardware is classed too.
enum class AcceleratorClass { Training, Inference, Cpu };

struct AcceleratorClassVerdict {
    AcceleratorClass cls = AcceleratorClass::Inference;
    Phrase reason; ///< "H100 SXM: 80 GB of HBM3 and 450 GB/s of NVLink4 scale-up per device"
};

/// Scale-up bandwidth per device and direction from which an HBM accelerator counts as training-class. The
/// accelerators built for training all have a scale-up fabric of at least this (A100 NVLink3 300 GB/s, TPU v4
/// ICI 269 GB/s, Gaudi2 300 GB/s, Trainium 384 GB/s, MI300X 448 GB/s); inference parts have none or less
/// (L4 and L40S: PCIe only; TPU v5e ICI 200 GB/s; Inferentia2 NeuronLink 206 GB/s).
constexpr double kTrainingClassScaleUpGBps = 250;

/// Classes the accelerator `acceleratorId`:
/// - an explicit `class` attribute (`training` or `inference`) on the accelerator wins — for user rows whose
///   figures are incomplete;
/// - CPUs (`device_type` cpu) are their own class;
/// - otherwise training-class means both HBM memory (`memory_type` HBM…) and a scale-up link of at least
///   kTrainingClassScaleUpGBps per device per direction (`scale_up_GBps`, or the bandwidth of its
///   `scale_up_link`): the two things that make a device expensive and that single-device serving rarely
///   needs.
AcceleratorClassVerdict classifyAccelerator(const Catalog& catalog, const std::string& acceleratorId);

/// The class of the accelerator in a catalog instance (Inference with a reason when the instance is unknown).
AcceleratorClassVerdict classifyInstance(const Catalog& catalog, const std::string& instanceId);

} // namespace infraplan
