#include "catalog.h"
#include "catalogdatabase.h"
#include "collectives.h"
#include "layoutsearch.h"
#include "projectfile.h"
#include "simulation.h"
#include "sketchresultjson.h"
#include "sketchresulttext.h"
#include "textfile.h"
#include "trainingcase.h"
#include "trainingrun.h"
#include "trainingstorage.h"
#include "validation.h"

#include <cmath>
#include <filesystem>
#include <QtTest>

using namespace infraplan;

namespace {

Catalog shipped()
{
    return Catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
}

// A GPT-style model (GELU FFN of 4h, multi-head attention) whose numbers are easy to check by hand.
ModelSpec gptLike()
{
    ModelSpec m;
    m.name = "GPT-like 7B";
    m.layers = 32;
    m.hidden = 4096;
    m.heads = 32;
    m.kvHeads = 32;
    m.ffn = 16384;
    m.vocab = 32000;
    m.seqLen = 2048;
    m.params = 7e9;
    return m;
}

// A cluster of H100-like devices with round numbers and no catalog behind it.
TrainingSetup handSetup(const ModelSpec& model, double devices, double globalBatch,
                        TrainingMethod method = TrainingMethod::Pretrain)
{
    TrainingSetup s;
    s.workload.model = model;
    s.workload.method = method;
    s.workload.precision = Precision::BF16;
    s.workload.globalBatch = globalBatch;
    s.workload.trainingTokens = 1e12;
    const auto why = prepareWorkload(s.workload);
    if (why)
        qFatal("%s", why->c_str());
    TrainingCluster& c = s.cluster;
    c.accelerators = devices;
    c.perNode = 8;
    c.scaleUpDomain = 8;
    c.peakFlops = c.peak16Flops = 1000e12;
    c.memoryBytes = 80e9;
    c.memoryBwBytesPerS = 3e12;
    c.computeEfficiency = 0.5;
    c.memoryBwEfficiency = 0.8;
    c.upBytesPerS = 400e9;
    c.upLatencyS = 2e-6;
    c.outBytesPerS = 40e9;
    c.outLatencyS = 7e-6;
    c.hardware.nodes = static_cast<int>(devices / 8);
    return s;
}

TrainingLayout layout(int dp, int tp, int pp, int mb, int zero, Recompute rc, int interleave = 1)
{
    TrainingLayout l;
    l.dp = dp;
    l.tp = tp;
    l.pp = pp;
    l.microBatch = mb;
    l.zeroStage = zero;
    l.recompute = rc;
    l.interleave = interleave;
    l.schedule = interleave > 1 ? PipelineSchedule::Interleaved : PipelineSchedule::OneFOneB;
    return l;
}

ValidationCase published(const std::string& modelJson, const std::string& systemJson,
                         const std::string& runJson)
{
    ValidationCase c;
    c.id = "test";
    c.kind = "training";
    c.model = nlohmann::json::parse(modelJson);
    c.system = nlohmann::json::parse(systemJson);
    c.run = nlohmann::json::parse(runJson);
    c.metric = "tflops_per_device";
    c.measured = 1;
    return c;
}

Project presetProject(const std::string& preset, const std::string& instance, int nodes)
{
    Project p;
    p.name = "preset " + preset;
    TrainingJob j;
    j.id = "job";
    j.name = preset;
    j.model.preset = preset;
    j.trainingTokens = 1e11;
    j.trainingSamples = 1e9;
    p.trainingJobs.push_back(j);
    Sketch s;
    s.id = "train";
    s.name = "train " + preset;
    s.role = SketchRole::Training;
    s.workloadId = "job";
    s.nodes.push_back({"n", instance, nodes, {}});
    s.storageId = "weka-onprem";
    s.layout.automatic = true;
    p.sketches.push_back(s);
    return p;
}

} // namespace

class TestTraining : public QObject {
    Q_OBJECT

private slots:
    void modelFlopsFollowPalmAppendixB()
    {
        TrainingSetup s = handSetup(gptLike(), 8, 8);
        // 6N + 12·L·h·s = 6 x 7e9 + 12 x 32 x 4096 x 2048 = 4.2e10 + 3.221e9 = 4.5221e10 FLOPs per token.
        QVERIFY(qAbs(s.workload.modelFlopsPerToken - (4.2e10 + 12.0 * 32 * 4096 * 2048)) < 1e3);
        // LoRA: frozen weights lose their weight gradients: 4N + 12·L·h·s + 6 x adapters.
        TrainingSetup lora = handSetup(gptLike(), 8, 8, TrainingMethod::Lora);
        QVERIFY(lora.workload.loraParams > 0);
        QVERIFY(qAbs(lora.workload.modelFlopsPerToken -
                     (4 * 7e9 + 12.0 * 32 * 4096 * 2048 + 6 * lora.workload.loraParams)) < 1e3);
        // Rank 16 on Q, K, V, O (each 16 x (4096 + 4096)) and the two FFN matrices (16 x (4096 + 16384)):
        // per layer 16 x (4 x 8192 + 2 x 20480) = 1,179,648; x 32 layers = 37,748,736.
        QCOMPARE(lora.workload.loraParams, 37748736.0);
    }

    void memoryOfA7BModelUnderZeroStages()
    {
        TrainingSetup s = handSetup(gptLike(), 8, 64);
        // Per layer: attention 4h² = 67,108,864; FFN 2·h·4h = 134,217,728; 32 layers = 6,442,450,944. The
        // rest of the 7e9 parameters (557,549,056 >= V·h = 131,072,000) are embeddings. No TP/PP: every
        // device holds all 7e9; ZeRO (Rajbhandari et al. 2020) shards over the 8 data-parallel ranks.
        const double P = 7e9;
        auto mem = [&](int zero) {
            return estimateTraining(s, layout(8, 1, 1, 1, zero, Recompute::Selective)).memory;
        };
        QCOMPARE(mem(0).weights, 2 * P);        // 14 GB of BF16 weights
        QCOMPARE(mem(0).gradients, 2 * P);      // 14 GB of BF16 gradients
        QCOMPARE(mem(0).optimizer, 12 * P);     // 84 GB: FP32 master, momentum, variance
        QCOMPARE(mem(1).optimizer, 12 * P / 8); // ZeRO-1: 10.5 GB
        QCOMPARE(mem(1).gradients, 2 * P);
        QCOMPARE(mem(2).gradients, 2 * P / 8); // ZeRO-2: 1.75 GB
        QCOMPARE(mem(2).weights, 2 * P);
        QCOMPARE(mem(3).weights, 2 * P / 8);                                             // ZeRO-3: 1.75 GB
        QVERIFY(!estimateTraining(s, layout(8, 1, 1, 1, 0, Recompute::Selective)).fits); // 112 GB of state
        QVERIFY(estimateTraining(s, layout(8, 1, 1, 1, 3, Recompute::Selective)).fits);
    }

