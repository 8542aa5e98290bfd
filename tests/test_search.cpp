// The plan searches on spaces small enough to enumerate here: the best layout equals a brute-force
// enumeration written independently of the search, every result honours the constraints, and the answer
// does not depend on the number of threads.
#include "catalog.h"
#include "catalogdatabase.h"
#include "clustersearch.h"
#include "fleetsearch.h"
#include "inferencefleet.h"
#include "searchrequest.h"
#include "simulation.h"
#include "trainingrun.h"
#include "trainingsearch.h"
#include "trainingsetup.h"

#include <QtTest>

#include <limits>

using namespace infraplan;

namespace {

const Catalog& catalog()
{
    static const Catalog c(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
    return c;
}

Project trainingProject(const std::string& preset, const std::string& instance, int nodes, int globalBatch)
{
    Project p;
    TrainingJob job;
    job.id = "job";
    job.name = "Job";
    job.model.preset = preset;
    job.trainingTokens = 20e9;
    job.globalBatch = globalBatch;
    p.trainingJobs.push_back(job);
    Sketch s;
    s.id = "cluster";
    s.name = "Cluster";
    s.workloadId = "job";
    s.nodes.push_back({"nodes", instance, nodes, {}});
    p.sketches.push_back(s);
    return p;
}

TrainingSetup setupOf(const Project& p)
{
    Problems problems;
    auto setup = prepareTraining(p, p.sketches.front(), catalog(), problems);
    if (!setup)
        qFatal("cannot prepare the training setup: %s", problems.empty() ? "?" : problems[0].message.c_str());
    return *setup;
}

struct BruteForce {
    double bestStepS = std::numeric_limits<double>::infinity();
    double bestMemory = 0;
    TrainingLayout best;
    int fitting = 0;
    size_t layouts = 0; ///< every layout, sequence-parallel and overlap variants included
};

// Every layout using all the devices, written out loop by loop with no pruning: every microbatch size, every
// interleave factor dividing the layers per stage, each estimated by the engine. Layouts with sequence
// parallelism off (TP > 1) or unoverlapped data-parallel traffic (DP > 1) are counted, not estimated: the
// engine models only the dominant settings.
BruteForce bruteForce(const TrainingSetup& setup)
{
    BruteForce out;
    const ModelSpec& m = setup.workload.model;
    const int devices = int(setup.cluster.accelerators);
    const int domain = int(setup.cluster.scaleUpDomain);
    for (int tp = 1; tp <= m.heads; ++tp)
        for (int pp = 1; pp <= m.layers; ++pp)
            for (int dp = 1; dp <= devices; ++dp) {
                if (dp * tp * pp != devices || m.heads % tp || (domain % tp && tp % domain))
                    continue;
                const size_t variants = size_t(tp > 1 ? 2 : 1) * size_t(dp > 1 ? 2 : 1);
                const int layersPerStage = (m.layers + pp - 1) / pp;
                for (int mb = 1; mb <= int(setup.workload.globalBatch + dp - 1) / dp; ++mb)
                    for (int zero = 0; zero <= (dp > 1 ? 3 : 0); ++zero)
                        for (Recompute rc : {Recompute::None, Recompute::Selective, Recompute::Full})
                            for (int v = 1; v <= layersPerStage; ++v) {
                                if (v > 1 && (pp == 1 || layersPerStage % v))
                                    continue;
                                TrainingLayout l;
                                l.dp = dp;
                                l.tp = tp;
                                l.pp = pp;
                                l.microBatch = mb;
                                l.zeroStage = zero;
                                l.recompute = rc;
                                l.schedule =
                                    v > 1 ? PipelineSchedule::Interleaved : PipelineSchedule::OneFOneB;
                                l.interleave = v;
                                out.layouts += variants;
                                const TrainingEstimate e = estimateTraining(setup, l);
                                if (!e.valid() || !e.fits)
                                    continue;
                                ++out.fitting;
                                if (e.stepTimeS < out.bestStepS ||
                                    (e.stepTimeS == out.bestStepS && e.memory.total() < out.bestMemory)) {
                                    out.bestStepS = e.stepTimeS;
                                    out.bestMemory = e.memory.total();
                                    out.best = l;
                                }
                            }
            }
    return out;
}

Project chatProject()
{
    Project p;
    InferenceService chat;
    chat.id = "chat";
    chat.name = "Chat";
    chat.model.preset = "llama3-8b";
    chat.precision = Precision::FP16;
    chat.inputTokens = {512, 0};
    chat.outputTokens = {256, 0};
    chat.traffic.peakRps = 20;
    chat.traffic.shape = TrafficShape::Flat;
    chat.targets.ttftP99Ms = 1500;
    chat.targets.tpotP99Ms = 60;
    p.services.push_back(chat);
    Sketch s;
    s.id = "fleet";
    s.name = "Fleet";
    s.role = SketchRole::Inference;
    s.workloadId = "chat";
    s.autoscaling.targetUtilization = 1.0; // size to exactly what the targets allow, as the brute force does
    p.sketches.push_back(s);
    return p;
}

// The cheapest fleet by brute force: every replica size, precision and batching limit of the instances,
// each with 1, 2, 3, ... fixed replicas until the analytical fleet model says the targets hold.
double bruteForceFleetUsd(const Project& p, const std::vector<std::string>& instances,
                          const std::vector<int>& batches)
{
    const InferenceService& service = p.services.front();
    Problems problems;
    const ModelSpec model = *resolveModel(catalog(), service.model, problems);
    double best = std::numeric_limits<double>::infinity();
    for (const std::string& id : instances) {
        const InstanceSpec inst = *resolveInstance(catalog(), id, problems);
        const int perNode = int(inst.acceleratorsPerNode);
        for (int tp = 1; tp <= perNode; ++tp) {
            if (perNode % tp)
                continue;
            for (Precision precision : {Precision::FP32, Precision::TF32, Precision::BF16, Precision::FP16,
                                        Precision::FP8, Precision::INT8, Precision::INT4, Precision::FP4}) {
                if (!inst.accelerator.peakFlops(precision))
                    continue;
                for (int batch : batches)
                    for (int replicas = 1; replicas <= 200; ++replicas) {
                        Sketch s = p.sketches.front();
                        s.nodes = {{"n", id, (replicas * tp + perNode - 1) / perNode, {}}};
                        s.replicaAccelerators = tp;
                        s.precision = precision;
                        s.batching.maxBatch = batch;
                        s.autoscaling.minReplicas = s.autoscaling.maxReplicas = replicas;
                        auto hw = resolveSketchHardware(catalog(), s, problems);
                        SimulationOptions analytical;
                        analytical.fullInferenceSimulation = false;
                        std::string error;
                        auto f = simulateInferenceFleet(service, s, *hw, model, analytical, error);
                        if (!f)
                            break; // does not fit: more replicas will not help
                        if (f->meetsTargets && f->monthly.priced) {
                            best = std::min(best, f->monthly.totalUsd());
                            break;
                        }
                    }
            }
        }
    }
    return best;
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT

private slots:
    void layoutSearchMatchesBruteForce_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("batch");
        QTest::newRow("llama3-8b on 2 x p4de") << "llama3-8b"
                                               << "aws-p4de.24xlarge" << 2 << 64;
        QTest::newRow("llama2-70b on 4 x p4d (40 GB: memory binds)") << "llama2-70b"
                                                                     << "aws-p4d.24xlarge" << 4 << 128;
        QTest::newRow("gptj-6b on 1 x p4de") << "gptj-6b"
                                             << "aws-p4de.24xlarge" << 1 << 32;
    }
    void layoutSearchMatchesBruteForce()
    {
        QFETCH(QString, preset);
        QFETCH(QString, instance);
        QFETCH(int, nodes);
        QFETCH(int, batch);
        const TrainingSetup setup =
            setupOf(trainingProject(preset.toStdString(), instance.toStdString(), nodes, batch));
        const BruteForce brute = bruteForce(setup);
        QVERIFY2(brute.fitting > 0, "the test space must contain layouts that fit");
        TrainingSearchOptions options;
        options.top = 5;
        const TrainingSearchResult r = searchTrainingLayouts(setup, options);
        QVERIFY2(r.error.empty(), r.error.c_str());
        QCOMPARE(int(r.best.size()), std::min(5, brute.fitting));
        QCOMPARE(r.best.front().estimate.stepTimeS, brute.bestStepS);
        QCOMPARE(r.best.front().estimate.memory.total(), brute.bestMemory);
        // Same space: every layout the brute force enumerates is covered, none twice.
        QCOMPARE(r.layouts, brute.layouts);
        for (size_t i = 0; i < r.best.size(); ++i) {
            QVERIFY(r.best[i].estimate.fits);
            QVERIFY(r.best[i].estimate.memory.total() <= setup.cluster.memoryBytes);
            QCOMPARE(r.best[i].layout.devices(), int(setup.cluster.accelerators));
            // Each result is the engine's own estimate of that layout.
            QCOMPARE(estimateTraining(setup, r.best[i].layout).stepTimeS, r.best[i].estimate.stepTimeS);
            if (i > 0)
                QVERIFY(r.best[i - 1].objective <= r.best[i].objective);
        }
        // Pruning counts every layout the brute force saw that does not fit.
        QCOMPARE(r.layouts - r.dominated - r.rejected.total(), size_t(brute.fitting));
    }

    void threadsDoNotChangeTheAnswer()
    {
        const TrainingSetup setup = setupOf(trainingProject("llama2-70b", "aws-p4de.24xlarge", 8, 256));
        TrainingSearchOptions one, two;
        one.threads = 1;
        two.threads = 2;
        one.top = two.top = 8;
        const TrainingSearchResult a = searchTrainingLayouts(setup, one),
                                   b = searchTrainingLayouts(setup, two);
        QCOMPARE(a.best.size(), b.best.size());
        for (size_t i = 0; i < a.best.size(); ++i)
            QVERIFY(a.best[i].layout == b.best[i].layout);
        QCOMPARE(a.evaluated, b.evaluated);
        QCOMPARE(a.rejected.counts, b.rejected.counts);
        // The examples a planner reads are the first rejections in the search's order, whoever found them.
        QCOMPARE(a.rejected.summary(), b.rejected.summary());
    }

    void costObjectiveRanksByDollarsPerStep()
    {
        const TrainingSetup setup = setupOf(trainingProject("llama3-8b", "aws-p4de.24xlarge", 2, 64));
        TrainingSearchOptions options;
        options.objective = SearchObjective::Cost;
        options.top = 20;
        const TrainingSearchResult r = searchTrainingLayouts(setup, options);
        QVERIFY2(r.error.empty(), r.error.c_str());
        for (size_t i = 1; i < r.best.size(); ++i)
            QVERIFY(r.best[i - 1].usdPerStep <= r.best[i].usdPerStep);
        QVERIFY(r.best.front().usdPerStep > 0);
    }

    void nothingFitsSaysWhy()
    {
        // GPT-3 175B on one 8 x 40 GB server: no layout fits; the search says so with an example.
        const TrainingSetup setup = setupOf(trainingProject("gpt3-175b", "aws-p4d.24xlarge", 1, 64));
        const TrainingSearchResult r = searchTrainingLayouts(setup);
        QVERIFY(r.best.empty());
        QVERIFY(r.rejected.count(RejectReason::OutOfMemory) > 0);
        QVERIFY2(r.error.find("no layout fits") != std::string::npos, r.error.c_str());
        QVERIFY(r.error.find("GB") != std::string::npos);
    }

    void clusterSearchHonoursDeadlineBudgetAndFilters()
    {
        const Project p = trainingProject("llama3-8b", "aws-p4de.24xlarge", 2, 256);
        ClusterSearchOptions options;
        options.maxNodes = 16;
        options.top = 100;
        const ClusterSearchResult all = searchTrainingClusters(p, p.sketches.front(), catalog(), options);
        QVERIFY2(all.error.empty(), all.error.c_str());
        QVERIFY(all.best.size() > 3);
        for (size_t i = 1; i < all.best.size(); ++i)
            QVERIFY(all.best[i - 1].timeToTrainDays <= all.best[i].timeToTrainDays);

        // A deadline and a budget between the extremes cut the list; nothing past either survives.
        double minDays = 1e300, maxDays = 0, minCost = 1e300, maxCost = 0;
        for (const ClusterCandidate& c : all.best) {
            minDays = std::min(minDays, c.timeToTrainDays);
            maxDays = std::max(maxDays, c.timeToTrainDays);
            minCost = std::min(minCost, c.runCostUsd);
            maxCost = std::max(maxCost, c.runCostUsd);
        }
        options.constraints.deadlineDays = std::sqrt(minDays * maxDays);
        options.constraints.budgetUsd = std::sqrt(minCost * maxCost);
        options.objective = SearchObjective::Cost;
        const ClusterSearchResult limited = searchTrainingClusters(p, p.sketches.front(), catalog(), options);
        QVERIFY(!limited.best.empty());
        QVERIFY(limited.best.size() < all.best.size());
        QVERIFY(limited.rejected.count(RejectReason::PastDeadline) +
                    limited.rejected.count(RejectReason::OverBudget) >
                0);
        for (const ClusterCandidate& c : limited.best) {
            QVERIFY(c.timeToTrainDays <= options.constraints.deadlineDays);
            QVERIFY(c.runCostUsd <= options.constraints.budgetUsd);
        }
        for (size_t i = 1; i < limited.best.size(); ++i)
            QVERIFY(limited.best[i - 1].runCostUsd <= limited.best[i].runCostUsd);

        // The cheapest cluster that meets both equals the one a brute-force pass over `all` finds.
        double cheapest = 1e300;
        for (const ClusterCandidate& c : all.best)
            if (c.timeToTrainDays <= options.constraints.deadlineDays &&
                c.runCostUsd <= options.constraints.budgetUsd)
                cheapest = std::min(cheapest, c.runCostUsd);
        QCOMPARE(limited.best.front().runCostUsd, cheapest);

        // Filters: GCP only, cloud only.
        ClusterSearchOptions gcp;
        gcp.maxNodes = 4;
        gcp.constraints.providers = {"gcp"};
        gcp.constraints.allowOwned = false;
        const ClusterSearchResult g = searchTrainingClusters(p, p.sketches.front(), catalog(), gcp);
        QVERIFY(!g.best.empty());
        QVERIFY(g.rejected.count(RejectReason::Excluded) > 0);
        for (const ClusterCandidate& c : g.best) {
            QCOMPARE(c.provider, std::string("gcp"));
            QVERIFY(!c.owned);
        }
        // The candidate's sketch runs as the candidate says.
        const ClusterCandidate& c = g.best.front();
        Project withSketch = p;
        Sketch s = c.sketch;
        s.id = "found";
        withSketch.sketches.push_back(s);
        Problems problems;
        auto setup = prepareTraining(withSketch, s, catalog(), problems);
        QVERIFY(setup);
        TrainingRun run;
        std::string error;
        QVERIFY(simulateTrainingRun(*setup, s.layout, run, error));
        QCOMPARE(run.timeToTrainDays, c.timeToTrainDays);
    }

    void fleetSearchMatchesBruteForce()
    {
        const Project p = chatProject();
        const std::vector<std::string> instances = {"aws-g6e.12xlarge", "aws-g5.xlarge", "aws-p4de.24xlarge"};
        FleetSearchOptions options;
        options.constraints.instances = instances;
        options.maxBatches = {16, 64};
        options.simulateFinalists = false;
        options.top = 50;
        const FleetSearchResult r =
            searchInferenceFleets(p, p.services.front(), &p.sketches.front(), catalog(), options);
        QVERIFY2(r.error.empty(), r.error.c_str());
        const double brute = bruteForceFleetUsd(p, instances, options.maxBatches);
        QVERIFY(std::isfinite(brute));
        QVERIFY2(std::abs(r.best.front().monthlyUsd - brute) <= 1e-6 * brute,
                 qPrintable(QString("search %1, brute force %2").arg(r.best.front().monthlyUsd).arg(brute)));
        for (size_t i = 1; i < r.best.size(); ++i)
            QVERIFY(r.best[i - 1].monthlyUsd <= r.best[i].monthlyUsd);
        QVERIFY(r.rejected.count(RejectReason::Excluded) > 0); // every other instance
    }

    void oneRequestSetsUpEverySearch()
    {
        // The command line and the search dialog both state a SearchRequest; runSearch must set each search
        // up as a direct call with the same options would.
        const Project training = trainingProject("llama3-8b", "aws-p4de.24xlarge", 2, 64);
        SearchRequest layout;
        layout.kind = SearchKind::Layout;
        layout.sketchId = "cluster";
        layout.top = 5;
        layout.objective = SearchObjective::Cost;
        const SearchResults viaRequest = runSearch(training, catalog(), layout);
        QVERIFY(viaRequest.problem == SearchSetupProblem::None);
        QVERIFY(viaRequest.layouts && !viaRequest.clusters && !viaRequest.fleets);
        TrainingSearchOptions direct;
        direct.top = 5;
        direct.objective = SearchObjective::Cost;
        const TrainingSearchResult expected = searchTrainingLayouts(setupOf(training), direct);
        QCOMPARE(viaRequest.layouts->best.size(), expected.best.size());
        for (size_t i = 0; i < expected.best.size(); ++i)
            QVERIFY(viaRequest.layouts->best[i].layout == expected.best[i].layout);

        layout.sketchId = "gone";
        QVERIFY(runSearch(training, catalog(), layout).problem == SearchSetupProblem::NoSketch);
        const Project chat = chatProject();
        layout.sketchId = "fleet";
        QVERIFY(runSearch(chat, catalog(), layout).problem == SearchSetupProblem::NotTraining);

        // A fleet search named by its service starts from the first sketch serving it (its autoscaling target
        // sizes the fleet), as a direct call given that sketch does.
        SearchRequest fleet;
        fleet.kind = SearchKind::Fleet;
        fleet.serviceId = "chat";
        fleet.top = 3;
        fleet.simulateFinalists = false;
        fleet.constraints.instances = {"aws-g6e.12xlarge", "aws-g5.xlarge"};
        std::vector<double> fractions;
        const SearchResults fleets =
            runSearch(chat, catalog(), fleet, nullptr, [&](double f) { fractions.push_back(f); });
        QVERIFY(fleets.fleets && !fleets.fleets->best.empty());
        FleetSearchOptions options;
        options.top = 3;
        options.simulateFinalists = false;
        options.constraints = fleet.constraints;
        const FleetSearchResult same =
            searchInferenceFleets(chat, chat.services.front(), &chat.sketches.front(), catalog(), options);
        QCOMPARE(fleets.fleets->best.front().monthlyUsd, same.best.front().monthlyUsd);
        QVERIFY(!fractions.empty());
        for (double f : fractions)
            QVERIFY(f >= 0 && f <= 1);

        // Targets in the request replace the service's: none of these fleets answers in a millisecond.
        fleet.targets = LatencyTargets{1, 1, 0};
        const SearchResults strict = runSearch(chat, catalog(), fleet);
        QVERIFY(strict.fleets && strict.fleets->best.empty());

        fleet.serviceId = "nobody";
        QVERIFY(runSearch(chat, catalog(), fleet).problem == SearchSetupProblem::NoService);
    }

    void fleetSearchListsPrecisionTwinsOnce()
    {
        // H100 runs FP8 and INT8 at the same rate and both take a byte: the same fleet in either gives the
        // same figures, and the list shows it once (FP8, first in the list of precisions) naming INT8.
        const Project p = chatProject();
        FleetSearchOptions options;
        options.constraints.instances = {"aws-p5.48xlarge"};
        options.maxBatches = {64};
        options.simulateFinalists = false;
        options.top = 20;
        const FleetSearchResult r =
            searchInferenceFleets(p, p.services.front(), &p.sketches.front(), catalog(), options);
        QVERIFY2(r.error.empty(), r.error.c_str());
        int folded = 0;
        for (const FleetCandidate& c : r.best) {
            for (const FleetCandidate& other : r.best)
                QVERIFY2(&c == &other || c.tensorParallel != other.tensorParallel ||
                             c.monthlyUsd != other.monthlyUsd || c.ttftP99Ms != other.ttftP99Ms ||
                             c.tpotP99Ms != other.tpotP99Ms,
                         "two rows of the list show the same fleet with the same figures");
            for (Precision same : c.sameFigures) {
                QVERIFY(c.precision < same); // listed under the format first in the list of precisions
                if (c.precision == Precision::FP8 && same == Precision::INT8)
                    ++folded;
                // The folded twin really gives the same figures: estimate both on their own.
                Project q = p;
                Sketch kept = c.sketch, twin = c.sketch;
                kept.id = "kept";
                twin.id = "twin";
                twin.precision = same;
                q.sketches = {kept, twin};
                SimulationOptions quick;
                quick.fullInferenceSimulation = false;
                const SketchSummary a = simulateSketch(q, q.sketches[0], catalog(), quick);
                const SketchSummary b = simulateSketch(q, q.sketches[1], catalog(), quick);
                QVERIFY2(a.computed && b.computed, (a.error + b.error).c_str());
                QCOMPARE(a.monthly.totalUsd(), c.monthlyUsd);
                QCOMPARE(b.monthly.totalUsd(), a.monthly.totalUsd());
                QCOMPARE(b.ttftMs[2], a.ttftMs[2]);
                QCOMPARE(b.tpotMs[2], a.tpotMs[2]);
            }
        }
        QVERIFY(folded > 0); // FP8 naming INT8
    }

    void fleetSearchHonoursTargetsAndBudget()
    {
        Project p = chatProject();
        p.sketches.front().autoscaling.targetUtilization = 0.7;
        FleetSearchOptions options;
        options.constraints.providers = {"aws", "gcp"};
        options.top = 4;
        options.maxBatches = {64};
        const FleetSearchResult all =
            searchInferenceFleets(p, p.services.front(), &p.sketches.front(), catalog(), options);
        QVERIFY2(all.error.empty(), all.error.c_str());
        QVERIFY(all.simulated > 0);
        QVERIFY(all.rejected.count(RejectReason::LatencyMissed) +
                    all.rejected.count(RejectReason::OutOfMemory) >
                0);
        const LatencyTargets& t = p.services.front().targets;
        for (const FleetCandidate& c : all.best) {
            QVERIFY(c.simulated); // the finalists were confirmed by the discrete-event simulation
            QVERIFY(c.provider == "aws" || c.provider == "gcp");
            QVERIFY(c.ttftP99Ms <= t.ttftP99Ms);
            QVERIFY(c.tpotP99Ms <= t.tpotP99Ms);
        }
        // A budget just under the second cheapest leaves only the cheapest.
        QVERIFY(all.best.size() >= 2);
        options.constraints.budgetUsd = (all.best[0].monthlyUsd + all.best[1].monthlyUsd) / 2;
        options.simulateFinalists = false;
        const FleetSearchResult cheap =
            searchInferenceFleets(p, p.services.front(), &p.sketches.front(), catalog(), options);
        QVERIFY(cheap.rejected.count(RejectReason::OverBudget) > 0);
        for (const FleetCandidate& c : cheap.best)
            QVERIFY(c.monthlyUsd <= options.constraints.budgetUsd);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
