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
    /// Simulated seconds of each of an hour's four independent replications in the first round.
    double firstWindowS = 100;
    /// Four replications of 200 s: the slices never cost more than about half the whole day.
    double maxWindowS = 200;
    double warmupS = 20; ///< served before each window, unsampled: batches and queue reach their level
    double tailS = 45;   ///< arrivals continue this long after each window, unsampled (see sampleUntilS)
    double relativeHalfWidth = 0.05; ///< stop once every reported percentile is known within this share
    double z = 1.96;                 ///< 95% confidence (the fallback's order-statistic intervals)
    int threads = 0;                 ///< 0: as many as the machine has
};

/// A day simulated as 24 hourly slices, each with its own percentiles' intervals.
struct DaySlicesResult {
    /// The day's figures: latency histograms of every sampled request, counts, rates and replicas scaled to
    /// 24 hours, replicas and requests per hour from each hour's slice.
    FleetSimulationResult day;
    double windowS = 0; ///< simulated seconds of each hour (its replications together)
    int rounds = 0;     ///< times the window was doubled, plus one
    /// p50, p90, p99 of TTFT, TPOT and end-to-end latency over the day, at the options' confidence.
    std::array<PercentileInterval, 3> ttft, tpot, e2e;
    double worstRelativeHalfWidth = 0; ///< the widest of those intervals, relative to its estimate
    /// The hours were not independent (an hour ended with a queue the next would inherit) and the day was
    /// simulated whole instead: the figures are simulateFleet's and carry no interval.
    bool wholeDay = false;
};

/// Simulates the day of `config` (a 24-hour day, durationS 86400) as independent hourly slices run in
/// parallel: four independent replications of every hour, each running the hour's arrival rate from the
/// fleet the autoscaler would hold at the hour's start (empty queues: a transient of seconds), for the same
/// window in every hour so that each hour keeps its share of the day's requests. The interval of each
/// percentile is Student's t over the four replications of the whole day (valid although one replica's
/// successive latencies are correlated). The window starts at firstWindowS and doubles until every
/// percentile reported is known within relativeHalfWidth or the replications fill the hour. Seeds differ
/// from simulateFleet's, so the figures agree with the whole-day simulation within the intervals, not
/// exactly. A config whose duration is not a day, or a day whose hours end with a backlog (more than 10% of
/// a slice's requests still queued), is simulated whole.
DaySlicesResult simulateDayInSlices(const FleetSimulationConfig& config, const DaySliceOptions& options = {});

} // namespace infraplan
