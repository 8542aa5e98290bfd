#include "catalog.h"
#include "catalogdatabase.h"
#include "dayslices.h"
#include "firsttokentime.h"
#include "hardware.h"
#include "inferencefleet.h"
#include "inferencereplica.h"
#include "inferencesimulator.h"
#include "projectfile.h"
#include "simulation.h"
#include "sketchresultjson.h"
#include "sketchresulttext.h"
#include "sustainedclock.h"
#include "textfile.h"
#include "validation.h"

#include <cmath>
#include <QtTest>

using namespace infraplan;

namespace {

// An H100-SXM-like device with round figures, so the arithmetic below can be followed by hand.
CatalogItem deviceItem()
{
    CatalogItem i;
    i.id = "test-gpu";
    i.kind = ItemKind::Accelerator;
    i.name = "Test GPU";
    i.figures["fp16_tflops"] = {1000, "src", ""};
    i.figures["bf16_tflops"] = {1000, "src", ""};
    i.figures["fp8_tflops"] = {2000, "src", ""};
    return i;
}

AcceleratorSpec device(const CatalogItem& item)
{
    AcceleratorSpec d;
    d.id = item.id;
    d.name = item.name;
    d.memoryBytes = 80e9;
    d.memoryBwBytesPerS = 3000e9;
    d.tdpW = 700;
    d.idleW = 100;
    d.calibration.inferenceComputeEfficiency = 0.5;
    d.calibration.memoryBwEfficiency = 0.8;
    d.item = &item;
    return d;
}

// Llama 3 8B: 32 layers, hidden 4096, 32 heads, 8 KV heads, FFN 14336, vocab 128256, 8.0e9 parameters.
ModelSpec llama8b()
{
    ModelSpec m;
    m.name = "Llama 3 8B";
    m.transformer = true;
    m.gatedFfn = true;
    m.params = 8.0e9;
    m.layers = 32;
    m.hidden = 4096;
    m.heads = 32;
    m.kvHeads = 8;
    m.ffn = 14336;
    m.vocab = 128256;
    m.seqLen = 8192;
    return m;
}

ReplicaSetup llmSetup(const AcceleratorSpec& d)
{
    ReplicaSetup s;
    s.model = llama8b();
    s.precision = Precision::FP16;
    s.device = d;
    s.inputTokens = {1000, 0};
    s.outputTokens = {200, 0};
    s.batching.maxBatch = 256;
    s.batching.kvCacheFraction = 0.9;
    return s;
}

// A generic model whose single request costs exactly `serviceS` on the test device: compute-bound, no host
// transfer, tiny weights.
ReplicaSetup genericSetup(const AcceleratorSpec& d, double serviceS)
{
    ReplicaSetup s;
    s.model.name = "generic";
    s.model.transformer = false;
    s.model.params = 1e6;
    s.precision = Precision::FP16;
    s.device = d;
    s.flopsPerRequest = serviceS * 1000e12 * 0.5; // at 0.5 x 1000 TFLOP/s
    s.hostLinkBytesPerS = 0;
    s.batching.maxBatch = 1;
    s.batching.maxWaitMs = 0;
    return s;
}

std::array<double, 24> flat()
{
    std::array<double, 24> f;
    f.fill(1.0);
    return f;
}

// An offline case of one accelerator measured in samples per second; the tests read only its prediction.
ValidationCase offlineSamplesCase(const std::string& id, const std::string& model,
                                  const std::string& accelerator)
{
    ValidationCase c;
    c.id = id;
    c.kind = "inference";
    c.model = {{"name", model}};
    c.system = {{"accelerator", accelerator}, {"count", 1}};
    c.run = {{"scenario", "offline"}};
    c.metric = "samples_per_s";
    c.measured = 1;
    return c;
}

Catalog shipped()
{
    return Catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
}

} // namespace

class TestInference : public QObject {
    Q_OBJECT

private slots:
    void decodeAndPrefillByHand()
    {
        const CatalogItem item = deviceItem();
        std::string error;
        auto m = ReplicaModel::create(llmSetup(device(item)), error);
        QVERIFY2(m, error.c_str());

        // Weights read per step: every parameter but the input embedding table (looked up, not streamed):
        // (8.0e9 - 128256 x 4096) x 2 bytes = 7,474,663,424 x 2 = 14.949 GB at 3000 GB/s x 0.8 = 2400 GB/s.
        const double weightS = 7474663424.0 * 2 / 2400e9; // 6.2289 ms
        // KV cache per token: 2 (K and V) x 32 layers x 8 KV heads x 128 head dim x 2 bytes = 131,072 bytes.
        QCOMPARE(m->kvBytesPerToken(), 131072.0);
        // Between the GEMMs, norms and the SwiGLU activation move 32 x (4 x 4096 + 3 x 14336) x 2 bytes =
        // 3,801,088 bytes per token: 1.584 us at 2400 GB/s.
        const double elementwiseS = 32.0 * (4 * 4096 + 3 * 14336) * 2 / 2400e9;
        // Decode, one sequence with 1000 tokens of context: the GEMMs are memory-bound (2 x 7.47e9 FLOPs at
        // 500 TFLOP/s = 29.9 us << 6.23 ms); attention reads 1000 x 131,072 bytes at 2400 GB/s = 54.6 us
        // (its 4 x 32 x 4096 x 1000 FLOPs take 1.05 us).
        const double decodeS = weightS + elementwiseS + 1000 * 131072.0 / 2400e9;
        QVERIFY(std::abs(m->decodeStepS(1, 1000) - decodeS) < 1e-9);
        QVERIFY(std::abs(decodeS - 6.2851e-3) < 1e-6);

        // Prefill of a 1000-token prompt: compute-bound, 1000 x 2 x 7.4747e9 FLOPs at 500 TFLOP/s = 29.90 ms,
        // plus 1000 x 1.584 us of norms and activations, plus causal attention 2 x 32 x 4096 x 1000^2 FLOPs
        // at 500 TFLOP/s = 0.524 ms: 32.01 ms.
        const double prefillS =
            1000 * 2 * 7474663424.0 / 500e12 + 1000 * elementwiseS + 2.0 * 32 * 4096 * 1e6 / 500e12;
        QVERIFY(std::abs(m->prefillS(1000) - prefillS) < 1e-9);
        QVERIFY(std::abs(prefillS - 32.007e-3) < 1e-5);
    }

    void tensorParallelAllReduce()
    {
        const CatalogItem item = deviceItem();
        ReplicaSetup s = llmSetup(device(item));
        s.tensorParallel = 2;
        s.scaleUp = {"link", "Test link", 450e9, 0, 0};
        s.scaleUpEfficiency = 0.8;
        std::string error;
        auto m = ReplicaModel::create(s, error);
        QVERIFY2(m, error.c_str());
        // Two ring all-reduces per layer of 4096 x 2 bytes per token: 2 x 32 x 2 (2-1)/2 x 8192 B / 360 GB/s
        // = 1.4564 us per token; fixed: 2 x 32 x (5 us launch + 2 (2-1) x 0.5 us hops) = 384 us.
        QVERIFY(std::abs(m->commPerTokenS() - 2 * 32 * 1.0 * 8192 / 360e9) < 1e-15);
        QVERIFY(std::abs(m->commFixedS() - 384e-6) < 1e-12);
        // Split over two devices, weights, activations and cache stream twice as fast: decode of one sequence
        // at context 1000 = (6.2289 + 0.0016 + 0.0546) / 2 ms + 384 us + 1.456 us.
        const double elementwiseS = 32.0 * (4 * 4096 + 3 * 14336) * 2 / 2400e9;
        const double expected =
            (7474663424.0 * 2 / 2400e9 + elementwiseS + 1000 * 131072.0 / 2400e9) / 2 + 384e-6 + 1.4564e-6;
        QVERIFY(std::abs(m->decodeStepS(1, 1000) - expected) < 1e-8);
    }

