#pragma once

#include "projectlimits.h"

#include <string_view>

namespace infraplan {

/// One numeric field of a project: its key in the project file, unit, label, the range a sane value lies in
/// and its default. Declared once here; the project file reader, the document's setters, the properties
/// panels and the defaults of the project's structs all read these declarations, so a value one accepts the
/// others accept too.
struct ProjectField {
    std::string_view key;
    std::string_view unit;
    std::string_view label;
    double min;
    double max;
    double defaultValue;
    bool integer = false;
};

namespace field {

// Frames on the canvas: the smallest size that still shows the title and the result badges (the editor
// enforced 120 x 100 and the file 50 x 50; the editor's minimum is the one kept).
inline constexpr ProjectField kFrameWidth{"width", "px", "Frame width", 120, 1e6, 480};
inline constexpr ProjectField kFrameHeight{"height", "px", "Frame height", 100, 1e6, 320};

inline constexpr ProjectField kNodeCount{"count", "instances", "Instances", 1, ProjectLimits::kMaxNodeCount,
                                         1,       true};

// Training layout.
inline constexpr ProjectField kDataParallel{"dp", "", "Data parallel", 1, 1e7, 1, true};
inline constexpr ProjectField kTensorParallel{"tp", "", "Tensor parallel", 1, 4096, 1, true};
inline constexpr ProjectField kPipelineParallel{"pp", "", "Pipeline parallel", 1, 4096, 1, true};
inline constexpr ProjectField kMicroBatch{"micro_batch", "sequences", "Micro-batch", 1, 100000, 1, true};
inline constexpr ProjectField kInterleave{"interleave", "", "Virtual stages", 1, 1024, 1, true};
inline constexpr ProjectField kZeroStage{"zero", "", "ZeRO stage", 0, 3, 1, true};

// Serving.
inline constexpr ProjectField kReplicaAccelerators{
    "replica_accelerators", "", "Accelerators per replica", 1, 4096, 1, true};
inline constexpr ProjectField kMaxBatch{"max_batch", "sequences", "Max batch", 1, ProjectLimits::kMaxBatch,
                                        256,         true};
inline constexpr ProjectField kKvCacheFraction{"kv_cache_fraction", "", "KV-cache share", 0.01, 1, 0.9};
inline constexpr ProjectField kMaxWaitMs{"max_wait_ms", "ms", "Max batching wait", 0, 1e6, 5};
inline constexpr ProjectField kMinReplicas{
    "min_replicas", "", "Min replicas", 0, ProjectLimits::kMaxReplicas, 1, true};
inline constexpr ProjectField kMaxReplicas{
    "max_replicas", "", "Max replicas", 1, ProjectLimits::kMaxReplicas, 64, true};
inline constexpr ProjectField kTargetUtilization{
    "target_utilization", "", "Target utilisation", 0.05, 1, 0.7};
inline constexpr ProjectField kScaleUpDelayS{"scale_up_delay_s", "s", "Scale-up delay", 0, 86400, 60};

// An inference service's traffic and targets (0: no target).
inline constexpr ProjectField kPeakRps{"peak_rps", "req/s", "Peak traffic", 0, ProjectLimits::kMaxPeakRps, 0};
inline constexpr ProjectField kTtftP99Ms{"ttft_p99_ms", "ms", "Time to first token p99", 0, 1e7, 0};
inline constexpr ProjectField kTpotP99Ms{"tpot_p99_ms", "ms", "Time per output token p99", 0, 1e7, 0};
inline constexpr ProjectField kE2eP99Ms{"e2e_p99_ms", "ms", "End-to-end p99", 0, 1e8, 0};

} // namespace field

} // namespace infraplan
