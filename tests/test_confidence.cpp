// Error bands by regime: the shipped table is what `validate --regimes` regenerates from the public cases,
// every headline figure carries a band that contains it, cost bands come from a re-sized fleet, and a verdict
// the bands cannot settle says "too close to call".

#include "calibrationfit.h"
#include "catalog.h"
#include "catalogdatabase.h"
#include "closecall.h"
#include "errorregimes.h"
#include "inferencefleet.h"
#include "inferencereplica.h"
#include "jsontext.h"
#include "projectfile.h"
#include "recommendations.h"
#include "regime.h"
#include "simulation.h"
#include "sketchsimulator.h"
#include "textfile.h"
#include "trainingengine.h"
#include "validation.h"

#include <QtTest>

using namespace infraplan;

namespace {

const Catalog& shipped()
{
    static const Catalog catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(),
                                 {});
    return catalog;
}

Project example(const char* name)
{
    Problems problems;
    auto p = projectfile::load(std::string(INFRAPLAN_SOURCE_DIR "/data/examples/") + name, problems);
    if (!p)
        qFatal("cannot load %s", name);
    return *p;
}

SimulationOptions quick()
{
    SimulationOptions o;
    o.fullInferenceSimulation = false;
    return o;
}

nlohmann::json withoutDate(nlohmann::json j)
{
    j["generated"].erase("date");
    return j;
}

} // namespace

class TestConfidence : public QObject {
    Q_OBJECT
private slots:
    void shippedTableIsWhatValidateRegimesProduces()
    {
        std::string error;
        auto text = readTextFile(INFRAPLAN_SOURCE_DIR "/data/validation/cases.json", error);
        QVERIFY2(text, error.c_str());
        Problems problems;
        auto cases = parseValidationFile(*text, problems);
        QVERIFY(cases && problems.empty());
        const Calibrator calibrator(*cases, shipped());
        const ErrorRegimeTable produced =
            buildErrorRegimes(crossValidate(calibrator), "data/validation/cases.json", "any");
        const ErrorRegimeTable& table = shippedErrorRegimes();
        QVERIFY2(!table.empty(), "data/catalog/error-regimes.json is empty or malformed");
        // The file is compiled in; compare both the compiled copy and the file on disk with a fresh run.
        auto onDisk = readTextFile(INFRAPLAN_SOURCE_DIR "/data/catalog/error-regimes.json", error);
        QVERIFY2(onDisk, error.c_str());
        const auto parsed = parseJsonText(*onDisk, problems);
        QVERIFY(parsed);
        const std::string hint = "rerun: infraplan validate data/validation/cases.json --regimes --write "
                                 "data/catalog/error-regimes.json (then rebuild)";
        QVERIFY2(withoutDate(*parsed) == withoutDate(produced.toJson()), hint.c_str());
        QVERIFY2(withoutDate(table.toJson()) == withoutDate(produced.toJson()), hint.c_str());
        QVERIFY(!table.generatedDate.empty());
        // Every regime row lists its cases, and every band brackets the prediction.
        for (const ErrorRegimeRow& r : table.rows) {
            QVERIFY(!r.caseIds.empty());
            QVERIFY(r.slowFactor < 1 && r.fastFactor > 1);
            QVERIFY(r.lowErrorPct <= r.highErrorPct);
        }
        // Families on priors are judged with the whole family held out, so every case counts there.
        size_t serving = 0;
        for (const ErrorRegimeCase& c : table.cases)
            serving += c.engine == EngineKind::Serving;
        const ErrorRegimeRow* prior =
            table.row(EngineKind::Serving, std::nullopt, CalibrationStatus::PriorOnly);
        QVERIFY(prior);
        QCOMPARE(prior->caseIds.size(), serving);
    }

