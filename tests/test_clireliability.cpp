// The command line against hostile input: each class of input that used to abort the program now ends with
// a message and an exit code, and JSON output stays valid JSON whatever bytes the input held.
#include "catalogdatabase.h"
#include "sqlitedb.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliReliability : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    struct Result {
        int code;
        QProcess::ExitStatus status;
        QByteArray out;
        QString err;
    };

    QString userCatalog() const { return m_home.filePath("user-catalog.sqlite"); }

    /// Runs infraplan through the shell so that arguments may hold bytes that are not UTF-8.
    Result run(const QString& shellArgs, const QStringList& extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("INFRAPLAN_USER_CATALOG", userCatalog());
        env.insert("INFRAPLAN_CATALOG", INFRAPLAN_CATALOG_DB);
        for (const QString& e : extraEnv)
            env.insert(e.section('=', 0, 0), e.section('=', 1));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_home.path());
        p.start("/bin/sh", {"-c", "exec \"$0\" " + shellArgs, INFRAPLAN_BINARY});
        if (!p.waitForFinished(-1)) // no timer of its own: CTest's timeout bounds a hung child
            qFatal("infraplan did not finish");
        return {p.exitCode(), p.exitStatus(), p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString hostile(const char* name)
    {
        return QString(INFRAPLAN_SOURCE_DIR "/tests/data/hostile/") + name;
    }

    static bool isJson(const QByteArray& bytes)
    {
        QJsonParseError error;
        QJsonDocument::fromJson(bytes, &error);
        return error.error == QJsonParseError::NoError;
    }

    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private slots:
    void init() { QFile::remove(userCatalog()); }

    void numberOverflowEndsWithAMessageInEveryCommand()
    {
        for (const QString command : {"check", "simulate", "report -o out.pdf", "search --sketch s"}) {
            const QString file = command == "check" ? "format-overflow.json" : "count-overflow.json";
            const auto r = run(command.section(' ', 0, 0) + " '" + hostile(file.toUtf8()) + "' " +
                               command.section(' ', 1));
            QCOMPARE(r.status, QProcess::NormalExit);
            QVERIFY2(r.code == 1, qPrintable(command + ": " + r.err));
            QVERIFY2(r.err.contains("number overflow parsing '1e400'"), qPrintable(r.err));
        }
    }

    void checkJsonIsValidJsonForAnyBytes()
    {
        auto r = run("check --json '" + hostile("latin1-name.json") + "'");
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 1);
        QVERIFY2(isJson(r.out), r.out.constData());
        QVERIFY(r.out.contains("not UTF-8 text (byte 0xE9"));
        r = run("check --json '" + hostile("utf16.json") + "'");
        QCOMPARE(r.code, 1);
        QVERIFY(isJson(r.out));
        QVERIFY(r.out.contains("UTF-16"));
        // A file name that is not UTF-8, in the "file" field and in the message.
        r = run("check --json \"$(printf 'plan-\\351.json')\"");
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 1);
        QVERIFY2(isJson(r.out), r.out.constData());
        QVERIFY(r.out.contains("plan-\xEF\xBF\xBD.json"));
    }

    void badOptionValuesAreUsageErrors()
    {
        const QString example = INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json";
        for (const QString seed : {"abc", "12abc", "-1", "1.5", "1e400", "nan"}) {
            const auto r = run("simulate --quick '" + example + "' --seed '" + seed + "'");
            QCOMPARE(r.status, QProcess::NormalExit);
            QVERIFY2(r.code == 2, qPrintable(seed + ": " + r.err));
            QVERIFY2(r.err.contains("--seed"), qPrintable(r.err));
        }
        const auto r = run("search '" + example + "' --service chat --top lots");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--top takes a number, not 'lots'"), qPrintable(r.err));
    }

    void latin1CatalogRowsNeverBreakOutput()
    {
        auto r = run("catalog import '" + hostile("latin1-row.csv") + "'");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not UTF-8 text (byte 0xE9 at line 2"), qPrintable(r.err));
        // Rows stored by a version that let such bytes in are repaired when read.
        write(m_home.filePath("row.csv"),
              "id,kind,name,vendor,field,value,source,note,source_title,source_url,source_date\n"
              "my-acc,accelerator,Mine,Lab,memory_gb,80,my-src,,Own,https://example.com,2026-01-01\n"
              "my-acc,accelerator,Mine,Lab,memory_bw_GBps,2000,my-src,,Own,https://example.com,2026-01-01\n");
        r = run("catalog import row.csv");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        infraplan::sql::Database(userCatalog().toStdString(), infraplan::sql::Database::Mode::ReadWriteCreate)
            .exec("UPDATE items SET name = 'Acc' || x'E9' || 'l' WHERE id = 'my-acc'");
        r = run("catalog list --json");
        QCOMPARE(r.code, 0);
        QVERIFY(isJson(r.out));
        QVERIFY(r.out.contains("Acc\xEF\xBF\xBDl"));
        r = run("catalog export all.json");
        QCOMPARE(r.code, 0);
        r = run("catalog export all.csv --user");
        QCOMPARE(r.code, 0);
        r = run("catalog show my-acc --json");
        QCOMPARE(r.code, 0);
        QVERIFY(isJson(r.out));
    }

    void aDamagedUserCatalogIsMovedAsideOnce()
    {
        write(userCatalog(), QByteArray(20000, '\x5a'));
        auto r = run("catalog list --kind region");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.isEmpty());
        QVERIFY2(r.err.contains("is damaged") && r.err.contains("user-catalog.damaged-"), qPrintable(r.err));
        const QStringList kept = QDir(m_home.path()).entryList({"user-catalog.damaged-*.sqlite"});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(QFile(m_home.filePath(kept[0])).size(), qint64(20000));
        r = run("catalog list --kind region");
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // told once
        r = run("catalog recover '" + m_home.filePath(kept[0]) + "'");
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no rows can be read"));
        QFile::remove(m_home.filePath(kept[0]));
    }

    void recoverBringsBackReadableRows()
    {
        write(
            m_home.filePath("rows.csv"),
            "id,kind,name,vendor,field,value,source,note,source_title,source_url,source_date\n"
            "lab-a,accelerator,Lab A,Lab,memory_gb,80,lab,,Lab notes,https://example.com,2026-01-01\n"
            "lab-a,accelerator,Lab A,Lab,memory_bw_GBps,2000,lab,,Lab notes,https://example.com,2026-01-01\n"
            "lab-b,accelerator,Lab B,Lab,memory_gb,40,lab,,Lab notes,https://example.com,2026-01-01\n"
            "lab-b,accelerator,Lab B,Lab,memory_bw_GBps,1000,lab,,Lab "
            "notes,https://example.com,2026-01-01\n");
        auto r = run("catalog import rows.csv");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::rename(userCatalog(), m_home.filePath("old.sqlite")));
        r = run("catalog recover old.sqlite");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("recovered 2 item(s) and 1 source(s)"), r.out.constData());
        r = run("catalog show lab-b");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("1000"));
    }

    void aNewerUserCatalogIsLeftAlone()
    {
        {
            infraplan::CatalogDatabase db(userCatalog().toStdString(),
                                          infraplan::sql::Database::Mode::ReadWriteCreate);
            db.database().setUserVersion(infraplan::CatalogDatabase::kSchemaVersion + 1);
        }
        const QByteArray before = [&] {
            QFile f(userCatalog());
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        auto r = run("check '" INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json'");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("newer than this Infraplan") && r.err.contains("left as it is"),
                 qPrintable(r.err));
        QFile f(userCatalog());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(QDir(m_home.path()).entryList({"user-catalog.damaged-*"}).size(), 0);
    }

    void aSimulationPastItsBudgetAnswersWithWhatItHas()
    {
        // The budget is checked every 65,536 events; a microsecond stops the first fleet at the first check.
        const auto r =
            run("simulate '" INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json' --json",
                {"INFRAPLAN_SIMULATION_BUDGET_S=0.000001"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(isJson(r.out));
        QVERIFY2(r.out.contains("the simulation reached its time budget after"),
                 r.out.left(4000).constData());
        QVERIFY(r.out.contains("every figure is from that part of the day"));
    }

    void aHugeDescriptionIsRefusedAndALongOneCutInTheReport()
    {
        const QByteArray head = "{\"format\": 1, \"name\": \"Long\", \"description\": \"";
        const QByteArray tail = "\", \"inference_services\": [], \"sketches\": []}";
        write(m_home.filePath("huge.json"), head + QByteArray(50'000'000, 'x') + tail);
        auto r = run("report huge.json -o huge.pdf");
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains("huge.json: is larger than 32 MB, more than Infraplan reads from such a file"),
            qPrintable(r.err));
        QVERIFY(!QFile::exists(m_home.filePath("huge.pdf")));

        // The longest description allowed: the cover shows its start and says that it goes on.
        QFile example(INFRAPLAN_SOURCE_DIR "/data/examples/recsys-train-vs-serve.json");
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonDocument doc = QJsonDocument::fromJson(example.readAll());
        QJsonObject o = doc.object();
        QString words;
        while (words.size() < 99990)
            words += "capacity ";
        o["description"] = words;
        write(m_home.filePath("long.json"), QJsonDocument(o).toJson());
        r = run("report long.json -o long.pdf");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess text;
        text.start("pdftotext", {m_home.filePath("long.pdf"), "-"});
        QVERIFY(text.waitForFinished(-1));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(pdf.contains("the description continues for"), qPrintable(pdf.left(3000)));
        QVERIFY(pdf.count("capacity") < 1000);
    }
};

QTEST_GUILESS_MAIN(TestCliReliability)
#include "test_clireliability.moc"
