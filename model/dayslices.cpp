#include "dayslices.h"

#include "parallelfor.h"

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

namespace infraplan {

namespace {

constexpr double kHourS = 3600;
constexpr double kDayS = 86400;
constexpr std::array kPercentiles = {50.0, 90.0, 99.0};
/// Independent replications of every hour: the spread of their estimates gives the interval.
constexpr size_t kReplications = 4;
constexpr double kStudentT = 3.182; ///< t quantile 0.975 with kReplications - 1 = 3 degrees of freedom
/// A percentile is reported as its bucket's middle: the true value may lie half a bucket either way.
constexpr double kResolution = 1.0 / (1 << LatencyHistogram::kMantissaBits);

/// What the simulator's autoscaler sizes the fleet to for an hour's rate: the same rule, in whole instances
/// (this copy used to leave out the rounding to whole instances).
int replicasForHour(const FleetSimulationConfig& c, size_t hour)
{
    return autoscalerRule(c).replicasFor(c.peakRequestsPerS * c.hourlyFractions[hour]);
}

/// The day from its slices: slice i is hour i % 24, replication i / 24, sampled for windowS of a run of
/// runS seconds.
FleetSimulationResult merge(const FleetSimulationConfig& config,
                            const std::vector<FleetSimulationResult>& slices, double windowS, double runS)
{
    FleetSimulationResult day;
    const double replications = double(slices.size() / 24);
    const auto& f = config.hourlyFractions;
    const size_t peakHour = size_t(std::max_element(f.begin(), f.end()) - f.begin());
    // The simulator divides hourly figures by a whole hour (on its clock); a slice ran for runS only.
    const double perRun = kHourS / runS / replications;
    const double queueLimit = std::max(100000.0, 600 * config.peakRequestsPerS); // as the simulator's
    double met = 0, sampled = 0, arrivals = 0, dropped = 0, replicaWeight = 0, busy = 0, load = 0;
    day.timeScale = 1;
    for (size_t i = 0; i < slices.size(); ++i) {
        const FleetSimulationResult& s = slices[i];
        const size_t h = i % 24;
        day.cancelled = day.cancelled || s.cancelled;
        day.ttft.merge(s.ttft);
        day.tpot.merge(s.tpot);
        day.e2e.merge(s.e2e);
        day.queueWait.merge(s.queueWait);
        // Only requests arriving in the window are sampled; those of the tail keep the load on. A sampled
        // request stands for kHourS / windowS of its hour's (on a compressed clock, more).
        const double sampledRequests = double(s.ttft.count());
        const double perSampled = kHourS / windowS / replications / std::max(1e-9, s.timeScale);
        sampled += sampledRequests;
        arrivals += sampledRequests * perSampled;
        met += s.sloAttainment * double(s.arrivals); // requests meeting every target: sampled ones only
        day.outputTokens += s.outputTokens * perSampled;
        // A slice counts the requests still queued when it ends as dropped; in the day the next hour serves
        // them. Only what overflowed the queue (the rest beyond its limit) was dropped.
        dropped += std::max(0.0, double(s.dropped) - queueLimit) * perSampled;
        day.replicasByHour[h] += s.replicasByHour[0] * perRun;
        day.instancesByHour[h] += s.instancesByHour[0] * perRun;
        day.requestsByHour[h] += s.requestsByHour[0] * perRun;
        if (h == peakHour)
            day.readyAtPeakHour += s.readyAtPeakHour * perRun;
        day.averageReplicas += s.averageReplicas / double(slices.size());
        day.peakReplicas = std::max(day.peakReplicas, s.peakReplicas);
        // Whole instances are what is billed: the day's average is the hours' mean, its peak the largest.
        day.averageInstances += s.averageInstances / double(slices.size());
        day.peakInstances = std::max(day.peakInstances, s.peakInstances);
        busy += s.busyFraction * s.averageReplicas;
        load += s.loadFraction * s.averageReplicas;
        replicaWeight += s.averageReplicas;
        day.scaleUps += s.scaleUps;
        day.scaleDowns += s.scaleDowns;
        day.events += s.events;
        day.timeScale = std::min(day.timeScale, s.timeScale);
    }
    day.arrivals = uint64_t(std::llround(arrivals));
    day.completed = day.arrivals;
    day.dropped = uint64_t(std::llround(dropped));
    day.sloAttainment = sampled > 0 ? std::min(1.0, met / sampled) : 1;
    day.busyFraction = replicaWeight > 0 ? busy / replicaWeight : 0;
    day.loadFraction = replicaWeight > 0 ? load / replicaWeight : 0;
    day.simulatedS = kDayS;
    return day;
}

} // namespace

PercentileInterval percentileInterval(const LatencyHistogram& h, double p, double z)
{
    PercentileInterval out;
    const double n = double(h.count());
    if (n <= 0)
        return out;
    const double q = std::clamp(p / 100, 0.0, 1.0);
    const double spread = z * std::sqrt(n * q * (1 - q)) / n;
    out.estimate = h.percentile(p);
    out.low = h.percentile(100 * std::max(0.0, q - spread)) * (1 - kResolution);
    out.high = h.percentile(100 * std::min(1.0, q + spread)) * (1 + kResolution);
    return out;
}

DaySlicesResult simulateDayInSlices(const FleetSimulationConfig& config, const DaySliceOptions& options)
{
    DaySlicesResult out;
    if (std::abs(config.durationS - kDayS) > 1e-6 || !config.replica) {
        out.day = simulateFleet(config);
        out.windowS = config.durationS;
        out.rounds = 1;
        for (size_t i = 0; i < kPercentiles.size(); ++i) {
            out.ttft[i] = percentileInterval(out.day.ttft, kPercentiles[i], options.z);
            out.tpot[i] = percentileInterval(out.day.tpot, kPercentiles[i], options.z);
            out.e2e[i] = percentileInterval(out.day.e2e, kPercentiles[i], options.z);
        }
        return out;
    }
    const int hardware = std::max(1, int(std::thread::hardware_concurrency()));
    const int threads = std::max(1, options.threads > 0 ? options.threads : hardware);
    const double maxWindowS = std::clamp(options.maxWindowS, 1.0, kHourS / kReplications);
    double windowS = std::clamp(options.firstWindowS, 1.0, maxWindowS);
    std::vector<FleetSimulationResult> slices(24 * kReplications);
    while (true) {
        ++out.rounds;
        parallelFor(slices.size(), threads, [&](int, size_t i) {
            const size_t h = i % 24;
            FleetSimulationConfig c = config;
            c.hourlyFractions.fill(config.hourlyFractions[h]);
            // Arrivals go on for a tail after the window so the sampled requests finish under the hour's
            // load.
            // and a warm-up before it fills the batches and the queue the window starts with.
            c.durationS = options.warmupS + windowS + options.tailS;
            c.sampleFromS = options.warmupS;
            c.sampleUntilS = options.warmupS + windowS;
            // The simulator budgets requests per day: keep each slice's share of the day's budget.
            c.maxSimulatedRequests = config.maxSimulatedRequests * c.durationS / kDayS;
            c.seed = config.seed * 1000003ULL + i + 1;
            // The hour starts with the fleet the autoscaler kept from the previous hour (it scales down
            // only after its stabilization window) or scaled up to for this one.
            if (config.autoscaling.enabled)
                c.initialReplicas =
                    std::max(replicasForHour(config, h), replicasForHour(config, h == 0 ? 0 : h - 1));
            slices[i] = simulateFleet(c);
        });
        // An hour that ends with a backlog hands it to the next: the hours are not independent then (a fleet
        // short of capacity at peak), and only the whole day shows how the queue carries over.
        const bool backlog = std::any_of(slices.begin(), slices.end(), [](const FleetSimulationResult& r) {
            // Still queued at the end: more than a tenth of the run's arrivals is a queue wait of a tenth of
            // the run, far beyond any latency target; a fleet that keeps up leaves a few requests.
            return double(r.dropped) > 0.1 * double(r.arrivals) + 1;
        });
        if (backlog &&
            !std::any_of(slices.begin(), slices.end(), [](const auto& r) { return r.cancelled; })) {
            out = DaySlicesResult{};
            out.day = simulateFleet(config);
            out.windowS = kHourS;
            out.rounds = 1;
            out.wholeDay = true;
            return out;
        }
        out.windowS = windowS * kReplications;
        out.day = merge(config, slices, windowS, options.warmupS + windowS + options.tailS);
        // The interval of each percentile: Student's t over the independent replications of the day, which
        // holds however strongly the latencies of one replica's successive requests are correlated.
        out.worstRelativeHalfWidth = 0;
        std::array<FleetSimulationResult, kReplications> replications;
        for (size_t i = 0; i < slices.size(); ++i) {
            replications[i / 24].ttft.merge(slices[i].ttft);
            replications[i / 24].tpot.merge(slices[i].tpot);
            replications[i / 24].e2e.merge(slices[i].e2e);
        }
        for (size_t i = 0; i < kPercentiles.size(); ++i) {
            auto interval = [&](LatencyHistogram FleetSimulationResult::*which) {
                PercentileInterval x;
                x.estimate = (out.day.*which).percentile(kPercentiles[i]);
                if ((out.day.*which).count() == 0)
                    return x;
                double mean = 0, squares = 0;
                for (const FleetSimulationResult& r : replications)
                    mean += (r.*which).percentile(kPercentiles[i]) / kReplications;
                for (const FleetSimulationResult& r : replications)
                    squares += std::pow((r.*which).percentile(kPercentiles[i]) - mean, 2);
                const double halfWidth = kStudentT * std::sqrt(squares / (kReplications - 1) / kReplications);
                x.low = std::max(0.0, x.estimate - halfWidth) * (1 - kResolution);
                x.high = (x.estimate + halfWidth) * (1 + kResolution);
                out.worstRelativeHalfWidth = std::max(out.worstRelativeHalfWidth, x.relativeHalfWidth());
                return x;
            };
            out.ttft[i] = interval(&FleetSimulationResult::ttft);
            out.tpot[i] = interval(&FleetSimulationResult::tpot);
            out.e2e[i] = interval(&FleetSimulationResult::e2e);
        }
        out.day.sampledRelativeHalfWidth = out.worstRelativeHalfWidth;
        if (out.day.cancelled || out.worstRelativeHalfWidth <= options.relativeHalfWidth ||
            windowS >= maxWindowS)
            break;
        windowS = std::min(maxWindowS, 2 * windowS);
    }
    return out;
}

} // namespace infraplan
