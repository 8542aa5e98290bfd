#include "trainingstorage.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

double checkpointBytes(const TrainingWorkload& w)
{
    const double params = w.method == TrainingMethod::Lora ? w.loraParams : w.model.params;
    // Weights at training precision and the optimizer state; FP32 master weights are part of the latter.
    return params * (w.weightBytes + w.optimizerBytes);
}

CheckpointPlan planCheckpoints(const TrainingSetup& setup, double devices, double stepTimeS)
{
    const TrainingCluster& c = setup.cluster;
    CheckpointPlan p;
    p.checkpointBytes = checkpointBytes(setup.workload);
    double writeBytesPerS = c.storageWriteBytesPerS;
    double readBytesPerS = c.storageReadBytesPerS;
    if (writeBytesPerS <= 0) {
        p.storageKnown = false;
        writeBytesPerS = kFallbackCheckpointBytesPerSPerNode * std::max(1, c.hardware.nodes);
    }
    if (readBytesPerS <= 0)
        readBytesPerS = writeBytesPerS;
    p.writeS = p.checkpointBytes / writeBytesPerS;
    p.restartS = p.checkpointBytes / readBytesPerS + kRestartOverheadS;
    p.failuresPerHour = kFailuresPerAcceleratorHour * devices;
    p.mtbfS = p.failuresPerHour > 0 ? 3600.0 / p.failuresPerHour : 1e18;
    const double delta = p.writeS, M = p.mtbfS, R = p.restartS;
    p.youngIntervalS = std::sqrt(2 * delta * M);
    double tau = delta < 2 * M
                     ? p.youngIntervalS * (1 + std::sqrt(delta / (2 * M)) / 3 + delta / (18 * M)) - delta
                     : M;
    const double step = std::max(stepTimeS, 1e-9);
    p.intervalSteps = std::max(1.0, std::round(tau / step));
    p.intervalS = p.intervalSteps * step;
    tau = p.intervalS;
    // Expected wall time per unit of useful work (Daly 2006, eq. 13), exponentials in expm1 for accuracy
    // when M is long.
    const double wallPerUseful = M * std::exp(R / M) * std::expm1((tau + delta) / M) / tau;
    p.goodput = std::clamp(1.0 / wallPerUseful, 0.0, 1.0);
    return p;
}

} // namespace infraplan
