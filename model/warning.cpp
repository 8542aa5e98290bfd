#include "warning.h"

namespace infraplan {

const char* warningCodeName(WarningCode code)
{
    switch (code) {
    case WarningCode::Hardware:
        return "hardware";
    case WarningCode::OutOfMemory:
        return "oom";
    case WarningCode::IdleAccelerators:
        return "idle-accelerators";
    case WarningCode::BatchPadding:
        return "batch-padding";
    case WarningCode::StorageStarved:
        return "storage-starved";
    case WarningCode::NoStorage:
        return "no-storage";
    case WarningCode::LowGoodput:
        return "low-goodput";
    case WarningCode::NoPrice:
        return "no-price";
    case WarningCode::StorageUnpriced:
        return "storage-unpriced";
    case WarningCode::RegionPrice:
        return "region-price";
    case WarningCode::SloMissed:
        return "slo-missed";
    case WarningCode::NetworkSaturated:
        return "network";
    case WarningCode::CeilingUnused:
        return "ceiling-unused";
    }
    return "unknown";
}

} // namespace infraplan
