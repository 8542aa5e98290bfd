// The editor driven the way a user drives it: drags from the palette onto the canvas through the real drop
// path (palette model mime data, drag events on the canvas viewport), counts typed into the properties dock,
// undo and redo from the Edit menu's actions, invalid values refused at the field, files saved and reopened,
// bad files listed, and the catalog editor. A stand-in engine (tests/fakeengine.h) provides results so the
// results dock has figures to change before the real engines are in.
#include "canvasscene.h"
#include "canvasview.h"
#include "catalogeditordialog.h"
#include "catalogrowform.h"
#include "catalogstore.h"
#include "dropcontroller.h"
#include "editcontroller.h"
#include "fakeengine.h"
#include "filecontroller.h"
#include "isolateduserstate.h"
#include "mainwindow.h"
#include "numberfield.h"
#include "palettedock.h"
#include "palettefilter.h"
#include "palettemodel.h"
#include "priceimportaction.h"
#include "projectdocument.h"
#include "projectfile.h"
#include "propertiesdock.h"
#include "resultsdock.h"
#include "simulation.h"
#include "simulationscheduler.h"
#include "sketchframeitem.h"
#include "sketchpage.h"

#include <filesystem>
#include <memory>
#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>
#include <QUndoStack>

using namespace infraplan;
using namespace infraplan::ui;

namespace {
const char* const kExample = INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json";
}

