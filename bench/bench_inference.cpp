// Speed of the inference engine. Targets: one analytical replica estimate under 10 us (issue 4); the 24-hour
// day at 200 requests per second (~17 million requests) in at most 1 s, simulated in hourly slices whose
// percentiles agree with the whole day's within their stated interval (issue 21). The whole day simulated
// event by event is the full-fidelity reference the slices are judged against: its time is printed, with no
// target. Issue 4 asked it under 5 s on one core; issue 21 replaced that by the sliced day (the whole day
// took 5.5 s idle when issue 21 was filed and 6.4 s on 7 December 2026; docs/performance.md). Prints its
// figures; exits non-zero when a target is missed so CTest (label "bench") reports it. Each figure is the
// fastest of three rounds.

#include "dayslices.h"
#include "inferencereplica.h"
#include "inferencesimulator.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace infraplan;
using Clock = std::chrono::steady_clock;

namespace {

// H100 SXM5 figures from the catalog (peaks dense, per direction), with the Hopper serving calibration.
CatalogItem h100Item()
{
    CatalogItem i;
    i.id = "H100-SXM5-80GB";
    i.kind = ItemKind::Accelerator;
    i.name = "NVIDIA H100 SXM5 80GB";
    i.figures["bf16_tflops"] = {989.4, "bench", ""};
    i.figures["fp16_tflops"] = {989.4, "bench", ""};
    i.figures["fp8_tflops"] = {1978.9, "bench", ""};
    return i;
}

ReplicaSetup llama70bOnH100x2(const CatalogItem& item)
{
    ReplicaSetup s;
    s.model.name = "Llama 3.1 70B";
    s.model.transformer = true;
    s.model.gatedFfn = true;
    s.model.params = 70e9;
    s.model.layers = 80;
    s.model.hidden = 8192;
    s.model.heads = 64;
    s.model.kvHeads = 8;
    s.model.ffn = 28672;
    s.model.vocab = 128256;
    s.model.seqLen = 131072;
    s.precision = Precision::FP8;
    s.device.id = item.id;
    s.device.name = item.name;
    s.device.memoryBytes = 80e9;
    s.device.memoryBwBytesPerS = 3350e9;
    s.device.calibration.inferenceComputeEfficiency = 0.5;
    s.device.calibration.memoryBwEfficiency = 0.8;
    s.device.item = &item;
    s.tensorParallel = 2;
    s.scaleUp = {"NVLink4", "NVLink 4", 450e9, 0, 0};
    s.inputTokens = {1000, 6000};
    s.outputTokens = {300, 1500};
    s.batching.maxBatch = 256;
    return s;
}

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

// CPU time of this thread: on a machine shared with other jobs the wall clock also counts the time the
// scheduler gives the neighbours, which says nothing about the code.
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

/// CPU time of every thread of the process: the machine is shared, so the slices' parallel work is judged
/// by it as well as by the wall clock.
double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

} // namespace

