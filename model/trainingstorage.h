#pragma once

#include "trainingsetup.h"

namespace infraplan {

/// Unexpected interruptions per accelerator-hour: Llama 3 (Dubey et al. 2024, sec. 3.3.4) saw 419 unexpected
/// interruptions in 54 days of pre-training on 16,384 H100 GPUs, i.e. 419 / (54 x 24 x 16384) = 1.97e-5.
/// The cluster's failure rate grows linearly with its size.
constexpr double kFailuresPerAcceleratorHour = 419.0 / (54.0 * 24.0 * 16384.0);
/// Time to get a failed job running again besides reading the checkpoint: detecting the failure,
/// rescheduling onto spare nodes, starting the processes and the collectives (minutes in practice;
/// docs/model.md).
constexpr double kRestartOverheadS = 600;
/// Write bandwidth assumed per node when the sketch has no storage tier: a local NVMe drive.
constexpr double kFallbackCheckpointBytesPerSPerNode = 2e9;

/// Bytes of one checkpoint: 16-bit weights plus the FP32 optimizer state (2 + 12 bytes per parameter for
/// mixed-precision Adam, 2 + 8 for SGD with momentum; FP32 training 4 + 8 / 4 + 4). LoRA saves the adapters.
double checkpointBytes(const TrainingWorkload& w);

/// How often to checkpoint and what failures cost (Young 1974, Daly 2006).
struct CheckpointPlan {
    double checkpointBytes = 0;
    double writeS = 0;          ///< δ: time the job stops to write one checkpoint
    double restartS = 0;        ///< R: reading the checkpoint back plus kRestartOverheadS
    double failuresPerHour = 0; ///< for the whole cluster
    double mtbfS = 0;           ///< M: mean time between failures of the cluster
    double youngIntervalS = 0;  ///< sqrt(2 δ M)
    double intervalS = 0;       ///< Daly's higher-order optimum, rounded to whole steps
    double intervalSteps = 0;
    double goodput = 1;       ///< useful compute time / wall time
    bool storageKnown = true; ///< false: the write bandwidth is the local-NVMe fallback
};

/// Checkpoint interval and goodput for a run on `devices` accelerators whose steps take `stepTimeS`.
/// Daly 2006, eq. 37 for the interval and eq. 13 for the expected wall time:
///   τ = sqrt(2δM)·[1 + (1/3)·sqrt(δ/(2M)) + δ/(18M)] − δ   (δ < 2M, else τ = M)
///   T_wall / T_solve = M·e^(R/M)·(e^((τ+δ)/M) − 1) / τ.
CheckpointPlan planCheckpoints(const TrainingSetup& setup, double devices, double stepTimeS);

} // namespace infraplan