    void embeddingTablesAreShardedNotReplicated()
    {
        // A recommender of 26e9 parameters, 26e9 - 16e6 of them in embedding tables (DLRM-like).
        ModelSpec m;
        m.name = "recommender";
        m.transformer = false;
        m.params = 26e9;
        m.embeddingParams = 26e9 - 16e6;
        m.embeddingValuesPerSample = 3328;
        m.embeddingLookupsPerSample = 27392;
        m.fwdFlopsPerSample = 32e6;
        TrainingSetup s = handSetup(m, 8, 65536);
        const TrainingEstimate e = estimateTraining(s, layout(8, 1, 1, 1024, 2, Recompute::None));
        QVERIFY(e.valid());
        // Dense part replicated (ZeRO-2 shards its gradients), each device holds 1/8 of the tables:
        // weights 2 B x (16e6 + 25.984e9 / 8) = 6.528 GB; gradients 2 B x (16e6 / 8 + 25.984e9 / 8) = 6.5 GB;
        // optimizer 12 B x (16e6 / 8 + 25.984e9 / 8) = 39 GB.
        QCOMPARE(e.memory.weights, 2 * (16e6 + 25.984e9 / 8));
        QCOMPARE(e.memory.gradients, 2 * (16e6 / 8 + 25.984e9 / 8));
        QCOMPARE(e.memory.optimizer, 12 * (16e6 / 8 + 25.984e9 / 8));
        QVERIFY(e.fits);
        // The pooled vectors of a microbatch go out and their gradients come back: 1024 x 3328 x 2 B each
        // way.
        const double bytes = 1024 * 3328 * 2.0;
        const LinkTier up{s.cluster.upBytesPerS, s.cluster.upLatencyS};
        QCOMPARE(e.step.epComm, e.microbatches * 2 * collective::allToAllS(bytes, 8, up));
        // Only the rows the step looked up are updated: 65536 x 27392 / 8 values per device, not the shard.
        QVERIFY(e.step.optimizer < 0.1 * (25.984e9 / 8) * (2 + 2 * 12 + 2) / (3e12 * 0.8));
        // Twice the devices: half the tables per device.
        TrainingSetup s16 = handSetup(m, 16, 65536);
        const TrainingEstimate e16 = estimateTraining(s16, layout(16, 1, 1, 1024, 2, Recompute::None));
        QVERIFY(qAbs(e16.memory.weights - 2 * (16e6 + 25.984e9 / 16)) < 1);
    }

    void llama31PretrainsOnEightThousandTokenRows()
    {
        // The preset's window is 131,072 tokens; the Llama 3 report pre-trains on 8,192-token rows.
        const Project p = presetProject("llama31-8b", "owned-dgx-h100", 4);
        Problems problems;
        const auto setup = prepareTraining(p, p.sketches.front(), shipped(), problems);
        QVERIFY(setup);
        QCOMPARE(setup->workload.model.seqLen, 8192);
        QCOMPARE(setup->workload.tokensPerSample, 8192.0);
    }

    void activationsFollowKorthikanti()
    {
        TrainingSetup s = handSetup(gptLike(), 8, 64);
        // Korthikanti et al. 2022: 34·s·b·h bytes per layer with the attention scores not stored (selective
        // recompute, or FlashAttention), 2·s·b·h with full recompute; the output layer adds 4·s·b·V.
        const double sbh = 2048.0 * 1 * 4096, logits = 4.0 * 2048 * 32000;
        const auto sel = estimateTraining(s, layout(8, 1, 1, 1, 3, Recompute::Selective));
        QVERIFY(qAbs(sel.memory.activations - (32 * 34 * sbh + logits)) < 1);
        // Full: every layer keeps its 2sbh input, plus one layer's 34sbh while it is recomputed.
        const auto full = estimateTraining(s, layout(8, 1, 1, 1, 3, Recompute::Full));
        QVERIFY(qAbs(full.memory.activations - (32 * 2 * sbh + 34 * sbh + logits)) < 1);
        // Tensor parallelism with sequence parallelism divides them by t.
        const auto tp4 = estimateTraining(s, layout(2, 4, 1, 1, 1, Recompute::Selective));
        QVERIFY(qAbs(tp4.memory.activations - (32 * 34 * sbh + logits) / 4) < 1);
        // 1F1B holds p microbatches on the first stage: 8 layers x 4 in flight = the whole model's 32 layers.
        const auto pp4 = estimateTraining(s, layout(2, 1, 4, 1, 1, Recompute::Selective));
        QVERIFY(qAbs(pp4.memory.activations - 8 * 4 * 34 * sbh) < 1);
    }

