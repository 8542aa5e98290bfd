#pragma once

#include <algorithm>
#include <cmath>

namespace infraplan {

/// The autoscaler's one rule, shared by the analytical sizing (inferencefleet.cpp), the discrete-event
/// simulator and the day slices: enough replicas to keep each at its target utilization, rounded up to whole
/// instances, between the policy's minimum and maximum. Inline: the simulator asks it at every event.
struct AutoscalerRule {
    double replicaRequestsPerS = 0; ///< what one replica serves within the targets
    double targetUtilization = 0.7; ///< used clamped to [0.05, 1]
    int replicasPerInstance = 1; ///< replicas sharing one instance (eight 1-GPU replicas on an 8-GPU server)
    int instancesPerReplica = 1; ///< instances one replica spans
    int minReplicas = 1, maxReplicas = 1;

    /// A replica count rounded up to whole instances (a multiple of the replicas one instance holds).
    int wholeInstances(int replicas) const
    {
        const int k = std::max(1, replicasPerInstance);
        return (replicas + k - 1) / k * k;
    }
    /// The instances `replicas` occupy: what is held, and so what is billed.
    int instancesFor(int replicas) const
    {
        const int k = std::max(1, replicasPerInstance);
        return (replicas + k - 1) / k * std::max(1, instancesPerReplica);
    }
    /// The replicas the autoscaler wants for `requestsPerS`, in whole instances, before its limits (at least
    /// one instance's worth).
    int wanted(double requestsPerS) const
    {
        const double perReplica =
            std::max(1e-9, replicaRequestsPerS * std::clamp(targetUtilization, 0.05, 1.0));
        return wholeInstances(std::max(1, static_cast<int>(std::ceil(requestsPerS / perReplica - 1e-9))));
    }
    /// `wanted` between the minimum (at least 1) and the maximum (at least the minimum).
    int replicasFor(double requestsPerS) const
    {
        const int lo = std::max(1, minReplicas);
        return std::clamp(wanted(requestsPerS), lo, std::max(lo, maxReplicas));
    }
};

} // namespace infraplan
