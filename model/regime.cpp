#include "regime.h"

#include "inferencereplica.h"
#include "trainingengine.h"

namespace infraplan {

std::string_view bindingResourceKey(BindingResource b)
{
    switch (b) {
    case BindingResource::Compute:
        return "compute";
    case BindingResource::MemoryBandwidth:
        return "memory_bandwidth";
    case BindingResource::KvCapacity:
        return "kv_capacity";
    case BindingResource::Network:
        return "network";
    case BindingResource::SmallBatchLatency:
        return "small_batch_latency";
    }
    return "compute";
}

std::string_view bindingResourceLabel(BindingResource b)
{
    switch (b) {
    case BindingResource::Compute:
        return "compute";
    case BindingResource::MemoryBandwidth:
        return "memory bandwidth";
    case BindingResource::KvCapacity:
        return "KV-cache capacity";
    case BindingResource::Network:
        return "network";
    case BindingResource::SmallBatchLatency:
        return "latency at small batch";
    }
    return "compute";
}

std::optional<BindingResource> bindingResourceFromKey(std::string_view key)
{
    for (auto b : {BindingResource::Compute, BindingResource::MemoryBandwidth, BindingResource::KvCapacity,
                   BindingResource::Network, BindingResource::SmallBatchLatency})
        if (bindingResourceKey(b) == key)
            return b;
    return std::nullopt;
}

std::string_view engineKey(EngineKind e)
{
    return e == EngineKind::Training ? "training" : "serving";
}

std::optional<EngineKind> engineFromKey(std::string_view key)
{
    if (key == "training")
        return EngineKind::Training;
    if (key == "serving" || key == "inference")
        return EngineKind::Serving;
    return std::nullopt;
}

std::string_view calibrationStatusKey(CalibrationStatus s)
{
    return s == CalibrationStatus::Calibrated ? "calibrated" : "prior_only";
}

std::optional<CalibrationStatus> calibrationStatusFromKey(std::string_view key)
{
    if (key == "calibrated")
        return CalibrationStatus::Calibrated;
    if (key == "prior_only")
        return CalibrationStatus::PriorOnly;
    return std::nullopt;
}

Phrase Regime::labelPhrase() const
{
    return phrase(PhraseId::RegimeLabel,
                  {termPhrase(engineKey(engine)), termPhrase(bindingResourceLabel(binding)),
                   phrase(status == CalibrationStatus::Calibrated ? PhraseId::CalibratedFamily
                                                                  : PhraseId::FamilyOnPriors)});
}

std::string Regime::label() const
{
    return english(labelPhrase());
}

BindingResource trainingBinding(const StepBreakdown& step)
{
    // The bubble and the optimizer are the devices' own time; everything else is waiting on a link or on
    // storage, which the validated runs show the engine predicts with a different error.
    const double devices = step.compute + step.bubble + step.optimizer;
    const double waiting = step.tpComm + step.epComm + step.ppComm + step.dpComm + step.dataStall;
    return waiting > devices ? BindingResource::Network : BindingResource::Compute;
}

BindingResource servingBinding(Bound bound, bool latencyFigure)
{
    if (latencyFigure)
        return BindingResource::SmallBatchLatency;
    switch (bound) {
    case Bound::Compute:
        return BindingResource::Compute;
    case Bound::MemoryBandwidth:
        return BindingResource::MemoryBandwidth;
    case Bound::KvCapacity:
        return BindingResource::KvCapacity;
    case Bound::Network:
        return BindingResource::Network;
    case Bound::Queueing:
        return BindingResource::SmallBatchLatency;
    }
    return BindingResource::Compute;
}

} // namespace infraplan
