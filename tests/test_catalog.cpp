#include "catalog.h"
#include "catalogdatabase.h"
#include "catalogfiles.h"
#include "catalogschema.h"
#include "catalogvalidator.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace infraplan;

class TestCatalog : public QObject {
    Q_OBJECT

    static CatalogData shipped()
    {
        return CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read();
    }

    static CatalogItem acceleratorRow(const std::string& id)
    {
        CatalogItem i;
        i.id = id;
        i.kind = ItemKind::Accelerator;
        i.name = "Test " + id;
        i.figures["memory_gb"] = {24, "src1", ""};
        i.figures["memory_bw_GBps"] = {300, "src1", ""};
        return i;
    }

private slots:
    void sourceFilesPassIntegrityRules()
    {
        Problems problems;
        CatalogData data = catalogfiles::readJsonFolder(INFRAPLAN_SOURCE_DIR "/data/catalog", problems);
        for (const auto& p : validateCatalog(data))
            problems.push_back(p);
        for (const auto& p : problems)
            qWarning("%s", p.toString().c_str());
        QCOMPARE(problems.size(), size_t(0));
    }

    void shippedDatabaseEqualsSourceFiles()
    {
        Problems problems;
        CatalogData files = catalogfiles::readJsonFolder(INFRAPLAN_SOURCE_DIR "/data/catalog", problems);
        CatalogData db = shipped();
        QCOMPARE(db.items.size(), files.items.size());
        QCOMPARE(db.sources.size(), files.sources.size());
        for (const auto& item : files.items) {
            auto it = std::find_if(db.items.begin(), db.items.end(),
                                   [&](const auto& i) { return i.id == item.id; });
            QVERIFY2(it != db.items.end(), item.id.c_str());
            QVERIFY2(it->figures == item.figures, item.id.c_str());
            QVERIFY2(it->attributes == item.attributes, item.id.c_str());
        }
    }

    void everyFigureHasADatedSource()
    {
        CatalogData db = shipped();
        std::map<std::string, std::string> dates;
        for (const auto& s : db.sources)
            dates[s.id] = s.date;
        size_t figures = 0;
        for (const auto& i : db.items)
            for (const auto& [field, f] : i.figures) {
                ++figures;
                QVERIFY2(dates.count(f.sourceId), (i.id + "." + field + " cites " + f.sourceId).c_str());
                QVERIFY2(!dates[f.sourceId].empty(), (f.sourceId + " has no date").c_str());
            }
        QVERIFY(figures > 500);
    }

    void seedCoversWhatPlannersPick()
    {
        Catalog catalog(shipped(), {});
        QVERIFY(catalog.items(ItemKind::Accelerator).size() >= 35);
        QVERIFY(catalog.items(ItemKind::Region).size() >= 6);
        QVERIFY(catalog.items(ItemKind::Link).size() >= 10);
        QVERIFY(catalog.items(ItemKind::Storage).size() >= 4);
        std::set<std::string> providers;
        size_t cloud = 0;
        for (const CatalogItem* i : catalog.items(ItemKind::Instance))
            if (i->attribute("offering") != "owned") {
                ++cloud;
                providers.insert(i->attribute("provider"));
            }
        QVERIFY2(cloud >= 25, std::to_string(cloud).c_str());
        for (const char* p : {"aws", "gcp", "azure", "alibaba"})
            QVERIFY2(providers.count(p), p);
        // Every accelerator the validation data names.
        for (const char* id : {"V100-SXM2-32GB",
                               "A100-SXM4-40GB",
                               "A100-SXM4-80GB",
                               "A100-PCIe-80GB",
                               "H100-SXM5-80GB",
                               "H100-PCIe-80GB",
                               "H100-NVL-94GB",
                               "H200-SXM-141GB",
                               "B200",
                               "GH200",
                               "L4",
                               "L40S",
                               "A10",
                               "A10G",
                               "T4",
                               "MI250X",
                               "MI300X",
                               "MI325X",
                               "Gaudi2",
                               "Gaudi3",
                               "TPU-v4",
                               "TPU-v5e",
                               "TPU-v5p",
                               "TPU-v6e",
                               "Inferentia2",
                               "Trainium1",
                               "Xeon-8480+",
                               "Xeon-6980P",
                               "EPYC-9654"}) {
            const CatalogItem* i = catalog.find(id);
            QVERIFY2(i && i->kind == ItemKind::Accelerator, id);
        }
        for (const char* id : {"NVLink2", "NVLink3", "NVLink4", "NVLink5", "PCIe4-x16", "PCIe5-x16",
                               "InfinityFabric-MI300", "ICI-TPUv4", "ICI-TPUv5e", "InfiniBand-HDR-200",
                               "InfiniBand-NDR-400", "RoCE-100", "RoCE-200", "RoCE-400", "Ethernet-100"}) {
            const CatalogItem* i = catalog.find(id);
            QVERIFY2(i && i->kind == ItemKind::Link, id);
        }
    }

