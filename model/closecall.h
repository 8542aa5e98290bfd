#pragma once

#include "phrase.h"
#include "results.h"

#include <optional>
#include <string>

namespace infraplan {

/// A ranking by cost that the validated error cannot settle: the cheaper option's cost at the slow end of
/// its band is above the dearer one's at the fast end of its band.
struct CloseCall {
    Phrase title;   ///< "Too close to call for Chat: ..."
    Phrase decider; ///< what would decide it, in two sentences
};

/// nullopt when `winner` stays cheaper than `runnerUp` anywhere within both bands (or either has none).
/// Fleets are compared by monthly cost, training runs by the run's cost; `what` names the workload.
std::optional<CloseCall> closeCall(const SketchSummary& winner, const SketchSummary& runnerUp,
                                   const std::string& what);

} // namespace infraplan
