// Whole instances, the autoscaler's ceiling and a bill of materials that adds up, on the shipped catalog.

#include "billofmaterials.h"
#include "catalog.h"
#include "catalogdatabase.h"
#include "hardware.h"
#include "inferencefleet.h"
#include "powercost.h"
#include "projectfile.h"
#include "simulation.h"
#include "sketchresulttext.h"
#include "sketchsimulator.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>
#include <QtTest>

using namespace infraplan;

namespace {

Catalog shipped()
{
    return Catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
}

Project example(const char* name)
{
    Problems problems;
    auto p = projectfile::load(std::string(INFRAPLAN_SOURCE_DIR "/data/examples/") + name, problems);
    if (!p)
        qFatal("cannot load %s", name);
    return *p;
}

/// Llama 3.1 8B in FP16 on p5.48xlarge (8 x H100, $55.04/h on demand in us-east-1), one GPU per replica,
/// flat traffic, no storage or egress so the bill is the instances alone.
Project eightBOnP5(double peakRps, int drawn)
{
    Project p = example("llm-pretrain-and-chat.json");
    InferenceService& s = p.services[0];
    s.model.preset = "llama31-8b";
    s.precision = Precision::FP16;
    s.traffic.peakRps = peakRps;
    s.traffic.shape = TrafficShape::Flat;
    s.outputTokens = {200, 0};
    s.inputTokens = {500, 0};
    Sketch& f = *p.sketch("serve-p5");
    f.replicaAccelerators = 1;
    f.nodes.front().count = drawn;
    f.storageId.clear();
    f.autoscaling = {true, 1, 1000, 0.7, 60};
    return p;
}

std::optional<InferenceFleetResult> fleet(const Project& p, const Catalog& catalog, const std::string& id,
                                          bool full, std::string& error)
{
    const Sketch& sketch = *p.sketch(id);
    const InferenceService& service = *p.service(sketch.workloadId);
    Problems problems;
    auto hw = resolveSketchHardware(catalog, sketch, problems);
    auto model = resolveModel(catalog, service.model, problems);
    if (!hw || !model) {
        error = "unresolved";
        return std::nullopt;
    }
    SimulationOptions o;
    o.fullInferenceSimulation = full;
    return simulateInferenceFleet(service, sketch, *hw, *model, o, error);
}

constexpr double kP5UsdPerHour = 55.04;

} // namespace

class TestBill : public QObject {
    Q_OBJECT

private slots:
    void oneSmallReplicaPaysTheWholeInstance()
    {
        // One 1-GPU replica is enough for 0.5 requests/s, but nobody rents an eighth of a p5: the month is
        // 55.04 USD/h x 730 h = $40,179.20, and the instance holds eight replicas.
        const Catalog catalog = shipped();
        for (bool full : {false, true}) {
            const Project p = eightBOnP5(0.5, 1);
            const SketchSummary s = simulateSketch(p, *p.sketch("serve-p5"), catalog,
                                                   full ? SimulationOptions{} : whatIfOptions());
            QVERIFY2(s.computed, s.error.c_str());
            QCOMPARE(s.peakInstances, 1.0);
            QCOMPARE(s.averageInstances, 1.0);
            QCOMPARE(s.replicasAtPeak, 8.0);
            QVERIFY2(std::abs(s.monthly.computeUsd - 40179.20) < 0.005,
                     qPrintable(QString::number(s.monthly.computeUsd)));
            QVERIFY(s.monthly.totalUsd() >= 40179.20 - 0.005);
        }
    }

