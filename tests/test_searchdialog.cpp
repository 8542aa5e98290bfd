// "Find a plan…" through the real main window: the action opens the search for the selected sketch, the
// search runs off the UI thread, a result's layout is applied to the sketch and a result is added to the
// canvas as a new sketch; each is one undo step.
#include "canvasscene.h"
#include "filecontroller.h"
#include "isolateduserstate.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "searchcontroller.h"
#include "searchdialog.h"
#include "searchresultsmodel.h"

#include <QAction>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace infraplan;
using namespace infraplan::ui;

class TestSearchDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    SearchDialog* openSearchFor(const std::string& sketchId)
    {
        m_window->scene().selectIds({sketchId});
        QAction* action = m_window->search().findPlanAction();
        if (!action->isEnabled())
            return nullptr;
        action->trigger();
        return m_window->search().dialog();
    }

    static bool runToEnd(SearchDialog* dialog)
    {
        QSignalSpy finished(dialog, &SearchDialog::searchFinished);
        dialog->startSearch();
        if (!dialog->isRunning() && finished.isEmpty())
            return false;
        return finished.count() > 0 || finished.wait(120000);
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
        QVERIFY(m_window->files().openFile(INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json"));
    }

    void cleanup() { m_window.reset(); }

    void actionNeedsOneSketch()
    {
        m_window->scene().selectIds({});
        QVERIFY(!m_window->search().findPlanAction()->isEnabled());
        m_window->scene().selectIds({"train"});
        QVERIFY(m_window->search().findPlanAction()->isEnabled());
    }

    void applyLayoutIsOneUndoStep()
    {
        ProjectDocument& doc = m_window->document();
        const ParallelLayout before = doc.project().sketch("train")->layout;
        QVERIFY(before.automatic);
        SearchDialog* dialog = openSearchFor("train");
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), SearchKind::Layout);
        QVERIFY(runToEnd(dialog));
        QVERIFY(dialog->results().rowCount() > 1);
        // Sorting by cost keeps rows and their layouts together: apply the first row of that order.
        dialog->table()->sortByColumn(SearchResultsModel::Cost, Qt::AscendingOrder);
        dialog->table()->selectRow(0);
        const QModelIndex first = dialog->table()->model()->index(0, SearchResultsModel::Configuration);
        const QString chosen = first.data().toString();
        const int undoBefore = doc.undoStack()->count();
        QVERIFY(dialog->applySelectedLayout());
        QCOMPARE(doc.undoStack()->count(), undoBefore + 1);
        const ParallelLayout after = doc.project().sketch("train")->layout;
        QVERIFY(!after.automatic);
        QCOMPARE(QString::fromStdString(describeLayout(toTrainingLayout(after))), chosen);
        doc.undoStack()->undo();
        QVERIFY(doc.project().sketch("train")->layout == before);
    }

    void addClusterAsNewSketchLandsOnTheCanvas()
    {
        ProjectDocument& doc = m_window->document();
        const size_t sketches = doc.project().sketches.size();
        SearchDialog* dialog = openSearchFor("train");
        QVERIFY(dialog);
        dialog->setKind(SearchKind::Cluster);
        QVERIFY(runToEnd(dialog));
        QVERIFY(dialog->results().rowCount() > 0);
        dialog->table()->selectRow(0);
        const std::string id = dialog->addSelectedAsSketch();
        QVERIFY(!id.empty());
        QCOMPARE(doc.project().sketches.size(), sketches + 1);
        const Sketch* added = doc.project().sketch(id);
        QVERIFY(added);
        QCOMPARE(added->workloadId, std::string("pretrain-70b"));
        QVERIFY(!added->layout.automatic);
        // The canvas shows it: the new frame can be selected.
        m_window->scene().selectIds({id});
        QCOMPARE(m_window->scene().selectedSketchIds(), std::vector<std::string>{id});
        doc.undoStack()->undo();
        QCOMPARE(doc.project().sketches.size(), sketches);
        QVERIFY(!doc.project().sketch(id));
    }

    void cancelStopsAFleetSearch()
    {
        SearchDialog* dialog = openSearchFor("serve-p5");
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), SearchKind::Fleet);
        QSignalSpy finished(dialog, &SearchDialog::searchFinished);
        dialog->startSearch();
        QVERIFY(dialog->isRunning());
        dialog->cancelSearch();
        QVERIFY(finished.wait(60000));
        QVERIFY(!dialog->isRunning());
    }
};

QTEST_MAIN(TestSearchDialog)
#include "test_searchdialog.moc"