    void kvCapacityLimitsConcurrency()
    {
        const CatalogItem item = deviceItem();
        ReplicaSetup s = llmSetup(device(item));
        s.batching.maxBatch = 1024;
        std::string error;
        auto m = ReplicaModel::create(s, error);
        QVERIFY2(m, error.c_str());
        // (80 GB - 16 GB of weights) x 0.9 = 57.6 GB for the cache = 439,453 tokens; a request reserves its
        // prompt and answer, 1200 tokens: 366 requests at once, below the batch limit of 1024.
        QVERIFY(std::abs(m->kvCapacityTokens() - 57.6e9 / 131072) < 1e-6);
        QCOMPARE(m->maxConcurrentRequests(), 366.0);
        QVERIFY(m->kvLimited());
        s.batching.maxBatch = 256;
        m = ReplicaModel::create(s, error);
        QCOMPARE(m->maxConcurrentRequests(), 256.0);
        QVERIFY(!m->kvLimited());
    }

    void unsupportedPrecisionIsAClearError()
    {
        CatalogItem item = deviceItem();
        item.figures.erase("fp8_tflops");
        ReplicaSetup s = llmSetup(device(item));
        s.precision = Precision::FP8;
        std::string error;
        QVERIFY(!ReplicaModel::create(s, error));
        QVERIFY2(error.find("cannot serve in fp8") != std::string::npos, error.c_str());
        QVERIFY2(error.find("bf16, fp16") != std::string::npos, error.c_str());
    }

    void modelThatDoesNotFitIsAClearError()
    {
        const CatalogItem item = deviceItem();
        ReplicaSetup s = llmSetup(device(item));
        s.model.params = 70e9; // 140 GB in FP16 on an 80 GB device
        std::string error;
        QVERIFY(!ReplicaModel::create(s, error));
        QVERIFY2(error.find("140.0 GB") != std::string::npos, error.c_str());
        s.tensorParallel = 2; // 160 GB: fits, 20 GB x 0.9 left for the cache
        QVERIFY2(ReplicaModel::create(s, error), error.c_str());
    }

    void mixtureOfExpertsReadsMoreExpertsAsTheBatchGrows()
    {
        const CatalogItem item = deviceItem();
        ReplicaSetup s = llmSetup(device(item));
        s.model.experts = 8;
        s.model.expertsPerToken = 2;
        s.model.params = 46.7e9;
        s.tensorParallel = 2;
        std::string error;
        auto m = ReplicaModel::create(s, error);
        QVERIFY2(m, error.c_str());
        // One token touches 2 of 8 experts; 8 tokens touch 8 (1 - (6/8)^8) = 7.2 on average; many touch
        // all 8.
        QVERIFY(m->weightReadS(1) < m->weightReadS(8));
        QVERIFY(m->weightReadS(8) < m->weightReadS(64));
        const double perExpert = 32.0 * 3 * 4096 * 14336 * 2 / (2 * 2400e9);
        QVERIFY(std::abs((m->weightReadS(8) - m->weightReadS(1)) -
                         perExpert * (8 * (1 - std::pow(0.75, 8)) - 2)) < 1e-9);
        // FLOPs follow the active parameters only: 2 of 8 experts.
        const double active = 46.7e9 - 6 * 32.0 * 3 * 4096 * 14336 - 128256.0 * 4096;
        QVERIFY(std::abs(m->gemmPerTokenS() - 2 * active / (2 * 500e12)) < 1e-15);
    }

    void dynamicBatchByHand()
    {
        const CatalogItem item = deviceItem();
        ReplicaSetup s = genericSetup(device(item), 0);
        s.flopsPerRequest = 8.18e9; // ResNet-50
        s.bytesPerRequest = 150528; // a 224 x 224 x 3 image, 8-bit
        s.hostLinkBytesPerS = 64e9; // PCIe 5
        s.model.params = 25.6e6;
        s.batching.maxBatch = 256;
        std::string error;
        auto m = ReplicaModel::create(s, error);
        QVERIFY2(m, error.c_str());
        // 256 images: 256 x 150,528 B / 64 GB/s = 602 us over the host link, then 256 x 8.18 GFLOP at 500
        // TFLOP/s = 4.188 ms (the 51 MB of weights take 21 us): 4.790 ms.
        const double expected = 256 * 150528 / 64e9 + 256 * 8.18e9 / 500e12;
        QVERIFY(std::abs(m->batchS(256) - expected) < 1e-12);
        QVERIFY(std::abs(m->capacity().requestsPerS - 256 / expected) < 1e-6);
    }

    void erlangCClosedForm()
    {
        // c = 2, a = 1: P(wait) = (a^c/c! x c/(c-a)) / (1 + a + a^c/c! x c/(c-a)) = 1 / 3.
        QVERIFY(std::abs(erlangC(2, 1) - 1.0 / 3) < 1e-12);
        QVERIFY(std::abs(erlangC(1, 0.5) - 0.5) < 1e-12); // M/M/1: P(wait) = rho
        QCOMPARE(erlangC(4, 4), 1.0);
    }

    void erlangCMatchesTheTextbookRecurrence_data()
    {
        QTest::addColumn<double>("servers");
        QTest::addColumn<double>("load");
        QTest::newRow("small") << 3.0 << 2.5;
        QTest::newRow("a replica's slots near saturation") << 334.0 << 310.0;
        QTest::newRow("half busy") << 400.0 << 200.0;
        QTest::newRow("thousands of slots") << 4000.0 << 3900.0;
        QTest::newRow("fractional servers") << 12.7 << 11.0;
    }

    void erlangCMatchesTheTextbookRecurrence()
    {
        // erlangC() runs the recurrence on 1/B, two steps at a time, from k = a - 12 sqrt(a): it must agree
        // with the textbook recurrence B(k) = a B(k-1) / (k + a B(k-1)) from k = 1 to rounding.
        QFETCH(double, servers);
        QFETCH(double, load);
        const long c = static_cast<long>(std::floor(servers));
        double b = 1.0;
        for (long k = 1; k <= c; ++k)
            b = load * b / (static_cast<double>(k) + load * b);
        const double textbook = c * b / (c - load * (1 - b));
        QVERIFY2(std::abs(erlangC(servers, load) - textbook) <= 1e-12 * textbook + 1e-15,
                 qPrintable(
                     QString("%1 vs %2").arg(erlangC(servers, load), 0, 'g', 17).arg(textbook, 0, 'g', 17)));
    }

    void loadFixedPointHolds()
    {
        // atLoad() solves T = f(T) (Little's law: lambda x out x T requests decode, lambda T prompts arrive
        // per iteration) by regula falsi; the iteration it returns must reproduce itself to the 1e-5
        // tolerance.
        const CatalogItem item = deviceItem();
        std::string error;
        const auto m = ReplicaModel::create(llmSetup(device(item)), error);
        QVERIFY2(m, error.c_str());
        const double capacity = m->capacity().requestsPerS;
        for (double share : {1e-4, 0.1, 0.5, 0.9, 0.99}) {
            const double lambda = share * capacity;
            const ReplicaLoad l = m->atLoad(lambda);
            QVERIFY(l.stable);
            const double T = l.iterationS, out = m->outputMean();
            const double seqs = std::max(1.0, lambda * out * T), starts = lambda * T;
            const double f = m->iteration(seqs, seqs * (m->inputMean() + out / 2), starts * m->inputMean(),
                                          starts * m->inputSquareMean())
                                 .totalS();
            QVERIFY2(std::abs(f - T) <= 1e-5 * T,
                     qPrintable(QString("share %1: T %2, f(T) %3").arg(share).arg(T).arg(f)));
        }
    }

    void simulatorReducesToMMc_data()
    {
        QTest::addColumn<int>("servers");
        QTest::addColumn<double>("rho");
        QTest::newRow("c=1 rho=0.7") << 1 << 0.7;
        QTest::newRow("c=4 rho=0.8") << 4 << 0.8;
        QTest::newRow("c=16 rho=0.9") << 16 << 0.9;
    }

