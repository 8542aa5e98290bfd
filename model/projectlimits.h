#pragma once

#include <cstddef>

namespace infraplan {

/// The largest project Infraplan supports. The project reader refuses anything larger with a message that
/// names the field and the limit, so no file can make the simulation, the GUI or the report run out of
/// memory or time. docs/project-format.md lists the same limits; change both together.
struct ProjectLimits {
    static constexpr size_t kMaxFileBytes = 32u << 20;
    static constexpr size_t kMaxSketches = 100;
    static constexpr size_t kMaxWorkloads = 100; ///< training jobs, and inference services, each
    static constexpr size_t kMaxNodeGroupsPerSketch = 256;
    static constexpr int kMaxNodeCount = 1000000; ///< instances in one node group
    static constexpr int kMaxReplicas = 100000;   ///< autoscaling min_replicas and max_replicas
    static constexpr int kMaxBatch = 65536;       ///< batching max_batch, requests in flight per replica
    static constexpr double kMaxPeakRps = 1e6;    ///< peak requests per second (86.4 billion a day)
    static constexpr size_t kMaxDescriptionLength = 100000; ///< bytes of the project description
    static constexpr size_t kMaxNameLength = 1000;          ///< bytes of any other text field
};

} // namespace infraplan
