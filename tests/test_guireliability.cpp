// The window against hostile project files: each file that used to abort the command line or the GUI is
// refused in the window with the list of its problems, and the open project stays as it was.
#include "filecontroller.h"
#include "isolateduserstate.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectfile.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace infraplan;
using namespace infraplan::ui;

class TestGuiReliability : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName("Infraplan");
        QApplication::setApplicationName("Infraplan");
        isolateUserState(m_dir);
        qputenv("INFRAPLAN_CATALOG", INFRAPLAN_CATALOG_DB);
    }

    void hostileFilesAreRefusedAndTheOpenProjectStays_data()
    {
        QTest::addColumn<QString>("file");
        const QDir hostile(INFRAPLAN_SOURCE_DIR "/tests/data/hostile");
        const QStringList files = hostile.entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << hostile.filePath(f);
    }

    void hostileFilesAreRefusedAndTheOpenProjectStays()
    {
        QFETCH(QString, file);
        MainWindow window(AppPaths{{}, {}});
        window.show();
        const QString example = INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json";
        QVERIFY(window.files().openFile(example));
        const std::string before = projectfile::serialize(window.document().project());

        QVERIFY(!window.files().openFile(file));

        QCOMPARE(window.document().filePath(), example);
        QCOMPARE(projectfile::serialize(window.document().project()), before);
        QListWidget* list = nullptr;
        QTRY_VERIFY((list = window.findChild<QListWidget*>("problemList")) != nullptr);
        QCOMPARE(list->window()->windowTitle(), QString("Cannot open project"));
        QVERIFY(list->count() > 0);
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(!list->item(i)->text().trimmed().isEmpty());
    }
};

QTEST_MAIN(TestGuiReliability)
#include "test_guireliability.moc"
