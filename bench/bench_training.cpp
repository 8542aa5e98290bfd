// Speed of the training engine (issue 3): one estimate (memory, step time, MFU of one layout) must take under
// 10 microseconds on one core, so that searches can evaluate millions of layouts in seconds. Times GPT-3 175B
// on 1024 A100-SXM4-80GB and Llama 3 70B on 256 H100 with the shipped catalog, over a spread of layouts.
// Prints its figures; exits non-zero when a target is missed so CTest (label "bench") reports it.
#include "catalog.h"
#include "catalogdatabase.h"
#include "trainingengine.h"
#include "trainingsetup.h"

#include <chrono>
#include <cstdio>
#include <vector>

using namespace infraplan;
using Clock = std::chrono::steady_clock;

namespace {

Project project(const char* preset, double tokens, double globalBatch, const char* instance, int nodes)
{
    Project p;
    TrainingJob job;
    job.id = "job";
    job.name = preset;
    job.model.preset = preset;
    job.trainingTokens = tokens;
    job.globalBatch = globalBatch;
    p.trainingJobs.push_back(job);
    Sketch s;
    s.id = "cluster";
    s.name = preset;
    s.workloadId = "job";
    s.nodes.push_back({"nodes", instance, nodes, {}});
    p.sketches.push_back(s);
    return p;
}

// Layouts a search would visit: every power-of-two tp and pp that the cluster holds, ZeRO 1 and 3, both
// recomputation modes; invalid ones count too (a search pays for rejecting them).
std::vector<TrainingLayout> layouts(int devices)
{
    std::vector<TrainingLayout> out;
    for (int tp = 1; tp <= 8; tp *= 2)
        for (int pp = 1; pp <= 32; pp *= 2)
            for (int zero : {1, 3})
                for (Recompute rc : {Recompute::Selective, Recompute::Full}) {
                    if (devices % (tp * pp) != 0)
                        continue;
                    TrainingLayout l;
                    l.tp = tp;
                    l.pp = pp;
                    l.dp = devices / (tp * pp);
                    l.microBatch = 1;
                    l.zeroStage = zero;
                    l.recompute = rc;
                    out.push_back(l);
                }
    return out;
}

} // namespace

int main()
{
    const Catalog catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
    struct Case {
        const char* name;
        Project project;
        int devices;
    };
    const std::vector<Case> cases = {
        {"GPT-3 175B on 1024 x A100-SXM4-80GB", project("gpt3-175b", 300e9, 1536, "aws-p4de.24xlarge", 128),
         1024},
        {"Llama 3 70B on 256 x H100-SXM5-80GB", project("llama3-70b", 15e12, 0, "aws-p5.48xlarge", 32), 256},
    };
    const double targetUs = 10;
    int status = 0;
    for (const Case& c : cases) {
        Problems problems;
        const auto setup = prepareTraining(c.project, c.project.sketches.front(), catalog, problems);
        if (!setup) {
            std::printf("%s: cannot prepare: %s\n", c.name,
                        problems.empty() ? "?" : problems.front().toString().c_str());
            return 1;
        }
        const std::vector<TrainingLayout> ls = layouts(c.devices);
        const int rounds = 2000;
        double sink = 0;
        int fitting = 0;
        const auto t0 = Clock::now();
        for (int r = 0; r < rounds; ++r)
            for (const TrainingLayout& l : ls) {
                const TrainingEstimate e = estimateTraining(*setup, l);
                sink += e.stepTimeS;
                fitting += e.fits ? 1 : 0;
            }
        const double s = std::chrono::duration<double>(Clock::now() - t0).count();
        const double us = 1e6 * s / (double(rounds) * double(ls.size()));
        const bool ok = us < targetUs;
        status |= ok ? 0 : 1;
        std::printf(
            "%s: %zu layouts x %d rounds, %.2f us per estimate (target < %.0f us) %s  [%d fit, sink %.3g]\n",
            c.name, ls.size(), rounds, us, targetUs, ok ? "ok" : "MISSED", fitting / rounds, sink);
    }
    return status;
}
