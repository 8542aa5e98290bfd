// The comparison table, the Pareto front, the total cost of ownership, the daily load, the load sweep and
// the training scaling curve, on hand-made summaries whose figures are easy to check by hand.
#include "catalog.h"
#include "catalogdatabase.h"
#include "comparison.h"
#include "dailyload.h"
#include "fakeengine.h"
#include "figureformat.h"
#include "loadcurve.h"
#include "pareto.h"
#include "tco.h"
#include "trainingscaling.h"

#include <QtTest>

using namespace infraplan;

namespace {

Project twoFleets()
{
    Project p;
    p.name = "Two fleets";
    InferenceService chat;
    chat.id = "chat";
    chat.name = "Chat";
    chat.traffic.peakRps = 100;
    chat.traffic.shape = TrafficShape::Diurnal;
    chat.targets.ttftP99Ms = 1000;
    p.services.push_back(chat);
    TrainingJob job;
    job.id = "job";
    job.name = "Pre-training";
    p.trainingJobs.push_back(job);
    for (auto [id, name, item] :
         {std::tuple{"a", "Fleet A", "aws-p5.48xlarge"}, std::tuple{"b", "Fleet B", "aws-g6e.12xlarge"}}) {
        Sketch s;
        s.id = id;
        s.name = name;
        s.role = SketchRole::Inference;
        s.workloadId = "chat";
        s.nodes.push_back({std::string(id) + "-nodes", item, 2, {}});
        p.sketches.push_back(s);
    }
    Sketch t;
    t.id = "t";
    t.name = "Cluster";
    t.role = SketchRole::Training;
    t.workloadId = "job";
    t.nodes.push_back({"t-nodes", "aws-p5.48xlarge", 8, {}});
    p.sketches.push_back(t);
    return p;
}

SketchSummary fleet(const char* id, const char* name, double computeUsd, double ttftP99, double perMillion)
{
    SketchSummary s;
    s.sketchId = id;
    s.name = name;
    s.role = SketchRole::Inference;
    s.computed = true;
    s.accelerators = 16;
    s.monthly.computeUsd = computeUsd;
    s.monthly.storageUsd = 100;
    s.ttftMs[0] = ttftP99 / 3;
    s.ttftMs[1] = ttftP99 / 2;
    s.ttftMs[2] = ttftP99;
    s.tpotMs[2] = 40;
    s.sloAttainment = 0.99;
    s.meetsTargets = true;
    s.costPerMillionTokensUsd = perMillion;
    s.outputTokensPerSecond = 5000;
    s.averagePower.acceleratorsW = 5000;
    s.averagePower.pue = 1.2;
    s.peakPower.acceleratorsW = 8000;
    s.peakPower.pue = 1.2;
    return s;
}

SketchSummary cluster()
{
    SketchSummary s;
    s.sketchId = "t";
    s.name = "Cluster";
    s.role = SketchRole::Training;
    s.computed = true;
    s.accelerators = 64;
    s.monthly.computeUsd = 2'000'000;
    s.tokensPerSecond = 1e6;
    s.mfu = 0.42;
    s.timeToTrainDays = 30;
    s.runCostUsd = 1'900'000;
    return s;
}

} // namespace

class TestComparison : public QObject {
    Q_OBJECT

    static Catalog shipped()
    {
        return Catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
    }

private slots:
    void formatsFiguresForPlanners()
    {
        QCOMPARE(formatNumber(412300), std::string("412,300"));
        QCOMPARE(formatNumber(1234567.4), std::string("1,234,567"));
        QCOMPARE(formatNumber(182.4), std::string("182"));
        QCOMPARE(formatNumber(12.34), std::string("12.3"));
        QCOMPARE(formatNumber(1.234), std::string("1.23"));
        QCOMPARE(formatNumber(0.04567), std::string("0.0457"));
        QCOMPARE(formatNumber(0), std::string("0"));
        QCOMPARE(formatNumber(80), std::string("80"));
        QCOMPARE(formatMoney(48100, ExchangeRate{}), std::string("$48,100"));
        QCOMPARE(formatMoney(0.42, ExchangeRate{}), std::string("$0.420"));
        // A price below a cent keeps four significant figures without an exponent.
        QCOMPARE(formatPrice(5.585e-05, ExchangeRate{}), std::string("$0.00005585"));
        QCOMPARE(formatPrice(0.0042, ExchangeRate{}), std::string("$0.004200"));
        QCOMPARE(formatPercent(0.425), std::string("42.5%"));
        QCOMPARE(formatRatio(4.8), std::string("4.8×"));
        QCOMPARE(formatRatio(12.4), std::string("12×"));
        QCOMPARE(formatRatio(1.04), std::string("1.04×"));
        // Costs compared as a finance reader says it.
        QCOMPARE(formatCostChange(92, 100), std::string("8.0% less"));
        QCOMPARE(formatCostChange(21, 100), std::string("79% less"));
        QCOMPARE(formatCostChange(125, 100), std::string("25% more"));
        QCOMPARE(formatCostChange(480, 100), std::string("4.8 times as much"));
    }