class TestGui : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    MainWindow& window() { return *m_window; }
    ProjectDocument& doc() { return m_window->document(); }

    /// Mime data exactly as the palette's view would put on a drag of this catalog row (QDrag would own it).
    std::unique_ptr<QMimeData> paletteDrag(const std::string& id)
    {
        PaletteDock& palette = window().palette();
        const QModelIndex source = palette.model()->indexOfItem(id);
        const QModelIndex index = palette.filter()->mapFromSource(source);
        if (!index.isValid() || !(index.flags() & Qt::ItemIsDragEnabled))
            return nullptr;
        return std::unique_ptr<QMimeData>(palette.view()->model()->mimeData({index}));
    }

    /// Drags mime data over the canvas and drops it at a scene position, through the view's viewport.
    bool dropAt(std::unique_ptr<QMimeData> owned, QPointF scenePos)
    {
        if (!owned)
            return false;
        QMimeData* mime = owned.get();
        CanvasView& view = window().view();
        const QPoint p = view.mapFromScene(scenePos);
        QDragEnterEvent enter(p, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &enter);
        QDragMoveEvent move(p, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
        if (!move.isAccepted())
            return false;
        QDropEvent drop(QPointF(p), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &drop);
        return drop.isAccepted();
    }

    void typeInto(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    void openExample()
    {
        QVERIFY(window().files().openFile(kExample));
        window().results().setEngine(fake::engine(window().catalogs().get()));
        QTRY_VERIFY_WITH_TIMEOUT(!window().results().isBusy(),
                                 600000); // a full simulation on a loaded CI machine
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateUserState(m_dir);
        QCoreApplication::setOrganizationName("InfraplanTest");
        QCoreApplication::setApplicationName("InfraplanTest");
    }

    void init()
    {
        const std::filesystem::path exeDir = std::filesystem::path(INFRAPLAN_CATALOG_DB).parent_path();
        m_window = std::make_unique<MainWindow>(AppPaths{exeDir, INFRAPLAN_SOURCE_DIR "/data/examples"});
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(window().catalogs().loadError().isEmpty());
        window().scene().dropController().setRoleChooser(
            [](const CatalogItem&) { return SketchRole::Inference; });
    }

    void cleanup()
    {
        doc().undoStack()->setClean(); // nothing to ask about on close
        m_window.reset();
    }

    void dropsFromThePaletteBuildAFleet()
    {
        QVERIFY(doc().project().sketches.empty());
        // An instance on empty space: a new inference fleet with a default service.
        QVERIFY(dropAt(paletteDrag("aws-g6e.12xlarge"), {100, 100}));
        QCOMPARE(doc().project().sketches.size(), size_t(1));
        const Sketch fleet = doc().project().sketches.front();
        QCOMPARE(fleet.role, SketchRole::Inference);
        QCOMPARE(fleet.nodes.size(), size_t(1));
        QCOMPARE(fleet.nodes.front().itemId, std::string("aws-g6e.12xlarge"));
        QVERIFY(doc().project().service(fleet.workloadId)); // created because the project had none
        SketchFrameItem* frame = window().scene().frameItem(fleet.id);
        QVERIFY(frame);
        QVERIFY(frame->isSelected());
        QCOMPARE(doc().undoStack()->count(), 1);

        // Another instance onto the frame: a second node group; a region onto it sets the region.
        const QPointF inside = frame->mapToScene(frame->bodyRect().center() + QPointF(0, 40));
        QVERIFY(dropAt(paletteDrag("aws-g6.xlarge"), inside));
        QCOMPARE(doc().project().sketches.size(), size_t(1));
        QCOMPARE(doc().project().sketches.front().nodes.size(), size_t(2));
        QVERIFY(dropAt(paletteDrag("aws-us-west-2"), inside));
        QCOMPARE(doc().project().sketches.front().regionId, std::string("aws-us-west-2"));
        QVERIFY(dropAt(paletteDrag("RoCE-400"), inside));
        QCOMPARE(doc().project().sketches.front().scaleOutLink, std::string("RoCE-400"));
        QVERIFY(dropAt(paletteDrag("llama33-70b"), inside));
        QCOMPARE(doc().project().service(fleet.workloadId)->model.preset, std::string("llama33-70b"));

        // A region dropped on empty space does nothing.
        QVERIFY(!dropAt(paletteDrag("aws-us-east-1"), {3000, 3000}));

        // An accelerator on empty space: a server holding one of them (serving prefers 1 per node).
        QVERIFY(dropAt(paletteDrag("L4"), {100, 900}));
        QCOMPARE(doc().project().sketches.size(), size_t(2));
        QCOMPARE(doc().project().sketches.back().nodes.front().itemId, std::string("aws-g6.xlarge"));
        QCOMPARE(doc().project().sketches.back().workloadId, fleet.workloadId); // reuses the service

        // An accelerator no instance holds: the user is told, nothing changes.
        QSignalSpy problems(&window().scene().dropController(), &DropController::problem);
        const int steps = doc().undoStack()->count();
        dropAt(paletteDrag("RTX-5090"), {1500, 900});
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.first().at(0).toString().contains("No server or cloud instance"));
        QCOMPARE(doc().undoStack()->count(), steps);

        // Each drop was one undo step; undoing them all empties the canvas.
        while (doc().undoStack()->canUndo())
            window().edits().undoAction()->trigger();
        QVERIFY(doc().project().sketches.empty());
        QVERIFY(!window().scene().frameItem(fleet.id));
    }

    void aCountTypedInPropertiesChangesTheResults()
    {
        openExample();
        window().scene().selectIds(std::vector<std::string>{"train"});
        NumberField* count = window().properties().sketchPage()->countField("train-nodes");
        QVERIFY(count);
        QCOMPARE(count->lineEdit()->text(), QString("64"));
        ResultsDock& results = window().resultsDock();
        QCOMPARE(results.sketchId(), std::string("train"));
        QCOMPARE(results.figure("Accelerators"), QString("512"));
        // A training cluster is priced as its run, once; never as a monthly rate.
        QVERIFY(results.figure("Monthly cost").isEmpty());
        const QString cost = results.figure("Cost of the run");
        const QString time = results.figure("Time to train");
        const QString power = results.figure("Peak (facility)");
        QVERIFY(!cost.isEmpty());

        typeInto(count->lineEdit(), "16");
        QCOMPARE(doc().project().sketch("train")->nodes.front().count, 16);
        QCOMPARE(results.figure("Accelerators"), QString("128"));
        QTRY_VERIFY_WITH_TIMEOUT(!window().results().isBusy(),
                                 600000); // a full simulation on a loaded CI machine
        QVERIFY(results.figure("Time to train") != time);
        QVERIFY(results.figure("Peak (facility)") != power);
        QVERIFY(window().isWindowModified());

        // Undo and redo from the Edit menu: the field and the results follow.
        window().edits().undoAction()->trigger();
        QCOMPARE(doc().project().sketch("train")->nodes.front().count, 64);
        QCOMPARE(count->lineEdit()->text(), QString("64"));
        QCOMPARE(results.figure("Accelerators"), QString("512"));
        QCOMPARE(results.figure("Cost of the run"), cost);
        QVERIFY(!window().isWindowModified());
        window().edits().redoAction()->trigger();
        QCOMPARE(count->lineEdit()->text(), QString("16"));
        QCOMPARE(results.figure("Accelerators"), QString("128"));
    }

    void frameBadgesPriceTrainingOnceAndShowNoInventedPower()
    {
        Problems problems;
        const auto p =
            projectfile::load(INFRAPLAN_SOURCE_DIR "/data/examples/recsys-train-vs-serve.json", problems);
        QVERIFY(p);
        const Catalog& catalog = window().catalogs().get();
        SimulationOptions quick;
        quick.fullInferenceSimulation = false;
        bool sawUnpublished = false;
        for (const Sketch& sketch : p->sketches) {
            const SketchSummary s = simulateSketch(*p, sketch, catalog, quick);
            QVERIFY2(s.computed, s.error.c_str());
            SketchFrameItem frame(sketch.id);
            frame.sync(sketch, *p, catalog);
            frame.setSummary(&s, true);
            const QString badge = frame.badgeLines().join('\n');
            if (sketch.role == SketchRole::Training) {
                // A run is paid once: no monthly rate beside the fleets' monthly bills.
                QVERIFY2(!badge.contains("Per month"), qPrintable(badge));
                QVERIFY2(badge.contains("Run cost (once): $"), qPrintable(badge));
            } else {
                QVERIFY2(badge.contains("Per month: $"), qPrintable(badge));
            }
            // Inferentia2 has no published TDP: its power is unknown, never "0 W".
            QVERIFY2(!badge.contains(QRegularExpression("Peak power: 0[.,0]* W")), qPrintable(badge));
            if (sketch.nodes.front().itemId == "aws-inf2.xlarge") {
                sawUnpublished = true;
                QVERIFY(!s.peakPower.published);
                QVERIFY2(badge.contains("Peak power: not published"), qPrintable(badge));
            } else {
                QVERIFY(s.peakPower.published && s.peakPower.facilityW() > 0);
            }
        }
        QVERIFY(sawUnpublished);
    }

    void unsetPricingFiguresShowTheDefaultThatApplies()
    {
        openExample();
        window().scene().selectIds(std::vector<std::string>{"train"});
        QLineEdit* pue = nullptr;
        for (QLineEdit* e : window().properties().findChildren<QLineEdit*>())
            if (e->accessibleName() == "PUE")
                pue = e;
        QVERIFY(pue);
        QCOMPARE(doc().project().sketch("train")->pricing.pue, 0.0);
        // Not "0": empty, with the region's catalog figure and its origin as the placeholder.
        QCOMPARE(pue->text(), QString());
        QVERIFY2(pue->placeholderText().contains("1.15") && pue->placeholderText().contains("catalog"),
                 qPrintable(pue->placeholderText()));
        // The example's frames use the project's pricing: read-only here until the frame has its own.
        QVERIFY(!pue->isEnabled());
        QVERIFY(doc().setOwnPricing("train", true));
        QVERIFY(pue->isEnabled());
        typeInto(pue, "1.4");
        QCOMPARE(doc().project().sketch("train")->pricing.pue, 1.4);
        pue->setFocus();
        pue->selectAll();
        QTest::keyClick(pue, Qt::Key_Backspace);
        QTest::keyClick(pue, Qt::Key_Return);
        QCOMPARE(doc().project().sketch("train")->pricing.pue, 0.0);
        QCOMPARE(doc().undoStack()->count(), 3);
        typeInto(pue, "0.5"); // below any real site's PUE: refused at the field
        QCOMPARE(doc().project().sketch("train")->pricing.pue, 0.0);
    }

    void invalidValuesAreRefusedAtTheField()
    {
        openExample();
        window().scene().selectIds(std::vector<std::string>{"train"});
        NumberField* count = window().properties().sketchPage()->countField("train-nodes");
        const Project before = doc().project();
        typeInto(count->lineEdit(), "0");
        QVERIFY(doc().project() == before);
        QVERIFY2(count->problemText().contains("too small"), qPrintable(count->problemText()));
        typeInto(count->lineEdit(), "2.5");
        QVERIFY(count->problemText().contains("not a whole number"));
        QVERIFY(doc().project() == before);
        QCOMPARE(doc().undoStack()->count(), 0);
        // Leaving the field puts the accepted value back and keeps the reason visible.
        window().view().setFocus();
        QCOMPARE(count->lineEdit()->text(), QString("64"));
        QVERIFY(count->problemText().startsWith("Refused"));
        // A cross-field rule: min replicas above max replicas.
        window().scene().selectIds(std::vector<std::string>{"serve-p5"});
        QLineEdit* minReplicas = nullptr;
        for (QLineEdit* e : window().properties().findChildren<QLineEdit*>())
            if (e->accessibleName() == "Min replicas")
                minReplicas = e;
        QVERIFY(minReplicas);
        typeInto(minReplicas, "99");
        QCOMPARE(doc().project().sketch("serve-p5")->autoscaling.minReplicas, 1);
        QCOMPARE(doc().undoStack()->count(), 0);
    }

    void canvasKeyboardEditing()
    {
        openExample();
        CanvasView& view = window().view();
        view.setFocus();
        window().scene().selectIds(std::vector<std::string>{"serve-l40s"});
        QTest::keyClick(view.viewport(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(doc().project().sketches.size(), size_t(4));
        const Sketch& copy = doc().project().sketches.back();
        QCOMPARE(copy.workloadId, std::string("chat"));
        QVERIFY(window().scene().frameItem(copy.id)->isSelected());
        QTest::keyClick(view.viewport(), Qt::Key_Right);
        QCOMPARE(doc().project().sketches.back().position.x, copy.position.x);
        QCOMPARE(doc().project().sketches.back().position.x, 600 + 480 + 40 + 20.0);
        QTest::keyClick(view.viewport(), Qt::Key_Delete);
        QCOMPARE(doc().project().sketches.size(), size_t(3));
        window().scene().selectIds(std::vector<std::string>{"train"});
        QTest::keyClick(view.viewport(), Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(view.viewport(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(doc().project().sketches.size(), size_t(4));
        QCOMPARE(doc().project().trainingJobs.size(), size_t(1)); // the unchanged job is shared
        QTest::keyClick(view.viewport(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc().project().sketches.size(), size_t(3));
    }

    void mouseDragMovesAFrameInOneStep()
    {
        openExample();
        CanvasView& view = window().view();
        view.setZoom(1.0);
        SketchFrameItem* frame = window().scene().frameItem("serve-l40s");
        const QPoint start = view.mapFromScene(frame->mapToScene(QPointF(200, 20)));
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
        for (int i = 1; i <= 5; ++i) {
            QMouseEvent move(QEvent::MouseMove, start + QPoint(i * 20, i * 10),
                             view.viewport()->mapToGlobal(start + QPoint(i * 20, i * 10)), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view.viewport(), &move);
        }
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + QPoint(100, 50));
        QCOMPARE(doc().undoStack()->count(), 1);
        const Point moved = doc().project().sketch("serve-l40s")->position;
        QCOMPARE(moved, (Point{700, 420})); // 600,360 + (100,50) snapped to the 20-unit grid
        window().edits().undoAction()->trigger();
        QCOMPARE(doc().project().sketch("serve-l40s")->position, (Point{600, 360}));
        QCOMPARE(frame->pos(), QPointF(600, 360));
    }

    void saveAndReopenGivesAnEqualDocument()
    {
        openExample();
        doc().setCount("serve-l40s-nodes", 6);
        const QString file = m_dir.filePath("saved.json");
        QString error;
        QVERIFY(doc().saveAs(file, error));
        QVERIFY(!window().isWindowModified());
        QVERIFY(window().windowTitle().contains("saved.json"));
        const Project saved = doc().project();
        QVERIFY(window().files().newProject());
        QVERIFY(doc().project().sketches.empty());
        QVERIFY(window().files().openFile(file));
        QVERIFY(doc().project() == saved);
        QVERIFY(window().files().recentFiles().contains(file));
    }

    void badFilesAreListedAndLoseNothing()
    {
        openExample();
        const Project before = doc().project();
        QSignalSpy spy(&window().files(), &FileController::problemsFound);
        QVERIFY(!window().files().openFile(INFRAPLAN_SOURCE_DIR "/tests/data/errors/wrong-types.json"));
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.first().at(2).toStringList().size() >= 2); // every problem, not just the first
        QVERIFY(doc().project() == before);
        QCOMPARE(doc().filePath(), QString(kExample));

        // Catalog problems: the project opens anyway and the problems are listed.
        Project odd = before;
        odd.sketches.front().nodes.front().itemId = "no-such-instance";
        odd.sketches.front().regionId = "no-such-region";
        std::string error;
        const QString file = m_dir.filePath("odd.json");
        QVERIFY(projectfile::save(odd, file.toStdString(), error));
        spy.clear();
        QVERIFY(window().files().openFile(file));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(2).toStringList().size(), 2);
        QVERIFY(doc().project() == odd);
        QTRY_VERIFY_WITH_TIMEOUT(!window().results().isBusy(),
                                 600000);                        // a full simulation on a loaded CI machine
        QVERIFY(!window().results().summary("train")->computed); // shown as not simulated, not lost
    }

    void paletteFilters()
    {
        PaletteDock& palette = window().palette();
        auto visible = [&](const std::string& id) {
            return palette.filter()->mapFromSource(palette.model()->indexOfItem(id)).isValid();
        };
        QTest::keyClicks(palette.searchField(), "h100");
        QVERIFY(visible("H100-SXM5-80GB"));
        QVERIFY(visible("aws-p5.48xlarge"));
        QVERIFY(!visible("L4"));
        palette.searchField()->clear();
        palette.filter()->setMinMemoryGb(100);
        QVERIFY(!visible("H100-SXM5-80GB"));
        QVERIFY(visible("MI300X"));
        QVERIFY(visible("aws-us-east-1")); // regions have no memory
        palette.filter()->setMinMemoryGb(std::nullopt);
        palette.filter()->setMaxUsdPerHour(1.0);
        QVERIFY(visible("aws-g6.xlarge"));
        QVERIFY(!visible("aws-p5.48xlarge"));
        palette.filter()->setMaxUsdPerHour(std::nullopt);
        palette.filter()->setProvider("gcp");
        QVERIFY(visible("TPU-v5e"));
        QVERIFY(!visible("Inferentia2"));
        QVERIFY(!visible("aws-p5.48xlarge"));
        palette.filter()->setProvider({});
        palette.filter()->setVendor("AMD");
        QVERIFY(visible("MI300X"));
        QVERIFY(!visible("H100-SXM5-80GB"));
        palette.filter()->setVendor({});
        // Tooltips carry figures with their source and date.
        const QString tip = palette.model()->indexOfItem("H100-SXM5-80GB").data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains("Memory"));
        QVERIFY(tip.contains("GB"));
        QVERIFY(tip.contains(QRegularExpression("20\\d\\d")));
    }

    void catalogEditorSavesValidRowsOnly()
    {
        CatalogEditorDialog dialog(window().catalogs(), &window());
        dialog.showRow("aws-g6.xlarge");
        QVERIFY(!dialog.saveRow()); // shipped: read-only
        dialog.duplicateRow();
        QCOMPARE(dialog.form()->idEdit()->text(), QString("aws-g6.xlarge-custom"));
        // A figure far outside its sane range is refused with the reason.
        QTableWidget* figures = dialog.form()->figureTable();
        figures->item(0, 1)->setText("99999999");
        QVERIFY(!dialog.saveRow());
        QVERIFY(dialog.problemList()->count() >= 1);
        QVERIFY(dialog.problemList()->item(0)->text().contains("outside the sane range"));
        QVERIFY(!window().catalogs().get().find("aws-g6.xlarge-custom"));
        figures->item(0, 1)->setText("1");
        QVERIFY(dialog.saveRow());
        const CatalogItem* saved = window().catalogs().get().find("aws-g6.xlarge-custom");
        QVERIFY(saved);
        QCOMPARE(saved->origin, ItemOrigin::User);
        // It is in the palette, ready to drag.
        QVERIFY(window().palette().model()->indexOfItem("aws-g6.xlarge-custom").isValid());
        QString error;
        QVERIFY(window().catalogs().removeUserRow("aws-g6.xlarge-custom", error));
    }

    void importPricesFromTheCatalogMenu()
    {
        // The menu entry exists and runs the same model function as the command line.
        bool found = false;
        for (QAction* a : window().menuBar()->actions())
            if (a->menu())
                for (QAction* item : a->menu()->actions())
                    found |= item->text().remove('&') == "Import prices…";
        QVERIFY(found);
        bool ok = false;
        const QString summary = importPriceFile(
            window().catalogs(), INFRAPLAN_SOURCE_DIR "/tests/data/prices/azure-retail-prices.json", "", ok);
        QVERIFY2(ok, qPrintable(summary));
        QVERIFY(summary.contains("matched azure-ND96isr-H100-v5"));
        QVERIFY(summary.contains("Windows meters"));
        const CatalogItem* copy = window().catalogs().get().find("azure-ND96isr-H100-v5-prices-2026-11-15");
        QVERIFY(copy);
        QCOMPARE(copy->figureOr("price_on_demand_usd_h", 0), 90.0);
        QVERIFY(
            window().catalogs().get().find("azure-ND96isr-H100-v5")->figureOr("price_on_demand_usd_h", 0) !=
            90.0);
        QString error;
        QVERIFY(window().catalogs().removeUserRow("azure-ND96isr-H100-v5-prices-2026-11-15", error));
        ok = true;
        importPriceFile(window().catalogs(), INFRAPLAN_SOURCE_DIR "/README.md", "", ok);
        QVERIFY(!ok);
    }
};

QTEST_MAIN(TestGui)
#include "test_gui.moc"
