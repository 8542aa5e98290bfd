// The editable document: every edit undoable and redoable step by step, drags merging into one step,
// edits that change nothing leaving no trace, one notification per step, paste and duplicate giving fresh
// ids, files round-tripping, bad files leaving the open project alone, and the results scheduler.
#include "catalog.h"
#include "catalogdatabase.h"
#include "catalogstore.h"
#include "fakeengine.h"
#include "fragment.h"
#include "projectdocument.h"
#include "projectfile.h"
#include "projectlocate.h"
#include "simulationscheduler.h"
#include "sketchdefaults.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>
#include <set>

using namespace infraplan;
using namespace infraplan::ui;

namespace {
const char* const kExample = INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json";

Catalog shippedCatalog()
{
    return Catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
}

std::set<std::string> allIds(const Project& p)
{
    std::set<std::string> ids;
    for (const auto& j : p.trainingJobs)
        ids.insert(j.id);
    for (const auto& s : p.services)
        ids.insert(s.id);
    for (const auto& s : p.sketches) {
        ids.insert(s.id);
        for (const auto& n : s.nodes)
            ids.insert(n.id);
    }
    return ids;
}

size_t idCount(const Project& p)
{
    size_t n = p.trainingJobs.size() + p.services.size() + p.sketches.size();
    for (const auto& s : p.sketches)
        n += s.nodes.size();
    return n;
}
} // namespace

class TestDocument : public QObject {
    Q_OBJECT

    Catalog m_catalog = shippedCatalog();

    void openExample(ProjectDocument& doc)
    {
        Problems problems;
        QVERIFY2(doc.open(kExample, problems), problems.empty() ? "" : problems.front().toString().c_str());
    }

private slots:
    void undoRedoWalkRestoresEverySnapshot()
    {
        ProjectDocument doc;
        openExample(doc);
        std::vector<Project> snapshots{doc.project()};
        auto step = [&](const char* what, const std::function<void()>& edit) {
            const int before = doc.undoStack()->count();
            edit();
            QVERIFY2(doc.undoStack()->count() == before + 1, what);
            QVERIFY2(!(doc.project() == snapshots.back()), what);
            snapshots.push_back(doc.project());
        };
        std::string fleet, node;
        step("add sketch with a new workload", [&] {
            Sketch s = sketchdefaults::newSketch(SketchRole::Inference, "L4 fleet", {0, 700});
            s.nodes.push_back({"", "aws-g6.xlarge", 3, {20, 80}});
            fleet = doc.addSketch(s, {}, {sketchdefaults::defaultService(m_catalog)});
        });
        step("add node group", [&] { node = doc.addNodeGroup(fleet, "aws-g5.xlarge", 2, {20, 160}); });
        step("set count", [&] { doc.setCount(node, 7); });
        step("set node item", [&] { doc.setNodeItem(node, "aws-g6.xlarge"); });
        step("pricing", [&] { doc.setPricing("train", {PricingMode::Spot, 4}); });
        step("region", [&] { doc.setRegion("train", "aws-us-west-2"); });
        step("storage", [&] { doc.setStorage(fleet, "aws-s3-standard"); });
        step("scale-out", [&] { doc.setScaleOutLink("train", "InfiniBand-NDR-400"); });
        step("precision", [&] { doc.setPrecision("serve-p5", Precision::FP8); });
        step("layout", [&] {
            ParallelLayout l = doc.project().sketch("train")->layout;
            l.automatic = false;
            l.tp = 8;
            l.pp = 4;
            doc.setLayout("train", l);
        });
        step("batching", [&] { doc.setBatching(fleet, {64, 0.8, 10}); });
        step("autoscaling", [&] { doc.setAutoscaling(fleet, {true, 2, 10, 0.6, 120}); });
        step("replica accelerators", [&] { doc.setReplicaAccelerators("serve-l40s", 2); });
        step("training job", [&] {
            TrainingJob j = *doc.project().trainingJob("pretrain-70b");
            j.trainingTokens = 2e12;
            doc.setTrainingJob(j);
        });
        step("move", [&] { doc.moveItems({{ItemPosition::What::Sketch, "train", {40, 40}}}); });
        step("resize", [&] { doc.resizeSketch("train", {600, 400}); });
        step("duplicate", [&] { doc.duplicateSketches({"serve-l40s"}); });
        step("paste", [&] { doc.paste(copyFragment(doc.project(), {"train"}, {}), {0, 900}, {}); });
        step("remove node", [&] { doc.removeItems({}, {node}); });
        step("remove sketch", [&] { doc.removeItems({"serve-p5"}, {}); });
        step("new service assigned (macro)",
             [&] { doc.assignNewService(fleet, sketchdefaults::defaultService(m_catalog)); });
        step("rename project", [&] { doc.setProjectName("Renamed"); });
        step("currency", [&] { doc.setProjectCurrency("CNY"); });
        step("exchange rate (macro)", [&] { doc.setExchangeRate(7.1, "2026-12-01"); });
        step("pricing settings", [&] {
            Pricing pr = doc.project().sketch(fleet)->pricing;
            pr.discountPercent = 15;
            pr.pue = 1.3;
            doc.setPricing(fleet, pr);
        });
        step("project pricing", [&] {
            PricingDefaults d = doc.project().pricingDefaults;
            d.pricing.mode = PricingMode::Reserved1y;
            d.pricing.pue = 1.4;
            d.regionId = "aws-us-west-2";
            doc.setPricingDefaults(d);
        });
        step("frame takes the project's pricing", [&] { doc.setOwnPricing(fleet, false); });
        step("frame takes its own again (macro)", [&] {
            doc.setOwnPricing(fleet, true);
            // Its own pricing starts from what applied: the project's.
            QCOMPARE(doc.project().sketch(fleet)->pricing.mode, PricingMode::Reserved1y);
        });

        for (size_t i = snapshots.size() - 1; i > 0; --i) {
            doc.undoStack()->undo();
            QVERIFY2(doc.project() == snapshots[i - 1], qPrintable(QString("undo to step %1").arg(i - 1)));
        }
        QVERIFY(doc.undoStack()->isClean());
        for (size_t i = 1; i < snapshots.size(); ++i) {
            doc.undoStack()->redo();
            QVERIFY2(doc.project() == snapshots[i], qPrintable(QString("redo to step %1").arg(i)));
        }
        QCOMPARE(allIds(doc.project()).size(), idCount(doc.project())); // ids stay unique
    }