    void autoscalerAddsWholeInstances()
    {
        // Flat traffic at 8.5 replicas' worth at the target utilization: the autoscaler wants 9 replicas,
        // which is 2 instances of 8, so it runs 16 replicas on 2 instances all day, below the 4 drawn.
        const Catalog catalog = shipped();
        std::string error;
        auto probe = fleet(eightBOnP5(1, 4), catalog, "serve-p5", false, error);
        QVERIFY2(probe, error.c_str());
        QCOMPARE(probe->replicasPerInstance, 8);
        QCOMPARE(probe->instancesPerReplica, 1);
        const double perReplica = probe->sloRequestsPerS * 0.7;
        QVERIFY(perReplica > 0);
        const double rps = perReplica * 8.5;
        auto f = fleet(eightBOnP5(rps, 4), catalog, "serve-p5", false, error);
        QVERIFY2(f, error.c_str());
        QCOMPARE(f->replicasAtPeak, 16.0);
        QCOMPARE(f->peakNodes, 2.0);
        QCOMPARE(f->averageNodes, 2.0);
        QCOMPARE(f->instancesDrawn, 4);
        QCOMPARE(f->ceilingInstances, 4);
        QCOMPARE(f->minimumInstances, 1);
        QVERIFY(std::abs(f->monthly.computeUsd - 2 * kP5UsdPerHour * 730) < 1e-6);

        // A diurnal day: each hour holds ceil(ceil(rps_h / per replica) / 8) instances.
        Project p = eightBOnP5(perReplica * 20, 4);
        p.services[0].traffic.shape = TrafficShape::Diurnal;
        f = fleet(p, catalog, "serve-p5", false, error);
        QVERIFY2(f, error.c_str());
        const auto fractions = p.services[0].traffic.fractions();
        double sum = 0;
        for (int h = 0; h < 24; ++h) {
            const double replicas = std::ceil(perReplica * 20 * fractions[h] / perReplica - 1e-9);
            const double instances = std::ceil(std::max(1.0, replicas) / 8 - 1e-9);
            QCOMPARE(f->instancesByHour[h], instances);
            QCOMPARE(f->replicasByHour[h], instances * 8);
            sum += instances;
        }
        QCOMPARE(f->peakNodes, 3.0); // 20 replicas -> 3 instances at the busiest hour
        QVERIFY(std::abs(f->monthly.computeUsd - sum / 24 * kP5UsdPerHour * 730) < 1e-6);

        // The discrete-event day scales in whole instances too: never a fraction held at the peak, and the
        // bill is the time-average of whole instances.
        f = fleet(p, catalog, "serve-p5", true, error);
        QVERIFY2(f, error.c_str());
        QCOMPARE(f->peakNodes, std::round(f->peakNodes));
        QVERIFY(f->peakNodes >= 3 && f->peakNodes <= 4);
        QVERIFY(f->averageNodes >= f->averageReplicas / 8 - 1e-9);
        QVERIFY(std::abs(f->monthly.computeUsd - f->averageNodes * kP5UsdPerHour * 730) < 1e-6);
    }

    void aReplicaLargerThanAnInstanceSpansWholeInstances()
    {
        // Llama 3.1 70B at TP 16 spans two p5s; three drawn hold one replica and leave one idle.
        const Catalog catalog = shipped();
        Project p = eightBOnP5(0.2, 3);
        p.services[0].model.preset = "llama31-70b";
        p.sketch("serve-p5")->replicaAccelerators = 16;
        std::string error;
        auto f = fleet(p, catalog, "serve-p5", false, error);
        QVERIFY2(f, error.c_str());
        QCOMPARE(f->instancesPerReplica, 2);
        QCOMPARE(f->replicasDrawn, 1);
        QCOMPARE(f->peakNodes, 2.0);
        QVERIFY(std::abs(f->monthly.computeUsd - 2 * kP5UsdPerHour * 730) < 1e-6);
        bool noted = false;
        for (const std::string& n : f->notes)
            noted = noted || n.find("1 of the 3 instances drawn hold no whole replica") != std::string::npos;
        QVERIFY(noted);
    }