    void blockRecomputeRecomputesOnlySomeLayers()
    {
        // Megatron-LM's block method: 8 of the 32 layers recompute their forward, the other 24 keep the
        // selective 34·s·b·h. Memory: 8 x 2sbh + 24 x 34sbh + one layer's 34sbh working set + logits.
        TrainingSetup s = handSetup(gptLike(), 8, 64);
        const double sbh = 2048.0 * 4096, logits = 4.0 * 2048 * 32000;
        TrainingLayout l = layout(8, 1, 1, 1, 3, Recompute::Full);
        l.recomputeLayers = 8;
        const auto block = estimateTraining(s, l);
        QVERIFY(qAbs(block.memory.activations - (8 * 2 * sbh + 24 * 34 * sbh + 34 * sbh + logits)) < 1);
        // Recompute FLOPs: a quarter of full recompute's extra forward (the FlashAttention score
        // recompute, 2·s·h per token and layer, stays for every layer).
        const auto full = estimateTraining(s, layout(8, 1, 1, 1, 3, Recompute::Full));
        const auto sel = estimateTraining(s, layout(8, 1, 1, 1, 3, Recompute::Selective));
        QVERIFY(qAbs((block.step.recompute - sel.step.recompute) /
                         (0.25 * (full.step.recompute - sel.step.recompute)) -
                     1) < 1e-9);
        QVERIFY(block.stepTimeS < full.stepTimeS && block.stepTimeS > sel.stepTimeS);
        QCOMPARE(describeLayout(l), std::string("DP 8 x TP 1 x PP 1, micro-batch 1, ZeRO-3, full recompute "
                                                "(8 layers per stage)"));
        // The layout picker recomputes only as many layers as memory needs: with a budget between full
        // and selective recompute it picks block recompute, and the smallest count that fits.
        TrainingSetup tight = handSetup(gptLike(), 8, 64);
        LayoutConstraints fixed;
        fixed.dp = 8;
        fixed.tp = 1;
        fixed.pp = 1;
        fixed.microBatch = 1;
        fixed.zeroStage = 3;
        tight.cluster.memoryBytes = (sel.memory.total() + full.memory.total()) / 2;
        const LayoutChoice choice = chooseLayout(tight, fixed);
        QVERIFY(choice.found && choice.estimate.fits);
        QCOMPARE(choice.layout.recompute, Recompute::Full);
        const int k = choice.layout.recomputeLayers;
        QVERIFY2(k > 1 && k < 32, qPrintable(QString::number(k)));
        TrainingLayout fewer = choice.layout;
        fewer.recomputeLayers = k - 1;
        QVERIFY(!estimateTraining(tight, fewer).fits);
        // Applied to a sketch and saved, the count survives the project file.
        Project p = presetProject("llama31-8b", "p5.48xlarge", 1);
        p.sketches[0].layout = toParallelLayout(choice.layout, false);
        Problems problems;
        auto back = projectfile::parse(projectfile::serialize(p), problems);
        QVERIFY(back && problems.empty());
        QCOMPARE(back->sketches[0].layout.recomputeLayers, k);
        QCOMPARE(toTrainingLayout(back->sketches[0].layout), choice.layout);
    }

    void pipelineBubbleIsPMinusOneOverMV()
    {
        TrainingSetup s = handSetup(gptLike(), 8, 64);
        for (int v : {1, 2, 4}) {
            // Global batch 64 over DP 2 x micro-batch 1 = 32 microbatches; bubble (p - 1)/(m·v) of the work
            // (Narayanan et al. 2021): 3/32, 3/64, 3/128.
            const auto e = estimateTraining(s, layout(2, 1, 4, 1, 1, Recompute::Selective, v));
            QVERIFY2(e.valid(), layoutIssueText(e.issue));
            QCOMPARE(e.microbatches, 32.0);
            const double work = e.step.compute + e.step.tpComm + e.step.epComm + e.step.ppComm;
            QVERIFY(qAbs(e.step.bubble / work - 3.0 / (32 * v)) < 1e-12);
        }
        // No pipeline, no bubble.
        QCOMPARE(estimateTraining(s, layout(8, 1, 1, 1, 1, Recompute::Selective)).step.bubble, 0.0);
    }

    void ringAllReduceTime()
    {
        // 1 GB over 8 devices at 100 GB/s: 2 x 7/8 x 1e9 / 100e9 = 17.5 ms, plus 2 x 7 steps of 5 µs.
        const LinkTier link{100e9, 5e-6};
        QVERIFY(qAbs(collective::allReduceS(1e9, 8, link) - (0.0175 + 14 * 5e-6)) < 1e-12);
        // Reduce-scatter and all-gather are half of it.
        QVERIFY(qAbs(collective::reduceScatterS(1e9, 8, link) - (0.00875 + 7 * 5e-6)) < 1e-12);
        // Hierarchical over 8 per node x 4 nodes: the intra-node ring above, then each device's 1/8 shard
        // across nodes: 2 x 3/4 x 125e6 / 10e9 = 18.75 ms, plus 2 x log2(4) tree steps of 10 µs.
        const LinkTier out{10e9, 10e-6};
        QVERIFY(qAbs(collective::hierarchicalAllReduceS(1e9, 8, 4, link, out) -
                     (0.0175 + 14 * 5e-6 + 0.01875 + 4 * 10e-6)) < 1e-12);
        QCOMPARE(collective::allReduceS(1e9, 1, link), 0.0);
    }

    void checkpointIntervalFollowsYoungAndDaly()
    {
        TrainingSetup s = handSetup(gptLike(), 16384, 1024);
        s.cluster.storageWriteBytesPerS = 100e9;
        s.cluster.storageReadBytesPerS = 200e9;
        const CheckpointPlan p = planCheckpoints(s, 16384, 1.0);
        // 7e9 x (2 + 12) bytes = 98 GB, written at 100 GB/s = 0.98 s.
        QCOMPARE(p.checkpointBytes, 98e9);
        QVERIFY(qAbs(p.writeS - 0.98) < 1e-12);
        // Llama 3: 419 interruptions in 54 days on 16,384 GPUs -> 419 / 54 = 7.76 per day at that size.
        QVERIFY(qAbs(p.failuresPerHour * 24 - 419.0 / 54) < 1e-9);
        // Young: sqrt(2 δ M) with M = 3600 x 54 x 24 / 419 s.
        const double M = 3600.0 * 54 * 24 / 419;
        QVERIFY(qAbs(p.youngIntervalS - std::sqrt(2 * 0.98 * M)) < 1e-9);
        // Daly's optimum is within a step of sqrt(2δM)(1 + sqrt(δ/2M)/3 + δ/18M) - δ.
        const double daly =
            std::sqrt(2 * 0.98 * M) * (1 + std::sqrt(0.98 / (2 * M)) / 3 + 0.98 / (18 * M)) - 0.98;
        QVERIFY(qAbs(p.intervalS - daly) <= 0.5);
        QVERIFY(p.goodput > 0.9 && p.goodput < 1);
        // Ten times the cluster fails ten times as often and keeps less of its time.
        QVERIFY(planCheckpoints(s, 163840, 1.0).goodput < p.goodput);
    }