    void datasheetFiguresAreWhereTheReferencePutsThem()
    {
        Catalog catalog(shipped(), {});
        const CatalogItem* h100 = catalog.find("H100-SXM5-80GB");
        QVERIFY(h100);
        QCOMPARE(h100->figureOr("memory_gb", 0), 80.0);
        QCOMPARE(h100->figureOr("memory_bw_GBps", 0), 3350.0);
        QCOMPARE(h100->figureOr("bf16_tflops", 0), 989.4);
        QCOMPARE(h100->figureOr("tdp_w", 0), 700.0);
        // Devices without FP8 units must not claim FP8 throughput.
        for (const char* id : {"A100-SXM4-80GB", "V100-SXM2-32GB", "T4"})
            QVERIFY2(!catalog.find(id)->figure("fp8_tflops"), id);
    }

    void validatorCatchesBrokenRows()
    {
        CatalogData d;
        d.sources.push_back({"src1", "A datasheet", "https://example.org", "2024-01"});
        d.items.push_back(acceleratorRow("X1"));
        QCOMPARE(validateCatalog(d).size(), size_t(0));

        CatalogData dup = d;
        dup.items.push_back(acceleratorRow("X1"));
        QVERIFY(validateCatalog(dup).front().message.find("twice") != std::string::npos);

        CatalogData unsourced = d;
        unsourced.items[0].figures["tdp_w"] = {300, "", ""};
        QCOMPARE(validateCatalog(unsourced).front().message, std::string("tdp_w has no source"));

        CatalogData unknownSource = d;
        unknownSource.items[0].figures["tdp_w"] = {300, "nowhere", ""};
        QVERIFY(validateCatalog(unknownSource).front().message.find("unknown source") != std::string::npos);

        CatalogData insane = d;
        insane.items[0].figures["memory_gb"] = {-80, "src1", ""};
        QVERIFY(validateCatalog(insane).front().message.find("outside the sane range") != std::string::npos);

        CatalogData undated = d;
        undated.sources[0].date = "last year";
        QVERIFY(validateCatalog(undated).front().message.find("date") != std::string::npos);

        CatalogData orphan = d;
        CatalogItem inst;
        inst.id = "box";
        inst.kind = ItemKind::Instance;
        inst.name = "Box";
        inst.attributes["accelerator"] = "Missing-GPU";
        inst.figures["accelerator_count"] = {8, "src1", ""};
        inst.figures["price_on_demand_usd_h"] = {10, "src1", ""};
        orphan.items.push_back(inst);
        QVERIFY(validateCatalog(orphan).front().message.find("unknown id 'Missing-GPU'") !=
                std::string::npos);
    }