    void tableFiguresAndRatiosComeFromTheResults()
    {
        const Project p = twoFleets();
        // Fleet A: $48,000 + $100 storage a month; Fleet B: $10,000 + $100. 48,100 / 10,100 = 4.762 → "4.8×".
        const std::vector<SketchSummary> results = {fleet("a", "Fleet A", 48000, 300, 4.8),
                                                    fleet("b", "Fleet B", 10000, 800, 1.0), cluster()};
        const ComparisonTable t = compareSketches(p, results);
        QCOMPARE(t.sketchIds, (std::vector<std::string>{"a", "b", "t"}));
        QCOMPARE(t.workloadIds, (std::vector<std::string>{"chat", "chat", "job"}));

        const ComparisonRow* cost = t.row("monthly_cost");
        QVERIFY(cost);
        for (size_t c = 0; c < 2; ++c)
            QCOMPARE(*cost->values[c], results[c].monthly.totalUsd());
        QVERIFY(!cost->values[2]); // a training run is paid once: no month beside the fleets'
        {
            // Nor a month of its energy: the run's energy is its own row.
            std::vector<SketchSummary> withEnergy = results;
            for (SketchSummary& r : withEnergy)
                r.energyKWhPerMonth = 449000;
            const ComparisonTable withEnergyTable = compareSketches(p, withEnergy); // outlives its row
            const ComparisonRow* energy = withEnergyTable.row("energy_mwh_per_month");
            QVERIFY(energy && energy->values[0] && !energy->values[2]);
        }
        QCOMPARE(cost->best, (std::vector<bool>{false, true, false}));
        QCOMPARE(english(cost->ratios[1]), std::string("79% cheaper per month than Fleet A"));
        QCOMPARE(english(cost->ratios[0]), std::string("4.8 times as expensive per month as Fleet B"));
        // The training cluster has no alternative for its job: nothing to compare it with.
        QCOMPARE(english(cost->ratios[2]), std::string());
        QCOMPARE(cost->text(1), std::string("$10,100"));

        // Latency: lower is better, so Fleet A wins this row: 1 - 300 / 800 = 62.5% lower.
        const ComparisonRow* ttft = t.row("ttft_p99_ms");
        QCOMPARE(ttft->best, (std::vector<bool>{true, false, false}));
        QCOMPARE(english(ttft->ratios[0]), std::string("63% lower p99 TTFT than Fleet B"));
        QCOMPARE(ttft->text(0), std::string("300 ms"));
        QVERIFY(!ttft->values[2]); // not a training figure
        QCOMPARE(ttft->text(2), std::string("—"));

        const ComparisonRow* perMillion = t.row("cost_per_million_tokens");
        QCOMPARE(english(perMillion->ratios[1]), std::string("79% cheaper per million tokens than Fleet A"));

        // Equal values mark nothing.
        QVERIFY(!t.row("tpot_p99_ms")->best[0] && !t.row("tpot_p99_ms")->best[1]);
        QCOMPARE(english(t.row("tpot_p99_ms")->ratios[0]), std::string());
        // Informational rows mark nothing.
        QVERIFY(!t.row("accelerators")->best[0] && !t.row("accelerators")->best[1]);

        // Training rows hold only the training column; rows nobody reports are left out.
        QCOMPARE(*t.row("mfu")->values[2], 0.42);
        QVERIFY(!t.row("mfu")->values[0]);
        QCOMPARE(t.row("mfu")->text(2), std::string("42.0%"));
        QVERIFY(!t.row("samples_per_s"));
        // Breakdown lines: storage is billed, power (cloud) is zero everywhere and left out.
        QVERIFY(t.row("monthly_storage"));
        QVERIFY(!t.row("monthly_power"));
        QVERIFY(!t.row("cost_per_million_requests"));
        QCOMPARE(t.row("average_power_facility_kw")->text(0), std::string("6 kW"));
    }