int main()
{
    const CatalogItem item = h100Item();
    const ReplicaSetup setup = llama70bOnH100x2(item);
    bool ok = true;

    // --- one analytical replica estimate: build the model, its capacity, the load at which the targets hold
    // --
    LatencyTargets targets{2000, 80, 0};
    const int calls = 20000;
    double sink = 0;
    // Fastest of three rounds, in thread CPU time: the figure is the code's speed, not the neighbours' load
    // on a shared machine. The wall-clock figure and its split are printed beside it.
    double perCallNs = 1e300, cpuPerCallNs = 1e300, createNs = 0, capacityNs = 0, sloNs = 0, atLoadNs = 0;
    for (int round = 0; round < 3; ++round) {
        double tCreate = 0, tCapacity = 0, tSlo = 0, tLoad = 0;
        const double cpu0 = threadCpuSeconds();
        const auto t0 = Clock::now();
        for (int i = 0; i < calls; ++i) {
            std::string error;
            ReplicaSetup s = setup;
            s.inputTokens.mean = 1000 + (i % 7); // defeat any caching
            const auto a = Clock::now();
            auto m = ReplicaModel::create(s, error);
            const auto b = Clock::now();
            sink += m->capacity().requestsPerS;
            const auto c = Clock::now();
            Bound bound;
            sink += m->sloRequestsPerS(targets, bound);
            const auto d = Clock::now();
            sink += m->atLoad(5).ttftP99S;
            const auto e = Clock::now();
            tCreate += seconds(b - a), tCapacity += seconds(c - b), tSlo += seconds(d - c),
                tLoad += seconds(e - d);
        }
        const double ns = seconds(Clock::now() - t0) / calls * 1e9;
        cpuPerCallNs = std::min(cpuPerCallNs, (threadCpuSeconds() - cpu0) / calls * 1e9);
        if (ns < perCallNs) {
            perCallNs = ns;
            createNs = tCreate / calls * 1e9, capacityNs = tCapacity / calls * 1e9;
            sloNs = tSlo / calls * 1e9, atLoadNs = tLoad / calls * 1e9;
        }
    }
    std::printf(
        "analytical replica estimate (create + capacity + SLO throughput + latency at a load): %.0f ns CPU "
        "per call (target < 10000 ns); wall clock %.0f ns (create %.0f, capacity %.0f, SLO throughput %.0f, "
        "latency at a load %.0f) [%g]\n",
        cpuPerCallNs, perCallNs, createNs, capacityNs, sloNs, atLoadNs, sink);
    ok = ok && cpuPerCallNs < 10000;

    // --- 24 h at 200 requests per second -------------------------------------------------------------------
    std::string error;
    auto model = ReplicaModel::create(setup, error);
    if (!model) {
        std::printf("cannot build the replica: %s\n", error.c_str());
        return 1;
    }
    Bound bound;
    FleetSimulationConfig c;
    c.replica = &*model;
    c.peakRequestsPerS = 200;
    c.hourlyFractions.fill(1.0);
    c.targets = targets;
    c.rttS = 0.04;
    c.autoscaling.enabled = true;
    c.autoscaling.minReplicas = 1;
    c.autoscaling.maxReplicas = 128;
    c.replicaRequestsPerS = model->sloRequestsPerS(targets, bound);
    c.modelLoadS = 70e9 / 12.5e9;
    c.seed = 1;
    FleetSimulationResult r;
    double simS = 1e300, simCpuS = 1e300;
    for (int round = 0; round < 3; ++round) { // fastest of three, as above; every round is the same day
        const auto t1 = Clock::now();
        const double cpu1 = processCpuSeconds();
        r = simulateFleet(c);
        simS = std::min(simS, seconds(Clock::now() - t1));
        simCpuS = std::min(simCpuS, processCpuSeconds() - cpu1);
    }
    std::printf(
        "discrete-event simulation, 24 h at 200 req/s, Llama 70B FP8 on 2 x H100 per replica: %llu requests, "
        "%llu events in %.2f s (%.2f s CPU), %.0f ns per request; the full-fidelity reference, no target "
        "(issue 4's 5 s, on one core, gave way to issue 21's sliced day below)\n",
        static_cast<unsigned long long>(r.arrivals), static_cast<unsigned long long>(r.events), simS, simCpuS,
        simS / static_cast<double>(r.arrivals) * 1e9);
    std::printf(
        "  replicas at peak %.0f, average %.1f; TTFT p50/p99 %.0f/%.0f ms, TPOT p50/p99 %.1f/%.1f ms, SLO "
        "attainment %.2f%%\n",
        r.peakReplicas, r.averageReplicas, r.ttft.percentile(50) * 1e3, r.ttft.percentile(99) * 1e3,
        r.tpot.percentile(50) * 1e3, r.tpot.percentile(99) * 1e3, r.sloAttainment * 100);
    ok = ok && r.arrivals > 17000000; // the benchmark day it must be

    // --- the same day as hourly slices, sampled until every percentile is known within its interval -------
    DaySlicesResult sliced;
    double slicedS = 1e300, slicedCpuS = 1e300;
    for (int round = 0; round < 3; ++round) {
        const auto t1 = Clock::now();
        const double cpu1 = processCpuSeconds();
        sliced = simulateDayInSlices(c);
        slicedS = std::min(slicedS, seconds(Clock::now() - t1));
        slicedCpuS = std::min(slicedCpuS, processCpuSeconds() - cpu1);
    }
    const FleetSimulationResult& d = sliced.day;
    std::printf(
        "day in hourly slices (%s): %.0f s sampled per hour in %d round(s), %.3f s (target < 1 s; %.2f s "
        "CPU, %.0f%% of the whole day's); TTFT p50/p99 %.0f/%.0f ms, TPOT p50/p99 %.1f/%.1f ms, each within "
        "+-%.1f%% (95%%)\n",
        sliced.wholeDay ? "fell back to the whole day" : "24 hours x replications", sliced.windowS,
        sliced.rounds, slicedS, slicedCpuS, 100 * slicedCpuS / simCpuS, d.ttft.percentile(50) * 1e3,
        d.ttft.percentile(99) * 1e3, d.tpot.percentile(50) * 1e3, d.tpot.percentile(99) * 1e3,
        100 * sliced.worstRelativeHalfWidth);
    // Agreement with the whole day: two independent estimates differ by at most sqrt(2) half-widths.
    bool agrees = true;
    for (double p : {50.0, 90.0, 99.0})
        for (auto h :
             {&FleetSimulationResult::ttft, &FleetSimulationResult::tpot, &FleetSimulationResult::e2e}) {
            const double a = (r.*h).percentile(p), b = (d.*h).percentile(p);
            if (std::abs(a - b) > std::sqrt(2.0) * sliced.worstRelativeHalfWidth * b) {
                std::printf("  FAIL: p%.0f %.4f s whole day vs %.4f s sliced\n", p, a, b);
                agrees = false;
            }
        }
    std::printf("  agreement with the whole day: %s; replicas average %.1f vs %.1f\n", agrees ? "yes" : "NO",
                d.averageReplicas, r.averageReplicas);
    ok = ok && agrees && slicedS <= 1;
    return ok ? 0 : 1;
}
