#include "catalog.h"
#include "catalogdatabase.h"
#include "projectfile.h"
#include "textfile.h"

#include <csignal>
#include <fstream>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace infraplan;

namespace {
std::string joined(const Problems& problems)
{
    std::string s;
    for (const auto& p : problems)
        s += p.toString() + "\n";
    return s;
}

Project sampleProject()
{
    Project p;
    p.name = "Round trip";
    p.description = "Every field set away from its default";
    p.currency = "USD";
    TrainingJob t;
    t.id = "job";
    t.name = "Fine-tune";
    t.model.preset = "llama3-8b";
    t.method = TrainingMethod::Lora;
    t.loraRank = 64;
    t.trainingTokens = 2.5e9;
    t.globalBatch = 128;
    t.precision = Precision::FP8;
    p.trainingJobs.push_back(t);
    TrainingJob rec;
    rec.id = "rec";
    rec.name = "Recommender";
    ModelSpec g;
    g.name = "Ranker";
    g.transformer = false;
    g.params = 2e9;
    g.fwdFlopsPerSample = 4.5e7;
    g.bytesPerSample = 900;
    g.activationBytesPerSample = 3e6;
    g.embeddingParams = 1.9e9;
    g.embeddingValuesPerSample = 3328;
    g.embeddingLookupsPerSample = 27392;
    rec.model.custom = g;
    rec.trainingSamples = 4e9;
    p.trainingJobs.push_back(rec);
    InferenceService s;
    s.id = "svc";
    s.name = "Custom model service";
    ModelSpec m;
    m.name = "Tiny";
    m.gatedFfn = true;
    m.params = 1.1e9;
    m.layers = 22;
    m.hidden = 2048;
    m.heads = 32;
    m.kvHeads = 4;
    m.ffn = 5632;
    m.vocab = 32000;
    m.seqLen = 2048;
    m.trainSeqLen = 1024;
    m.meanSeqLen = 1500.5;
    s.model.custom = m;
    s.precision = Precision::INT8;
    s.inputTokens = {700, 4000};
    s.outputTokens = {200, 0};
    s.traffic.peakRps = 12.5;
    s.traffic.shape = TrafficShape::Custom;
    for (int h = 0; h < 24; ++h)
        s.traffic.hourly[h] = (h + 1) / 24.0;
    s.targets = {1500, 60, 0};
    p.services.push_back(s);
    Sketch a;
    a.id = "cluster";
    a.name = "Cluster";
    a.role = SketchRole::Training;
    a.workloadId = "job";
    a.position = {10.5, -20};
    a.size = {600, 400};
    a.nodes.push_back({"n1", "aws-p5.48xlarge", 4, {30, 60}});
    a.scaleOutLink = "EFA-3200";
    a.storageId = "aws-s3-standard";
    a.regionId = "aws-us-east-1";
    a.pricing = {PricingMode::Reserved1y, 3};
    a.layout = {false, 4, 8, 1, 2, PipelineSchedule::Interleaved, 2, 2, Recompute::Full};
    p.sketches.push_back(a);
    Sketch b;
    b.id = "fleet";
    b.name = "Fleet";
    b.role = SketchRole::Inference;
    b.workloadId = "svc";
    b.nodes.push_back({"n2", "aws-g6.xlarge", 3, {0, 0}});
    b.precision = Precision::FP8;
    b.replicaAccelerators = 1;
    b.batching = {64, 0.8, 3};
    b.autoscaling = {true, 2, 10, 0.6, 90};
    b.pricing.mode = PricingMode::Spot;
    p.sketches.push_back(b);
    return p;
}
} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT
private slots:
    void trafficShapesHaveOneNameEach()
    {
        // The one table of names: each shape reads back from the name it is written with, and an unknown name
        // is no shape (the file reader then names it in its message, see "profile" below).
        QCOMPARE(trafficShapeNames().size(), size_t(3));
        for (const auto& [name, shape] : trafficShapeNames()) {
            QCOMPARE(trafficShapeName(shape), name);
            QVERIFY(trafficShapeFromName(name) == shape);
        }
        QVERIFY(!trafficShapeFromName("weekly"));
        QVERIFY(!trafficShapeFromName("Flat"));
    }

    void roundTripKeepsEveryField()
    {
        const Project p = sampleProject();
        Problems problems;
        auto back = projectfile::parse(projectfile::serialize(p), problems);
        QVERIFY2(back, joined(problems).c_str());
        QVERIFY(*back == p);
        QCOMPARE(projectfile::serialize(*back), projectfile::serialize(p));
    }

    void saveThenLoadFromDisk()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath("p.json").toStdString();
        std::string error;
        QVERIFY(projectfile::save(sampleProject(), file, error));
        Problems problems;
        auto back = projectfile::load(file, problems);
        QVERIFY(back && *back == sampleProject());
    }

    void examplesLoadAndResolveInTheCatalog()
    {
        Catalog catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
        for (const char* name : {"llm-pretrain-and-chat.json", "recsys-train-vs-serve.json"}) {
            Problems problems;
            auto p = projectfile::load(std::string(INFRAPLAN_SOURCE_DIR "/data/examples/") + name, problems);
            QVERIFY2(p, (name + std::string(": ") + joined(problems)).c_str());
            problems = projectfile::checkAgainstCatalog(*p, catalog);
            QVERIFY2(problems.empty(), (name + std::string(": ") + joined(problems)).c_str());
            QVERIFY(p->sketches.size() >= 3);
        }
    }

    void malformedFilesAreRejectedWithTheRightMessage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << "truncated.json"
                                   << "/inference_services/0"
                                   << "not valid JSON (the file may be truncated";
        QTest::newRow("not an object") << "not-an-object.json"
                                       << ""
                                       << "expected an object, found array";
        QTest::newRow("missing format") << "missing-format.json"
                                        << "/format"
                                        << "required field is missing";
        QTest::newRow("unknown format")
            << "unknown-format.json"
            << "/format"
            << "unknown format version 7; this Infraplan reads version 1 (the file "
               "was made by a newer Infraplan)";
        QTest::newRow("string for number") << "wrong-types.json"
                                           << "/training_jobs/0/training_tokens"
                                           << "expected a number, found string";
        QTest::newRow("fractional batch") << "wrong-types.json"
                                          << "/training_jobs/0/global_batch"
                                          << "expected a whole number, found a fraction";
        QTest::newRow("string count") << "wrong-types.json"
                                      << "/sketches/0/nodes/0/count"
                                      << "expected a whole number, found string";
        QTest::newRow("negative count") << "negative-count.json"
                                        << "/sketches/0/nodes/0/count"
                                        << "-4 is negative; it must be at least 1";
        QTest::newRow("training on a service") << "wrong-workload.json"
                                               << "/sketches/0/workload"
                                               << "'svc' is an inference service; a training cluster needs a "
                                                  "training job";
        QTest::newRow("unknown workload") << "wrong-workload.json"
                                          << "/sketches/1/workload"
                                          << "no inference service has id 'nope'";
        QTest::newRow("duplicate id") << "wrong-workload.json"
                                      << "/sketches/1/id"
                                      << "id 's' is used more than once";
        QTest::newRow("kv heads") << "impossible.json"
                                  << "/inference_services/0/model/custom/kv_heads"
                                  << "cannot exceed heads (3)";
        QTest::newRow("heads divide hidden") << "impossible.json"
                                             << "/inference_services/0/model/custom/heads"
                                             << "hidden (100) must be divisible by heads";
        QTest::newRow("precision") << "impossible.json"
                                   << "/inference_services/0/precision"
                                   << "'fp9' is not one of: fp32, tf32, bf16, fp16, fp8, int8, int4, fp4";
        QTest::newRow("tail below mean") << "impossible.json"
                                         << "/inference_services/0/output_tokens/p99"
                                         << "the 99th percentile cannot be below the mean";
        QTest::newRow("profile") << "impossible.json"
                                 << "/inference_services/0/traffic/profile"
                                 << "'weekly' is not one of: flat, diurnal, custom";
        QTest::newRow("replicas") << "impossible.json"
                                  << "/sketches/0/autoscaling/min_replicas"
                                  << "cannot exceed max_replicas (2)";
    }

    void malformedFilesAreRejectedWithTheRightMessage()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QFETCH(QString, message);
        Problems problems;
        auto p = projectfile::load(
            std::string(INFRAPLAN_SOURCE_DIR "/tests/data/errors/") + file.toStdString(), problems);
        QVERIFY(!p);
        const bool found = std::any_of(problems.begin(), problems.end(), [&](const Problem& pr) {
            return pr.where == where.toStdString() && pr.message.rfind(message.toStdString(), 0) == 0;
        });
        QVERIFY2(found, joined(problems).c_str());
    }

    void catalogReferencesAreChecked()
    {
        Catalog catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
        Project p = sampleProject();
        p.sketches[0].nodes[0].itemId = "H100-SXM5-80GB";
        p.sketches[0].regionId = "mars-1";
        p.sketches[1].pricing.mode = PricingMode::Owned;
        Problems problems = projectfile::checkAgainstCatalog(p, catalog);
        QCOMPARE(problems.size(), size_t(3));
        QCOMPARE(problems[0].toString(),
                 std::string("/sketches/0/nodes/0/item: 'H100-SXM5-80GB' is a accelerator, not a instance"));
        QCOMPARE(problems[1].toString(), std::string("/sketches/0/region: 'mars-1' is not in the catalog"));
        QVERIFY(problems[2].message.find("no purchase price") != std::string::npos);
    }

    void failedSaveLeavesThePreviousFile()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath("keep.json").toStdString();
        std::string error;
        Project original = sampleProject();
        QVERIFY(projectfile::save(original, file, error));
        // A disk that fills up mid-save, for root too (folder permissions do not stop root): the process may
        // not write files beyond 64 bytes, so the new version's write fails part-way.
        rlimit before{};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &before) == 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = before;
        small.rlim_cur = 64;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        Project changed = original;
        changed.name = "changed";
        const bool saved = projectfile::save(changed, file, error);
        ::setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!saved);
        QVERIFY2(error.find("keep.json") != std::string::npos, error.c_str());
        Problems problems;
        QVERIFY(*projectfile::load(file, problems) == original);
        // Nothing half-written is left next to it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"keep.json"});
    }

    void atomicWriteLeavesNoTemporaryFiles()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath("a.json").toStdString();
        std::string error;
        QVERIFY(writeFileAtomically(file, "one", error));
        QVERIFY(writeFileAtomically(file, "two", error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QCOMPARE(*readTextFile(file, error), std::string("two"));
        QVERIFY(!writeFileAtomically(dir.filePath("no/such/folder/a.json").toStdString(), "x", error));
        QVERIFY(error.find("no/such/folder") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "test_projectfile.moc"