    void migrationFromVersion1KeepsUserRows()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("user.sqlite").toStdString();
        {
            sql::Database db(path, sql::Database::Mode::ReadWriteCreate);
            CatalogDatabase::createVersion1Schema(db);
            db.exec("INSERT INTO sources VALUES ('mine', 'My lab measurement', '');"
                    "INSERT INTO items VALUES ('my-gpu', 'accelerator', 'My GPU', 'Lab');"
                    "INSERT INTO attributes VALUES ('my-gpu', 'family', 'nvidia-ampere');"
                    "INSERT INTO figures VALUES ('my-gpu', 'memory_gb', 48, 'mine');");
        }
        CatalogDatabase migrated(path, sql::Database::Mode::ReadWriteCreate);
        QCOMPARE(migrated.schemaVersion(), CatalogDatabase::kSchemaVersion);
        CatalogData rows = migrated.read();
        QCOMPARE(rows.items.size(), size_t(1));
        QCOMPARE(rows.items[0].id, std::string("my-gpu"));
        QCOMPARE(rows.items[0].figureOr("memory_gb", 0), 48.0);
        QCOMPARE(rows.items[0].attribute("family"), std::string("nvidia-ampere"));
        QCOMPARE(rows.sources[0].title, std::string("My lab measurement"));
        // New columns are usable after migration.
        CatalogData more;
        more.sources.push_back({"mine2", "Second", "", "2026-01"});
        migrated.upsert(more);
        QCOMPARE(migrated.read().sources.size(), size_t(2));
    }

    void userRowsLayerOverShippedAndSurviveAnUpgrade()
    {
        QTemporaryDir dir;
        const std::string userPath = dir.filePath("user.sqlite").toStdString();
        CatalogData mine;
        mine.sources.push_back({"src1", "Quote", "", "2026-03"});
        mine.items.push_back(acceleratorRow("my-accel"));
        CatalogDatabase(userPath, sql::Database::Mode::ReadWriteCreate).upsert(mine);
        // A shipped catalog that later adds the same id does not hide the user's row.
        CatalogData newShipped = shipped();
        newShipped.items.push_back(acceleratorRow("my-accel"));
        Catalog merged(newShipped, CatalogDatabase(userPath, sql::Database::Mode::ReadWriteCreate).read());
        QVERIFY(merged.isShipped("my-accel"));
        QVERIFY(merged.find("user:my-accel"));
        QCOMPARE(merged.find("user:my-accel")->origin, ItemOrigin::User);
    }

    void brokenDatabasesAreRefusedWithTheirName()
    {
        QTemporaryDir dir;
        const std::string garbage = dir.filePath("garbage.sqlite").toStdString();
        std::ofstream(garbage)
            << "this is not a database, just text that is long enough to look like a header";
        try {
            CatalogDatabase db(garbage, sql::Database::Mode::ReadOnly);
            QFAIL("a text file opened as a catalog");
        } catch (const sql::Error& e) {
            QVERIFY(std::string(e.what()).find(garbage) != std::string::npos);
        }
        const std::string future = dir.filePath("future.sqlite").toStdString();
        {
            CatalogDatabase db(future, sql::Database::Mode::ReadWriteCreate);
            db.database().setUserVersion(CatalogDatabase::kSchemaVersion + 1);
        }
        try {
            CatalogDatabase db(future, sql::Database::Mode::ReadWriteCreate);
            QFAIL("a newer schema opened");
        } catch (const sql::Error& e) {
            QVERIFY(std::string(e.what()).find("newer") != std::string::npos);
        }
        try {
            loadCatalog({dir.filePath("missing.sqlite").toStdString(), {}});
            QFAIL("a missing catalog loaded");
        } catch (const sql::Error& e) {
            QVERIFY(std::string(e.what()).find("not found") != std::string::npos);
        }
    }

    void csvAndJsonRoundTrip()
    {
        CatalogData db = shipped();
        Problems problems;
        CatalogData fromJson = catalogfiles::parseJson(catalogfiles::toJson(db), "x.json", problems);
        QCOMPARE(problems.size(), size_t(0));
        QVERIFY(fromJson.items == db.items);
        QVERIFY(fromJson.sources == db.sources);
        CatalogData fromCsv = catalogfiles::parseCsv(catalogfiles::toCsv(db), "x.csv", problems);
        QCOMPARE(problems.size(), size_t(0));
        QCOMPARE(fromCsv.items.size(), db.items.size());
        for (size_t i = 0; i < db.items.size(); ++i) {
            QCOMPARE(fromCsv.items[i].id, db.items[i].id);
            QVERIFY2(fromCsv.items[i].attributes == db.items[i].attributes, db.items[i].id.c_str());
            QCOMPARE(fromCsv.items[i].figures.size(), db.items[i].figures.size());
            for (const auto& [k, f] : db.items[i].figures) {
                QVERIFY(qFuzzyCompare(fromCsv.items[i].figures[k].value, f.value));
                QCOMPARE(fromCsv.items[i].figures[k].sourceId, f.sourceId);
                QCOMPARE(fromCsv.items[i].figures[k].note, f.note);
            }
        }
    }

    void malformedCsvIsReportedByLine()
    {
        Problems problems;
        catalogfiles::parseCsv(
            "id,kind,name,vendor,field,value,source,note,source_title,source_url,source_date\n"
            "gpu1,accelerator,G,V,memory_gb,lots,s,,,,\n",
            "mine.csv", problems);
        QCOMPARE(problems.size(), size_t(1));
        QCOMPARE(problems[0].where, std::string("mine.csv:2"));
        QVERIFY(problems[0].message.find("not a number") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
