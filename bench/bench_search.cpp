// How fast the searches are: configurations evaluated per second for each search, and the exhaustive layout
// search for GPT-3 175B on 1024 A100-SXM4-80GB with a global batch of 1536 (target: at least a million
// layouts, Calculon's space, in under 1 s on one core).
// Prints its figures; fails (exit 1) when the GPT-3 search misses the target on one core or finds nothing.
#include "catalog.h"
#include "catalogdatabase.h"
#include "clustersearch.h"
#include "fleetsearch.h"
#include "trainingsearch.h"
#include "trainingsetup.h"

#include <algorithm>
#include <cstdio>

using namespace infraplan;

namespace {

Project gpt3Project(int nodes)
{
    Project p;
    TrainingJob job;
    job.id = "gpt3";
    job.name = "GPT-3 175B";
    job.model.preset = "gpt3-175b";
    job.trainingTokens = 300e9;
    job.globalBatch = 1536;
    p.trainingJobs.push_back(job);
    Sketch s;
    s.id = "cluster";
    s.name = "1024 x A100 80GB";
    s.workloadId = "gpt3";
    s.nodes.push_back({"nodes", "aws-p4de.24xlarge", nodes, {}});
    p.sketches.push_back(s);
    return p;
}

double best(double a, double b)
{
    return std::min(a, b);
}

} // namespace

int main()
{
    const Catalog catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
    const Project project = gpt3Project(128);
    Problems problems;
    auto setup = prepareTraining(project, project.sketches.front(), catalog, problems);
    if (!setup) {
        std::printf("cannot prepare GPT-3 on 1024 A100: %s\n",
                    problems.empty() ? "?" : problems.front().toString().c_str());
        return 1;
    }
    int status = 0;
    for (int threads : {1, 2}) {
        TrainingSearchOptions options;
        options.threads = threads;
        TrainingSearchResult r;
        double seconds = 1e9;
        for (int repeat = 0; repeat < 5; ++repeat) {
            r = searchTrainingLayouts(*setup, options);
            seconds = best(seconds, r.seconds);
        }
        std::printf(
            "training layout search, GPT-3 175B / 1024 A100-SXM4-80GB / batch 1536, %d thread(s): "
            "%.1f ms, %zu layouts (%zu estimated, %zu pruned by memory, %zu dominated), %.2f M estimates/s, "
            "%.2f M layouts/s\n",
            threads, seconds * 1e3, r.layouts, r.evaluated, r.pruned, r.dominated,
            r.evaluated / seconds / 1e6, r.layouts / seconds / 1e6);
        if (r.best.empty()) {
            std::printf("  no layout found: %s\n", r.error.c_str());
            status = 1;
        } else {
            std::printf("  best: %s, step %.2f s, MFU %.1f%%, %.1f GB\n",
                        describeLayout(r.best.front().layout).c_str(), r.best.front().estimate.stepTimeS,
                        100 * r.best.front().estimate.mfu, r.best.front().estimate.memory.total() / 1e9);
        }
        if (threads == 1 && seconds >= 1.0) {
            std::printf("  FAIL: the exhaustive search must finish in under 1 s on one core\n");
            status = 1;
        }
        if (r.layouts < 1000000) {
            std::printf("  FAIL: the space must hold at least a million layouts, as Calculon's does\n");
            status = 1;
        }
    }
    for (int threads : {1, 2}) {
        ClusterSearchOptions options;
        options.threads = threads;
        options.maxNodes = 256;
        const ClusterSearchResult r =
            searchTrainingClusters(project, project.sketches.front(), catalog, options);
        std::printf(
            "training cluster search, GPT-3 175B over the catalog up to 256 nodes, %d thread(s): %.2f s, "
            "%zu clusters, %.0f clusters/s, %zu layout estimates (%.2f M/s)\n",
            threads, r.seconds, r.clusters, r.clusters / r.seconds, r.layoutsEvaluated,
            r.layoutsEvaluated / r.seconds / 1e6);
        if (!r.best.empty())
            std::printf("  fastest: %s, %.1f days, $%.0f\n", r.best.front().sketch.name.c_str(),
                        r.best.front().timeToTrainDays, r.best.front().runCostUsd);
    }
    // Fleet search: the llm-pretrain-and-chat example's kind of service over the whole catalog.
    Project chat;
    InferenceService service;
    service.id = "chat";
    service.name = "Chat, Llama 3.1 70B";
    service.model.preset = "llama31-70b";
    service.precision = Precision::FP8;
    service.inputTokens = {1000, 6000};
    service.outputTokens = {300, 1500};
    service.traffic.peakRps = 40;
    service.traffic.shape = TrafficShape::Diurnal;
    service.targets.ttftP99Ms = 2000;
    service.targets.tpotP99Ms = 80;
    chat.services.push_back(service);
    for (int threads : {1, 2}) {
        FleetSearchOptions options;
        options.threads = threads;
        options.top = 5;
        const FleetSearchResult r = searchInferenceFleets(chat, service, nullptr, catalog, options);
        const double analyticalS = r.seconds - r.simulationSeconds;
        std::printf(
            "fleet search, Llama 3.1 70B chat over the catalog, %d thread(s): %.2f s (%.3f s analytical for "
            "%zu configurations, %.0f configurations/s; %.2f s for %zu discrete-event simulations)\n",
            threads, r.seconds, analyticalS, r.configurations, r.configurations / analyticalS,
            r.simulationSeconds, r.simulated);
        if (!r.best.empty())
            std::printf("  cheapest: %s, $%.0f a month\n", r.best.front().sketch.name.c_str(),
                        r.best.front().monthlyUsd);
        else
            std::printf("  %s\n", r.error.c_str());
    }
    return status;
}