    void percentagesCompareByPoints()
    {
        const Project p = twoFleets();
        SketchSummary a = fleet("a", "Fleet A", 1, 300, 1), b = fleet("b", "Fleet B", 1, 300, 1);
        a.sloAttainment = 0.999;
        b.sloAttainment = 0.95;
        b.meetsTargets = false;
        const ComparisonTable t = compareSketches(p, {a, b});
        QCOMPARE(english(t.row("slo_attainment")->ratios[0]),
                 std::string("4.90 points more requests within target than Fleet B"));
        QCOMPARE(t.row("meets_targets")->best, (std::vector<bool>{true, false}));
        QCOMPARE(t.row("meets_targets")->text(1), std::string("No"));
        QCOMPARE(english(t.row("meets_targets")->ratios[0]), std::string());
    }

    void threeWayBestIsPhrasedAgainstTheRunnerUp()
    {
        Project p = twoFleets();
        Sketch c = p.sketches[0];
        c.id = "c";
        c.name = "Fleet C";
        p.sketches.push_back(c);
        const ComparisonTable t =
            compareSketches(p, {fleet("a", "Fleet A", 40000, 300, 1), fleet("b", "Fleet B", 10000, 300, 1),
                                fleet("c", "Fleet C", 19900, 300, 1)});
        const ComparisonRow* cost = t.row("monthly_cost");
        // Best B ($10,100) against the runner-up C ($20,000): 49.5% cheaper; C is 1.98 times B, 98% more; A
        // against the best: 40,100 / 10,100 = 3.97.
        QCOMPARE(english(cost->ratios[1]), std::string("50% cheaper per month than Fleet C"));
        QCOMPARE(english(cost->ratios[0]), std::string("4 times as expensive per month as Fleet B"));
        QCOMPARE(english(cost->ratios[2]), std::string("98% more expensive per month than Fleet B"));
    }

    void uncomputedSketchesShowTheirError()
    {
        const Project p = twoFleets();
        SketchSummary broken;
        broken.sketchId = "b";
        broken.name = "Fleet B";
        broken.role = SketchRole::Inference;
        broken.error = "does not fit in memory";
        const ComparisonTable t = compareSketches(p, {fleet("a", "Fleet A", 1000, 300, 1), broken});
        QCOMPARE(t.errors[1], std::string("does not fit in memory"));
        QVERIFY(!t.row("monthly_cost")->values[1]);
        QVERIFY(!t.row("monthly_cost")->best[0]); // one value alone is not "best"
    }

    void paretoFrontOnAHandMadeSet()
    {
        //            cost  latency
        // P0          1.0    500   on the front (cheapest)
        // P1          2.0    200   on the front
        // P2          1.5    600   dominated by P0 (costlier and slower)
        // P3          3.0    100   on the front (fastest)
        // P4          2.5    250   dominated by P1
        // P5          1.0    500   identical to P0: kept
        // P6          1.0    700   dominated by P0 (same cost, slower)
        std::vector<TradeoffPoint> pts = {{"p0", "", 1.0, 500}, {"p1", "", 2.0, 200}, {"p2", "", 1.5, 600},
                                          {"p3", "", 3.0, 100}, {"p4", "", 2.5, 250}, {"p5", "", 1.0, 500},
                                          {"p6", "", 1.0, 700}};
        QCOMPARE(paretoFront(pts), (std::vector<size_t>{3, 1, 0, 5}));
        QCOMPARE(paretoFront({}), std::vector<size_t>{});
        QCOMPARE(paretoFront({{"only", "", 5, 5}}), std::vector<size_t>{0});
    }

    void tradeoffsGroupFleetsByService()
    {
        const Project p = twoFleets();
        const auto groups = costLatencyTradeoffs(
            p, {fleet("a", "Fleet A", 48000, 300, 4.8), fleet("b", "Fleet B", 10000, 800, 1.0), cluster()});
        QCOMPARE(groups.size(), size_t(1));
        QCOMPARE(groups[0].serviceId, std::string("chat"));
        QVERIFY(groups[0].perMillionTokens);
        QCOMPARE(groups[0].latencyTargetMs, 1000.0);
        QCOMPARE(groups[0].points.size(), size_t(2));
        QCOMPARE(groups[0].points[0].costPerUnitUsd, 4.8);
        QCOMPARE(groups[0].points[0].p99LatencyMs, 300.0);
        // A is faster, B cheaper: both on the front, by rising latency.
        QCOMPARE(groups[0].front, (std::vector<size_t>{0, 1}));
    }

