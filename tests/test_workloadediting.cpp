// Editing workloads where people look for them, in the real main window: the Workload tab of a frame, a
// service shared by two fleets shown as shared with a way to give one fleet its own copy, new jobs with
// names of their own, the question about a job nobody uses any more, and the searchable instance picker.
#include "canvasscene.h"
#include "catalogstore.h"
#include "dropcontroller.h"
#include "editcontroller.h"
#include "filecontroller.h"
#include "instancepicker.h"
#include "isolateduserstate.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "propertiesdock.h"
#include "sketchpage.h"
#include "workloadeditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <QUndoStack>
#include <set>

using namespace infraplan;
using namespace infraplan::ui;

class TestWorkloadEditing : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ProjectDocument& doc() { return m_window->document(); }
    PropertiesDock& dock() { return m_window->properties(); }

    /// The frame's workload combo, found by its "New …" entry.
    QComboBox* workloadChoice()
    {
        for (QComboBox* box : dock().sketchPage()->findChildren<QComboBox*>())
            for (int i = 0; i < box->count(); ++i)
                if (box->itemText(i).startsWith("New training job") ||
                    box->itemText(i).startsWith("New inference service"))
                    return box;
        return nullptr;
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

    void theWorkloadHasATabOfItsOwn()
    {
        m_window->scene().selectIds({"train"});
        QTabWidget* tabs = dock().sketchTabs();
        QVERIFY(tabs->isVisible());
        QCOMPARE(tabs->tabText(1), QString("Workload"));
        tabs->setCurrentIndex(1);
        WorkloadEditor* editor = dock().workloadEditor();
        QVERIFY(editor->isVisible());
        const auto names = editor->findChildren<QLineEdit*>();
        QVERIFY(std::any_of(names.begin(), names.end(), [](const QLineEdit* e) {
            return e->isVisible() && e->text().startsWith("DLRM-DCNv2 training");
        }));
        QVERIFY(!editor->sharedNote()->isVisible()); // the job is the training frame's alone
    }

    void aSharedServiceSaysSoAndAFleetCanTakeItsOwnCopy()
    {
        m_window->scene().selectIds({"serve-on-inference"});
        dock().sketchTabs()->setCurrentIndex(1);
        WorkloadEditor* editor = dock().workloadEditor();
        QVERIFY(editor->sharedNote()->isVisible());
        QVERIFY(editor->sharedNote()->text().contains(
            "Ranking on training servers sized for the peak (p4d.24xlarge)"));
        QVERIFY(editor->ownCopyButton()->isVisible());

        const Project before = doc().project();
        const int steps = doc().undoStack()->count();
        QTest::mouseClick(editor->ownCopyButton(), Qt::LeftButton);
        const Project& after = doc().project();
        QCOMPARE(after.services.size(), before.services.size() + 1);
        const std::string copyId = after.sketch("serve-on-inference")->workloadId;
        QVERIFY(copyId != "rank");
        QCOMPARE(after.sketch("serve-on-training")->workloadId, std::string("rank"));
        const InferenceService* copy = after.service(copyId);
        QVERIFY(copy);
        QVERIFY(copy->name != before.service("rank")->name);
        QCOMPARE(copy->model, before.service("rank")->model);
        QCOMPARE(copy->traffic.peakRps, before.service("rank")->traffic.peakRps);
        QVERIFY(!editor->sharedNote()->isVisible());

        QCOMPARE(doc().undoStack()->count(), steps + 1); // one undo step
        doc().undoStack()->undo();
        QCOMPARE(doc().project(), before);
        QVERIFY(editor->sharedNote()->isVisible());
    }

    void aNewJobGetsANameOfItsOwnAndTheLeftJobCanGo()
    {
        m_window->scene().selectIds({"train"});
        QComboBox* choice = workloadChoice();
        QVERIFY(choice);
        const Project before = doc().project();
        int asked = 0;
        QString askedAbout;
        dock().sketchPage()->setDeleteWorkloadQuestion([&](const QString& name) {
            ++asked;
            askedAbout = name;
            return false; // keep it
        });
        const int newIndex = choice->count() - 1;
        QVERIFY(choice->itemText(newIndex).startsWith("New training job"));
        choice->setCurrentIndex(newIndex);
        emit choice->activated(newIndex);
        QCOMPARE(asked, 1);
        QVERIFY(askedAbout.startsWith("DLRM-DCNv2 training"));
        const Project& kept = doc().project();
        QCOMPARE(kept.trainingJobs.size(), size_t(2));
        std::set<std::string> names;
        for (const TrainingJob& j : kept.trainingJobs)
            names.insert(j.name);
        QCOMPARE(names.size(), size_t(2));

        // A second new job while the first is unused by anyone else: asked again; this time it goes.
        dock().sketchPage()->setDeleteWorkloadQuestion([&](const QString&) {
            ++asked;
            return true;
        });
        const std::string firstNew = kept.sketch("train")->workloadId;
        choice = workloadChoice();
        const int again = choice->count() - 1;
        emit choice->activated(again);
        QCOMPARE(asked, 2);
        const Project& replaced = doc().project();
        QVERIFY(!replaced.trainingJob(firstNew));
        QCOMPARE(replaced.trainingJobs.size(), size_t(2)); // the original (kept) and the newest
        QVERIFY(replaced.trainingJob("train-dlrm"));
        QVERIFY(replaced.trainingJobs[0].name != replaced.trainingJobs[1].name);

        doc().undoStack()->undo(); // the switch and the deletion are one step
        QVERIFY(doc().project().trainingJob(firstNew));
        QCOMPARE(doc().project().sketch("train")->workloadId, firstNew);
        doc().undoStack()->undo();
        QCOMPARE(doc().project(), before);
    }

    void aWorkloadOthersStillUseIsNotOfferedForDeletion()
    {
        m_window->scene().selectIds({"serve-on-inference"});
        int asked = 0;
        dock().sketchPage()->setDeleteWorkloadQuestion([&](const QString&) {
            ++asked;
            return true;
        });
        QComboBox* choice = workloadChoice();
        emit choice->activated(choice->count() - 1); // a new service; "rank" is still the other fleet's
        QCOMPARE(asked, 0);
        QVERIFY(doc().project().service("rank"));
    }

    void aModelDroppedOnOneFleetLeavesTheOtherAlone()
    {
        const Project before = doc().project();
        const std::string modelId = m_window->catalogs().get().items(ItemKind::Model).front()->id;
        m_window->scene().dropController().drop(modelId, {}, "serve-on-inference");
        const Project& after = doc().project();
        QCOMPARE(*after.service("rank"), *before.service("rank")); // the other fleet's service, untouched
        const InferenceService* own = after.service(after.sketch("serve-on-inference")->workloadId);
        QVERIFY(own && own->id != "rank");
        QCOMPARE(own->model.preset, modelId);
        doc().undoStack()->undo(); // copy and model: one step
        QCOMPARE(doc().project(), before);
    }

    void deletingTheLastUserOfAJobAsksAboutTheJob()
    {
        const Project before = doc().project();
        QStringList askedAbout;
        m_window->edits().setDeleteWorkloadsQuestion([&](const QStringList& names) {
            askedAbout = names;
            return true;
        });
        // One of two fleets sharing a service: nothing to ask, the service stays.
        m_window->scene().selectIds({"serve-on-inference"});
        m_window->edits().deleteSelection();
        QVERIFY(askedAbout.isEmpty());
        QVERIFY(doc().project().service("rank"));
        doc().undoStack()->undo();
        // The training frame is the job's only user: asked, and the job goes in the same step.
        m_window->scene().selectIds({"train"});
        m_window->edits().deleteSelection();
        QCOMPARE(askedAbout.size(), 1);
        QVERIFY(askedAbout.front().startsWith("DLRM-DCNv2 training"));
        QVERIFY(!doc().project().sketch("train"));
        QVERIFY(!doc().project().trainingJob("train-dlrm"));
        doc().undoStack()->undo();
        QCOMPARE(doc().project(), before);
    }

    void theInstanceListIsGroupedByProviderWithPricesAndSearchable()
    {
        InstanceList list(m_window->catalogs().get());
        QStringList groups;
        for (int g = 0; g < list.tree()->topLevelItemCount(); ++g)
            groups << list.tree()->topLevelItem(g)->text(0);
        QVERIFY2(groups.contains("AWS") && groups.contains("GCP") && groups.contains("Owned servers"),
                 qPrintable(groups.join(", ")));
        QCOMPARE(groups.last(), QString("Owned servers")); // the clouds first
        const QTreeWidgetItem* aws = list.tree()->topLevelItem(groups.indexOf("AWS"));
        bool sawP5 = false;
        for (int r = 0; r < aws->childCount(); ++r)
            if (aws->child(r)->text(0) == "p5.48xlarge") {
                sawP5 = true;
                QVERIFY2(aws->child(r)->text(1).startsWith("8 × "), qPrintable(aws->child(r)->text(1)));
                QCOMPARE(aws->child(r)->text(2), QString("$55.04/h"));
            }
        QVERIFY(sawP5);

        const size_t all = list.visibleIds().size();
        list.setFilter("aws h100");
        const auto ids = list.visibleIds();
        QVERIFY(!ids.empty() && ids.size() < all);
        for (const std::string& id : ids) {
            const CatalogItem* item = m_window->catalogs().get().find(id);
            QCOMPARE(item->attribute("provider"), std::string("aws"));
            QVERIFY2(QString::fromStdString(item->attribute("accelerator")).contains("H100"), id.c_str());
        }
        list.setFilter("no such instance anywhere");
        QVERIFY(list.visibleIds().empty());
    }

    void thePickerChangesTheNodeGroupInOneStep()
    {
        m_window->scene().selectIds({"serve-on-inference"});
        InstancePicker* picker = dock().sketchPage()->instancePicker("serve-l4-nodes");
        QVERIFY(picker);
        QCOMPARE(picker->text(), QString("g6.12xlarge"));
        const Project before = doc().project();
        InstanceList* list = picker->openList();
        QVERIFY(list->isVisible());
        QTest::keyClicks(list->searchField(), "p5.48");
        QCOMPARE(list->visibleIds(), std::vector<std::string>{"aws-p5.48xlarge"});
        QTest::keyClick(list->searchField(), Qt::Key_Return);
        QCOMPARE(doc().project().sketch("serve-on-inference")->nodes.front().itemId,
                 std::string("aws-p5.48xlarge"));
        QTRY_COMPARE(dock().sketchPage()->instancePicker("serve-l4-nodes")->text(), QString("p5.48xlarge"));
        doc().undoStack()->undo();
        QCOMPARE(doc().project(), before);
    }
};

QTEST_MAIN(TestWorkloadEditing)
#include "test_workloadediting.moc"