    void aDragIsOneUndoStep()
    {
        ProjectDocument doc;
        openExample(doc);
        const Project start = doc.project();
        const quint64 drag = doc.newDragSession();
        for (int x = 20; x <= 200; x += 20)
            doc.moveItems({{ItemPosition::What::Sketch, "train", {double(x), 0}},
                           {ItemPosition::What::Node, "serve-p5-nodes", {double(x), 100}}},
                          drag);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.project().sketch("train")->position, (Point{200, 0}));
        const quint64 resize = doc.newDragSession();
        doc.resizeSketch("train", {600, 400}, resize);
        doc.resizeSketch("train", {700, 420}, resize);
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.project() == start);
        // A second drag is a step of its own.
        doc.moveItems({{ItemPosition::What::Sketch, "train", {20, 0}}}, doc.newDragSession());
        doc.moveItems({{ItemPosition::What::Sketch, "train", {40, 0}}}, doc.newDragSession());
        QCOMPARE(doc.undoStack()->index(), 2);
    }

    void aDragBackToTheStartLeavesTheStackClean()
    {
        ProjectDocument doc;
        openExample(doc);
        const quint64 drag = doc.newDragSession();
        doc.moveItems({{ItemPosition::What::Sketch, "train", {100, 100}}}, drag);
        QVERIFY(doc.isModified());
        doc.moveItems({{ItemPosition::What::Sketch, "train", {0, 0}}}, drag);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    void editsThatChangeNothingPushNothing()
    {
        ProjectDocument doc;
        openExample(doc);
        QVERIFY(!doc.setCount("train-nodes", 64));
        QVERIFY(!doc.setRegion("train", "aws-us-east-1"));
        QVERIFY(!doc.setCount("train-nodes", 0)); // refused, not pushed
        QVERIFY(!doc.setCount("no-such-node", 3));
        doc.moveItems({{ItemPosition::What::Sketch, "train", {0, 0}}});
        doc.removeItems({"no-such-sketch"}, {});
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    void oneEditOneNotification()
    {
        ProjectDocument doc;
        openExample(doc);
        QSignalSpy spy(&doc, &ProjectDocument::changed);
        QVERIFY(doc.setCount("train-nodes", 32));
        QCOMPARE(spy.count(), 1);
        auto change = spy.takeFirst().at(0).value<ProjectChange>();
        QCOMPARE(change.kind, ProjectChange::Kind::NodeChanged);
        QCOMPARE(change.nodeIds, std::vector<std::string>{"train-nodes"});
        QCOMPARE(change.sketchIds, std::vector<std::string>{"train"});
        doc.undoStack()->undo();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).value<ProjectChange>().kind, ProjectChange::Kind::NodeChanged);
        doc.removeItems({"serve-p5"}, {});
        QCOMPARE(spy.count(), 1);
        change = spy.takeFirst().at(0).value<ProjectChange>();
        QCOMPARE(change.kind, ProjectChange::Kind::ItemsRemoved);
        QCOMPARE(change.sketchIds, std::vector<std::string>{"serve-p5"});
        QCOMPARE(change.nodeIds, std::vector<std::string>{"serve-p5-nodes"});
        TrainingJob j = *doc.project().trainingJob("pretrain-70b");
        j.globalBatch = 2048;
        doc.setTrainingJob(j);
        QCOMPARE(spy.count(), 1);
        change = spy.takeFirst().at(0).value<ProjectChange>();
        QCOMPARE(change.kind, ProjectChange::Kind::WorkloadChanged);
        QCOMPARE(change.workloadIds, std::vector<std::string>{"pretrain-70b"});
    }

    void removeKeepsWhatItRemovedInPlace()
    {
        ProjectDocument doc;
        openExample(doc);
        const Project start = doc.project();
        doc.removeItems({"train", "serve-l40s"}, {"serve-p5-nodes"});
        QCOMPARE(doc.project().sketches.size(), size_t(1));
        QVERIFY(doc.project().sketches.front().nodes.empty());
        doc.undoStack()->undo();
        QVERIFY(doc.project() == start); // same values, same order
    }

    void pasteAndDuplicateGiveFreshIdsAndShareWorkloads()
    {
        ProjectDocument doc;
        openExample(doc);
        Problems problems;
        auto fragment = parseFragment(
            serializeFragment(copyFragment(doc.project(), {"serve-p5"}, {"train-nodes"})), problems);
        QVERIFY(fragment);
        QCOMPARE(fragment->sketches.size(), size_t(1));
        QCOMPARE(fragment->nodes.size(), size_t(1));
        QCOMPARE(fragment->services.size(), size_t(1));
        const auto created = doc.paste(*fragment, {40, 40}, "serve-l40s");
        QCOMPARE(created.size(), size_t(2));
        QCOMPARE(allIds(doc.project()).size(), idCount(doc.project()));
        QCOMPARE(doc.project().services.size(), size_t(1)); // the unchanged service is reused
        const Sketch* copy = doc.project().sketch(created.front());
        QVERIFY(copy);
        QCOMPARE(copy->workloadId, std::string("chat"));
        QCOMPARE(copy->position, (Point{640, 40}));
        QCOMPARE(doc.project().sketch("serve-l40s")->nodes.size(), size_t(2));

        const auto variants = doc.duplicateSketches({"train"});
        QCOMPARE(variants.size(), size_t(1));
        const Sketch* variant = doc.project().sketch(variants.front());
        QCOMPARE(variant->workloadId, std::string("pretrain-70b"));
        QCOMPARE(variant->nodes.front().itemId, std::string("aws-p5.48xlarge"));
        QVERIFY(variant->nodes.front().id != "train-nodes");
        QCOMPARE(variant->position.x, 520.0 + 40.0);
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void clipboardGarbageIsRefused()
    {
        Problems problems;
        QVERIFY(!parseFragment("{not json", problems));
        QVERIFY(!problems.empty());
        problems.clear();
        QVERIFY(!parseFragment(
            R"({"infraplan_fragment":1,"project":{"format":1},"nodes":[{"item":"x","count":0}]})", problems));
        QVERIFY(!problems.empty());
    }

    void saveAndReopenIsEqual()
    {
        ProjectDocument doc;
        openExample(doc);
        doc.setCount("train-nodes", 128);
        doc.duplicateSketches({"serve-l40s"});
        doc.setPrecision("serve-p5", Precision::INT8);
        QTemporaryDir dir;
        const QString file = dir.filePath("plan.json");
        QString error;
        QVERIFY2(doc.saveAs(file, error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.filePath(), file);
        ProjectDocument reopened;
        Problems problems;
        QVERIFY(reopened.open(file, problems));
        QVERIFY(reopened.project() == doc.project());
        doc.undoStack()->undo();
        QVERIFY(doc.isModified());
    }

    void aBadFileLeavesTheOpenProjectAlone()
    {
        ProjectDocument doc;
        openExample(doc);
        doc.setCount("train-nodes", 8);
        const Project before = doc.project();
        for (const char* name : {"truncated.json", "wrong-types.json", "negative-count.json"}) {
            Problems problems;
            QVERIFY(!doc.open(QString(INFRAPLAN_SOURCE_DIR "/tests/data/errors/") + name, problems));
            QVERIFY2(!problems.empty(), name);
            QVERIFY(doc.project() == before);
            QCOMPARE(doc.undoStack()->count(), 1);
        }
    }

    void defaultsPickASensibleChassis()
    {
        const CatalogItem* training =
            sketchdefaults::chassisFor(m_catalog, "H100-SXM5-80GB", SketchRole::Training);
        QVERIFY(training);
        QCOMPARE(training->figureOr("accelerator_count", 0), 8.0);
        QVERIFY(training->attribute("offering") == "cloud"); // cloud before the owned DGX
        const CatalogItem* serving =
            sketchdefaults::chassisFor(m_catalog, "A100-SXM4-40GB", SketchRole::Inference);
        QVERIFY(serving);
        QCOMPARE(serving->figureOr("accelerator_count", 0), 1.0);
        QVERIFY(
            !sketchdefaults::chassisFor(m_catalog, "RTX-5090", SketchRole::Training)); // no instance holds it
        const TrainingJob job = sketchdefaults::defaultTrainingJob(m_catalog);
        QVERIFY(m_catalog.find(job.model.preset));
        QCOMPARE(job.trainingTokens, 20 * m_catalog.find(job.model.preset)->figureOr("params", 0));
    }

    void schedulerRecomputesTheEditedSketch()
    {
        ProjectDocument doc;
        openExample(doc);
        CatalogStore catalogs(shippedCatalog());
        SimulationScheduler scheduler(doc, catalogs);
        scheduler.setEngine(fake::engine(catalogs.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 600000); // a full simulation on a loaded CI machine
        for (const Sketch& s : doc.project().sketches)
            QVERIFY(scheduler.summary(s.id));
        const double before = scheduler.summary("serve-l40s")->monthly.totalUsd();
        QSignalSpy spy(&scheduler, &SimulationScheduler::resultsChanged);
        doc.setCount("serve-l40s-nodes", 8);
        QVERIFY(spy.count() >= 1); // the quick estimate arrives synchronously
        QCOMPARE(spy.first().at(0).value<std::vector<std::string>>(), std::vector<std::string>{"serve-l40s"});
        QVERIFY(scheduler.isBusy());                           // the full run is pending
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 600000); // a full simulation on a loaded CI machine
        QVERIFY(scheduler.isFinal("serve-l40s"));
        QVERIFY(scheduler.summary("serve-l40s")->computed);
        // Geometry does not recompute anything.
        spy.clear();
        doc.moveItems({{ItemPosition::What::Sketch, "train", {80, 80}}});
        QCOMPARE(spy.count(), 0);
        Q_UNUSED(before);
    }

    void slowQuickRunsMoveToTheWorkerAndStaleResultsAreDropped()
    {
        ProjectDocument doc;
        openExample(doc);
        CatalogStore catalogs(shippedCatalog());
        SimulationScheduler scheduler(doc, catalogs);
        std::atomic<int> runs{0};
        auto base = fake::engine(catalogs.get());
        scheduler.setEngine([&](const Project& p, const Sketch& s, const SimulationOptions& o) {
            ++runs;
            QThread::msleep(20);
            return base(p, s, o);
        });
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 600000);    // a full simulation on a loaded CI machine
        scheduler.setSyncBudget(std::chrono::microseconds(1000)); // every measured quick run is slower
        QSignalSpy spy(&scheduler, &SimulationScheduler::resultsChanged);
        doc.setCount("serve-l40s-nodes", 8);
        QCOMPARE(spy.count(), 0);                              // nothing ran on the UI thread
        doc.setCount("serve-l40s-nodes", 9);                   // supersedes the first run
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 600000); // a full simulation on a loaded CI machine
        QVERIFY(spy.count() >= 1);
        QVERIFY(scheduler.isFinal("serve-l40s"));
        // The final summary is the one for 9 nodes, never the stale one for 8.
        const SketchSummary fresh = base(doc.project(), *doc.project().sketch("serve-l40s"), {});
        QCOMPARE(scheduler.summary("serve-l40s")->monthly.totalUsd(), fresh.monthly.totalUsd());
    }

    void anUndoShowsTheFinalResultItHadAtOnce()
    {
        ProjectDocument doc;
        openExample(doc);
        CatalogStore catalogs(shippedCatalog());
        SimulationScheduler scheduler(doc, catalogs);
        std::atomic<int> fullRuns{0};
        auto base = fake::engine(catalogs.get());
        scheduler.setEngine([&](const Project& p, const Sketch& s, const SimulationOptions& o) {
            if (o.fullInferenceSimulation && s.role == SketchRole::Inference)
                ++fullRuns;
            return base(p, s, o);
        });
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 600000);
        const int original = scheduler.summary("serve-l40s")->instancesDrawn;
        doc.setCount("serve-l40s-nodes", 8);
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 600000);
        QVERIFY(scheduler.isFinal("serve-l40s"));
        const int edited = scheduler.summary("serve-l40s")->instancesDrawn;
        QVERIFY(edited != original);
        const int runs = fullRuns;
        // Undo puts the inputs back: the final result they had is shown at once, nothing is simulated.
        doc.undoStack()->undo();
        QVERIFY(scheduler.isFinal("serve-l40s"));
        QVERIFY(!scheduler.isBusy());
        QCOMPARE(scheduler.summary("serve-l40s")->instancesDrawn, original);
        doc.undoStack()->redo();
        QVERIFY(scheduler.isFinal("serve-l40s"));
        QCOMPARE(scheduler.summary("serve-l40s")->instancesDrawn, edited);
        QCOMPARE(int(fullRuns), runs);
        // Moving the sketch changes no input: still the same result on the next edit put back.
        doc.moveItems({{ItemPosition::What::Sketch, "serve-l40s", {500, 500}}});
        doc.setCount("serve-l40s-nodes", 9);
        doc.setCount("serve-l40s-nodes", 8);
        QVERIFY(scheduler.isFinal("serve-l40s"));
        QCOMPARE(scheduler.summary("serve-l40s")->instancesDrawn, edited);
        // A reloaded catalog empties the cache: its rows may change every figure.
        emit catalogs.catalogChanged();
        QVERIFY(!scheduler.isFinal("serve-l40s"));
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 600000);
        QVERIFY(int(fullRuns) > runs);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "test_document.moc"