    void totalCostOfOwnershipByMonth()
    {
        Sketch cloud;
        cloud.id = "c";
        cloud.role = SketchRole::Inference;
        SketchSummary s = fleet("c", "Cloud fleet", 9900, 300, 1); // $10,000 a month with storage
        TcoLine line = tcoLine(cloud, s);
        QCOMPARE(line.cumulativeUsd.size(), size_t(37));
        QCOMPARE(line.cumulativeUsd[0], 0.0);
        QCOMPARE(line.cumulativeUsd[12], 120000.0);
        QCOMPARE(line.cumulativeUsd[36], 360000.0);

        // Owned, 4-year amortization: $5,000 a month of amortized compute is a 5,000 × 48 = $240,000
        // purchase; power $1,500 and storage $100 run every month.
        Sketch owned = cloud;
        owned.pricing.mode = PricingMode::Owned;
        owned.pricing.amortizationYears = 4;
        s.monthly.computeUsd = 5000;
        s.monthly.powerUsd = 1500;
        line = tcoLine(owned, s);
        QCOMPARE(line.upfrontUsd, 240000.0);
        QCOMPARE(line.cumulativeUsd[0], 240000.0);
        QCOMPARE(line.cumulativeUsd[36], 240000.0 + 36 * 1600.0);
        // Two-year life: bought again after month 24 ($5,000 × 24 = $120,000 each time).
        owned.pricing.amortizationYears = 2;
        line = tcoLine(owned, s);
        QCOMPARE(line.cumulativeUsd[24], 120000.0 + 24 * 1600.0);
        QCOMPARE(line.cumulativeUsd[25], 240000.0 + 25 * 1600.0);

        // Cloud training: $1.2M over 60.83 days (two months), then nothing.
        Sketch train;
        train.id = "t";
        train.role = SketchRole::Training;
        SketchSummary t = cluster();
        t.runCostUsd = 1.2e6;
        t.timeToTrainDays = 2 * kDaysPerMonth;
        line = tcoLine(train, t);
        QCOMPARE(line.cumulativeUsd[1], 600000.0);
        QCOMPARE(line.cumulativeUsd[2], 1.2e6);
        QCOMPARE(line.cumulativeUsd[36], 1.2e6);

        // Nothing priced, no line.
        t.monthly.priced = false;
        QVERIFY(tcoLine(train, t).cumulativeUsd.empty());
    }

    void counterpartIsTheSameAcceleratorsPaidTheOtherWay()
    {
        const Catalog catalog = shipped();
        QCOMPARE(counterpartInstance(catalog, "aws-p5.48xlarge").value_or(""), std::string("owned-dgx-h100"));
        QCOMPARE(counterpartInstance(catalog, "aws-p4d.24xlarge").value_or(""),
                 std::string("owned-dgx-a100"));
        // Owned → the cheapest on-demand cloud instance with 8 × A100 40GB.
        QCOMPARE(counterpartInstance(catalog, "owned-dgx-a100").value_or(""),
                 std::string("aws-p4d.24xlarge"));
        QVERIFY(!counterpartInstance(catalog, "aws-g6.xlarge"));

        Sketch s = twoFleets().sketches[0];
        s.regionId = "aws-us-east-1";
        const Sketch o = withInstance(s, catalog, "owned-dgx-h100");
        QCOMPARE(o.nodes[0].itemId, std::string("owned-dgx-h100"));
        QCOMPARE(o.pricing.mode, PricingMode::Owned);
        QVERIFY(o.regionId.empty()); // the owned server's own site
    }

    void dailyLoadIsTheEnginesOwnSeries()
    {
        // The chart shows what the engine sized hour by hour; nothing re-derives the autoscaler's rule.
        Project p = twoFleets();
        Sketch& s = p.sketches[0];
        SketchSummary r = fleet("a", "Fleet A", 1, 300, 1);
        for (int h = 0; h < 24; ++h) {
            r.requestsPerSByHour[h] = h;
            r.replicasByHour[h] = 1 + h / 6;
            r.instancesByHour[h] = 1 + h / 12;
        }
        r.instancesDrawn = r.ceilingInstances = 5;
        DailyLoad d = dailyLoad(p, s, r);
        QVERIFY(d.error.empty());
        QCOMPARE(d.replicas[23], 4.0);
        QCOMPARE(d.instances[23], 2.0);
        QCOMPARE(d.rps[7], 7.0);
        QCOMPARE(d.instancesDrawn, 5);

        r.computed = false;
        r.error = "no price";
        d = dailyLoad(p, s, r);
        QCOMPARE(d.error, std::string("no price"));
    }