    void tensorParallelMustTileTheInstanceAndTheHeads()
    {
        const Catalog catalog = shipped();
        std::string error;
        Project p = eightBOnP5(1, 2);
        p.sketch("serve-p5")->replicaAccelerators = 3;
        QVERIFY(!fleet(p, catalog, "serve-p5", false, error));
        QVERIFY2(error.find("does not divide the 8") != std::string::npos, error.c_str());
        p.sketch("serve-p5")->replicaAccelerators = 12;
        QVERIFY(!fleet(p, catalog, "serve-p5", false, error));
        QVERIFY2(error.find("multiple of 8") != std::string::npos, error.c_str());
        // 32 attention heads cannot be split 64 ways.
        p.sketch("serve-p5")->replicaAccelerators = 64;
        p.sketch("serve-p5")->nodes.front().count = 8;
        QVERIFY(!fleet(p, catalog, "serve-p5", false, error));
        QVERIFY2(error.find("32 attention heads") != std::string::npos, error.c_str());
    }

    void theDrawnCountIsTheCeiling()
    {
        // Traffic beyond what 16 replicas serve within the targets, with 2 instances drawn: the fleet holds 2
        // at peak, misses, says it needs ceil(ceil(18 / 0.7) / 8) = 4, and the latency is what 2 give.
        const Catalog catalog = shipped();
        std::string error;
        auto probe = fleet(eightBOnP5(1, 4), catalog, "serve-p5", false, error);
        QVERIFY2(probe, error.c_str());
        const double rps = probe->sloRequestsPerS * 18;
        auto f = fleet(eightBOnP5(rps, 2), catalog, "serve-p5", false, error);
        QVERIFY2(f, error.c_str());
        QCOMPARE(f->peakNodes, 2.0);
        QCOMPARE(f->instancesNeededAtPeak, 4);
        QVERIFY(f->shortAtPeak());
        QVERIFY(!f->meetsTargets);
        QVERIFY2(f->verdict.find("needs 4") != std::string::npos, f->verdict.c_str());

        // A million drawn is a ceiling, not a bill: the cloud pays for what runs, and the summary says how
        // far the drawing is from the peak.
        Project big = eightBOnP5(rps, 1000000);
        const SketchSummary s = simulateSketch(big, *big.sketch("serve-p5"), catalog, whatIfOptions());
        QVERIFY2(s.computed, s.error.c_str());
        QCOMPARE(s.instancesDrawn, 1000000);
        QCOMPARE(s.peakInstances, 4.0);
        bool warned = false;
        for (const Warning& w : s.warnings)
            warned = warned || w.code == WarningCode::CeilingUnused;
        QVERIFY(warned);
    }

