#pragma once

#include <array>
#include <cstddef>
#include <string>

namespace infraplan {

/// Why a search set a configuration aside. Every search reports how many it rejected for each reason, so
/// a planner sees what limits the answer (memory, a deadline, a latency target, money).
enum class RejectReason {
    Invalid,       ///< the layout or replica cannot run at all (degrees that do not divide, no such format)
    OutOfMemory,   ///< the model, its optimizer states or its activations do not fit on a device
    LatencyMissed, ///< an inference latency target (TTFT, TPOT, end-to-end p99) is not met
    OverBudget,    ///< costs more than the budget
    PastDeadline,  ///< finishes after the deadline
    Excluded,      ///< provider, vendor, owned/cloud or instance filters leave it out
    NoPrice,       ///< the catalog has no price for the pricing mode, so cost cannot be ranked
    Unsupported,   ///< the engine cannot model it (a missing figure)
};
inline constexpr size_t kRejectReasonCount = 8;

/// Stable short name ("oom", "latency", "over-budget", ...) for JSON and tests.
const char* rejectReasonCode(RejectReason r);
/// Plain-English phrase ("does not fit in memory").
const char* rejectReasonText(RejectReason r);

/// How many configurations were rejected for each reason, with the first example message of each.
/// Examples are only built when one would be kept, so counting stays allocation-free in search loops. "First"
/// is by `order`, the position of the configuration being judged in the search's own fixed order, so the
/// example does not depend on which thread happened to reach it.
struct RejectionTally {
    std::array<size_t, kRejectReasonCount> counts{};
    std::array<std::string, kRejectReasonCount> examples;
    std::array<size_t, kRejectReasonCount> exampleOrder{};
    size_t order = 0; ///< set by a parallel search before it judges each configuration

    void add(RejectReason r, size_t n = 1) { counts[size_t(r)] += n; }
    size_t count(RejectReason r) const { return counts[size_t(r)]; }
    /// True when an example built now would be kept: the caller then builds one and calls setExample().
    bool wantsExample(RejectReason r) const
    {
        return examples[size_t(r)].empty() || order < exampleOrder[size_t(r)];
    }
    void setExample(RejectReason r, std::string text)
    {
        examples[size_t(r)] = std::move(text);
        exampleOrder[size_t(r)] = order;
    }
    void merge(const RejectionTally& other);
    size_t total() const;
    /// "12034 did not fit in memory (e.g. ...); 40 missed a latency target ..." or "none".
    std::string summary() const;
};

} // namespace infraplan