    void regimeWithTooFewCasesFallsBackToTheEngineBand()
    {
        ErrorRegimeTable t;
        ErrorRegimeRow any{EngineKind::Serving,
                           std::nullopt,
                           CalibrationStatus::Calibrated,
                           {"a", "b", "c", "d", "e", "f"},
                           -20,
                           30,
                           10,
                           1 / 1.3,
                           1.25};
        ErrorRegimeRow kv{EngineKind::Serving,
                          BindingResource::KvCapacity,
                          CalibrationStatus::Calibrated,
                          {"a", "b"},
                          -5,
                          5,
                          4,
                          1 / 1.05,
                          1.05};
        ErrorRegimeRow compute{EngineKind::Serving,
                               BindingResource::Compute,
                               CalibrationStatus::Calibrated,
                               {"a", "b", "c", "d", "e"},
                               -10,
                               10,
                               6,
                               1 / 1.1,
                               1.11};
        t.rows = {any, kv, compute};
        const ErrorBand own =
            t.bandFor({EngineKind::Serving, BindingResource::Compute, CalibrationStatus::Calibrated});
        QVERIFY(!own.engineWide);
        QCOMPARE(own.cases, size_t(5));
        QCOMPARE(own.fastFactor, 1.11);
        const ErrorBand fallback =
            t.bandFor({EngineKind::Serving, BindingResource::KvCapacity, CalibrationStatus::Calibrated});
        QVERIFY(fallback.engineWide);
        QCOMPARE(fallback.cases, size_t(6));
        QCOMPARE(fallback.slowFactor, 1 / 1.3);
        QVERIFY2(fallback.basis.find("only 2 validated cases") != std::string::npos, fallback.basis.c_str());
        QVERIFY(fallback.basis.find("engine's band") != std::string::npos);
    }

    void bindingComesFromTheEnginesBreakdown()
    {
        StepBreakdown step;
        step.compute = 10;
        step.tpComm = 2;
        step.dpComm = 3;
        QCOMPARE(trainingBinding(step), BindingResource::Compute);
        step.dataStall = 6; // waiting 11 s against 10 s of the devices' own work
        QCOMPARE(trainingBinding(step), BindingResource::Network);
        QCOMPARE(servingBinding(Bound::MemoryBandwidth, false), BindingResource::MemoryBandwidth);
        QCOMPARE(servingBinding(Bound::KvCapacity, false), BindingResource::KvCapacity);
        QCOMPARE(servingBinding(Bound::Queueing, false), BindingResource::SmallBatchLatency);
        QCOMPARE(servingBinding(Bound::Compute, true), BindingResource::SmallBatchLatency);
    }

    void everyHeadlineFigureCarriesABandAroundIt()
    {
        for (const char* name : {"llm-pretrain-and-chat.json", "recsys-train-vs-serve.json"}) {
            const Project p = example(name);
            for (const SketchSummary& s : simulateProject(p, shipped(), quick())) {
                QVERIFY2(s.computed, s.error.c_str());
                const SketchConfidence& c = s.confidence;
                QVERIFY2(c.available, (s.name + " has no band").c_str());
                QVERIFY(c.band.cases >= ErrorRegimeTable::kMinCases);
                QVERIFY(c.band.basis.find(std::to_string(c.band.cases)) != std::string::npos);
                const auto figures = c.figures();
                // Serving: latencies, replicas, instances and cost; power too where the catalog publishes it.
                QVERIFY(figures.size() >= (s.role == SketchRole::Training ? 5u : 8u));
                const nlohmann::json bands = confidenceJson(c)["figures"];
                for (const auto& [key, b] : figures) {
                    const std::string what = s.name + " " + key;
                    QVERIFY2(b->low <= b->value && b->value <= b->high, what.c_str());
                    // Strictly inside its band, unless an end says why it is the value: whole instances (and
                    // what they bill or draw) that the speed does not move past a whole unit, a fleet at its
                    // drawn ceiling, both ends on one side, no count meeting the targets at that end, or a
                    // queue that never drains there either. Continuous figures always move with the speed.
                    const bool whole = key == "replicas_at_peak" || key == "instances_needed_at_peak" ||
                                       key == "average_instances" || key == "monthly_cost_usd" ||
                                       key == "average_power_kw" ||
                                       b->value >= kUnboundedLatencyS * 1000; // an unbounded queue's hour
                    const nlohmann::json& j = bands[key];
                    if (b->low == b->value) {
                        QVERIFY2(whole && b->lowReason != BandEndReason::None, what.c_str());
                        QCOMPARE(j["low_reason"].get<std::string>(),
                                 std::string(bandEndReasonKey(b->lowReason)));
                    } else {
                        QVERIFY2(b->low < b->value && !j.contains("low_reason"), what.c_str());
                    }
                    if (b->high == b->value) {
                        QVERIFY2(whole && b->highReason != BandEndReason::None, what.c_str());
                        QCOMPARE(j["high_reason"].get<std::string>(),
                                 std::string(bandEndReasonKey(b->highReason)));
                    } else {
                        QVERIFY2(b->value < b->high && !j.contains("high_reason"), what.c_str());
                    }
                }
                // A fleet that no count of instances serves within its targets gives no count, and says so.
                if (s.noCountMeetsTargets)
                    QVERIFY2(!c.instancesNeededAtPeak.present, s.name.c_str());
            }
        }
    }