    void loadSweepHoldsTheFleetAndRaisesTheLoad()
    {
        const Catalog catalog = shipped();
        Project p = twoFleets();
        p.services[0].targets = {};
        p.services[0].targets.e2eP99Ms = 60;
        Sketch s = p.sketches[1]; // g6e.12xlarge, 4 × L40S, 600 requests/s each in the fake engine
        s.replicaAccelerators = 1;
        s.autoscaling = {true, 1, 64, 0.7, 60};
        const auto simulate = fake::engine(catalog);
        const SketchSummary base = simulate(p, s, whatIfOptions());
        // ceil(100 / (600 × 0.7)) = 1 replica at peak.
        QCOMPARE(base.replicasAtPeak, 1.0);
        std::vector<Sketch> seen;
        int fullRuns = 0, notFlat = 0;
        auto recording = [&](const Project& pp, const Sketch& ss, const SimulationOptions& o) {
            fullRuns += o.fullInferenceSimulation;
            notFlat += pp.services[0].traffic.shape != TrafficShape::Flat;
            seen.push_back(ss);
            return simulate(pp, ss, o);
        };
        const LoadCurve c = sweepLoad(p, s, base, recording);
        QVERIFY(c.error.empty());
        QCOMPARE(fullRuns, 0); // sweeps use the analytical estimate
        QCOMPARE(notFlat, 0);
        QCOMPARE(c.replicas, 1);
        QCOMPARE(c.capacityRps, 600.0);
        QCOMPARE(c.latencyTargetMs, 60.0);
        QVERIFY(!c.llm);
        for (const Sketch& ss : seen) {
            QVERIFY(!ss.autoscaling.enabled);
            QCOMPARE(ss.autoscaling.minReplicas, 1);
            QCOMPARE(ss.nodes[0].count, 1); // 4 accelerators per server hold the one replica
        }
        // Loads at or past capacity saturate the fake fleet and are left out.
        size_t below = 0;
        for (double f : loadCurveFractions())
            below += f < 1;
        QCOMPARE(c.points.size(), below);
        for (size_t i = 0; i < c.points.size(); ++i) {
            const double rho = loadCurveFractions()[i];
            QCOMPARE(c.points[i].offeredRps, rho * 600);
            QCOMPARE(c.points[i].p99LatencyMs, 15 / (1 - rho));
            if (i > 0)
                QVERIFY(c.points[i].p99LatencyMs > c.points[i - 1].p99LatencyMs);
        }
    }

    void fixedReplicasResizeTheServers()
    {
        Sketch s;
        s.nodes.push_back({"n", "x", 3, {}});
        s.replicaAccelerators = 2;
        QCOMPARE(withFixedReplicas(s, 5, 8).nodes[0].count, 2); // 4 replicas per server
        s.replicaAccelerators = 16;
        QCOMPARE(withFixedReplicas(s, 3, 8).nodes[0].count, 6); // 2 servers per replica
        QVERIFY(!withFixedReplicas(s, 3, 8).autoscaling.enabled);
    }

    void trainingScalingSimulatesResizedCopies()
    {
        const Catalog catalog = shipped();
        Project p = twoFleets();
        Sketch t = p.sketches[2]; // 8 × p5.48xlarge
        t.layout.automatic = false;
        const auto simulate = fake::engine(catalog);
        const SketchSummary base = simulate(p, t, whatIfOptions());
        std::vector<int> counts;
        int fixedLayouts = 0;
        auto recording = [&](const Project& pp, const Sketch& ss, const SimulationOptions& o) {
            fixedLayouts += !ss.layout.automatic;
            counts.push_back(ss.nodes[0].count);
            return simulate(pp, ss, o);
        };
        const ScalingCurve c = scaleTraining(p, t, base, recording);
        QCOMPARE(c.points.size(), size_t(6));
        QCOMPARE(c.currentIndex, 3);
        QCOMPARE(counts, (std::vector<int>{1, 2, 4, 16, 32}));
        QCOMPARE(fixedLayouts, 0);
        for (size_t i = 0; i < c.points.size(); ++i) {
            QCOMPARE(c.points[i].accelerators, 8.0 * c.points[i].nodes);
            // Fake engine: 1e6 accelerator-hours over the accelerators.
            QCOMPARE(c.points[i].timeToTrainDays, 1e6 / c.points[i].accelerators / 24);
        }
        QCOMPARE(c.points[0].nodes, 1);
        QCOMPARE(c.points[5].nodes, 32);
    }
};

QTEST_APPLESS_MAIN(TestComparison)
#include "test_comparison.moc"