    void simulatorReducesToMMc()
    {
        // Batch size 1, no batching wait, exponential service, no autoscaling: the fleet is an M/M/c queue
        // and the mean wait must match Erlang C: Wq = C(c, a) / (c mu - lambda).
        QFETCH(int, servers);
        QFETCH(double, rho);
        const CatalogItem item = deviceItem();
        const double serviceS = 0.02;
        std::string error;
        auto m = ReplicaModel::create(genericSetup(device(item), serviceS), error);
        QVERIFY2(m, error.c_str());
        QVERIFY(std::abs(m->batchS(1) - serviceS) < 1e-12);
        FleetSimulationConfig c;
        c.replica = &*m;
        c.hourlyFractions = flat();
        c.peakRequestsPerS = rho * servers / serviceS;
        c.durationS = 4.0e5 / c.peakRequestsPerS * 5; // about two million requests
        c.autoscaling.enabled = false;
        c.fixedReplicas = servers;
        c.exponentialService = true;
        c.seed = 7;
        const FleetSimulationResult r = simulateFleet(c);
        const double a = c.peakRequestsPerS * serviceS;
        const double wq = erlangC(servers, a) / (servers / serviceS - c.peakRequestsPerS);
        const double simulated = r.queueWait.mean();
        qInfo("c=%d rho=%.2f: simulated mean wait %.4f ms, Erlang C %.4f ms", servers, rho, simulated * 1e3,
              wq * 1e3);
        // Tolerance: 4% (the standard error of a mean wait over ~2M correlated requests is about 1-2%).
        QVERIFY(std::abs(simulated - wq) / wq < 0.04);
        QCOMPARE(r.dropped, uint64_t(0));
    }

    void moreReplicasNeverRaiseP99()
    {
        // Same arrivals (same seed, fixed service times), FIFO: adding a server never delays any request.
        const CatalogItem item = deviceItem();
        std::string error;
        ReplicaSetup s = genericSetup(device(item), 0.01);
        s.batching.maxBatch = 8;
        s.batching.maxWaitMs = 2;
        auto m = ReplicaModel::create(s, error);
        QVERIFY2(m, error.c_str());
        double previous = 1e300;
        for (int replicas = 1; replicas <= 6; ++replicas) {
            FleetSimulationConfig c;
            c.replica = &*m;
            c.hourlyFractions = flat();
            c.peakRequestsPerS = 500;
            c.durationS = 600;
            c.autoscaling.enabled = false;
            c.fixedReplicas = replicas;
            const FleetSimulationResult r = simulateFleet(c);
            const double p99 = r.e2e.percentile(99);
            QVERIFY2(p99 <= previous,
                     qPrintable(QString("%1 replicas: p99 %2 > %3").arg(replicas).arg(p99).arg(previous)));
            previous = p99;
        }
        // The same for an LLM fleet under the analytical model: per-replica load falls, so does TTFT p99.
        auto llm = ReplicaModel::create(llmSetup(device(item)), error);
        QVERIFY2(llm, error.c_str());
        double ttft = 1e300;
        for (int replicas = 2; replicas <= 8; ++replicas) {
            const ReplicaLoad l = llm->atLoad(llm->capacity().requestsPerS * 1.5 / replicas);
            QVERIFY(l.stable);
            QVERIFY(l.ttftP99S <= ttft);
            ttft = l.ttftP99S;
        }
    }

    void higherTrafficNeverLowersCost()
    {
        const Catalog catalog = shipped();
        Problems problems;
        auto project =
            projectfile::load(INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json", problems);
        QVERIFY(project);
        for (const char* id : {"serve-p5", "serve-l40s"}) {
            double previous = 0;
            for (double rps : {0.5, 2.0, 8.0, 20.0, 40.0, 80.0}) {
                Project p = *project;
                p.services[0].traffic.peakRps = rps;
                SimulationOptions quick;
                quick.fullInferenceSimulation = false;
                const SketchSummary s = simulateSketch(p, *p.sketch(id), catalog, quick);
                QVERIFY2(s.computed, s.error.c_str());
                QVERIFY2(
                    s.monthly.totalUsd() >= previous,
                    qPrintable(QString("%1 at %2 req/s costs less than at lower traffic").arg(id).arg(rps)));
                previous = s.monthly.totalUsd();
            }
        }
    }

    void daySlicesAgreeWithTheWholeDay_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("sketch");
        QTest::newRow("chat on p5") << "llm-pretrain-and-chat"
                                    << "serve-p5";
        QTest::newRow("chat on L40S") << "llm-pretrain-and-chat"
                                      << "serve-l40s";
        QTest::newRow("ranking on p4d") << "recsys-train-vs-serve"
                                        << "serve-on-training";
        QTest::newRow("ranking on L4") << "recsys-train-vs-serve"
                                       << "serve-on-inference";
    }
    void daySlicesAgreeWithTheWholeDay()
    {
        // The fast day (hourly slices sampled until each percentile is known within an interval) must bracket
        // what the whole-day simulation reports, and bill the same fleet within a replica-hour's share.
        QFETCH(QString, example);
        QFETCH(QString, sketch);
        const Catalog catalog = shipped();
        Problems problems;
        auto project = projectfile::load(
            (std::string(INFRAPLAN_SOURCE_DIR "/data/examples/") + example.toStdString() + ".json").c_str(),
            problems);
        QVERIFY(project);
        const Sketch& s = *project->sketch(sketch.toStdString());
        const InferenceService& service = *project->service(s.workloadId);
        auto hw = resolveSketchHardware(catalog, s, problems);
        auto model = resolveModel(catalog, service.model, problems);
        QVERIFY(hw && model);
        SimulationOptions whole, sliced;
        sliced.daySlices = true;
        std::string error;
        auto a = simulateInferenceFleet(service, s, *hw, *model, whole, error);
        QVERIFY2(a, error.c_str());
        auto b = simulateInferenceFleet(service, s, *hw, *model, sliced, error);
        QVERIFY2(b, error.c_str());
        QVERIFY(b->simulated);
        for (double p : {50.0, 90.0, 99.0})
            for (auto hist :
                 {&FleetSimulationResult::ttft, &FleetSimulationResult::tpot, &FleetSimulationResult::e2e}) {
                if ((a->simulation.*hist).count() == 0)
                    continue;
                // The interval the fleet's notes state: plus or minus the sampled share of each figure. The
                // whole day is a sample too (another random day, at most as noisy as the slices since it
                // holds at least as many requests): the difference of the two independent estimates is within
                // sqrt(2) times the slices' half-width at the same confidence.
                const double estimate = (b->simulation.*hist).percentile(p);
                const double halfWidth = std::sqrt(2.0) * b->simulation.sampledRelativeHalfWidth * estimate;
                const double full = (a->simulation.*hist).percentile(p);
                // Known defect (issue 21): since the fleet sizing counts the round trip to users, the
                // recommender example's L4 fleet holds its replicas near the target utilization, and its
                // hourly slices read the p90 latency (end to end, and to the first response, the same for a
                // ranking model) about 6% above the whole day (seeds 1 to 3 alike) while their interval says
                // 2%. The whole day of that fleet runs on a clock compressed 79 times, so which of the two is
                // biased is not settled yet; this fails loudly once they agree again.
                if (QTest::currentDataTag() == QLatin1String("ranking on L4") && p == 90.0)
                    QEXPECT_FAIL("ranking on L4", "hourly slices read the L4 fleet's p90 6% high", Continue);
                QVERIFY2(std::abs(full - estimate) <= halfWidth,
                         qPrintable(QString("p%1: whole day %2 s, slices %3 s +- %4 s")
                                        .arg(p)
                                        .arg(full)
                                        .arg(estimate)
                                        .arg(halfWidth)));
            }
        QVERIFY2(std::abs(a->averageReplicas - b->averageReplicas) <= 0.05 * a->averageReplicas + 0.5,
                 qPrintable(QString("replicas %1 vs %2").arg(a->averageReplicas).arg(b->averageReplicas)));
        QCOMPARE(a->meetsTargets, b->meetsTargets);
        // The figures say how they were sampled (a fleet whose hours hand a backlog on is simulated whole).
        bool noted = false;
        for (const std::string& n : b->notes)
            noted = noted || n.find("hourly slices") != std::string::npos;
        QCOMPARE(noted, b->simulation.sampledRelativeHalfWidth > 0);
    }

