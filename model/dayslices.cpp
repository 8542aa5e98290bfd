#include "dayslices.h"

#include "fastrandom.h"
#include "parallelfor.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <thread>
#include <vector>

namespace infraplan {

namespace {

constexpr double kHourS = 3600;
constexpr double kDayS = 86400;
constexpr std::array kPercentiles = {50.0, 90.0, 99.0};
/// Independent replications of every hour added per round: the spread of their estimates gives the interval.
constexpr size_t kReplications = 4;
/// Student's t quantile 0.975 for the degrees of freedom of the replications' spread.
double studentT975(int degrees)
{
    constexpr std::array kTable = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                                   2.201,  2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086};
    if (degrees < 1)
        return kTable[0];
    return degrees <= int(kTable.size()) ? kTable[size_t(degrees - 1)] : 1.96 + 2.4 / degrees;
}
/// A percentile is reported as its bucket's middle: the true value may lie half a bucket either way.
constexpr double kResolution = 1.0 / (1 << LatencyHistogram::kMantissaBits);

/// Arrivals counted in an interval of Poisson traffic with this mean: by inversion, or for large means by
/// the normal approximation (its error is far below the autoscaler's rounding to whole replicas).
double poissonCount(FastRandom& rng, double mean)
{
    if (mean > 400) {
        const double z =
            std::sqrt(-2 * std::log(rng.uniform())) * std::cos(2 * std::numbers::pi * rng.uniform());
        return std::max(0.0, std::round(mean + std::sqrt(mean) * z));
    }
    const double u = rng.uniform();
    double p = std::exp(-mean), cumulative = p;
    int k = 0;
    while (u > cumulative && k < 10000) {
        ++k;
        p *= mean / k;
        cumulative += p;
    }
    return k;
}

/// The autoscaler's state `offsetS` into hour `hour` of a running day: the wishes its stabilization window
/// holds, the replicas ready and those still starting. Drawn by running its rule over the ticks before that
/// moment on arrival counts of the rate each tick fell in (the previous hour's before the hour began; the
/// day before for the first hour), so an hour's slice starts as the fleet would be, not at the rule's
/// nominal count: the window's maximum keeps a fleet above it, and a slice started at the nominal count
/// served the same traffic with fewer replicas than the whole day did.
struct AutoscalerStart {
    std::vector<int> wishes;
    int ready = 1;
    std::vector<double> startingReadyAtS;
};
AutoscalerStart autoscalerStart(const FleetSimulationConfig& c, size_t hour, double offsetS, FastRandom& rng)
{
    const AutoscalerRule rule = autoscalerRule(c);
    const double interval = std::max(1e-3, c.scaleIntervalS);
    const double startDelayS = c.autoscaling.scaleUpDelayS + c.modelLoadS;
    const int window = int(std::ceil(c.scaleDownStabilizationS / interval - 1e-9)) + 1; // wishes remembered
    // One window of ticks to fill the memory, then the start delay and a window of ticks tracking the fleet.
    const int tracked = int(std::ceil(startDelayS / interval)) + window;
    const int ticks = window + tracked;
    std::vector<int> wishes(static_cast<size_t>(ticks));
    std::vector<double> when(static_cast<size_t>(ticks));
    for (int k = 0; k < ticks; ++k) {
        when[size_t(k)] = -double(ticks - k) * interval;           // relative to the slice's start
        const double t = offsetS + when[size_t(k)] - interval / 2; // the middle of the counted interval
        const long h = (long(hour) + long(std::floor(t / kHourS))) % 24;
        const double rate = c.peakRequestsPerS * c.hourlyFractions[size_t((h + 24) % 24)];
        wishes[size_t(k)] = rule.replicasFor(poissonCount(rng, rate * interval) / interval);
    }
    AutoscalerStart out;
    std::vector<double> fleet; // the time each replica is (or was) ready
    for (int k = window; k < ticks; ++k) {
        int target = 0;
        for (int j = k - window + 1; j <= k; ++j)
            target = std::max(target, wishes[size_t(j)]);
        if (k == window)
            fleet.assign(size_t(target), -1e300);
        while (int(fleet.size()) < target)
            fleet.push_back(when[size_t(k)] + startDelayS);
        while (int(fleet.size()) > target) // the latest to be ready goes first, as the simulator does
            fleet.pop_back();
    }
    out.ready = 0;
    for (double readyAt : fleet) {
        if (readyAt <= 0)
            ++out.ready;
        else
            out.startingReadyAtS.push_back(readyAt);
    }
    if (out.ready == 0) { // never an empty fleet at the start: the first starting one is taken as ready
        out.ready = 1;
        if (!out.startingReadyAtS.empty())
            out.startingReadyAtS.erase(out.startingReadyAtS.begin());
    }
    out.wishes.assign(wishes.end() - window, wishes.end());
    return out;
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
    const double queueLimit = std::max(100000.0, 600 * config.peakRequestsPerS); // as the simulator's
    double met = 0, sampled = 0, arrivals = 0, dropped = 0, replicaWeight = 0, busy = 0, load = 0;
    day.timeScale = 1;
    for (size_t i = 0; i < slices.size(); ++i) {
        const FleetSimulationResult& s = slices[i];
        const size_t h = i % 24;
        // The simulator divides hourly figures by a whole hour (on its clock), or by the part it reached
        // when it ended after its sampled requests.
        const double perRun = (s.endedAfterSampled ? 1.0 : kHourS / runS) / replications;
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
    const double windowS = std::clamp(options.windowS, 1.0, kHourS / 2);
    const size_t maxReplications =
        std::max(kReplications, size_t(std::max(0, options.maxReplications)) / kReplications * kReplications);
    const double runS = options.warmupS + windowS + options.tailS;
    std::vector<FleetSimulationResult> slices;
    while (true) {
        ++out.rounds;
        // Another kReplications replications of every hour, independent of those already run: a round that
        // leaves an interval too wide adds to the sample instead of starting over.
        const size_t first = slices.size();
        slices.resize(first + 24 * kReplications);
        parallelFor(24 * kReplications, threads, [&](int, size_t j) {
            const size_t i = first + j;
            const size_t h = i % 24;
            FleetSimulationConfig c = config;
            c.hourlyFractions.fill(config.hourlyFractions[h]);
            // Arrivals go on for a tail after the window so the sampled requests finish under the hour's
            // load, and a warm-up before it fills the batches and the queue the window starts with.
            c.durationS = runS;
            c.sampleFromS = options.warmupS;
            c.sampleUntilS = options.warmupS + windowS;
            c.endAfterSampled = true;
            // The simulator budgets requests per day: keep each slice's share of the day's budget.
            c.maxSimulatedRequests = config.maxSimulatedRequests * c.durationS / kDayS;
            c.seed = config.seed * 1000003ULL + i + 1;
            // Each replication runs at a random moment of its hour (the hour's rate throughout), starting
            // with the autoscaler's state there: the fleet it holds, what it is still starting, and the
            // wishes it remembers (some from the previous hour's traffic when the moment is early).
            if (config.autoscaling.enabled) {
                FastRandom rng(c.seed ^ 0x5d588b656c078965ULL);
                // The sampled window lies in the hour; the unsampled tail may run past it.
                const double offsetS = rng.uniform() * std::max(0.0, kHourS - c.sampleUntilS);
                AutoscalerStart start = autoscalerStart(config, h, offsetS, rng);
                c.initialReplicas = start.ready;
                c.startingReadyAtS = std::move(start.startingReadyAtS);
                c.priorWishes = std::move(start.wishes);
            }
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
        const size_t replications = slices.size() / 24;
        out.replications = int(replications);
        out.windowS = windowS * double(replications);
        out.day = merge(config, slices, windowS, runS);
        // The interval of each percentile: Student's t over the independent replications of the day, which
        // holds however strongly the latencies of one replica's successive requests are correlated.
        out.worstRelativeHalfWidth = 0;
        std::vector<FleetSimulationResult> days(replications);
        for (size_t i = 0; i < slices.size(); ++i) {
            days[i / 24].ttft.merge(slices[i].ttft);
            days[i / 24].tpot.merge(slices[i].tpot);
            days[i / 24].e2e.merge(slices[i].e2e);
        }
        const double t = studentT975(int(replications) - 1);
        for (size_t i = 0; i < kPercentiles.size(); ++i) {
            auto interval = [&](LatencyHistogram FleetSimulationResult::*which) {
                PercentileInterval x;
                x.estimate = (out.day.*which).percentile(kPercentiles[i]);
                if ((out.day.*which).count() == 0)
                    return x;
                const double n = double(replications);
                double mean = 0, squares = 0;
                for (const FleetSimulationResult& r : days)
                    mean += (r.*which).percentile(kPercentiles[i]) / n;
                for (const FleetSimulationResult& r : days)
                    squares += std::pow((r.*which).percentile(kPercentiles[i]) - mean, 2);
                const double halfWidth = t * std::sqrt(squares / (n - 1) / n);
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
            replications >= maxReplications)
            break;
    }
    return out;
}

} // namespace infraplan
