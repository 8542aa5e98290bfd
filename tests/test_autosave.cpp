// Autosave and crash recovery: the real window is killed with SIGKILL after an unsaved edit, and the next
// start offers the work back with its content and its file name.
#include "autosave.h"
#include "catalogstore.h"
#include "isolateduserstate.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectfile.h"
#include "recoverycontroller.h"

#include <csignal>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace infraplan;
using namespace infraplan::ui;

class TestAutosave : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString recoveryFolder() const { return m_dir.filePath("data/Infraplan/recovery"); }

    static std::string fileText(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll().toStdString();
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName("Infraplan");
        QApplication::setApplicationName("Infraplan");
        isolateUserState(m_dir);
        qputenv("INFRAPLAN_CATALOG", INFRAPLAN_CATALOG_DB);
        QCOMPARE(Autosave::defaultFolder(), recoveryFolder());
    }

    void writesOnlyUnsavedWorkAndRemovesItOnSave()
    {
        QTemporaryDir folder;
        ProjectDocument doc;
        Project p;
        p.name = "Plan";
        doc.reset(p);
        Autosave autosave(doc, folder.path(), 3600000);
        QVERIFY(autosave.saveNow());
        QVERIFY(!QFile::exists(autosave.recoveryPath())); // nothing unsaved, nothing written
        QVERIFY(doc.setProjectName("Edited"));
        QVERIFY(autosave.saveNow());
        QVERIFY(QFile::exists(autosave.recoveryPath()));
        QVERIFY(Autosave::orphans(folder.path()).isEmpty()); // this process still runs
        QString error;
        QVERIFY(doc.saveAs(folder.filePath("plan.json"), error));
        QVERIFY(!QFile::exists(autosave.recoveryPath()));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"plan.json"});
    }

    void killedWindowIsOfferedBackOnTheNextStart()
    {
        const QString plan = m_dir.filePath("plan.json");
        QFile::remove(plan);
        QVERIFY(QFile::copy(INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json", plan));
        const std::string before = fileText(plan);

        QProcess victim;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("INFRAPLAN_AUTOSAVE_MS", "100");
        env.insert("QT_QPA_PLATFORM", "offscreen");
        victim.setProcessEnvironment(env); // XDG_DATA_HOME and the catalogs as isolateUserState set them
        victim.start(AUTOSAVE_VICTIM, {plan, "Renamed just before the crash"});
        QVERIFY(victim.waitForStarted());
        QByteArray out;
        while (!out.contains("autosaved") && victim.waitForReadyRead(300000))
            out += victim.readAllStandardOutput();
        QVERIFY2(out.contains("autosaved"), (out + victim.readAllStandardError()).constData());
        ::kill(static_cast<pid_t>(victim.processId()), SIGKILL);
        QVERIFY(victim.waitForFinished());
        QCOMPARE(victim.exitStatus(), QProcess::CrashExit);
        QCOMPARE(fileText(plan), before); // the kill changed nothing the user saved

        MainWindow window(AppPaths{{}, {}});
        window.show();
        QMessageBox* offer = nullptr;
        QTRY_VERIFY((offer = window.findChild<QMessageBox*>("recoveryOffer")) != nullptr);
        QVERIFY2(offer->text().contains("Renamed just before the crash"), qPrintable(offer->text()));
        QVERIFY2(offer->informativeText().contains(QDir::toNativeSeparators(plan)),
                 qPrintable(offer->informativeText()));
        offer->findChild<QPushButton*>("restore")->click();

        ProjectDocument& doc = window.document();
        QCOMPARE(doc.project().name, std::string("Renamed just before the crash"));
        QCOMPARE(doc.filePath(), plan);
        QVERIFY(doc.isModified());
        Problems problems;
        auto expected = projectfile::load(plan.toStdString(), problems);
        QVERIFY(expected);
        expected->name = "Renamed just before the crash";
        QCOMPARE(projectfile::serialize(doc.project()), projectfile::serialize(*expected));
        // Offered once: the file now belongs to this window until it is saved.
        QCOMPARE(window.recovery().offerRecovery(), nullptr);
        QString error;
        QVERIFY(doc.saveAs(plan, error));
        QVERIFY(QDir(recoveryFolder()).entryList(QDir::Files).isEmpty());
    }

    void aDamagedUserCatalogLeavesTheWindowOnTheShippedOne()
    {
        const QString user = m_dir.filePath("user-catalog.sqlite");
        {
            QFile f(user);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(20000, 'z'));
        }
        MainWindow window(AppPaths{{}, {}});
        QVERIFY(window.catalogs().loadError().isEmpty());
        QVERIFY(window.catalogs().get().find("H100-SXM5-80GB"));
        QMessageBox* notice = nullptr;
        QTRY_VERIFY((notice = window.findChild<QMessageBox*>("userCatalogNotice")) != nullptr);
        QVERIFY2(notice->text().contains("moved it to") && notice->text().contains("catalog recover"),
                 qPrintable(notice->text()));
        QVERIFY(!QFile::exists(user));
        const QStringList kept = QDir(m_dir.path()).entryList({"user-catalog.damaged-*.sqlite"});
        QCOMPARE(kept.size(), 1);
        QVERIFY(QFile::remove(m_dir.filePath(kept[0])));
    }

    void discardDeletesAndLaterKeeps()
    {
        // An orphan as a killed process leaves it: a pid that cannot be running.
        QDir().mkpath(recoveryFolder());
        const QString orphan = QDir(recoveryFolder()).filePath("autosave-999999999.json");
        {
            QFile f(orphan);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format": "infraplan-recovery/1", "pid": 999999999, "file": "",
                        "saved_utc": "2026-12-07T10:00:00Z", "project": {"format": 1, "name": "Lost"}})");
        }
        {
            MainWindow window(AppPaths{{}, {}});
            QMessageBox* offer = nullptr;
            QTRY_VERIFY((offer = window.findChild<QMessageBox*>("recoveryOffer")) != nullptr);
            QVERIFY(offer->text().contains("Lost"));
            QVERIFY(offer->informativeText().contains("never been saved"));
            offer->findChild<QPushButton*>("later")->click();
            QVERIFY(QFile::exists(orphan));
        }
        MainWindow window(AppPaths{{}, {}});
        QMessageBox* offer = nullptr;
        QTRY_VERIFY((offer = window.findChild<QMessageBox*>("recoveryOffer")) != nullptr);
        offer->findChild<QPushButton*>("discard")->click();
        QVERIFY(!QFile::exists(orphan));
        QCOMPARE(window.document().project().name, tr("Untitled plan").toStdString());
    }
};

QTEST_MAIN(TestAutosave)
#include "test_autosave.moc"