    void sameSeedSameResult()
    {
        const Catalog catalog = shipped();
        Problems problems;
        auto project =
            projectfile::load(INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json", problems);
        QVERIFY(project);
        Project p = *project;
        p.services[0].traffic.peakRps = 5; // keep the run short
        SimulationOptions a;
        a.seed = 3;
        const SketchSummary first = simulateSketch(p, *p.sketch("serve-p5"), catalog, a);
        const SketchSummary second = simulateSketch(p, *p.sketch("serve-p5"), catalog, a);
        QVERIFY2(first.computed, first.error.c_str());
        QCOMPARE(sketchResultJson(first, p).dump(), sketchResultJson(second, p).dump());
        a.seed = 4;
        const SketchSummary other = simulateSketch(p, *p.sketch("serve-p5"), catalog, a);
        QVERIFY(other.fleet->simulation.arrivals != first.fleet->simulation.arrivals);
    }

    void cancelStopsTheSimulation()
    {
        const Catalog catalog = shipped();
        Problems problems;
        auto project =
            projectfile::load(INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json", problems);
        QVERIFY(project);
        std::atomic<bool> cancel{true};
        SimulationOptions o;
        o.cancel = &cancel;
        const SketchSummary s = simulateSketch(*project, *project->sketch("serve-p5"), catalog, o);
        QVERIFY(!s.computed);
        QVERIFY2(s.error.find("cancelled") != std::string::npos, s.error.c_str());
    }

    void detailHasTheDocumentedKeys()
    {
        const Catalog catalog = shipped();
        Problems problems;
        auto project =
            projectfile::load(INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json", problems);
        QVERIFY(project);
        SimulationOptions quick;
        quick.fullInferenceSimulation = false;
        const SketchSummary s = simulateSketch(*project, *project->sketch("serve-l40s"), catalog, quick);
        QVERIFY2(s.computed, s.error.c_str());
        const nlohmann::json detail = sketchResultJson(s, *project);
        for (const char* key : {"engine", "method", "replica", "latency_ms", "targets", "slo_attainment",
                                "meets_targets", "binding_constraint", "verdict", "utilization", "fleet",
                                "traffic", "network", "power", "cost", "notes"})
            QVERIFY2(detail.contains(key), key);
        for (const char* key :
             {"precision", "tensor_parallel", "kv_bytes_per_token", "kv_capacity_tokens", "prefill_ms",
              "decode_step_ms_full", "max_requests_per_s", "slo_requests_per_s"})
            QVERIFY2(detail["replica"].contains(key), key);
        QCOMPARE(detail["method"].get<std::string>(), std::string("analytical"));
        QVERIFY(!sketchResultText(s, *project).empty());
        QVERIFY(!s.verdict.empty());
        QVERIFY(s.costPerMillionTokensUsd > 0);
    }

    void llmExampleFleetsSimulate()
    {
        // Chat on p5 (8 x H100, NVLink) and on g6e.12xlarge (4 x L40S over PCIe), both at FP8: both plans
        // run, and the PCIe fleet needs more accelerators for the same traffic (its all-reduces cross PCIe).
        const Catalog catalog = shipped();
        Problems problems;
        auto project =
            projectfile::load(INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json", problems);
        QVERIFY(project);
        const SketchSummary p5 = simulateSketch(*project, *project->sketch("serve-p5"), catalog);
        const SketchSummary l40s = simulateSketch(*project, *project->sketch("serve-l40s"), catalog);
        QVERIFY2(p5.computed, p5.error.c_str());
        QVERIFY2(l40s.computed, l40s.error.c_str());
        QVERIFY(p5.meetsTargets);
        QVERIFY(p5.replicasAtPeak >= 1 && l40s.replicasAtPeak >= 1);
        QVERIFY(l40s.replicasAtPeak * 4 > p5.replicasAtPeak * 8);
        QVERIFY(p5.ttftMs[2] > p5.ttftMs[0] && p5.tpotMs[2] >= p5.tpotMs[0]);
        QVERIFY(p5.costPerMillionTokensUsd > 0 && l40s.costPerMillionTokensUsd > 0);
        // Answers leave us-east-1 over the internet at $0.09/GB (catalog): 4 bytes of text per output token.
        const double tokens = p5.fleet->outputTokensPerMonth;
        const double egressGb = tokens * 4 / 1e9;
        QVERIFY(tokens > 0);
        QVERIFY(qAbs(p5.fleet->egressGBPerMonth - egressGb) < 1e-6 * egressGb);
        QVERIFY(qAbs(p5.monthly.networkUsd - egressGb * 0.09) < 1e-6 * egressGb);
        qInfo("p5: %s\nl40s: %s", p5.verdict.c_str(), l40s.verdict.c_str());
    }

    void latencyAtTheIdleFloorIsNotBlamedOnTheFleetSize()
    {
        // The example's L40S replica needs about 1.98 s to prefill the p99 prompt (6,000 tokens) when idle,
        // and users in us-east-1 add a 40 ms round trip, against a 2 s TTFT p99 target: no count of
        // instances meets it. The verdict must name the replica, not ask for more of it, and the fleet must
        // give no count for the peak anywhere (the sizing agrees with the verdict).
        const Catalog catalog = shipped();
        Problems problems;
        auto project =
            projectfile::load(INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json", problems);
        QVERIFY(project);
        Sketch s = *project->sketch("serve-l40s");
        InferenceService service = *project->service(s.workloadId);
        auto hw = resolveSketchHardware(catalog, s, problems);
        auto model = resolveModel(catalog, service.model, problems);
        QVERIFY(hw && model);
        SimulationOptions options;
        options.daySlices = true;
        s.autoscaling.maxReplicas = 1000;
        hw->nodes = 400; // far more than the peak needs at any rate the targets allow
        std::string error;
        auto f = simulateInferenceFleet(service, s, *hw, *model, options, error);
        QVERIFY2(f, error.c_str());
        QCOMPARE(f->checks.front().metric, LatencyMetric::Ttft);
        const double idleMs = f->checks.front().idleMs;
        const double rttMs = hw->region.rttS * 1000;
        QVERIFY(rttMs > 0);
        QVERIFY2(idleMs - rttMs < service.targets.ttftP99Ms && idleMs > service.targets.ttftP99Ms,
                 qPrintable(QString("idle %1 ms, round trip %2 ms").arg(idleMs).arg(rttMs)));
        QVERIFY2(!f->meetsTargets, f->verdict.c_str());
        QVERIFY(f->noCountMeetsTargets);
        QVERIFY(!f->shortAtPeak());
        QCOMPARE(f->instancesNeededAtPeak, 0);
        QVERIFY2(f->verdict.find("no number of") != std::string::npos, f->verdict.c_str());
        QVERIFY2(f->verdict.find("round trip to users included") != std::string::npos, f->verdict.c_str());
        QVERIFY2(f->verdict.find("draw more") == std::string::npos, f->verdict.c_str());
        QVERIFY2(f->verdict.find("peak needs") == std::string::npos, f->verdict.c_str());
        QVERIFY(f->binding != Bound::Queueing);
        // The example as drawn says the same in its text and its JSON.
        SimulationOptions quick;
        quick.fullInferenceSimulation = false;
        const SketchSummary drawn = simulateSketch(*project, *project->sketch("serve-l40s"), catalog, quick);
        QVERIFY2(drawn.computed, drawn.error.c_str());
        QVERIFY(drawn.noCountMeetsTargets);
        const nlohmann::json fleet = sketchResultJson(drawn, *project)["fleet"];
        QVERIFY(fleet["instances_needed_at_peak"].is_null());
        QCOMPARE(fleet["instances_needed_at_peak_reason"].get<std::string>(),
                 std::string("no_count_meets_targets"));
        QVERIFY(sketchResultText(drawn, *project).find("no count of instances meets the targets") !=
                std::string::npos);

        // With room above the floor the same fleet meets the target: it was the floor, not the fleet's size.
        service.targets.ttftP99Ms = idleMs * 3;
        service.targets.tpotP99Ms = 0; // packed tighter under a looser TTFT target, TPOT would bind instead
        auto roomy = simulateInferenceFleet(service, s, *hw, *model, options, error);
        QVERIFY2(roomy, error.c_str());
        QVERIFY2(roomy->meetsTargets, roomy->verdict.c_str());
        QVERIFY(roomy->checks.front().idleMs == idleMs);
    }

    void firstTokenTimeByHand()
    {
        // One prompt of 1,000 tokens whose own iteration is A = 0.01 s + 1e-4 s x 1000 = 0.11 s, at 2
        // requests per second: the prompts sharing its iteration are lambda E[A^2] / (2 E[A]) = 2 x 0.0121 /
        // 0.22 = 0.11 on average, adding 0.11 x 0.1 s = 11 ms; with 5 ms of decode iteration to wait the mean
        // is 5 + 110 + 11 = 126 ms. One prompt sharing it (a share 0.11 of requests) makes 5 + 110 + 100 =
        // 215 ms: the p99 and p90 are 215 ms, the p80 126 ms.
        FirstTokenTime d;
        d.a0 = 0.01;
        d.a1 = 1e-4;
        d.setPrompts(1000, 0);
        d.prepare(2);
        d.decodeWaitS = 0.005;
        QVERIFY(std::abs(d.sharingPrompts - 0.11) < 1e-12);
        QVERIFY(std::abs(d.meanS() - 0.126) < 1e-12);
        QVERIFY(std::abs(d.missShare(0.2) - 0.11) < 1e-12);
        QCOMPARE(d.missShare(0.2151), 0.0);
        QVERIFY(std::abs(d.percentileS(0.99) - 0.215) < 1e-4);
        QVERIFY(std::abs(d.percentileS(0.9) - 0.215) < 1e-4);
        QVERIFY(std::abs(d.percentileS(0.8) - 0.126) < 1e-4);

        // Log-normal prompts, mean 1,000 and p99 6,000 tokens: sigma = 2.3263 - sqrt(2.3263^2 - 2 ln 6) =
        // 0.9730. Exactly 1% of prompts exceed 6,000 tokens, so 1% of own iterations exceed A(6000), and the
        // part of the mean above 6,000 tokens is 1000 Phi((ln(1000/6000) + sigma^2/2) / sigma) = 1000
        // Phi(-1.3550) = 87.7.
        FirstTokenTime l;
        l.a0 = 0.01;
        l.a1 = 1e-4;
        l.setPrompts(1000, lognormalSigma({1000, 6000}));
        l.prepare(0);
        QVERIFY(std::abs(l.sigma - 0.9742) < 1e-4);
        QVERIFY(std::abs(l.ownAbove(0.01 + 0.6) - 0.01) < 1e-9);
        QVERIFY(std::abs(l.promptMomentAbove(1, 6000) - 88.2) < 0.1);
        // Idle (nothing shares the iteration), the p99 is the p99 prompt's own iteration.
        QVERIFY(std::abs(l.percentileS(0.99) - 0.61) < 1e-4 * 0.61);
        // Busier, other prompts share it and the p99 only grows.
        double previous = 0;
        for (double lambda : {0.0, 0.5, 1.0, 2.0, 4.0}) {
            l.prepare(lambda);
            const double p99 = l.percentileS(0.99);
            QVERIFY2(p99 >= previous,
                     qPrintable(QString("%1 req/s: p99 %2 < %3").arg(lambda).arg(p99).arg(previous)));
            QVERIFY(std::abs(l.missShare(p99) - 0.01) < 2e-4);
            previous = p99;
        }
    }

    void ttftAgreesWithTheSimulation_data()
    {
        QTest::addColumn<QString>("sketch");
        QTest::addColumn<double>("promptMean");
        QTest::addColumn<double>("promptP99");
        QTest::addColumn<double>("outputMean");
        QTest::addColumn<double>("outputP99");
        // The example's chat on 4 x L40S (all-reduces over PCIe) and on 8 x H100, and long prompts on the
        // L40S, longer than one iteration's token budget at the p99.
        QTest::newRow("L40S PCIe, 1000/6000 prompts") << "serve-l40s" << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("H100 NVLink, 1000/6000 prompts") << "serve-p5" << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("L40S PCIe, 3000/12000 prompts") << "serve-l40s" << 3000.0 << 12000.0 << 200.0 << 800.0;
    }

    void ttftAgreesWithTheSimulation()
    {
        // Eight replicas behind one queue at a steady load from 5% to 70% of a replica's capacity (the
        // autoscaler's target utilization keeps fleets below that): the analytical TTFT p99, which counts the
        // prompts that share a request's prefill iteration, is within 8% of the simulated one, and at the
        // load the analytical engine finds within a TTFT target the simulated share of first tokens later
        // than the target is 1% within 0.6 points.
        QFETCH(QString, sketch);
        QFETCH(double, promptMean);
        QFETCH(double, promptP99);
        QFETCH(double, outputMean);
        QFETCH(double, outputP99);
        const Catalog catalog = shipped();
        Problems problems;
        auto project =
            projectfile::load(INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json", problems);
        QVERIFY(project);
        const Sketch& s = *project->sketch(sketch.toStdString());
        InferenceService service = *project->service(s.workloadId);
        if (promptMean > 0) {
            service.inputTokens = {promptMean, promptP99};
            service.outputTokens = {outputMean, outputP99};
        }
        auto hw = resolveSketchHardware(catalog, s, problems);
        auto model = resolveModel(catalog, service.model, problems);
        QVERIFY(hw && model);
        SimulationOptions quick;
        quick.fullInferenceSimulation = false;
        std::string error;
        auto f = simulateInferenceFleet(service, s, *hw, *model, quick, error);
        QVERIFY2(f, error.c_str());
        const ReplicaModel& r = *f->replica;
        const int replicas = 8;
        auto simulate = [&](double perReplica, LatencyTargets targets) {
            FleetSimulationConfig c;
            c.replica = &r;
            c.hourlyFractions = flat();
            c.peakRequestsPerS = perReplica * replicas;
            c.durationS = 150000 / c.peakRequestsPerS; // 150,000 requests
            c.autoscaling.enabled = false;
            c.fixedReplicas = replicas;
            c.targets = targets;
            c.wallClockBudgetS = 0;
            c.seed = 3;
            return simulateFleet(c);
        };
        const double capacity = r.capacity().requestsPerS;
        for (double share : {0.05, 0.2, 0.45, 0.7}) {
            const FleetSimulationResult sim = simulate(share * capacity, {});
            const double simulated = sim.ttft.percentile(99),
                         analytical = r.atLoad(share * capacity).ttftP99S;
            qInfo("%s at %.0f%%: TTFT p99 simulated %.3f s, analytical %.3f s", qPrintable(sketch),
                  100 * share, simulated, analytical);
            QVERIFY2(std::abs(analytical - simulated) <= 0.08 * simulated,
                     qPrintable(QString("%1 of capacity: simulated %2 s, analytical %3 s")
                                    .arg(share)
                                    .arg(simulated)
                                    .arg(analytical)));
        }
        // A TTFT target at the analytical p99 of 40% of capacity: the load the analytical engine finds within
        // it is that load, and there the simulated share of first tokens later than the target is the 1% a
        // p99 target allows, within a factor of two (0.5% to 2%).
        LatencyTargets ttftOnly;
        ttftOnly.ttftP99Ms = 1000 * r.atLoad(0.4 * capacity).ttftP99S;
        Bound bound;
        const double within = r.sloRequestsPerS(ttftOnly, bound);
        QVERIFY2(std::abs(within - 0.4 * capacity) <= 0.01 * capacity,
                 qPrintable(QString("within %1 of %2 req/s").arg(within).arg(capacity)));
        const FleetSimulationResult sim = simulate(within, ttftOnly);
        const double late = 1 - sim.sloAttainment;
        qInfo("%s: %.3f req/s per replica within a %.0f ms TTFT p99; simulated late share %.2f%%",
              qPrintable(sketch), within, ttftOnly.ttftP99Ms, 100 * late);
        QVERIFY2(late >= 0.005 && late <= 0.02, qPrintable(QString("late share %1").arg(late)));
    }

    void generativePresetsDecodeWithoutAnOutputLength()
    {
        // A generative preset served without a stated output length still decodes token by token: the case
        // predicts exactly what the same case with the default 256 output tokens predicts, on the decode
        // path.
        const Catalog catalog = shipped();
        ValidationCase c = offlineSamplesCase("gptj-l4", "GPT-J 6B", "L4");
        const Prediction without = predictInferenceCase(c, catalog);
        c.run["output_tokens"] = 256;
        const Prediction with = predictInferenceCase(c, catalog);
        QVERIFY2(without.predicted, without.reason.c_str());
        QCOMPARE(without.value, with.value);
        QVERIFY2(without.detail.find("requests in flight") != std::string::npos, without.detail.c_str());
        QVERIFY2(without.detail.find("beam 4") != std::string::npos, without.detail.c_str());
    }

    void aStatedBatchCountsRequestsWithTheirBeams()
    {
        // MLPerf GPT-J decodes 4 beams per request; NVIDIA's L4 config runs gpu_batch_size 7, which counts
        // requests (TensorRT-LLM's max_batch_size): 7 requests, 28 sequences, not 7 sequences (1 request).
        const Catalog catalog = shipped();
        ValidationCase c = offlineSamplesCase("gptj-l4-batch", "GPT-J 6B", "L4");
        c.run["batch"] = 7;
        c.run["output_tokens"] = 69;
        const Prediction p = predictInferenceCase(c, catalog);
        QVERIFY2(p.predicted, p.reason.c_str());
        QVERIFY2(p.detail.find("7 requests in flight") != std::string::npos, p.detail.c_str());
        QVERIFY2(p.detail.find("beam 4") != std::string::npos, p.detail.c_str());
    }

    void powerLimitedPartsSustainLowerClocks()
    {
        // S = cbrt((TDP / peak) / (TDP_ref / peak_ref)) against the family's flagship.
        const Catalog catalog = shipped();
        auto s = [&](const char* id) { return sustainedClockFraction(catalog, *catalog.find(id)); };
        // A100 PCIe 80 GB, 300 W, against the A100 SXM, 400 W, both 312 TFLOPS: cbrt(0.75) = 0.9086.
        QVERIFY(std::abs(s("A100-PCIe-80GB") - std::cbrt(300.0 / 400.0)) < 1e-12);
        // L4: 72 W for 121 TFLOPS against the L40S, 350 W for 362: cbrt(0.5950 / 0.9669) = 0.8505.
        QVERIFY(std::abs(s("L4") - std::cbrt((72.0 / 121.0) / (350.0 / 362.0))) < 1e-12);
        QVERIFY(std::abs(s("L4") - 0.8505) < 1e-3);
        // H100 PCIe: 350 W for 756.5 against 700 W for 989.4: cbrt(0.6543) = 0.868.
        QVERIFY(std::abs(s("H100-PCIe-80GB") - 0.868) < 1e-3);
        QCOMPARE(s("H100-SXM5-80GB"), 1.0); // the reference itself
        QCOMPARE(s("Xeon-8480+"), 1.0);     // CPUs: not modelled
        QCOMPARE(s("TPU-v4"), 1.0);         // no reference part in the family
        // Resolved specs carry it, and the replica's compute rate follows it.
        Problems problems;
        const auto l4 = resolveAccelerator(catalog, "L4", problems);
        QVERIFY(l4);
        QCOMPARE(l4->sustainedClockFraction, s("L4"));
    }

    void aStatedPowerLimitMovesTheClockByTheCubeRoot()
    {
        // S(P) = S(TDP) x cbrt(P / TDP): an H200 (700 W, the Hopper reference's power per FLOP, S = 1) capped
        // at 500 W holds cbrt(5/7) = 0.8939 of its clock; the 1000 W custom-thermal board cbrt(10/7)
        // = 1.1262.
        const Catalog catalog = shipped();
        const CatalogItem& h200 = *catalog.find("H200-SXM-141GB");
        QCOMPARE(sustainedClockFraction(catalog, h200), 1.0);
        QVERIFY(std::abs(sustainedClockFractionAt(catalog, h200, 500) - 0.8939) < 1e-4);
        QVERIFY(std::abs(sustainedClockFractionAt(catalog, h200, 1000) - 1.1262) < 1e-4);
        // A part already below its family's clock moves from there: L4 at 60 W instead of 72 W.
        const CatalogItem& l4 = *catalog.find("L4");
        QVERIFY(std::abs(sustainedClockFractionAt(catalog, l4, 60) -
                         sustainedClockFraction(catalog, l4) * std::cbrt(60.0 / 72.0)) < 1e-12);
        QCOMPARE(sustainedClockFractionAt(catalog, h200, 0), 1.0); // no limit stated: the TDP's
        // A validation case that states the board power gets the compute that clock gives: a compute-bound
        // offline run scales by the same factor.
        ValidationCase c = offlineSamplesCase("power", "ResNet-50 v1.5", "H200-SXM-141GB");
        const Prediction atTdp = predictInferenceCase(c, catalog);
        c.system["power_limit_w"] = 500;
        const Prediction capped = predictInferenceCase(c, catalog);
        QVERIFY2(atTdp.predicted && capped.predicted, capped.reason.c_str());
        QVERIFY2(atTdp.detail.find("compute-bound") != std::string::npos, atTdp.detail.c_str());
        QVERIFY(std::abs(capped.value / atTdp.value - std::cbrt(500.0 / 700.0)) < 0.02);
    }

    void embeddingGathersMoveAtMemoryBandwidth()
    {
        // One request scores 10 items, each looking up 1000 values of 2 bytes: 20 kB gathered at 0.8 x 3 TB/s
        // = 8.33 us on top of the dense part.
        const CatalogItem item = deviceItem();
        ReplicaSetup s = genericSetup(device(item), 1e-3);
        std::string error;
        const auto plain = ReplicaModel::create(s, error);
        QVERIFY(plain);
        s.model.embeddingLookupsPerSample = 1000;
        s.itemsPerRequest = 10;
        const auto recommender = ReplicaModel::create(s, error);
        QVERIFY(recommender);
        const double gather = 10 * 1000 * 2.0 / (0.8 * 3000e9);
        QVERIFY(std::abs(recommender->batchS(1) - plain->batchS(1) - gather) < 1e-15);
        QVERIFY(std::abs(recommender->batchS(4) - plain->batchS(4) - 4 * gather) < 1e-15);
    }

    void tensorParallelBeyondTheKvHeadsReplicatesThem()
    {
        // Llama 3 8B has 8 KV heads and 32 query heads. TP 4: 2 KV heads per rank, nothing replicated. TP 4
        // on devices of 4 cores (16 ranks): each rank still needs one KV head, so the cache per token doubles
        // (16 / 8) and so do the attention reads; 32 query heads over 16 ranks divide evenly (no padding).
        const CatalogItem item = deviceItem();
        ReplicaSetup s = llmSetup(device(item));
        s.tensorParallel = 4;
        s.scaleUp.bytesPerS = 400e9;
        std::string error;
        const auto plain = ReplicaModel::create(s, error);
        QVERIFY2(plain, error.c_str());
        QCOMPARE(plain->kvBytesPerToken(), 2.0 * 32 * 8 * 128 * 2); // 131,072 bytes
        s.device.collectiveRanksPerDevice = 4;
        const auto replicated = ReplicaModel::create(s, error);
        QVERIFY(replicated);
        QCOMPARE(replicated->kvBytesPerToken(), 2 * plain->kvBytesPerToken());
        QCOMPARE(replicated->attnPerPromptSquareS(), plain->attnPerPromptSquareS());
        // 24 ranks (the NeuronCores of 12 Inferentia2 chips): 32 heads pad to 2 per rank, 48 / 32 = 1.5x the
        // attention FLOPs; 8 KV heads become 24, 3x the cache.
        s.tensorParallel = 12;
        s.device.collectiveRanksPerDevice = 2;
        const auto neuron = ReplicaModel::create(s, error);
        QVERIFY2(neuron, error.c_str());
        QCOMPARE(neuron->kvBytesPerToken(), 3 * plain->kvBytesPerToken());
        QVERIFY(std::abs(neuron->attnPerPromptSquareS() * 12 - 1.5 * plain->attnPerPromptSquareS() * 4) <
                1e-18);
    }

    void paddedAndReplicatedHeadsCarryTheirProjections()
    {
        // Llama 3 8B (32 layers, h 4096, 32 heads of 128, 8 KV heads) in FP16. Every rank stores, reads and
        // multiplies the Q and O columns of its padded heads and the K and V columns of its KV heads, h x 128
        // each, so the projections grow by L h d (2 a (pad - 1) + 2 a_kv (repl - 1)):
        //   TP 4:                 heads and KV heads divide, nothing added: 8.0e9 x 2 = 16 GB of weights.
        //   TP 12, one core each: 3 heads per rank (36 / 32 = 1.125), 8 KV heads to 12 (1.5):
        //                         32 x 4096 x 128 x (2 x 32 x 0.125 + 2 x 8 x 0.5) = 268,435,456 parameters.
        //   TP 12, two cores each (24 ranks, Inferentia2): 2 heads per rank (48 / 32 = 1.5), KV 8 to 24 (3):
        //                         32 x 4096 x 128 x (2 x 32 x 0.5 + 2 x 8 x 2) = 1,073,741,824 parameters.
        // A decode step at 24 ranks streams (8.0e9 - 128256 x 4096 + 1,073,741,824) x 2 = 17,096,810,496
        // bytes over 12 x 2400 GB/s (0.59364 ms). The matrix units compute whole 128-wide tiles: per rank Q,
        // O 256, K, V 128, each FFN matrix ceil(14336 / 24) = 598 -> 640, executed 24 x (2 x 256 + 2 x 128 +
        // 3 x 640) = 64,512 against 2 x 4096 + 2 x 1024 + 3 x 14336 = 53,248 ideal, so a token costs 2 x
        // (7,474,663,424 + 32 x 4096 x 11,264) = 17,902,116,864 FLOPs over 12 x 500 TFLOP/s (2.98369 us).
        const CatalogItem item = deviceItem();
        ReplicaSetup s = llmSetup(device(item));
        s.device.memoryBytes = 0; // capacity is not the point here
        s.scaleUp.bytesPerS = 400e9;
        std::string error;
        s.tensorParallel = 4;
        const auto four = ReplicaModel::create(s, error);
        QVERIFY2(four, error.c_str());
        QCOMPARE(four->weightBytes(), 16e9);
        s.tensorParallel = 12;
        const auto twelve = ReplicaModel::create(s, error);
        QVERIFY2(twelve, error.c_str());
        QCOMPARE(twelve->weightBytes(), (8e9 + 268435456.0) * 2);
        s.device.collectiveRanksPerDevice = 2;
        const auto neuron = ReplicaModel::create(s, error);
        QVERIFY2(neuron, error.c_str());
        QCOMPARE(neuron->weightBytes(), (8e9 + 1073741824.0) * 2);
        QVERIFY(std::abs(neuron->weightReadS(1) - 17096810496.0 / (12 * 2400e9)) < 1e-12);
        QVERIFY(std::abs(neuron->gemmPerTokenS() - 17902116864.0 / (12 * 500e12)) < 1e-15);
        // At TP 4 every width is whole tiles (Q, O 1024; K, V 256; FFN 3584): nothing is added.
        QVERIFY(std::abs(four->gemmPerTokenS() - 2 * 7474663424.0 / (4 * 500e12)) < 1e-15);
        QVERIFY(neuron->weightReadS(1) > twelve->weightReadS(1));
    }

    void tpuBeamsReadTheirSharedPromptOnce()
    {
        // Beam search of width 4 over 1000-token prompts and 200-token answers. A paged-attention stack reads
        // each beam's whole context every step, 1000 + 200 / 2 = 1100 tokens on average; Saxml on TPUs keeps
        // the prompt once per request (lazy prefix broadcast) and reads it once for the 4 beams: 1000 / 4 +
        // 100 = 350 per sequence. At full load (256 / 4 = 64 requests, 256 sequences) with 131,072 bytes of
        // cache per token at 2400 GB/s (54.613 ns per token read), a step is 256 x 750 x 54.613 ns = 10.486
        // ms shorter.
        const CatalogItem item = deviceItem();
        ReplicaSetup s = llmSetup(device(item));
        s.beams = 4;
        s.device.family = "nvidia-hopper";
        std::string error;
        const auto gpu = ReplicaModel::create(s, error);
        QVERIFY2(gpu, error.c_str());
        s.device.family = "google-tpu";
        const auto tpu = ReplicaModel::create(s, error);
        QVERIFY2(tpu, error.c_str());
        QCOMPARE(gpu->decodeContextPerSequence(), 1100.0);
        QCOMPARE(tpu->decodeContextPerSequence(), 350.0);
        QCOMPARE(tpu->maxConcurrentRequests(), 64.0); // the cache holds the prompt once either way
        QVERIFY(std::abs(tpu->attnPerContextTokenS() - 131072.0 / 2400e9) < 1e-15);
        const double shorter = gpu->capacity().iterationS - tpu->capacity().iterationS;
        QVERIFY(std::abs(shorter - 256 * 750 * 131072.0 / 2400e9) < 1e-9);
        // Greedy decoding (one sequence per request) has nothing to share.
        s.beams = 1;
        const auto greedy = ReplicaModel::create(s, error);
        QVERIFY(greedy);
        QCOMPARE(greedy->decodeContextPerSequence(), 1100.0);
    }

    void everyNeuronCoreIsARankOfTheRing()
    {
        // Llama 3 8B (32 layers) on TP 4 over a link with 1 us per hop: two all-reduces per layer, each
        // 5 us + 2 (ranks - 1) x 1 us. One core per chip: 64 x (5 + 6) = 704 us; two NeuronCores per chip
        // (8 ranks): 64 x (5 + 14) = 1216 us.
        const CatalogItem item = deviceItem();
        ReplicaSetup s = llmSetup(device(item));
        s.tensorParallel = 4;
        s.scaleUp.bytesPerS = 400e9;
        s.scaleUp.latencyS = 1e-6;
        std::string error;
        const auto one = ReplicaModel::create(s, error);
        QVERIFY2(one, error.c_str());
        QVERIFY(std::abs(one->commFixedS() - 64 * 11e-6) < 1e-12);
        s.device.collectiveRanksPerDevice = 2;
        const auto two = ReplicaModel::create(s, error);
        QVERIFY(two);
        QVERIFY(std::abs(two->commFixedS() - 64 * 19e-6) < 1e-12);
        QCOMPARE(two->commPerTokenS(), one->commPerTokenS()); // the bytes leave each chip as before
    }

    void allReducesOverTheHostReachWhatNcclMeasures()
    {
        // Llama 3 8B (32 layers, hidden 4096) on TP 2 over PCIe 4.0 x16 (31.5 GB/s): the cards talk through
        // the host, where NCCL reaches 35/63 of the link with up to 4 cards, 17.5 GB/s. Per token: 64
        // all-reduces x 2 (2-1)/2 x 4096 x 2 bytes = 524,288 bytes, 29.96 us; the same link as a bridge at
        // the calibrated 0.8 would take 524,288 / 25.2 GB/s = 20.81 us.
        const CatalogItem item = deviceItem();
        ReplicaSetup s = llmSetup(device(item));
        s.tensorParallel = 2;
        s.scaleUp = {"pcie", "PCIe (host link)", 31.5e9, 0, 0, true};
        s.scaleUpEfficiency = 0.8;
        std::string error;
        const auto host = ReplicaModel::create(s, error);
        QVERIFY2(host, error.c_str());
        QVERIFY(std::abs(host->commPerTokenS() - 524288.0 / 17.5e9) < 1e-15);
        // Eight cards share the host's root complexes and memory: 28/63 of the link, 14 GB/s, for
        // 64 x 2 (8-1)/8 x 4096 x 2 = 917,504 bytes per token, 65.54 us.
        s.tensorParallel = 8;
        const auto eight = ReplicaModel::create(s, error);
        QVERIFY2(eight, error.c_str());
        QVERIFY(std::abs(eight->commPerTokenS() - 917504.0 / 14e9) < 1e-15);
        s.tensorParallel = 2;
        s.scaleUp.overHost = false;
        const auto bridge = ReplicaModel::create(s, error);
        QVERIFY(bridge);
        QVERIFY(std::abs(bridge->commPerTokenS() - 524288.0 / 25.2e9) < 1e-15);
        // The shipped PCIe link rows say so.
        const Catalog catalog = shipped();
        Problems problems;
        const auto link = resolveLink(catalog, "PCIe4-x16", problems);
        QVERIFY(link && link->overHost);
        const auto nvlink = resolveLink(catalog, "NVLink4", problems);
        QVERIFY(nvlink && !nvlink->overHost);
    }

    void promptAttentionWithoutAFusedKernelGoesThroughMemory()
    {
        // Llama 3 8B (32 layers, 32 heads, hidden 4096) on one test device (1000 TFLOP/s at 0.5, 3 TB/s at
        // 0.8). Fused, a causal prompt costs 2 L h S^2 = 262,144 S^2 FLOPs: 5.243e-10 s per S^2. On a Neuron
        // device a prompt of at most 8k tokens takes the unfused path: the whole S x S matrix is computed
        // (4 L h S^2, 1.049e-9 s per S^2) and masked afterwards, and the scores of 32 layers x 32 heads pass
        // through memory at 12 bytes each, 12,288 bytes per S^2 at 2.4 TB/s = 5.12e-9 s more. A 1000-token
        // prompt: 0.52 ms of attention fused, 6.17 ms unfused.
        const CatalogItem item = deviceItem();
        ReplicaSetup s = llmSetup(device(item));
        std::string error;
        const auto fused = ReplicaModel::create(s, error);
        QVERIFY2(fused, error.c_str());
        const double flopsPerSquare = 2.0 * 32 * 4096 / (1000e12 * 0.5);
        QVERIFY(std::abs(fused->attnPerPromptSquareS() - flopsPerSquare) < 1e-22);
        s.device.family = "aws-neuron";
        const auto unfused = ReplicaModel::create(s, error);
        QVERIFY2(unfused, error.c_str());
        QVERIFY(std::abs(unfused->attnPerPromptSquareS() - (2 * flopsPerSquare + 12288.0 / 2.4e12)) < 1e-22);
        QVERIFY(std::abs(unfused->attnPerPromptSquareS() * 1e6 - 6.169e-3) < 1e-6);
        // Longer than 8k tokens, the Neuron stack's flash attention kernel takes over.
        s.inputTokens = {9000, 0};
        const auto longPrompt = ReplicaModel::create(s, error);
        QVERIFY2(longPrompt, error.c_str());
        QVERIFY(std::abs(longPrompt->attnPerPromptSquareS() - flopsPerSquare) < 1e-22);
    }

    void neuronDecodeAttendsOverPowerOfTwoBuckets()
    {
        // A 128-token prompt answered with 3968 tokens: the context runs from 128 to 4096, 2112 tokens on
        // average. In power-of-two buckets from 128 the attended windows are 256 over (128, 256], 512 over
        // (256, 512], ..., 4096 over (2048, 4096]: (128 x 256 + 256 x 512 + 512 x 1024 + 1024 x 2048 + 2048 x
        // 4096) / 3968 = 2816 tokens, 4/3 of the context. On any other device the cache read is the context.
        const CatalogItem item = deviceItem();
        ReplicaSetup s = llmSetup(device(item));
        s.inputTokens = {128, 0};
        s.outputTokens = {3968, 0};
        std::string error;
        const auto exact = ReplicaModel::create(s, error);
        QVERIFY2(exact, error.c_str());
        s.device.family = "aws-neuron";
        const auto bucketed = ReplicaModel::create(s, error);
        QVERIFY2(bucketed, error.c_str());
        const double factor =
            (128.0 * 256 + 256.0 * 512 + 512.0 * 1024 + 1024.0 * 2048 + 2048.0 * 4096) / 3968 / 2112;
        QVERIFY(std::abs(factor - 4.0 / 3) < 1e-12);
        QVERIFY(std::abs(bucketed->attnPerContextTokenS() / exact->attnPerContextTokenS() - factor) < 1e-12);
        // 1024 + 1024 tokens: every context past 1024 sits in the last bucket, the sequence length 2048,
        // against 1536 on average.
        s.inputTokens = {1024, 0};
        s.outputTokens = {1024, 0};
        const auto last = ReplicaModel::create(s, error);
        QVERIFY2(last, error.c_str());
        QVERIFY(std::abs(last->attnPerContextTokenS() / exact->attnPerContextTokenS() - 2048.0 / 1536) <
                1e-12);
    }

    void neuronLinkHopsCostWhatNeuronMeasures()
    {
        // The shipped NeuronLink rows carry the 1-2 us per Ring hop of the Neuron collectives documentation
        // (1.5 us). Llama 2 70B (80 layers) on 12 Inferentia2 chips of 2 NeuronCores each (24 ranks): 160
        // all-reduces per token, each 5 us + 2 x 23 hops x 1.5 us = 74 us, so 160 x 74 us = 11.84 ms of fixed
        // cost per decode step, a third of the 33.7 ms TPOT Neuron publishes for this setup.
        const Catalog catalog = shipped();
        Problems problems;
        const auto inf2 = resolveAccelerator(catalog, "Inferentia2", problems);
        QVERIFY(inf2);
        const auto link = resolveLink(catalog, inf2->item->attribute("scale_up_link"), problems);
        QVERIFY(link);
        QCOMPARE(link->latencyS, 1.5e-6);
        ReplicaSetup s;
        s.model.name = "Llama 2 70B";
        s.model.transformer = true;
        s.model.gatedFfn = true;
        s.model.params = 70e9;
        s.model.layers = 80;
        s.model.hidden = 8192;
        s.model.heads = 64;
        s.model.kvHeads = 8;
        s.model.ffn = 28672;
        s.model.vocab = 32000;
        s.model.seqLen = 4096;
        s.precision = Precision::BF16;
        s.device = *inf2;
        s.tensorParallel = 12;
        s.scaleUp = *link;
        s.inputTokens = {1024, 0};
        s.outputTokens = {1024, 0};
        s.batching.maxBatch = 1;
        std::string error;
        const auto m = ReplicaModel::create(s, error);
        QVERIFY2(m, error.c_str());
        QVERIFY(std::abs(m->commFixedS() - 160 * 74e-6) < 1e-12);
    }

    void validationGoalOnInferenceCases()
    {
        const std::string path = INFRAPLAN_SOURCE_DIR "/data/validation/cases.json";
        std::string error;
        auto text = readTextFile(path, error);
        QVERIFY2(text, error.c_str());
        Problems problems;
        auto cases = parseValidationFile(*text, problems);
        QVERIFY(cases);
        const ValidationReport report = runValidation(*cases, shipped());
        size_t inference = 0;
        for (const auto& row : report.rows) {
            if (row.c.kind != "inference")
                continue;
            ++inference;
            QVERIFY2(row.prediction.predicted, (row.c.id + ": " + row.prediction.reason).c_str());
            qInfo("%-42s %+6.1f%%  %s", row.c.id.c_str(), row.errorPct, row.prediction.detail.c_str());
        }
        QVERIFY(inference > 0);
        QCOMPARE(report.inference.count, inference);
        // Regression guard at the state docs/validation.md reports (issue 14's targets, median 8% and no case
        // above 25%, are not met yet: the largest errors are listed there).
        QVERIFY2(report.inference.median <= 11, qPrintable(QString::number(report.inference.median)));
        QVERIFY2(report.inference.max <= 167, qPrintable(QString::number(report.inference.max)));
    }
};

QTEST_APPLESS_MAIN(TestInference)
#include "test_inference.moc"