    void costBandComesFromTheResizedFleet()
    {
        // The chat fleet on p5 runs at 52% of its capacity: at the slow end of its band the autoscaler needs
        // more whole instances, and the bill prices them.
        const Project p = example("llm-pretrain-and-chat.json");
        const SketchSummary s = simulateSketch(p, *p.sketch("serve-p5"), shipped(), quick());
        const SketchConfidence& c = s.confidence;
        QVERIFY(c.available);
        QVERIFY(c.instancesNeededAtPeak.high > c.instancesNeededAtPeak.value);
        QVERIFY(c.monthlyCostUsd.high > c.monthlyCostUsd.value);
        QVERIFY(c.averageInstances.high > c.averageInstances.value);
        // Whole instances at the peak; the cost is whole-instance hours, so it does not scale with the speed
        // factor alone.
        QCOMPARE(c.instancesNeededAtPeak.high, std::round(c.instancesNeededAtPeak.high));
        const double scaledOnly = c.monthlyCostUsd.value / c.band.slowFactor;
        QVERIFY(std::abs(c.monthlyCostUsd.high - scaledOnly) > 1);
    }

    void aFleetNeverBuysBeyondItsCeiling()
    {
        // The chat fleet on p5 drawn with just the 3 instances its peak needs: at the slow end of its band
        // the peak needs more, but the autoscaler holds at most the 3 drawn. The cost band's high end is what
        // the drawn instances bill (never more instances than drawn), the latency band widens instead, and
        // the instances needed say how many the slow end would take.
        Project p = example("llm-pretrain-and-chat.json");
        Sketch& sketch = *p.sketch("serve-p5");
        sketch.nodes.front().count = 3;
        const SketchSummary s = simulateSketch(p, sketch, shipped(), quick());
        QVERIFY2(s.computed, s.error.c_str());
        const SketchConfidence& c = s.confidence;
        QVERIFY(c.available);
        QCOMPARE(c.instancesNeededAtPeak.value, 3.0);
        QVERIFY(c.instancesNeededAtPeak.high > 3);
        const double ceilingBill = 3 * s.monthly.usdPerInstanceHour * kHoursPerMonth;
        QVERIFY2(
            c.monthlyCostUsd.high <= ceilingBill + s.monthly.totalUsd() - s.monthly.computeUsd + 1,
            qPrintable(QString("high %1, the ceiling bills %2").arg(c.monthlyCostUsd.high).arg(ceilingBill)));
        QVERIFY(c.averageInstances.high <= 3 + 1e-9);
        QVERIFY(c.replicasAtPeak.high <= 3 + 1e-9);
        if (c.replicasAtPeak.high == c.replicasAtPeak.value)
            QCOMPARE(c.replicasAtPeak.highReason, BandEndReason::DrawnCeiling);
        QVERIFY(c.ttftMs[2].high > c.ttftMs[2].value);
    }

