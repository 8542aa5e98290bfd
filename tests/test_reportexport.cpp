// File → Export PDF report… and Export comparison as CSV… in the real main window: the actions are in the
// File menu, and the report they write is the one `infraplan report` writes for the same project.
#include "filecontroller.h"
#include "isolateduserstate.h"
#include "mainwindow.h"
#include "reportexportcontroller.h"

#include <QAction>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace infraplan;
using namespace infraplan::ui;

namespace {
QByteArray run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    return p.readAllStandardOutput();
}
} // namespace

class TestReportExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        isolateUserState(m_dir);
        qputenv("INFRAPLAN_CATALOG", INFRAPLAN_CATALOG_DB);
        // The footer names the program as the application does ("Infraplan 0.1.0").
        const QString version =
            QString::fromUtf8(run(INFRAPLAN_BINARY, {"--version"})).section(' ', 1).trimmed();
        QVERIFY(!version.isEmpty());
        QApplication::setApplicationName("Infraplan");
        QApplication::setApplicationVersion(version);
    }

    void fileMenuExportsTheSameReportAsTheCommandLine()
    {
        // The lighter example: the recommender's four fleets each simulate a day of 40,000 requests/s.
        const QString example = INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json";
        MainWindow window(AppPaths{{}, INFRAPLAN_SOURCE_DIR "/data/examples"});
        QVERIFY(window.files().openFile(example));
        auto* exports = window.findChild<ReportExportController*>();
        QVERIFY(exports);
        QMenu* file = window.menuBar()->findChild<QMenu*>();
        QVERIFY(file);
        const QList<QAction*> actions = file->actions();
        QVERIFY(actions.contains(exports->exportPdfAction()));
        QVERIFY(actions.contains(exports->exportCsvAction()));

        const QString gui = m_dir.filePath("gui.pdf"), cli = m_dir.filePath("cli.pdf");
        QString error;
        QVERIFY2(exports->exportPdf(gui, Paper::Letter, &error), qPrintable(error));
        QVERIFY2(exports->exportCsv(m_dir.filePath("gui.csv"), &error), qPrintable(error));
        QProcess p;
        p.start(INFRAPLAN_BINARY,
                {"report", example, "-o", cli, "--page", "letter", "--csv", m_dir.filePath("cli.csv")});
        // A safety net, not a speed target (bench/ holds those), on a machine that may be busy.
        QVERIFY(p.waitForFinished(-1));
        QCOMPARE(p.exitCode(), 0);

        const QByteArray guiText = run("pdftotext", {"-layout", gui, "-"});
        QVERIFY(guiText.contains("Recommendation"));
        QCOMPARE(guiText, run("pdftotext", {"-layout", cli, "-"}));
        QFile a(m_dir.filePath("gui.csv")), b(m_dir.filePath("cli.csv"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());

        // A folder that does not exist: the error names the file, nothing is written.
        const QString missing = m_dir.filePath("no-such-folder/report.pdf");
        QVERIFY(!exports->exportPdf(missing, Paper::A4, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));
    }
};

QTEST_MAIN(TestReportExport)
#include "test_reportexport.moc"