    void moreAcceleratorsNeverLengthenCompute()
    {
        const ModelSpec m = gptLike();
        double previous = 1e300;
        for (int dp : {1, 2, 4, 8, 16, 32, 64}) {
            TrainingSetup s = handSetup(m, dp * 8, 512);
            const auto e = estimateTraining(s, layout(dp, 8, 1, 1, 1, Recompute::Selective));
            QVERIFY(e.valid());
            QVERIFY2(e.step.compute <= previous * (1 + 1e-12), qPrintable(QString::number(dp)));
            previous = e.step.compute;
        }
        // The same holds for the layouts the engine picks.
        previous = 1e300;
        for (int devices : {16, 32, 64, 128, 256}) {
            const LayoutChoice c = chooseLayout(handSetup(m, devices, 512));
            QVERIFY(c.found && c.estimate.fits);
            QVERIFY2(c.estimate.step.compute <= previous * (1 + 1e-9), qPrintable(QString::number(devices)));
            previous = c.estimate.step.compute;
        }
    }

    void fasterFabricNeverRaisesExposedCommunication()
    {
        TrainingSetup slow = handSetup(gptLike(), 64, 256);
        for (const TrainingLayout& l :
             {layout(16, 4, 1, 1, 1, Recompute::Selective), layout(8, 2, 4, 1, 1, Recompute::Selective, 2),
              layout(64, 1, 1, 2, 3, Recompute::Full), layout(64, 1, 1, 1, 0, Recompute::Selective)}) {
            TrainingSetup fast = slow;
            fast.cluster.outBytesPerS *= 4;
            fast.cluster.upBytesPerS *= 2;
            const auto a = estimateTraining(slow, l), b = estimateTraining(fast, l);
            auto exposed = [](const TrainingEstimate& e) {
                return e.step.tpComm + e.step.ppComm + e.step.dpComm + e.step.epComm;
            };
            QVERIFY2(exposed(b) <= exposed(a), describeLayout(l).c_str());
            QVERIFY(b.stepTimeS <= a.stepTimeS);
        }
    }

    void outOfMemoryLayoutsAreReportedWithAdvice()
    {
        TrainingSetup s = handSetup(gptLike(), 8, 64);
        const TrainingLayout l = layout(8, 1, 1, 8, 0, Recompute::None);
        const auto e = estimateTraining(s, l);
        QVERIFY(!e.fits);
        QVERIFY(e.memory.total() > s.cluster.memoryBytes);
        const auto advice = fitAdvice(s, l);
        QVERIFY(!advice.empty());
        QVERIFY(advice.front().find("ZeRO") != std::string::npos);
        TrainingRun run;
        std::string error;
        ParallelLayout manual = toParallelLayout(l, false);
        QVERIFY(simulateTrainingRun(s, manual, run, error));
        QVERIFY(std::any_of(run.warnings.begin(), run.warnings.end(),
                            [](const Warning& w) { return w.code == WarningCode::OutOfMemory; }));
        // A layout that needs more devices than there are is not simulated at all.
        QVERIFY(!simulateTrainingRun(s, toParallelLayout(layout(16, 1, 1, 1, 1, Recompute::None), false), run,
                                     error));
        QVERIFY(error.find("more accelerators") != std::string::npos);
    }

    void loraNeedsLessMemoryThanFullFineTuning()
    {
        for (const TrainingLayout& l :
             {layout(8, 1, 1, 1, 0, Recompute::Selective), layout(2, 4, 1, 1, 1, Recompute::Selective),
              layout(1, 2, 4, 1, 0, Recompute::Full)}) {
            const auto full = estimateTraining(handSetup(gptLike(), 8, 64, TrainingMethod::FullFinetune), l);
            const auto lora = estimateTraining(handSetup(gptLike(), 8, 64, TrainingMethod::Lora), l);
            QVERIFY(lora.memory.total() < full.memory.total());
            QVERIFY(lora.memory.optimizer < full.memory.optimizer / 100);
            QVERIFY(lora.stepTimeS < full.stepTimeS); // no weight gradients
        }
    }

    void layoutPickerFindsTheFastestValidLayoutThatFits()
    {
        TrainingSetup s = handSetup(gptLike(), 32, 256);
        const LayoutChoice c = chooseLayout(s);
        QVERIFY(c.found);
        QVERIFY(c.estimate.valid() && c.estimate.fits);
        QCOMPARE(c.layout.devices(), 32);
        // Brute force over a smaller space written here: nothing that fits is faster.
        double best = 0;
        for (int tp : {1, 2, 4, 8})
            for (int pp : {1, 2, 4})
                for (int mb : {1, 2, 4})
                    for (int zero = 0; zero <= 3; ++zero)
                        for (Recompute rc : {Recompute::None, Recompute::Selective, Recompute::Full}) {
                            const auto e = estimateTraining(s, layout(32 / (tp * pp), tp, pp, mb, zero, rc));
                            if (e.valid() && e.fits)
                                best = std::max(best, e.samplesPerS);
                        }
        QVERIFY(best > 0);
        // Within 0.1% the picker prefers the layout with more memory headroom (layoutsearch.cpp).
        QVERIFY(c.estimate.samplesPerS >= best * (1 - 1e-3));
        // Fixed parts of a layout are honoured.
        LayoutConstraints fixed;
        fixed.tp = 2;
        fixed.zeroStage = 1;
        const LayoutChoice f = chooseLayout(s, fixed);
        QVERIFY(f.found);
        QCOMPARE(f.layout.tp, 2);
        QCOMPARE(f.layout.zeroStage, 1);
    }