    void targetMetOnlyAtThePredictedSpeedIsFlagged()
    {
        // The p5 chat fleet under ever tighter TPOT targets: while the fleet meets the target at the
        // predicted speed, the slow-end note appears exactly when the TPOT band's high end passes the target,
        // names it and quotes both; tighter still the fleet misses outright and the note is not needed.
        Project p = example("llm-pretrain-and-chat.json");
        InferenceService* service = nullptr;
        for (InferenceService& s : p.services)
            if (s.id == p.sketch("serve-p5")->workloadId)
                service = &s;
        QVERIFY(service);
        // The day's simulation, as the GUI and the CLI run it: its queue decides where the target binds.
        const SimulationOptions full;
        const SketchSummary loose = simulateSketch(p, *p.sketch("serve-p5"), shipped(), full);
        QVERIFY(loose.meetsTargets);
        QVERIFY2(loose.confidence.slowEndNote.empty(), loose.confidence.slowEndNote.c_str());
        int flagged = 0;
        for (double factor = 1.04; factor > 0.8; factor -= 0.03) {
            service->targets.tpotP99Ms = loose.confidence.tpotMs[2].value * factor;
            const SketchSummary s = simulateSketch(p, *p.sketch("serve-p5"), shipped(), full);
            const SketchConfidence& c = s.confidence;
            const bool beyond = c.tpotMs[2].high > service->targets.tpotP99Ms;
            const std::string what = std::to_string(service->targets.tpotP99Ms) + " ms: " + c.slowEndNote;
            if (!s.meetsTargets) {
                QVERIFY2(c.slowEndNote.empty(), what.c_str());
                continue;
            }
            QCOMPARE(!c.slowEndNote.empty(), beyond);
            if (beyond) {
                ++flagged;
                QVERIFY2(c.slowEndNote.find("slow end of its band") != std::string::npos, what.c_str());
                QVERIFY2(c.slowEndNote.find("TPOT p99 up to") != std::string::npos, what.c_str());
                QVERIFY(confidenceJson(c)["slow_end"].is_string());
            }
        }
        QVERIFY(flagged > 0);
    }

    void closeCallNeedsOverlappingBands()
    {
        auto fleet = [](const char* name, double value, double low, double high) {
            SketchSummary s;
            s.name = name;
            s.role = SketchRole::Inference;
            s.confidence.available = true;
            s.confidence.band.cases = 12;
            s.confidence.monthlyCostUsd = FigureBand::between(value, low, high);
            return s;
        };
        QVERIFY(!closeCall(fleet("A", 100, 90, 110), fleet("B", 200, 180, 220), "Chat"));
        auto close = closeCall(fleet("A", 100, 90, 120), fleet("B", 115, 100, 130), "Chat");
        QVERIFY(close);
        QVERIFY(english(close->title).find("Too close to call for Chat") != std::string::npos);
        QVERIFY(english(close->decider).find("What would decide it") != std::string::npos);
    }

    void verdictOnOptionsWithinTheBandsIsTooCloseToCall()
    {
        // Two fleets for the same chat service on the same p5 instances, one with a slightly lower autoscaler
        // target: their monthly costs differ by a few percent, far less than their bands.
        Project p = example("llm-pretrain-and-chat.json");
        Sketch twin = *p.sketch("serve-p5");
        twin.id = "serve-p5-twin";
        twin.name = "Chat on p5, autoscaler at 65%";
        twin.autoscaling.targetUtilization = 0.65;
        p.sketches.erase(std::remove_if(p.sketches.begin(), p.sketches.end(),
                                        [](const Sketch& s) { return s.id == "serve-l40s"; }),
                         p.sketches.end());
        p.sketches.push_back(twin);
        const auto summaries = simulateProject(p, shipped(), quick());
        const SketchSummary* a = nullptr;
        const SketchSummary* b = nullptr;
        for (const SketchSummary& s : summaries) {
            if (s.sketchId == "serve-p5")
                a = &s;
            if (s.sketchId == "serve-p5-twin")
                b = &s;
        }
        QVERIFY(a && b && a->meetsTargets && b->meetsTargets);
        const double gap = std::abs(a->monthly.totalUsd() / b->monthly.totalUsd() - 1);
        QVERIFY2(gap < a->confidence.monthlyCostUsd.relativeHalfWidth(), std::to_string(gap).c_str());
        const auto findings = recommend(p, summaries, shipped(), catalogSimulator(shipped()));
        bool found = false;
        for (const Finding& f : findings)
            if (f.kind == FindingKind::CheapestMeetingTargets &&
                english(f.title).find("Chat") != std::string::npos) {
                found = true;
                QVERIFY2(english(f.title).find("Too close to call") != std::string::npos,
                         english(f.title).c_str());
                QVERIFY(std::any_of(f.evidence.begin(), f.evidence.end(), [](const Phrase& e) {
                    return english(e).find("What would decide it") != std::string::npos;
                }));
            }
        QVERIFY(found);
    }
};

QTEST_APPLESS_MAIN(TestConfidence)
#include "test_confidence.moc"
