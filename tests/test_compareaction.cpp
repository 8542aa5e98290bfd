// The Compare action in the real main window: it opens the comparison dock on the selected sketches, and a
// frame duplicated from the canvas with its hardware changed shows up in the comparison as results arrive.
#include "canvasscene.h"
#include "comparecontroller.h"
#include "comparisontablewidget.h"
#include "comparisonview.h"
#include "editcontroller.h"
#include "filecontroller.h"
#include "isolateduserstate.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "simulationscheduler.h"

#include <QAction>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace infraplan;
using namespace infraplan::ui;

class TestCompareAction : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    void settle()
    {
        QElapsedTimer waited;
        waited.start();
        while (
            (m_window->results().isBusy() || m_window->comparison().isUpdating() || waited.elapsed() < 400) &&
            waited.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
    }

private slots:
    void initTestCase()
    {
        isolateUserState(m_dir);
        qputenv("INFRAPLAN_CATALOG", INFRAPLAN_CATALOG_DB);
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(AppPaths{{}, INFRAPLAN_SOURCE_DIR "/data/examples"});
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(m_window->files().openFile(INFRAPLAN_SOURCE_DIR "/data/examples/recsys-train-vs-serve.json"));
    }

    void cleanup() { m_window.reset(); }

    void compareOpensTheDockOnTheSelection()
    {
        CompareController& c = m_window->comparison();
        QVERIFY(!c.dock()->isVisible());
        QVERIFY(m_window->findChildren<QAction*>().contains(c.compareAction()));
        m_window->scene().selectIds({"serve-on-training", "serve-on-inference"});
        c.compareAction()->trigger();
        QVERIFY(c.dock()->isVisible());
        settle();
        QCOMPARE(c.view().focusedSketches(),
                 (std::vector<std::string>{"serve-on-training", "serve-on-inference"}));
        QCOMPARE(c.view().table()->columnCount(), 2);
        QCOMPARE(c.view().table()->horizontalHeaderItem(0)->text(),
                 QString("Ranking on training servers sized for the peak (p4d.24xlarge)"));

        // One frame selected: compare everything.
        m_window->scene().selectIds({"train"});
        c.compareAction()->trigger();
        settle();
        QCOMPARE(c.view().table()->columnCount(), 5);
    }

    void duplicatedFrameWithOtherHardwareJoinsTheComparison()
    {
        CompareController& c = m_window->comparison();
        c.compare({});
        settle();
        QCOMPARE(c.view().table()->columnCount(), 5);
        m_window->scene().selectIds({"serve-on-inference"});
        m_window->edits().duplicateAction()->trigger();
        const auto copies = m_window->scene().selectedSketchIds();
        QCOMPARE(copies.size(), size_t(1));
        const Sketch* copy = m_window->document().project().sketch(copies.front());
        QVERIFY(copy);
        QVERIFY(m_window->document().setNodeItem(copy->nodes.front().id, "aws-g6e.xlarge"));
        settle();
        ComparisonTableWidget* table = c.view().table();
        QCOMPARE(table->columnCount(), 6);
        QCOMPARE(table->horizontalHeaderItem(5)->text(),
                 QString::fromStdString(m_window->document().project().sketch(copies.front())->name));
        // The comparison holds the copy's own, current result.
        const SketchSummary* result = m_window->results().summary(copies.front());
        QVERIFY(result);
        QCOMPARE(c.view().analysis().summaries.back().sketchId, copies.front());
        QCOMPARE(c.view().analysis().summaries.back().computed, result->computed);
        QCOMPARE(c.view().analysis().summaries.back().monthly.totalUsd(), result->monthly.totalUsd());
    }
};

QTEST_MAIN(TestCompareAction)
#include "test_compareaction.moc"
