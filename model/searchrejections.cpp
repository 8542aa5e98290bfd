#include "searchrejections.h"

namespace infraplan {

const char* rejectReasonCode(RejectReason r)
{
    switch (r) {
    case RejectReason::Invalid:
        return "invalid";
    case RejectReason::OutOfMemory:
        return "oom";
    case RejectReason::LatencyMissed:
        return "latency";
    case RejectReason::OverBudget:
        return "over-budget";
    case RejectReason::PastDeadline:
        return "past-deadline";
    case RejectReason::Excluded:
        return "excluded";
    case RejectReason::NoPrice:
        return "no-price";
    case RejectReason::Unsupported:
        return "unsupported";
    }
    return "";
}

const char* rejectReasonText(RejectReason r)
{
    switch (r) {
    case RejectReason::Invalid:
        return "cannot run as configured";
    case RejectReason::OutOfMemory:
        return "do not fit in memory";
    case RejectReason::LatencyMissed:
        return "miss a latency target";
    case RejectReason::OverBudget:
        return "are over budget";
    case RejectReason::PastDeadline:
        return "finish after the deadline";
    case RejectReason::Excluded:
        return "are excluded by the filters";
    case RejectReason::NoPrice:
        return "have no price in the catalog";
    case RejectReason::Unsupported:
        return "cannot be modelled";
    }
    return "";
}

void RejectionTally::merge(const RejectionTally& other)
{
    for (size_t i = 0; i < kRejectReasonCount; ++i) {
        counts[i] += other.counts[i];
        if (!other.examples[i].empty() && (examples[i].empty() || other.exampleOrder[i] < exampleOrder[i])) {
            examples[i] = other.examples[i];
            exampleOrder[i] = other.exampleOrder[i];
        }
    }
}

size_t RejectionTally::total() const
{
    size_t n = 0;
    for (size_t c : counts)
        n += c;
    return n;
}

std::string RejectionTally::summary() const
{
    std::string s;
    for (size_t i = 0; i < kRejectReasonCount; ++i) {
        if (!counts[i])
            continue;
        if (!s.empty())
            s += "; ";
        s += std::to_string(counts[i]) + " " + rejectReasonText(RejectReason(i));
        if (!examples[i].empty())
            s += " (e.g. " + examples[i] + ")";
    }
    return s.empty() ? "none" : s;
}

} // namespace infraplan
