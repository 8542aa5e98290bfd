// Drives the real infraplan executable the way a script would: exit codes, stdout and stderr.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    struct Result {
        int code;
        QString out;
        QString err;
    };

    Result run(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("INFRAPLAN_USER_CATALOG", m_home.filePath("user-catalog.sqlite"));
        env.insert("INFRAPLAN_CATALOG", INFRAPLAN_CATALOG_DB);
        p.setProcessEnvironment(env);
        p.start(INFRAPLAN_BINARY, args);
        if (!p.waitForFinished(-1)) // no timer of its own: CTest's timeout bounds a hung child
            qFatal("infraplan did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString example(const char* name)
    {
        return QString(INFRAPLAN_SOURCE_DIR "/data/examples/") + name;
    }

private slots:
    void helpAndVersion()
    {
        auto r = run({"--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("infraplan COMMAND"));
        QVERIFY(r.out.contains("catalog"));
        QVERIFY(r.out.contains("check"));
        r = run({"--version"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("infraplan 0."));
        r = run({"catalog", "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("catalog import FILE"));
    }

    void unknownCommandIsAUsageError()
    {
        auto r = run({"--frobnicate"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown command or option '--frobnicate'"));
        QVERIFY(r.out.isEmpty());
        r = run({"catalog", "list", "--kind", "spaceship"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown kind 'spaceship'"));
    }

    void listAsJsonIsMachineReadable()
    {
        auto r = run({"catalog", "list", "--kind", "accelerator", "--json"});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.array().size() >= 35);
        bool found = false;
        for (const auto& v : doc.array()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o["kind"].toString(), QString("accelerator"));
            if (o["id"].toString() == "H100-SXM5-80GB") {
                found = true;
                const QJsonObject mem = o["figures"].toObject()["memory_gb"].toObject();
                QCOMPARE(mem["value"].toDouble(), 80.0);
                QVERIFY(!mem["source"].toString().isEmpty());
                QVERIFY(!mem["source_date"].toString().isEmpty());
            }
        }
        QVERIFY(found);
    }

    void showNamesSources()
    {
        auto r = run({"catalog", "show", "H100-SXM5-80GB"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("memory_gb"));
        QVERIFY(r.out.contains("source:"));
        r = run({"catalog", "show", "H900"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no catalog item has id 'H900'"));
    }

    void checkExamplesAndBrokenFiles()
    {
        auto r = run({"check", example("llm-pretrain-and-chat.json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("OK"));
        r = run({"check", INFRAPLAN_SOURCE_DIR "/tests/data/errors/negative-count.json"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("/sketches/0/nodes/0/count: -4 is negative"));
        r = run({"check", "--json", INFRAPLAN_SOURCE_DIR "/tests/data/errors/unknown-format.json"});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["valid"].toBool(), false);
        QCOMPARE(o["problems"].toArray()[0].toObject()["path"].toString(), QString("/format"));
        r = run({"check", m_home.filePath("missing.json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("cannot open"));
        r = run({"check"});
        QCOMPARE(r.code, 2);
    }

    void importExportRemoveUserRows()
    {
        const QString csv = m_home.filePath("mine.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,kind,name,vendor,field,value,source,note,source_title,source_url,source_date\n"
                "lab-gpu,accelerator,Lab GPU,Lab,@family,nvidia-hopper,,,,,\n"
                "lab-gpu,accelerator,Lab GPU,Lab,memory_gb,96,lab-quote,,Vendor quote,,2026-10\n"
                "lab-gpu,accelerator,Lab GPU,Lab,memory_bw_GBps,3000,lab-quote,,Vendor quote,,2026-10\n");
        f.close();
        auto r = run({"catalog", "import", csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"catalog", "show", "lab-gpu", "--json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()["origin"].toString(), QString("user"));

        const QString out = m_home.filePath("export.json");
        r = run({"catalog", "export", out, "--user"});
        QCOMPARE(r.code, 0);
        QFile e(out);
        QVERIFY(e.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(e.readAll()).object();
        QCOMPARE(exported["items"].toArray().size(), 1);
        QCOMPARE(exported["sources"].toArray()[0].toObject()["date"].toString(), QString("2026-10"));

        // Shipped rows cannot be overwritten or removed.
        QFile bad(m_home.filePath("bad.csv"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("id,kind,name,vendor,field,value,source,note,source_title,source_url,source_date\n"
                  "H100-SXM5-80GB,accelerator,Mine,X,memory_gb,-3,q,,Q,,2026\n");
        bad.close();
        r = run({"catalog", "import", bad.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("is a shipped catalog row"));
        QVERIFY(r.err.contains("outside the sane range"));
        r = run({"catalog", "remove", "H100-SXM5-80GB"});
        QCOMPARE(r.code, 1);
        r = run({"catalog", "remove", "lab-gpu"});
        QCOMPARE(r.code, 0);
        r = run({"catalog", "show", "lab-gpu"});
        QCOMPARE(r.code, 1);
    }

    void searchBySketchAndByService()
    {
        // A training sketch: the layout search, as JSON.
        auto r = run(
            {"search", example("llm-pretrain-and-chat.json"), "--sketch", "train", "--json", "--top", "3"});
        QCOMPARE(r.code, 0);
        QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(j["search"].toString(), QString("training-layout"));
        QJsonArray best = j["best"].toArray();
        QVERIFY(!best.isEmpty() && best.size() <= 3);
        QVERIFY(best[0].toObject()["estimate"].toObject()["memory_gb"].toObject()["fits"].toBool());
        // A service by id: the fleet search (analytical ranking only, to keep the test short).
        r = run({"search", example("llm-pretrain-and-chat.json"), "--service", "chat", "--json", "--top", "2",
                 "--quick"});
        QCOMPARE(r.code, 0);
        j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(j["search"].toString(), QString("inference-fleet"));
        QCOMPARE(j["service"].toString(), QString("chat"));
        best = j["best"].toArray();
        QVERIFY(!best.isEmpty() && best.size() <= 2);
        QVERIFY(best[0].toObject()["monthly_usd"].toDouble() > 0);
        // Unknown names and asking for both are refused.
        r = run({"search", example("llm-pretrain-and-chat.json"), "--service", "nosuch"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("nosuch"));
        r = run({"search", example("llm-pretrain-and-chat.json"), "--sketch", "train", "--service", "chat"});
        QCOMPARE(r.code, 2);
    }

    void calibrateAndCrossValidate()
    {
        const QString cases = INFRAPLAN_SOURCE_DIR "/data/validation/cases.json";
        // calibrate --write writes rows in the catalog's JSON format, one per family, with provenance.
        const QString rows = m_home.filePath("calibration-training.json");
        auto r = run({"calibrate", cases, "--kind", "training", "--write", rows, "--json"});
        QCOMPARE(r.code, 0);
        QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(j.contains("training") && !j.contains("inference"));
        QFile f(rows);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray items = QJsonDocument::fromJson(f.readAll()).object()["items"].toArray();
        QVERIFY(items.size() >= 10);
        QVERIFY(items[0].toObject()["figures"].toObject().contains("compute_efficiency"));
        // validate --cross-validate: every case with its three predictions, and the summaries.
        const QString md = m_home.filePath("validation.md");
        r = run({"validate", cases, "--cross-validate", "--json", "--markdown", md});
        QCOMPARE(r.code, 0);
        j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject first = j["cases"].toArray()[0].toObject();
        for (const char* key : {"predicted", "held_out_predicted", "family_held_out_predicted", "measured"})
            QVERIFY2(first[key].toDouble() > 0, key);
        QVERIFY(j["all"].toObject()["case_held_out"].toObject()["median_abs_error_pct"].toDouble() > 0);
        QVERIFY(QFile::exists(md));
        // --markdown without --cross-validate, or a missing file, are refused.
        QCOMPARE(run({"validate", cases, "--markdown", md}).code, 2);
        QCOMPARE(run({"calibrate", m_home.filePath("nosuch.json")}).code, 3);
    }

    void brokenShippedCatalogFailsClearly()
    {
        const QString broken = m_home.filePath("broken.sqlite");
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("INFRAPLAN_CATALOG", broken);
        env.insert("INFRAPLAN_USER_CATALOG", m_home.filePath("u2.sqlite"));
        p.setProcessEnvironment(env);
        p.start(INFRAPLAN_BINARY, {"catalog", "list"});
        QVERIFY(p.waitForFinished(-1));
        QCOMPARE(p.exitCode(), 3);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(broken));
    }

    void catalogIntegrityCommand()
    {
        auto r = run({"catalog", "check"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("0 problem(s)"));
        QVERIFY(r.out.contains("figures with a primary source:"));
        QVERIFY(r.out.contains("instance prices from the provider's own page or price file:"));
    }

    void importPriceFile()
    {
        const QString file = INFRAPLAN_SOURCE_DIR "/tests/data/prices/aws-ec2-offer.csv";
        auto r = run({"catalog", "prices", "import", file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("matched aws-p5.48xlarge (p5.48xlarge, us-east-1): on-demand 50 USD/h"));
        QVERIFY(r.out.contains("skipped aws-g6.xlarge: the file prices g6.xlarge but not in us-east-1"));
        QVERIFY(r.out.contains("wrote 1 instance row(s)"));
        r = run({"catalog", "show", "aws-p5.48xlarge-prices-2026-12-01"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(
            "AWS Price List offer file for Amazon EC2 (aws-ec2-offer.csv, published 2026-12-01)"));
        r = run({"catalog", "prices", "import", file, "--region", "us-west-2"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("matched aws-g6.xlarge (g6.xlarge, us-west-2)"));
        r = run({"catalog", "prices", "import", INFRAPLAN_SOURCE_DIR "/README.md"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not a price file"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
