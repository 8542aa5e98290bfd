#pragma once

#include "phrase.h"

#include <string>

namespace infraplan {

/// What a warning is about. Code that reacts to a warning (recommendations, the report) tests this enum;
/// `warningCodeName` gives the stable name `simulate --json` writes.
enum class WarningCode {
    Hardware,         ///< resolving the hardware found a problem (mixed instance types, ...)
    OutOfMemory,      ///< measured: bytes needed per device; limit: bytes available
    IdleAccelerators, ///< measured: accelerators the layout leaves idle; limit: accelerators drawn
    BatchPadding,     ///< measured: padded samples per step; limit: the global batch
    StorageStarved,   ///< measured: read bytes/s the run needs; limit: bytes/s the storage tier delivers
    NoStorage,        ///< limit: the assumed checkpoint write rate per node, bytes/s
    LowGoodput,       ///< measured: share of the wall time left for training; limit: the warning threshold
    NoPrice,          ///< the hardware has no price for the pricing mode; the message is the cost basis
    RegionPrice,      ///< the price is not the region's own
    StorageUnpriced,  ///< the storage tier has no capacity price: it is left out of the total
    SloMissed,        ///< the fleet misses a latency target; the message is the verdict
    NetworkSaturated, ///< measured: ingress bytes/s at peak; limit: bytes/s the instances provide
    CeilingUnused,    ///< measured: instances in the busiest hour; limit: instances drawn
};

/// The stable name of a code ("oom", "no-price", ...) for JSON output and filters.
const char* warningCodeName(WarningCode code);

/// Something a planner should know about a result ("does not fit in memory", "storage starves the GPUs"),
/// with the figures behind it (their meaning per code is documented on WarningCode; 0 when not used).
struct Warning {
    WarningCode code = WarningCode::Hardware;
    std::string message; ///< plain English with the numbers behind it: english(phrase) when phrase is set
    double measured = 0;
    double limit = 0;
    Phrase phrase =
        {}; ///< the message in words the interface translates; empty for a message of plain English
};

/// A warning whose message is `words`, in English and in words the interface translates.
inline Warning makeWarning(WarningCode code, Phrase words, double measured = 0, double limit = 0)
{
    std::string message = english(words);
    return Warning{code, std::move(message), measured, limit, std::move(words)};
}

} // namespace infraplan