    void publishedRunsWithinStatedTolerance()
    {
        const Catalog catalog = shipped();
        // Narayanan et al. 2021 (Megatron-LM), Table 1: GPT-3 175B on 1024 A100, batch 1536, TP 8, PP 8:
        // 140 TFLOP/s per GPU. Tolerance 20%: the paper counts recomputed FLOPs, the engine model FLOPs
        // with the layout it finds best.
        {
            std::string why;
            auto tc =
                trainingCaseSetup(published(R"({"name": "GPT-3 175B"})",
                                            R"({"accelerator": "A100-SXM4-80GB", "count": 1024, "per_node": 8,
                              "scale_up": "NVLink3", "scale_out": "InfiniBand-HDR-200"})",
                                            R"({"global_batch": 1536, "tp": 8, "pp": 8})"),
                                  catalog, why);
            QVERIFY2(tc, why.c_str());
            const LayoutChoice c = chooseLayout(tc->setup, tc->fixed);
            QVERIFY(c.found && c.estimate.fits);
            const double tflops = c.estimate.modelFlopsPerSPerDevice / 1e12;
            qInfo("GPT-3 175B on 1024 A100: %.0f TFLOP/s per GPU (published 140), %s", tflops,
                  describeLayout(c.layout).c_str());
            QVERIFY(qAbs(tflops / 140 - 1) < 0.20);
        }
        // Llama 3 (Dubey et al. 2024, Table 4): 405B on 16,384 H100 in BF16, TP 8, PP 16, DP 128, 8192-token
        // sequences, 16M tokens per batch: 400 TFLOP/s per GPU. Tolerance 30%: the engine needs full
        // recompute to fit this layout's first stage (1F1B keeps 16 microbatches in flight), which Llama 3
        // avoided by moving layers off the first and last stages (sec. 3.3.2); the same miss shows as the
        // llama3-405b-h100x8192 case in docs/validation.md.
        {
            std::string why;
            auto tc = trainingCaseSetup(
                published(
                    R"({"name": "Llama 3.1 405B Instruct", "seq_len": 8192, "layers": 126, "hidden": 16384,
                              "heads": 128, "kv_heads": 8, "ffn": 53248, "vocab": 128256, "params": 405e9})",
                    R"({"accelerator": "H100-SXM5-80GB", "count": 16384, "per_node": 8,
                              "scale_up": "NVLink4", "scale_out": "RoCE-400"})",
                    R"({"precision": "bf16", "global_batch": 2048, "tp": 8, "pp": 16, "dp": 128})"),
                catalog, why);
            QVERIFY2(tc, why.c_str());
            const LayoutChoice c = chooseLayout(tc->setup, tc->fixed);
            QVERIFY(c.found && c.estimate.fits);
            const double tflops = c.estimate.modelFlopsPerSPerDevice / 1e12;
            qInfo("Llama 3 405B on 16384 H100: %.0f TFLOP/s per GPU (published 400), %s", tflops,
                  describeLayout(c.layout).c_str());
            QVERIFY(qAbs(tflops / 400 - 1) < 0.30);
        }
    }

    void examplesSimulateWithSensibleNumbers()
    {
        const Catalog catalog = shipped();
        Problems problems;
        auto project =
            projectfile::load(INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json", problems);
        QVERIFY(project);
        const SketchSummary s = simulateSketch(*project, *project->sketch("train"), catalog);
        QVERIFY2(s.computed, s.error.c_str());
        QVERIFY(s.fitsInMemory);
        QVERIFY(s.mfu > 0.3 && s.mfu < 0.65);
        // 1.5T tokens at ~0.5M tokens/s is about a month; 512 GPUs cost about $3M per month on demand.
        QVERIFY(s.timeToTrainDays > 15 && s.timeToTrainDays < 90);
        QVERIFY(s.runCostUsd > 1e6 && s.runCostUsd < 1e7);
        QVERIFY(s.averagePower.facilityW() > 0 && s.averagePower.facilityW() <= s.peakPower.facilityW());
        QVERIFY(s.layout.find("(chosen)") != std::string::npos);
        const nlohmann::json detail = sketchResultJson(s, *project);
        for (const char* key :
             {"memory_gb", "step_s", "throughput", "storage", "power_w", "cost_usd", "layout"})
            QVERIFY2(detail.contains(key), key);
        QVERIFY(sketchResultText(s, *project).find("Step time") != std::string::npos);

        auto recsys =
            projectfile::load(INFRAPLAN_SOURCE_DIR "/data/examples/recsys-train-vs-serve.json", problems);
        QVERIFY(recsys);
        const SketchSummary r = simulateSketch(*recsys, *recsys->sketch("train"), catalog);
        QVERIFY2(r.computed, r.error.c_str());
        QVERIFY2(r.fitsInMemory, sketchResultText(r, *recsys).c_str());
        QVERIFY(r.samplesPerSecond > 1e5);
        QVERIFY(r.timeToTrainDays > 0.01 && r.timeToTrainDays < 30);
    }

    void everyPresetSimulates()
    {
        const Catalog catalog = shipped();
        for (const char* preset : {"gpt3-175b", "llama2-70b", "llama3-8b", "llama31-8b", "llama3-70b",
                                   "llama31-70b", "llama31-405b", "mixtral-8x7b", "gptj-6b", "bert-large",
                                   "resnet50-v15", "dlrm-dcnv2", "sdxl-base"}) {
            const Project p = presetProject(preset, "owned-dgx-h100", 32);
            const SketchSummary s = simulateSketch(p, p.sketches.front(), catalog);
            QVERIFY2(s.computed, (std::string(preset) + ": " + s.error).c_str());
            QVERIFY2(s.fitsInMemory, (std::string(preset) + "\n" + sketchResultText(s, p)).c_str());
            // A recommender spends its step exchanging embeddings, not multiplying matrices: on 256 GPUs at
            // 64 samples each the all-to-all dominates and MFU is a fraction of a percent (real DLRM runs
            // too).
            const CatalogItem* item = catalog.find(preset);
            const bool recommender = item && item->figureOr("embedding_params", 0) > 0;
            const double minMfu = recommender ? 1e-3 : 0.02;
            QVERIFY2(s.mfu > minMfu && s.mfu < 0.8, preset);
            QVERIFY2(s.timeToTrainDays > 0 && std::isfinite(s.timeToTrainDays), preset);
        }
    }

    void int8TrainingRunsOnlyTheLinearsInInt8()
    {
        // Precision by operator: INT8 (like FP8) runs the block linears, 6 (N_act - N_emb) FLOPs per token,
        // at the INT8 rate; attention (12 L h s) and the embedding/output layer stay at the 16-bit rate.
        TrainingWorkload w;
        w.model = gptLike();
        w.precision = Precision::INT8;
        QVERIFY(!prepareWorkload(w));
        const double linear = 6 * (w.activeParams - w.embeddingParams);
        QVERIFY(std::abs(w.fp8FlopShare - linear / w.modelFlopsPerToken) < 1e-12);
        QVERIFY(w.fp8FlopShare > 0.5 && w.fp8FlopShare < 1);
        QCOMPARE(w.activationBytes, 2.0); // mixed precision storage, as for FP8
        TrainingWorkload bf16 = w;
        bf16.precision = Precision::BF16;
        QVERIFY(!prepareWorkload(bf16));
        QCOMPARE(bf16.fp8FlopShare, 0.0);
        // INT4 and FP4 training stay refused.
        TrainingWorkload int4 = w;
        int4.precision = Precision::INT4;
        QVERIFY(prepareWorkload(int4));
    }

    void narrowTensorParallelShardsComputeWholeTiles()
    {
        // Llama 3 8B's shapes (h 4096, 32 heads of 128, 8 KV heads, SwiGLU FFN 14336) split over TP 16
        // devices of two cores each (Trainium: 32 NeuronCore ranks). Per rank, in units of h x width:
        //   32 ranks: Q, O 1 head = 128; K, V 1 head = 128 (8 KV heads replicated 4x); FFN 14336/32 = 448 ->
        //   512
        //             executed 2·128 + 2·128 + 3·512 = 2048, ideal (2·4096 + 2·1024 + 3·14336)/32 = 1664
        //   16 ranks: Q, O 256; K, V 128 (replicated 2x, ideal 64); FFN 896 = 7 tiles
        //             executed 2·256 + 2·128 + 3·896 = 3456, ideal 53248/16 = 3328
        ModelSpec m = gptLike();
        m.name = "Llama-like 8B";
        m.kvHeads = 8;
        m.ffn = 14336;
        m.gatedFfn = true;
        m.params = 8.03e9;
        m.seqLen = 8192;
        TrainingSetup one = handSetup(m, 16, 16);
        one.cluster.perNode = one.cluster.scaleUpDomain = 16;
        TrainingSetup two = one;
        two.cluster.ranksPerDevice = 2;
        const TrainingLayout l = layout(1, 16, 1, 1, 0, Recompute::Selective);
        const TrainingEstimate a = estimateTraining(one, l), b = estimateTraining(two, l);
        QVERIFY(a.valid() && b.valid());
        const TrainingWorkload& w = one.workload;
        const double secondsPerFlop = 1 / (1000e12 * 0.5);
        const double linearPerMb = w.blockLinearFlopsPerToken * 8192 / 16; // one sequence, 1/16 per device
        const double expected = 16 * (2048.0 / 1664 - 3456.0 / 3328) * linearPerMb * secondsPerFlop;
        QVERIFY2(std::abs((b.step.compute - a.step.compute) / expected - 1) < 1e-9,
                 qPrintable(QString::number(b.step.compute - a.step.compute)));
        // Every core is a rank of the tensor-parallel ring: 2·16·(2 - 1) more steps of 2 µs per all-reduce,
        // 4 all-reduces per layer, 32 layers, 16 microbatches.
        QVERIFY(std::abs(b.step.tpComm - a.step.tpComm - 16 * 32 * 4 * 2 * 16 * 2e-6) < 1e-9);
        // The GPT-like 7B on TP 8 splits into whole tiles (4 heads of 128, FFN 2048): no padding at all.
        TrainingSetup gpt = handSetup(gptLike(), 8, 8);
        const TrainingEstimate g = estimateTraining(gpt, layout(1, 8, 1, 1, 0, Recompute::Selective));
        TrainingSetup gpt2 = gpt;
        gpt2.cluster.ranksPerDevice = 2; // 16 ranks: still 2 heads = 256 and FFN 1024 per rank
        QVERIFY(std::abs(estimateTraining(gpt2, layout(1, 8, 1, 1, 0, Recompute::Selective)).step.compute -
                         g.step.compute) < 1e-12);
    }

    void lastGradientBucketStaysExposed()
    {
        // DDP on 8 devices: the gradients (2 bytes per parameter) go in 40 MB buckets, each an all-reduce
        // of 2·7/8·40 MB / 400 GB/s + 2·7·2 µs. The backward of a 2048-token microbatch (about 115 ms at
        // 500 TFLOP/s) hides every bucket but the last, which starts when the backward ends.
        TrainingSetup s = handSetup(gptLike(), 8, 8);
        const TrainingEstimate e = estimateTraining(s, layout(8, 1, 1, 1, 0, Recompute::Selective));
        const TrainingWorkload& w = s.workload;
        const double grads =
            (w.model.layers * (w.attentionParamsPerLayer + w.expertParamsPerLayer) + w.embeddingParams) * 2;
        const double buckets = std::ceil(grads / 40e6);
        const double one = 2 * 7.0 / 8 * (grads / buckets) / 400e9 + 2 * 7 * 2e-6;
        QVERIFY2(std::abs(e.step.dpComm / one - 1) < 1e-9, qPrintable(QString::number(e.step.dpComm)));
        // FSDP gathers layer by layer: the first layer's gather (forward) and last layer's reduce-scatter
        // (backward) of every microbatch stay exposed.
        const TrainingEstimate f = estimateTraining(s, layout(8, 1, 1, 1, 3, Recompute::Selective));
        const double layerWeights =
            (w.model.layers * (w.attentionParamsPerLayer + w.expertParamsPerLayer) + w.embeddingParams) * 2 /
            32;
        const double gatherOneLayer = 7.0 / 8 * layerWeights / 400e9 + 7 * 2e-6;
        QVERIFY2(std::abs(f.step.dpComm / (2 * gatherOneLayer) - 1) < 1e-9,
                 qPrintable(QString::number(f.step.dpComm)));
    }

    void gradientReductionAfterTheBackwardIsAllExposed()
    {
        // A framework that reduces only after the backward (apex DistributedFusedLAMB without
        // dwu-overlap-reductions) leaves the whole ZeRO-1 reduce-scatter and all-gather exposed: each
        // 7/8 x (gradient bytes) / 400 GB/s in 40 MB buckets plus 7 ring steps of 2 µs per bucket.
        TrainingSetup s = handSetup(gptLike(), 8, 8);
        const TrainingLayout l = layout(8, 1, 1, 1, 1, Recompute::Selective);
        const TrainingEstimate overlapped = estimateTraining(s, l);
        s.workload.overlapGradReduce = false;
        const TrainingEstimate after = estimateTraining(s, l);
        const TrainingWorkload& w = s.workload;
        const double grads =
            (w.model.layers * (w.attentionParamsPerLayer + w.expertParamsPerLayer) + w.embeddingParams) * 2;
        const double buckets = std::ceil(grads / 40e6);
        const double one = 7.0 / 8 * (grads / buckets) / 400e9 + 7 * 2e-6;
        QVERIFY2(std::abs(after.step.dpComm / (2 * buckets * one) - 1) < 1e-9,
                 qPrintable(QString::number(after.step.dpComm)));
        QVERIFY(after.step.dpComm > 10 * overlapped.step.dpComm);
        QCOMPARE(after.step.compute, overlapped.step.compute);
        // A validation case states it as run.overlap_grad_reduce.
        std::string why;
        auto tc = trainingCaseSetup(published(R"({"name": "bert-large"})",
                                              R"({"accelerator": "H100-SXM5-80GB", "count": 8})",
                                              R"({"overlap_grad_reduce": false, "tp_overlap": true})"),
                                    shipped(), why);
        QVERIFY2(tc, why.c_str());
        QVERIFY(!tc->setup.workload.overlapGradReduce);
        QVERIFY(tc->setup.workload.overlapTensorParallel);
    }

    void collectiveMatmulHidesTensorParallelTraffic()
    {
        // TP 8 on one axis of a torus (400/3 GB/s): per microbatch 32 layers x 4 all-reduce equivalents of
        // 2·7/8 x 2048·4096·2 bytes, about 32 ms, against about 23 ms of matmuls (1.2e13 FLOP at 500
        // TFLOP/s). Decomposed into ring steps (collective matmul) the traffic runs under the matmuls:
        // only the 9 ms that outlast them stay exposed, never less than the first of the 8 steps.
        TrainingSetup s = handSetup(gptLike(), 8, 8);
        s.cluster.tpLinkShare = 1.0 / 3;
        const TrainingLayout l = layout(1, 8, 1, 1, 0, Recompute::Selective);
        const TrainingEstimate exposed = estimateTraining(s, l);
        s.workload.overlapTensorParallel = true;
        const TrainingEstimate hidden = estimateTraining(s, l);
        QCOMPARE(hidden.step.compute, exposed.step.compute);
        QCOMPARE(exposed.microbatches, 8.0);
        const double elementwiseMbS =
            2048.0 * 32 * s.workload.elementwiseBytesPerTokenLayer / 8 / (3e12 * 0.8);
        const double matmulMbS = exposed.step.compute / 8 - elementwiseMbS;
        const double tpMbS = exposed.step.tpComm / 8;
        QVERIFY(tpMbS > matmulMbS);
        QVERIFY2(std::abs(hidden.step.tpComm / (8 * (tpMbS - matmulMbS)) - 1) < 1e-9,
                 qPrintable(QString::number(hidden.step.tpComm)));
        // On the full 400 GB/s the traffic (about 13 ms) fits under the matmuls: the first step's eighth is
        // left.
        s.cluster.tpLinkShare = 1;
        const TrainingEstimate fast = estimateTraining(s, l);
        s.workload.overlapTensorParallel = false;
        const TrainingEstimate fastExposed = estimateTraining(s, l);
        QVERIFY(fastExposed.step.tpComm / 8 < matmulMbS);
        QVERIFY2(std::abs(fast.step.tpComm / (fastExposed.step.tpComm / 8) - 1) < 1e-9,
                 qPrintable(QString::number(fast.step.tpComm)));
    }

    void pcieCardsTalkOverTheHostAtAShareOfTheLink()
    {
        // H100 PCIe cards without their NVLink bridge: collectives run over PCIe 5.0 (63 GB/s) through the
        // CPUs at 28/63 of the link rate (8 PCIe 5.0 GPUs under two sockets, NCCL issue 1639): 28 GB/s.
        const Catalog catalog = shipped();
        std::string why;
        auto pcie = trainingCaseSetup(
            published(R"({"name": "bert-large"})",
                      R"({"accelerator": "H100-PCIe-80GB", "count": 8, "per_node": 8})", R"({})"),
            catalog, why);
        QVERIFY2(pcie, why.c_str());
        QVERIFY(std::abs(pcie->setup.cluster.upBytesPerS - 28e9) < 1e3);
        // The same card with a scale-up fabric named keeps the device's own figure at the link prior.
        auto sxm = trainingCaseSetup(published(R"({"name": "bert-large"})",
                                               R"({"accelerator": "H100-SXM5-80GB", "count": 8, "per_node": 8,
                                                   "scale_up": "NVLink4"})",
                                               R"({})"),
                                     catalog, why);
        QVERIFY2(sxm, why.c_str());
        QVERIFY(std::abs(sxm->setup.cluster.upBytesPerS - 450e9 * 0.8) < 1e3);
        // A Trainium case names no fabric: the trn1.32xlarge's 800 Gb/s network over its 16 chips, at the
        // scale-out prior of 0.8: 800e9 / 8 / 16 x 0.8 = 5 GB/s per chip.
        auto trn =
            trainingCaseSetup(published(R"({"name": "llama31-8b"})",
                                        R"({"accelerator": "Trainium1", "count": 512, "per_node": 16})",
                                        R"({"precision": "bf16"})"),
                              catalog, why);
        QVERIFY2(trn, why.c_str());
        QVERIFY(std::abs(trn->setup.cluster.outBytesPerS - 5e9) < 1e3);
        QCOMPARE(trn->setup.cluster.ranksPerDevice, 2.0);
    }

    void tensorParallelRingsOnATorusUseOneAxis()
    {
        // A TP group on a TPU slice is a ring along one torus axis and drives that axis's two ports: 1/3 of
        // a v4/v5p chip's ICI bandwidth (3D torus), 1/2 of a v5e/v6e chip's (2D).
        TrainingSetup s = handSetup(gptLike(), 8, 8);
        const TrainingLayout l = layout(1, 8, 1, 1, 0, Recompute::Selective);
        const TrainingEstimate full = estimateTraining(s, l);
        s.cluster.tpLinkShare = 1.0 / 3;
        const TrainingEstimate axis = estimateTraining(s, l);
        // 8 microbatches x 32 layers x 4 all-reduces of 2·7/8 x (2048·4096·2 bytes), at 400/3 instead of 400
        // GB/s.
        const double bytes = 2048.0 * 4096 * 2;
        const double extra = 8 * 32 * 4 * 2 * 7.0 / 8 * bytes * (3.0 / 400e9 - 1.0 / 400e9);
        QVERIFY2(std::abs((axis.step.tpComm - full.step.tpComm) / extra - 1) < 1e-9,
                 qPrintable(QString::number(axis.step.tpComm - full.step.tpComm)));
        const Catalog catalog = shipped();
        std::string why;
        for (auto [accelerator, share] :
             {std::pair{"TPU-v5p", 1.0 / 3}, {"TPU-v5e", 0.5}, {"TPU-v4", 1.0 / 3}}) {
            auto tc = trainingCaseSetup(
                published(
                    R"({"name": "gpt3-175b"})",
                    nlohmann::json{{"accelerator", accelerator}, {"count", 256}, {"per_node", 4}}.dump(),
                    R"({"precision": "bf16"})"),
                catalog, why);
            QVERIFY2(tc, why.c_str());
            QCOMPARE(tc->setup.cluster.tpLinkShare, share);
        }
    }

    void interleavedPipelinesHideTheirSends()
    {
        // GPT-like 7B on PP 4 (TP 1), 16 microbatches of one 2048-token sequence. A send carries
        // 2048·4096·2 bytes = 16.8 MB over the 400 GB/s scale-up: 41.9 µs + 2 µs. 1F1B exposes two per
        // microbatch; the interleaved schedule (v = 2) posts them under a chunk's forward (~8 ms here) or
        // backward, so each of the 2·v sends costs only its 2 µs latency.
        TrainingSetup s = handSetup(gptLike(), 8, 32);
        const TrainingEstimate plain = estimateTraining(s, layout(2, 1, 4, 1, 1, Recompute::Selective));
        const double send = 2048.0 * 4096 * 2 / 400e9 + 2e-6;
        QVERIFY(std::abs(plain.step.ppComm - 16 * 2 * send) < 1e-12);
        const TrainingEstimate interleaved =
            estimateTraining(s, layout(2, 1, 4, 1, 1, Recompute::Selective, 2));
        QVERIFY(interleaved.valid());
        QVERIFY(std::abs(interleaved.step.ppComm - 16 * 2 * 2 * 2e-6) < 1e-12);
        // A published run's plain 1F1B pipeline is honoured by the layout picker.
        const Catalog catalog = shipped();
        std::string why;
        auto tc =
            trainingCaseSetup(published(R"({"name": "gpt3-175b"})",
                                        R"({"accelerator": "Gaudi2", "count": 1024, "per_node": 8})",
                                        R"({"tp": 8, "pp": 8, "dp": 16, "micro_batch": 2, "interleave": 1})"),
                              catalog, why);
        QVERIFY2(tc, why.c_str());
        QCOMPARE(tc->fixed.interleave, 1);
        const LayoutChoice c = chooseLayout(tc->setup, tc->fixed);
        QVERIFY(c.found);
        QCOMPARE(c.layout.interleave, 1);
    }

    void unstatedPrecisionIsFp8OnlyWhereFp8IsFaster()
    {
        // A case that states no precision trains the linears of a large transformer in FP8 only where the
        // FP8 peak beats the 16-bit one: H100 SXM 1978.9 > 989.4 TFLOP/s runs FP8; TPU v5p lists FP8 at its
        // BF16 rate (459 = 459), which would add the casts and gain nothing, so it stays in BF16.
        const Catalog catalog = shipped();
        auto precisionOn = [&](const char* system) {
            std::string why;
            auto tc = trainingCaseSetup(
                published(R"({"name": "gpt3-175b"})", system, R"({"global_batch": 2048})"), catalog, why);
            return tc ? std::optional<Precision>(tc->setup.workload.precision) : std::nullopt;
        };
        QCOMPARE(precisionOn(R"({"accelerator": "H100-SXM5-80GB", "count": 512, "per_node": 8})"),
                 std::optional<Precision>(Precision::FP8));
        QCOMPARE(precisionOn(R"({"accelerator": "TPU-v5p", "count": 512, "per_node": 4})"),
                 std::optional<Precision>(Precision::BF16));
    }

    void everyTensorParallelCollectivePaysTheFamilysSyncCost()
    {
        // GPT-like 7B (32 layers) on TP 8 inside one server, PP 1, DP 1, micro-batch 1 of 2048 tokens, global
        // batch 4: m = 4 microbatches. Selective recompute: 4 all-reduce equivalents per layer and
        // microbatch, each an all-gather plus a reduce-scatter, so a fixed cost of 0.5 ms per collective adds
        // 4 microbatches x 32 layers x 4 x 2 x 0.5 ms = 0.512 s of exposed tensor-parallel time.
        TrainingSetup s = handSetup(gptLike(), 8, 4);
        const TrainingLayout l = layout(1, 8, 1, 1, 1, Recompute::Selective);
        const TrainingEstimate without = estimateTraining(s, l);
        s.cluster.tpSyncS = 0.5e-3;
        const TrainingEstimate with = estimateTraining(s, l);
        QVERIFY(without.valid() && with.valid());
        QVERIFY(std::abs(with.step.tpComm - without.step.tpComm - 4 * 32 * 4 * 2 * 0.5e-3) < 1e-9);
        // Without tensor parallelism there is nothing to synchronise.
        TrainingSetup dpOnly = handSetup(gptLike(), 8, 8);
        dpOnly.cluster.tpSyncS = 0.5e-3;
        QCOMPARE(estimateTraining(dpOnly, layout(8, 1, 1, 1, 1, Recompute::Selective)).step.tpComm, 0.0);
    }

    void validationMeetsTheGoal()
    {
        const std::string path = INFRAPLAN_SOURCE_DIR "/data/validation/cases.json";
        std::string error;
        auto text = readTextFile(path, error);
        QVERIFY2(text, error.c_str());
        Problems problems;
        auto cases = parseValidationFile(*text, problems);
        QVERIFY(cases);
        std::vector<ValidationCase> training;
        for (const auto& c : *cases)
            if (c.kind == "training")
                training.push_back(c);
        QVERIFY(!training.empty());
        const ValidationReport report = runValidation(training, shipped());
        for (const auto& row : report.rows) {
            QVERIFY2(row.prediction.predicted, (row.c.id + ": " + row.prediction.reason).c_str());
            qInfo("%-36s %+6.1f%%  %s", row.c.id.c_str(), row.errorPct, row.prediction.detail.c_str());
        }
        QCOMPARE(report.training.count, training.size());
        // Regression guard at the state docs/validation.md reports, in sample median 7.1% (issue 14's target
        // of at most 8% is met) and max 37.3% (its target, no case above 25%, is not: the largest errors are
        // listed there).
        QVERIFY2(report.training.median <= 8.0, qPrintable(QString::number(report.training.median)));
        QVERIFY2(report.training.max <= 40, qPrintable(QString::number(report.training.max)));
    }
};

QTEST_APPLESS_MAIN(TestTraining)
#include "test_training.moc"