    void billOfMaterialsAddsUpToTheCent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("llm") << "llm-pretrain-and-chat.json";
        QTest::newRow("recsys") << "recsys-train-vs-serve.json";
    }

    void billOfMaterialsAddsUpToTheCent()
    {
        QFETCH(QString, file);
        const Catalog catalog = shipped();
        const Project p = example(file.toUtf8().constData());
        int priced = 0;
        for (const Sketch& sketch : p.sketches) {
            const SketchSummary s = simulateSketch(p, sketch, catalog);
            QVERIFY2(s.computed, s.error.c_str());
            const BillOfMaterials bill = billOfMaterials(p, sketch, catalog, &s);
            QVERIFY(bill.priced);
            long long sum = 0;
            int moneyLines = 0;
            for (const BomLine& l : bill.lines)
                if (l.inTotal) {
                    sum += l.amountCents;
                    ++moneyLines;
                }
            QVERIFY(moneyLines >= 1);
            const double total = sketch.role == SketchRole::Training ? s.runCostUsd : s.monthly.totalUsd();
            QCOMPARE(sum, bill.totalCents);
            QCOMPARE(bill.totalCents, std::llround(total * 100));
            // The instance line is the engine's own arithmetic: quantity x unit price.
            const BomLine& compute = bill.lines.front();
            QVERIFY(compute.inTotal && compute.unitPriceUsd);
            QVERIFY(std::abs(compute.quantity * *compute.unitPriceUsd - compute.amountCents / 100.0) < 0.01);
            if (sketch.role == SketchRole::Inference)
                QVERIFY2(compute.detail.find("of the " + std::to_string(s.instancesDrawn) + " drawn") !=
                             std::string::npos,
                         compute.detail.c_str());
            ++priced;
        }
        QVERIFY(priced >= 3);
    }

    void recommenderExampleShowsBothFailureModes()
    {
        // The article's launch: a feed ranker (500 candidates a request, 40,000 requests/s at the evening
        // peak, five times the trough, 100 ms p99) on the training servers.
        const Catalog catalog = shipped();
        const Project p = example("recsys-train-vs-serve.json");
        auto run = [&](const char* id) {
            const SketchSummary s = simulateSketch(p, *p.sketch(id), catalog);
            if (!s.computed)
                qFatal("%s: %s", id, s.error.c_str());
            return s;
        };
        // One training server without headroom: the queue overflows at peak, said plainly.
        const SketchSummary launch = run("launch-night");
        QVERIFY(!launch.meetsTargets);
        QVERIFY(launch.instancesNeededAtPeak > launch.instancesDrawn);
        QVERIFY2(launch.verdict.find("the queue overflows") != std::string::npos ||
                     launch.verdict.find("unbounded") != std::string::npos,
                 launch.verdict.c_str());
        // Enough training servers to hold the peak: several times what inference hardware costs.
        const SketchSummary training = run("serve-on-training");
        const SketchSummary inferentia = run("serve-on-inferentia");
        QVERIFY2(training.meetsTargets, training.verdict.c_str());
        QVERIFY2(inferentia.meetsTargets, inferentia.verdict.c_str());
        const double ratio = training.monthly.totalUsd() / inferentia.monthly.totalUsd();
        QVERIFY2(ratio >= 3, qPrintable(QString::number(ratio)));
        // The day is not flat: the peak is several times the trough, and the fleets follow it.
        const auto fractions = p.services[0].traffic.fractions();
        QVERIFY(*std::max_element(fractions.begin(), fractions.end()) >=
                4 * *std::min_element(fractions.begin(), fractions.end()));
        QVERIFY(inferentia.peakInstances >= 2 * inferentia.minimumInstances);
    }

    void verdictsExplainThemselves_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("llm") << "llm-pretrain-and-chat.json";
        QTest::newRow("recsys") << "recsys-train-vs-serve.json";
    }

    void verdictsExplainThemselves()
    {
        // One sentence each, naming what limits the fleet and what the money pays for.
        QFETCH(QString, file);
        const Catalog catalog = shipped();
        const Project p = example(file.toUtf8().constData());
        for (const Sketch& sketch : p.sketches) {
            if (sketch.role != SketchRole::Inference)
                continue;
            const SketchSummary s = simulateSketch(p, sketch, catalog, whatIfOptions());
            QVERIFY2(s.computed, s.error.c_str());
            const std::string& v = s.verdict;
            QVERIFY2(v.find("limited by") != std::string::npos ||
                         v.find("binding constraint") != std::string::npos,
                     v.c_str());
            QVERIFY2(v.find("a month") != std::string::npos, v.c_str());
            QVERIFY2(v.find("an hour") != std::string::npos || v.find("each") != std::string::npos,
                     v.c_str());
            QVERIFY2(v.find("of their capacity") != std::string::npos, v.c_str());
            QVERIFY(!v.empty() && v.back() == '.');
            for (size_t i = 0; i + 2 < v.size(); ++i)
                QVERIFY2(
                    !(v[i] == '.' && v[i + 1] == ' ' && std::isupper(static_cast<unsigned char>(v[i + 2]))),
                    v.c_str());
            QVERIFY2(v.find("× less") == std::string::npos && v.find("x less") == std::string::npos,
                     v.c_str());
        }
    }

    void moneyIsShownInTheProjectsCurrency()
    {
        // CNY at the shipped ECB rate (7.7748 / 1.0705 CNY per US dollar), or at the user's own rate.
        const Catalog catalog = shipped();
        Project p = eightBOnP5(0.5, 1);
        p.currency = "CNY";
        const ExchangeRate shipped = p.exchangeRate();
        QCOMPARE(shipped.currency, Currency::CNY);
        QVERIFY(std::abs(shipped.perUsd - 7.7748 / 1.0705) < 1e-12);
        QVERIFY(!shipped.userSet && !shipped.source.empty() && !shipped.date.empty());
        p.exchangeRatePerUsd = 7.1;
        p.exchangeRateDate = "2026-12-01";
        const ExchangeRate mine = p.exchangeRate();
        QCOMPARE(mine.perUsd, 7.1);
        QVERIFY(mine.userSet);

        // The currency travels with the project, not with the process: a dollar project simulated in
        // between keeps its dollars, and this one its yuan.
        const Project dollars = eightBOnP5(0.5, 1);
        const SketchSummary s = simulateSketch(p, *p.sketch("serve-p5"), catalog, whatIfOptions());
        const SketchSummary usd =
            simulateSketch(dollars, *dollars.sketch("serve-p5"), catalog, whatIfOptions());
        QCOMPARE(s.money.currency, Currency::CNY);
        QCOMPARE(usd.money.currency, Currency::USD);
        QVERIFY2(usd.verdict.find('$') != std::string::npos && usd.verdict.find("¥") == std::string::npos,
                 usd.verdict.c_str());
        const std::string usdText = sketchResultText(usd, dollars), cnyText = sketchResultText(s, p);
        QVERIFY2(usdText.find('$') != std::string::npos, usdText.c_str());
        QVERIFY2(cnyText.find("¥") != std::string::npos && cnyText.find('$') == std::string::npos,
                 cnyText.c_str());
        QCOMPARE(
            billOfMaterials(dollars, *dollars.sketch("serve-p5"), catalog, &usd).lines.front().amountCents,
            4017920LL);
        QVERIFY2(s.computed, s.error.c_str());
        const BillOfMaterials bill = billOfMaterials(p, *p.sketch("serve-p5"), catalog, &s);
        // 55.04 USD/h x 730 h x 7.1 = 285,272.32 CNY for the instance.
        QCOMPARE(bill.lines.front().amountCents, 28527232LL);
        QCOMPARE(bill.totalCents, std::llround(s.monthly.totalUsd() * 7.1 * 100));
        const std::string text = billText(bill);
        QVERIFY2(text.find("¥285,272.32") != std::string::npos, text.c_str());
        QVERIFY2(text.find('$') == std::string::npos, text.c_str());
        QVERIFY2(s.verdict.find("¥") != std::string::npos && s.verdict.find('$') == std::string::npos,
                 s.verdict.c_str());
    }

    void unpublishedPowerIsUnknownNotZero()
    {
        // AWS publishes no TDP for Inferentia2: the draw is unknown, and an owned server whose power is
        // unknown cannot have its electricity priced (a bill with $0 of power would look measured).
        const Catalog catalog = shipped();
        Problems problems;
        Sketch inf2;
        inf2.id = "inf2";
        inf2.nodes = {{"n", "aws-inf2.xlarge", 4, {}}};
        auto hw = resolveSketchHardware(catalog, inf2, problems);
        QVERIFY(hw);
        const PowerDraw unknown = powerDraw(*hw, 4, 0.5);
        QVERIFY(!unknown.published);
        QCOMPARE(unknown.facilityW(), 0.0);
        hw->pricing.mode = PricingMode::Owned;
        hw->instance.purchaseUsd = 10000.0;
        const MonthlyCost owned = monthlyCost(*hw, 4, 4, unknown, unknown, 0);
        QVERIFY(!owned.priced);
        QVERIFY2(owned.basis.find("not published") != std::string::npos, owned.basis.c_str());
        // A device with a TDP: 8 x H100 at full load draw 8 x 700 W, the host and PUE on top.
        Sketch p5;
        p5.id = "p5";
        p5.nodes = {{"n", "aws-p5.48xlarge", 1, {}}};
        hw = resolveSketchHardware(catalog, p5, problems);
        QVERIFY(hw);
        const PowerDraw known = powerDraw(*hw, 1, 1.0);
        QVERIFY(known.published);
        QCOMPARE(known.acceleratorsW, 8 * 700.0);
        QVERIFY(known.facilityW() > known.itW());
    }

    void unpricedStorageIsSaidNotZero()
    {
        // The LLM example's training cluster reads from FSx for Lustre PERSISTENT_2, whose capacity price the
        // catalog lacks: the run's cost says "storage not priced" and a warning names the tier, instead of a
        // "$0" a reader would take for free storage.
        const Catalog catalog = shipped();
        const Project p = example("llm-pretrain-and-chat.json");
        const SketchSummary s = simulateSketch(p, *p.sketch("train"), catalog, whatIfOptions());
        QVERIFY2(s.computed, s.error.c_str());
        QCOMPARE(s.monthly.storageUsd, 0.0);
        const auto found = std::find_if(s.warnings.begin(), s.warnings.end(), [](const Warning& w) {
            return w.code == WarningCode::StorageUnpriced;
        });
        QVERIFY(found != s.warnings.end());
        QVERIFY2(found->message.find("FSx for Lustre PERSISTENT_2") != std::string::npos,
                 found->message.c_str());
        const std::string text = sketchResultText(s, p);
        QVERIFY2(text.find("storage not priced") != std::string::npos, text.c_str());
        QVERIFY2(text.find("storage $0") == std::string::npos, text.c_str());
        // A priced tier (S3 Standard) has no such warning.
        const SketchSummary chat = simulateSketch(p, *p.sketch("serve-p5"), catalog, whatIfOptions());
        QVERIFY(chat.monthly.storageUsd > 0);
        QVERIFY(std::none_of(chat.warnings.begin(), chat.warnings.end(),
                             [](const Warning& w) { return w.code == WarningCode::StorageUnpriced; }));
    }

    void sketchesInheritTheProjectsPricingUnlessTheySetTheirOwn()
    {
        const Catalog catalog = shipped();
        Project p = eightBOnP5(0.5, 1);
        Sketch& f = *p.sketch("serve-p5");
        f.ownPricing = true;
        f.pricing = {};
        // The project's 20% discount does not touch a sketch with its own pricing...
        p.pricingDefaults.pricing.discountPercent = 20;
        SketchSummary s = simulateSketch(p, f, catalog, whatIfOptions());
        QVERIFY(std::abs(s.monthly.computeUsd - 55.04 * 730) < 1e-6);
        // ...and applies once it takes the project's: 44.032 USD/h x 730 h.
        f.ownPricing = false;
        s = simulateSketch(p, f, catalog, whatIfOptions());
        QVERIFY(std::abs(s.monthly.computeUsd - 44.032 * 730) < 1e-6);
        QCOMPARE(billOfMaterials(p, f, catalog, &s).lines.front().amountCents, 3214336LL);
        // The project's PUE and region reach a sketch that sets neither.
        p.pricingDefaults.pricing.pue = 1.5;
        p.pricingDefaults.regionId = "aws-eu-west-1";
        f.regionId.clear();
        s = simulateSketch(p, f, catalog, whatIfOptions());
        QCOMPARE(s.averagePower.pue, 1.5);
        bool warned = false;
        for (const Warning& w : s.warnings)
            warned = warned || w.code == WarningCode::RegionPrice;
        QVERIFY(warned);
        // A sketch's own PUE wins; left at 0 it still comes from the project.
        f.ownPricing = true;
        f.pricing = {};
        f.pricing.pue = 1.2;
        QCOMPARE(simulateSketch(p, f, catalog, whatIfOptions()).averagePower.pue, 1.2);
        f.pricing.pue = 0;
        QCOMPARE(simulateSketch(p, f, catalog, whatIfOptions()).averagePower.pue, 1.5);

        // Saved in the project file: the project's block, and no "pricing" on a sketch that inherits.
        f.ownPricing = false;
        Problems problems;
        const std::string text = projectfile::serialize(p);
        const auto back = projectfile::parse(text, problems);
        QVERIFY(back);
        QCOMPARE(*back, p);
        const auto doc = nlohmann::json::parse(text);
        QCOMPARE(doc["pricing"]["discount_percent"].get<double>(), 20.0);
        QCOMPARE(doc["pricing"]["region"].get<std::string>(), std::string("aws-eu-west-1"));
        for (const auto& sk : doc["sketches"])
            QCOMPARE(sk.contains("pricing"), p.sketch(sk["id"].get<std::string>())->ownPricing);
    }

    void pricingSettingsAreTheUsersAndRoundTrip()
    {
        const Catalog catalog = shipped();
        Project p = eightBOnP5(0.5, 1);
        Sketch& f = *p.sketch("serve-p5");
        f.ownPricing = true;
        // 20% off 55.04 USD/h: 44.032 x 730 = $32,143.36 for the one instance.
        f.pricing.discountPercent = 20;
        SketchSummary s = simulateSketch(p, f, catalog, whatIfOptions());
        QVERIFY2(s.computed, s.error.c_str());
        QVERIFY(std::abs(s.monthly.computeUsd - 44.032 * 730) < 1e-6);
        QVERIFY2(s.monthly.basis.find("your 20% discount") != std::string::npos, s.monthly.basis.c_str());
        // Spot losing 10% of its time pays 1 / 0.9 instance-hours for each hour served.
        f.pricing = {};
        f.pricing.mode = PricingMode::Spot;
        f.pricing.spotInterruptionShare = 0.1;
        s = simulateSketch(p, f, catalog, whatIfOptions());
        QVERIFY2(s.computed, s.error.c_str());
        QVERIFY(std::abs(s.monthly.instanceHours - 730 / 0.9) < 1e-6);
        // Another region without a price for the instance: its home price is used, and a warning says so.
        f.pricing = {};
        f.regionId = "aws-eu-west-1";
        QVERIFY(catalog.find(f.regionId));
        s = simulateSketch(p, f, catalog, whatIfOptions());
        QVERIFY2(s.computed, s.error.c_str());
        bool warned = false;
        for (const Warning& w : s.warnings)
            warned = warned || w.code == WarningCode::RegionPrice;
        QVERIFY(warned);
        // Owned with the user's electricity price and PUE: the bill's electricity line is the user's.
        f.regionId.clear();
        f.nodes.front().itemId = "owned-dgx-h100";
        f.pricing = {};
        f.pricing.mode = PricingMode::Owned;
        f.pricing.electricityUsdPerKWh = 0.2;
        f.pricing.pue = 1.5;
        s = simulateSketch(p, f, catalog, whatIfOptions());
        QVERIFY2(s.computed, s.error.c_str());
        QCOMPARE(s.monthly.usdPerKWh, 0.2);
        QCOMPARE(s.averagePower.pue, 1.5);
        const BillOfMaterials bill = billOfMaterials(p, f, catalog, &s);
        bool userLine = false;
        for (const BomLine& l : bill.lines)
            if (l.component == "Electricity") {
                userLine = l.basis.find("your electricity price") != std::string::npos && l.sourceId.empty();
                QVERIFY(std::abs(*l.unitPriceUsd - 0.2) < 1e-12);
            }
        QVERIFY(userLine);

        // The figures survive a save and a load; files without them stay as they were.
        p.currency = "EUR";
        p.exchangeRatePerUsd = 0.9;
        p.exchangeRateDate = "2026-12-01";
        Problems problems;
        const auto back = projectfile::parse(projectfile::serialize(p), problems);
        QVERIFY(back);
        QCOMPARE(*back, p);
        QVERIFY(projectfile::serialize(example("recsys-train-vs-serve.json")).find("discount_percent") ==
                std::string::npos);
        // An unknown currency is a clear problem, not a silent dollar.
        problems.clear();
        std::string text = projectfile::serialize(p);
        text.replace(text.find("\"EUR\""), 5, "\"GBP\"");
        projectfile::parse(text, problems);
        QVERIFY(!problems.empty());
        QVERIFY2(problems.front().toString().find("unknown currency 'GBP'") != std::string::npos,
                 problems.front().toString().c_str());
    }
};

QTEST_GUILESS_MAIN(TestBill)
#include "test_bill.moc"
