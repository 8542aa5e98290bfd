#pragma once

#include "inferencesimulator.h"

#include <array>

namespace infraplan {

/// A percentile read from sampled requests, with its confidence interval.
struct PercentileInterval {
    double low = 0, estimate = 0, high = 0; ///< seconds
    /// Half the interval's width relative to the estimate (0 when nothing was sampled).
    double relativeHalfWidth() const { return estimate > 0 ? (high - low) / 2 / estimate : 0; }
};

/// The interval of the p-th percentile (0..100) of the n samples in a histogram: the order statistics at
/// ranks n·q ± z·sqrt(n·q·(1 − q)) (the normal approximation of the binomial count below the true
/// percentile), widened by the histogram's bucket resolution.
PercentileInterval percentileInterval(const LatencyHistogram& h, double p, double z = 1.96);

struct DaySliceOptions {
    /// Simulated seconds each replication of an hour samples.
    double windowS = 100;
    /// Replications of every hour at most: four per round, more rounds while an interval is wider than
    /// relativeHalfWidth. Eight replications of 100 s cost about half the whole day at most.
    int maxReplications = 8;
    double warmupS = 20; ///< served before each window, unsampled: batches and queue reach their level
    /// Arrivals continue after each window, unsampled, until the last sampled request has finished, for
    /// this long at most: a sampled request still running then (longer than about the tail) finishes in a
    /// drain, a little faster than under the hour's load. Longer tails cost more than they change.
    double tailS = 45;
    double relativeHalfWidth = 0.05; ///< stop once every reported percentile is known within this share
    double z = 1.96;                 ///< 95% confidence (the fallback's order-statistic intervals)
    int threads = 0;                 ///< 0: as many as the machine has
};

/// A day simulated as 24 hourly slices, each with its own percentiles' intervals.
struct DaySlicesResult {
    /// The day's figures: latency histograms of every sampled request, counts, rates and replicas scaled to
    /// 24 hours, replicas and requests per hour from each hour's slice.
    FleetSimulationResult day;
    double windowS = 0;   ///< simulated seconds sampled of each hour (its replications together)
    int rounds = 0;       ///< rounds of four replications run
    int replications = 0; ///< independent replications of every hour
    /// p50, p90, p99 of TTFT, TPOT and end-to-end latency over the day, at the options' confidence.
    std::array<PercentileInterval, 3> ttft, tpot, e2e;
    double worstRelativeHalfWidth = 0; ///< the widest of those intervals, relative to its estimate
    /// The hours were not independent (an hour ended with a queue the next would inherit) and the day was
    /// simulated whole instead: the figures are simulateFleet's and carry no interval.
    bool wholeDay = false;
};

/// Simulates the day of `config` (a 24-hour day, durationS 86400) as independent hourly slices run in
/// parallel: independent replications of every hour, each running the hour's arrival rate from a random
/// moment of the hour, starting with the autoscaler's state there (drawn from the traffic before it: the
/// fleet it holds, what it is still starting, the wishes it remembers) and empty queues filled by a warm-up,
/// for the same window in every hour so that each hour keeps its share of the day's requests. The interval
/// of each percentile is Student's t over the replications of the whole day (valid although one replica's
/// successive latencies are correlated). Rounds of four more replications run until every percentile
/// reported is known within relativeHalfWidth or maxReplications is reached. Deterministic for a seed
/// whatever the threads; seeds differ from simulateFleet's, so the figures agree with the whole-day
/// simulation within the intervals, not exactly. A config whose duration is not a day, or a day whose hours
/// end with a backlog (more than 10% of a slice's requests still queued), is simulated whole.
DaySlicesResult simulateDayInSlices(const FleetSimulationConfig& config, const DaySliceOptions& options = {});

} // namespace infraplan
