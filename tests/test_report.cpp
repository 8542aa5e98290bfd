// The PDF report and the CSV export: the example projects exported at A4 and Letter and read back with
// poppler's pdftotext / pdfinfo / pdffonts; the figures in the PDF equal the model's results (formatted with
// the report's own formatter); every sketch and chart title is there; nothing is laid out outside its page or
// on top of something else; a file that cannot be written gives a clear error and leaves nothing behind.
//
// Two engines: the real ones (catalogSimulator), which is what `infraplan report` uses, and the stand-in of
// fakeengine.h, whose sketches always compute, so the figure checks run whether or not the engines are built.
#include "catalog.h"
#include "catalogdatabase.h"
#include "chartssection.h"
#include "comparisoncsv.h"
#include "comparisonsection.h"
#include "fakeengine.h"
#include "paper.h"
#include "projectfile.h"
#include "reportbuilder.h"
#include "reportformat.h"
#include "reportpdf.h"

#include <csignal>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/resource.h>
#include <unistd.h>

using namespace infraplan;
using namespace infraplan::ui;
namespace fmt = infraplan::ui::reportformat;

namespace {

Catalog shipped()
{
    return Catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
}

Project load(const QString& path)
{
    Problems problems;
    auto project = projectfile::load(path.toStdString(), problems);
    if (!project)
        qFatal("cannot load %s", qPrintable(path));
    return *project;
}

QStringList projectFiles()
{
    QStringList files;
    const QDir examples(INFRAPLAN_SOURCE_DIR "/data/examples");
    for (const QString& f : examples.entryList({"*.json"}, QDir::Files, QDir::Name))
        files << examples.filePath(f);
    files << QStringLiteral(INFRAPLAN_SOURCE_DIR "/tests/data/report/ten-sketches.json");
    return files;
}

ReportOptions options(Paper paper)
{
    ReportOptions o;
    o.paper = paper;
    o.date = QDate(2026, 3, 14);
    o.generator = QStringLiteral("Infraplan test");
    return o;
}

/// Runs a poppler tool; the test fails when it is missing (scripts/setup.sh installs poppler-utils).
QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(' ')),
                 qPrintable(p.errorString() + QString::fromUtf8(p.readAllStandardError())));
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The PDF's text with every run of white space made one space, so text wrapped in a cell reads as typed.
QString pdfText(const QString& pdf)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return run("pdftotext", {"-enc", "UTF-8", pdf, "-"}).replace(space, QStringLiteral(" "));
}

QString normalized(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.replace(space, QStringLiteral(" ")).trimmed();
}

int pdfPages(const QString& pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run("pdfinfo", {pdf})).captured(1).toInt();
}

QString pdfPageSize(const QString& pdf)
{
    static const QRegularExpression size(QStringLiteral("Page size:\\s+([^\\n]+)"));
    return size.match(run("pdfinfo", {pdf})).captured(1).trimmed();
}

/// Every figure of the comparison table and of each sketch page, as the report formats it.
QStringList expectedFigures(const ReportBuilder& report)
{
    QStringList out;
    const ComparisonTable& table = report.analysis().table;
    for (const ComparisonRow& row : table.rows)
        for (size_t c = 0; c < table.sketchIds.size(); ++c)
            if (row.values[c])
                out << QString::fromStdString(row.text(c));
    for (const SketchSummary& s : report.analysis().summaries) {
        if (!s.computed)
            continue;
        // A fleet's month; a training run is billed once, as its run cost below.
        if (s.monthly.priced && s.role == SketchRole::Inference)
            out << fmt::usd(s.monthly.totalUsd(), s.money) << fmt::usd(s.monthly.computeUsd, s.money);
        if (s.averagePower.published) // else the power table says it is not published
            out << fmt::kilowatts(s.averagePower.itW()) << fmt::kilowatts(s.peakPower.facilityW());
        if (s.timeToTrainDays > 0)
            out << fmt::days(s.timeToTrainDays);
        if (s.runCostUsd > 0)
            out << fmt::usd(s.runCostUsd, s.money);
        if (s.e2eMs[2] > 0)
            out << fmt::number(s.e2eMs[2], "ms");
        if (s.ttftMs[2] > 0)
            out << fmt::number(s.ttftMs[2], "ms");
        if (s.costPerMillionRequestsUsd > 0)
            out << fmt::price(s.costPerMillionRequestsUsd, s.money);
        if (s.costPerMillionTokensUsd > 0)
            out << fmt::price(s.costPerMillionTokensUsd, s.money);
    }
    return out;
}

/// Fields of an RFC 4180 document, CRLF line ends required.
QList<QStringList> parseCsv(const QByteArray& bytes, QString* error)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == '"' && field.isEmpty()) {
            quoted = true;
        } else if (ch == ',') {
            row << field;
            field.clear();
        } else if (ch == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n')
                *error = QStringLiteral("bare CR at %1").arg(i);
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else if (ch == '\n') {
            *error = QStringLiteral("LF without CR at %1").arg(i);
        } else {
            field += ch;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *error = QStringLiteral("the last record is not ended by CRLF");
    return rows;
}

/// A folder this process cannot create files in: a folder made read-only, or, for root (whom permissions do
/// not stop), /sys, where the kernel refuses new files to everyone.
QString unwritableFolder(const QTemporaryDir& temp)
{
    auto writable = [](const QString& folder) {
        QFile probe(folder + "/probe.tmp");
        const bool ok = probe.open(QIODevice::WriteOnly);
        if (ok)
            probe.remove();
        return ok;
    };
    const QString ro = temp.filePath("read-only");
    QDir().mkpath(ro);
    QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
    if (!writable(ro))
        return ro;
    if (QFileInfo("/sys").isDir() && !writable("/sys"))
        return "/sys";
    return {};
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private:
    Catalog m_catalog;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        m_catalog = shipped();
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable("pdftotext").isEmpty(),
                 "pdftotext not found: scripts/setup.sh installs poppler-utils");
    }

    void paperFromLocale()
    {
        QCOMPARE(paperForLocale(QLocale(QLocale::English, QLocale::UnitedStates)), Paper::Letter);
        QCOMPARE(paperForLocale(QLocale(QLocale::French, QLocale::Canada)), Paper::Letter);
        QCOMPARE(paperForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)), Paper::A4);
        QCOMPARE(paperForLocale(QLocale(QLocale::German, QLocale::Germany)), Paper::A4);
        QCOMPARE(parsePaper("Letter"), std::optional<Paper>(Paper::Letter));
        QCOMPARE(parsePaper("a4"), std::optional<Paper>(Paper::A4));
        QCOMPARE(parsePaper("a5"), std::optional<Paper>());
    }

    void exportsProjects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("fake");
        QTest::addColumn<int>("paper");
        for (const QString& file : projectFiles())
            for (bool fake : {false, true})
                for (Paper paper : {Paper::A4, Paper::Letter})
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3")
                                                 .arg(QFileInfo(file).baseName(),
                                                      fake ? "stand-in" : "engines", paperName(paper))))
                        << file << fake << int(paper);
    }

    /// The report of each project, with the real engines and with the stand-in, on both paper sizes: the
    /// figures, sketch names and chart titles are in the PDF's text, the page count and size are right, the
    /// fonts are the shipped ones, embedded.
    void exportsProjects()
    {
        QFETCH(QString, file);
        QFETCH(bool, fake);
        QFETCH(int, paper);
        const Project project = load(file);
        const SketchSimulator simulate = fake ? fake::engine(m_catalog) : catalogSimulator(m_catalog);
        const ReportBuilder report(project, m_catalog, options(Paper(paper)), simulate);
        const QString pdf = m_dir.filePath(QStringLiteral("%1-%2-%3.pdf")
                                               .arg(QFileInfo(file).baseName())
                                               .arg(fake ? "fake" : "real")
                                               .arg(paperName(Paper(paper))));
        QString error;
        int pages = 0;
        QVERIFY2(report.writePdf(pdf, &error, &pages), qPrintable(error));
        if (const QString keep = qEnvironmentVariable("INFRAPLAN_REPORT_KEEP"); !keep.isEmpty())
            QFile::copy(pdf, QDir(keep).filePath(QFileInfo(pdf).fileName()));

        QCOMPARE(pdfPages(pdf), pages);
        const int sketches = int(project.sketches.size());
        // Cover, comparison, charts, a page per sketch, two appendices. With the engines a sketch's page can
        // run to three (bill of materials, warnings, its day of traffic) and the recommendations to two. The
        // trust section takes up to four more whatever the sketches: its tables list the regimes and the
        // validated cases behind them (at most every published case, each with its publication).
        QVERIFY2(pages >= 5 + sketches && pages <= 3 * sketches + 10,
                 qPrintable(QStringLiteral("%1 pages for %2 sketches").arg(pages).arg(sketches)));
        QVERIFY2(pdfPageSize(pdf).contains(Paper(paper) == Paper::A4 ? "(A4)" : "(letter)"),
                 qPrintable(pdfPageSize(pdf)));

        const QString text = pdfText(pdf);
        QVERIFY(text.contains(normalized(QString::fromStdString(project.name))));
        QVERIFY(text.contains("Page 1 of " + QString::number(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        for (const Sketch& s : project.sketches)
            QVERIFY2(text.contains(normalized(QString::fromStdString(s.name))), s.name.c_str());
        for (const QString& title : ChartsSection::titles(project, report.analysis()))
            QVERIFY2(text.contains(normalized(title)), qPrintable(title));
        for (const QString& figure : expectedFigures(report))
            QVERIFY2(text.contains(normalized(figure)), qPrintable("missing figure " + figure));
        for (const SketchSummary& s : report.analysis().summaries)
            if (!s.computed)
                QVERIFY2(text.contains(normalized(QString::fromStdString(s.error))), s.error.c_str());
        // The trust section: its regime table and the validated cases behind the bands (docs/confidence.md).
        QVERIFY(text.contains(QStringLiteral("How far to trust these figures")));
        QVERIFY(text.contains(QStringLiteral("Error by regime")));
        if (std::any_of(report.analysis().summaries.begin(), report.analysis().summaries.end(),
                        [](const SketchSummary& s) { return s.computed && s.confidence.available; }))
            QVERIFY(text.contains(QStringLiteral("The validated cases behind these bands")));
        if (fake)
            QVERIFY(std::any_of(report.analysis().summaries.begin(), report.analysis().summaries.end(),
                                [](const SketchSummary& s) { return s.computed; }));
        // Every catalog source is listed with its id (titles and addresses may wrap into each other's lines
        // in the extracted text, ids are single words).
        const SourceIndex sources(project, m_catalog);
        QVERIFY(!sources.sources().empty());
        for (const Source* source : sources.sources())
            QVERIFY2(text.contains(QString::fromStdString(source->id)), source->id.c_str());

        const QString fonts = run("pdffonts", {pdf});
        QVERIFY2(fonts.contains("DejaVuSans ") && fonts.contains("DejaVuSans-Bold"), qPrintable(fonts));
        for (const QString& line : fonts.split('\n').mid(2))
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(" yes "), qPrintable("font not embedded: " + line));
    }

    /// Words with letter pairs that fonts like to ligate stay searchable as typed.
    void textIsSearchable()
    {
        const Project project = load(INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json");
        const ReportBuilder report(project, m_catalog, options(Paper::A4), fake::engine(m_catalog));
        const QString pdf = m_dir.filePath("search.pdf");
        QString error;
        QVERIFY2(report.writePdf(pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        for (const char* word :
             {"effectiveness", "Fits in memory", "fitted", "Traffic and instances", "figures"})
            QVERIFY2(text.contains(word), word);
    }

    void layoutStaysInsideThePageAndNeverOverlaps_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("paper");
        for (const QString& file : projectFiles())
            for (Paper paper : {Paper::A4, Paper::Letter})
                QTest::newRow(qPrintable(QFileInfo(file).baseName() + " " + paperName(paper)))
                    << file << int(paper);
    }

    /// Every block lies inside the text area, the running header and footer inside the sheet, and no two
    /// things on a page share any space.
    void layoutStaysInsideThePageAndNeverOverlaps()
    {
        QFETCH(QString, file);
        QFETCH(int, paper);
        const ReportBuilder report(load(file), m_catalog, options(Paper(paper)), fake::engine(m_catalog));
        const auto pages = ReportPdf::compose(report.document(), Paper(paper));
        const PageGeometry g = PageGeometry::of(Paper(paper), ReportPdf::kResolutionDpi);
        const double tolerance = 0.01 * g.unitsPerPoint;
        for (size_t p = 0; p < pages.size(); ++p) {
            const auto& items = pages[p].items;
            QVERIFY2(!items.empty(), "empty page");
            for (size_t i = 0; i < items.size(); ++i) {
                const QRectF r = items[i].rect;
                const bool running = items[i].kind == PlacedItem::Kind::RunningHeader ||
                                     items[i].kind == PlacedItem::Kind::RunningFooter;
                const QRectF area =
                    (running ? g.page : g.content).adjusted(-tolerance, -tolerance, tolerance, tolerance);
                QVERIFY2(area.contains(r),
                         qPrintable(QStringLiteral("page %1 item %2 outside its area").arg(p + 1).arg(i)));
                QVERIFY2(r.height() > 0, "empty item");
                for (size_t j = i + 1; j < items.size(); ++j) {
                    const QRectF overlap =
                        r.adjusted(tolerance, tolerance, -tolerance, -tolerance).intersected(items[j].rect);
                    QVERIFY2(
                        overlap.isEmpty(),
                        qPrintable(
                            QStringLiteral("page %1: items %2 and %3 overlap").arg(p + 1).arg(i).arg(j)));
                }
            }
        }
    }

    /// A table longer than a page continues on the next with its header row repeated.
    void longTablesRepeatTheirHeader()
    {
        ReportDocument doc;
        doc.title = "Long table";
        doc.firstPageIsCover = false;
        TableBlock table;
        table.columns = {{"Item", false, 1}, {"Value", true, 0}};
        for (int i = 0; i < 150; ++i)
            table.rows.push_back(
                {{QStringLiteral("Row %1 with a label long enough to matter").arg(i), {}, false, {}, false},
                 {QStringLiteral("$%1").arg(i * 1000), {}, false, {}, true}});
        doc.add(table);
        for (Paper paper : {Paper::A4, Paper::Letter}) {
            const auto pages = ReportPdf::compose(doc, paper);
            QVERIFY(pages.size() >= 3);
            int rows = 0;
            for (const ComposedPage& page : pages) {
                const auto first =
                    std::find_if(page.items.begin(), page.items.end(), [](const PlacedItem& it) {
                        return it.kind == PlacedItem::Kind::TableHeader ||
                               it.kind == PlacedItem::Kind::TableRow;
                    });
                QVERIFY(first != page.items.end());
                QCOMPARE(int(first->kind), int(PlacedItem::Kind::TableHeader));
                rows += int(std::count_if(page.items.begin(), page.items.end(), [](const PlacedItem& it) {
                    return it.kind == PlacedItem::Kind::TableRow;
                }));
            }
            QCOMPARE(rows, 150);
        }
    }

    /// Ten sketches do not fit side by side: the comparison is split into groups of columns with the figure
    /// names repeated, and every sketch is in one of them.
    void wideComparisonsSplitIntoColumnGroups()
    {
        const Project project = load(INFRAPLAN_SOURCE_DIR "/tests/data/report/ten-sketches.json");
        for (Paper paper : {Paper::A4, Paper::Letter}) {
            ReportOptions o = options(paper);
            const ReportBuilder report(project, m_catalog, o, fake::engine(m_catalog));
            const double width = PageGeometry::of(paper, 72).content.width();
            const int perTable = ComparisonSection::columnsPerTable(width);
            QVERIFY(perTable >= 3 && perTable < 10);
            int groups = 0;
            for (const ReportBlock& block : report.document().blocks)
                if (const auto* t = std::get_if<TableBlock>(&block))
                    if (!t->columns.empty() && t->columns.front().header == "Figure")
                        ++groups;
            QCOMPARE(groups, (10 + perTable - 1) / perTable);
        }
    }

    /// The CSV holds the table: the sketches as columns, every row's values as the model's numbers exactly.
    void csvMatchesTheTable()
    {
        for (const QString& file : projectFiles()) {
            const Project project = load(file);
            const ReportBuilder report(project, m_catalog, options(Paper::A4), fake::engine(m_catalog));
            const QString path = m_dir.filePath(QFileInfo(file).baseName() + ".csv");
            QString error;
            QVERIFY2(report.writeCsv(path, &error), qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
            const auto rows = parseCsv(bytes, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const ComparisonTable& table = report.analysis().table;
            const size_t n = table.sketchIds.size();
            QCOMPARE(rows.size(), qsizetype(1 + 4 + table.rows.size()));
            for (const QStringList& row : rows)
                QCOMPARE(row.size(), qsizetype(n + 3));
            for (size_t c = 0; c < n; ++c) {
                QCOMPARE(rows[0][qsizetype(c + 2)], QString::fromStdString(table.sketchNames[c]));
                QCOMPARE(rows[1][qsizetype(c + 2)], QString::fromStdString(table.sketchIds[c]));
            }
            for (size_t r = 0; r < table.rows.size(); ++r) {
                const ComparisonRow& row = table.rows[r];
                const QStringList& fields = rows[qsizetype(5 + r)];
                QCOMPARE(fields[1], QString::fromStdString(ComparisonCsv::unit(row)));
                QStringList best;
                for (size_t c = 0; c < n; ++c) {
                    const QString& field = fields[qsizetype(c + 2)];
                    if (!row.values[c])
                        QVERIFY(field.isEmpty());
                    else if (row.kind == FigureUnit::YesNo)
                        QCOMPARE(field, *row.values[c] != 0 ? QString("yes") : QString("no"));
                    else
                        QCOMPARE(field.toDouble(), *row.values[c]); // shortest exact form: equal, not close
                    if (row.best[c])
                        best << QString::fromStdString(table.sketchNames[c]);
                }
                QCOMPARE(fields.back(), best.join("; "));
            }
        }
        QCOMPARE(ComparisonCsv::field("a, \"b\""), std::string("\"a, \"\"b\"\"\""));
        QCOMPARE(ComparisonCsv::field("plain"), std::string("plain"));
        QCOMPARE(ComparisonCsv::field("two\nlines"), std::string("\"two\nlines\""));
    }

    /// A folder that refuses the file: a clear error naming it, and nothing written there.
    void readOnlyFolderGivesAClearErrorAndNoFile()
    {
        const QString folder = unwritableFolder(m_dir);
        if (folder.isEmpty())
            QSKIP("no folder this process cannot write to");
        const QStringList before =
            QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const Project project = load(INFRAPLAN_SOURCE_DIR "/data/examples/recsys-train-vs-serve.json");
        const ReportBuilder report(project, m_catalog, options(Paper::A4), fake::engine(m_catalog));
        const QString target = QDir(folder).filePath("report.pdf");
        QString error;
        QVERIFY(!report.writePdf(target, &error));
        QVERIFY2(error.contains(target) && error.startsWith("Cannot write"), qPrintable(error));
        QVERIFY(!report.writeCsv(QDir(folder).filePath("table.csv"), &error));
        QVERIFY2(error.contains("table.csv"), qPrintable(error));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);

        // The command line says the same on stderr and exits with 3 (a file could not be written).
        QProcess cli;
        cli.start(INFRAPLAN_BINARY,
                  {"report", INFRAPLAN_SOURCE_DIR "/data/examples/recsys-train-vs-serve.json", "-o", target});
        QVERIFY(cli.waitForFinished(-1));
        QCOMPARE(cli.exitCode(), 3);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains("Cannot write " + target), qPrintable(err));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    }

    /// A disk that fills up while the file is written (simulated with a file-size limit, which makes the
    /// kernel refuse writes past it as a full disk does): an error, and neither the file nor a temporary.
    void fullDiskGivesAClearErrorAndNoFile()
    {
        const Project project = load(INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json");
        const ReportBuilder report(project, m_catalog, options(Paper::A4), fake::engine(m_catalog));
        const QByteArray pdf = report.renderPdf().pdf;
        QVERIFY(pdf.size() > 64 * 1024);
        const QString folder = m_dir.filePath("full");
        QVERIFY(QDir().mkpath(folder));
        const QString target = QDir(folder).filePath("report.pdf");

        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        auto* previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 32 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        QString error;
        const bool written = report.writePdf(target, &error);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);

        QVERIFY(!written);
        QVERIFY2(error.contains(target), qPrintable(error));
        QVERIFY(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    /// `infraplan report` writes the PDF and the CSV, Letter when asked, and rejects an unknown paper size.
    void aYuanProjectIsInYuanEverywhere()
    {
        // The recommender example with "currency": "CNY": the command line's PDF, CSV and JSON carry every
        // money figure in yuan at the shipped rate; only the cited sources quote their own dollars.
        QFile in(INFRAPLAN_SOURCE_DIR "/data/examples/recsys-train-vs-serve.json");
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
        doc["currency"] = "CNY";
        const QString project = m_dir.filePath("yuan.json");
        QFile out(project);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(doc).toJson());
        out.close();
        const QString pdf = m_dir.filePath("yuan.pdf"), csv = m_dir.filePath("yuan.csv");
        QProcess cli;
        cli.start(INFRAPLAN_BINARY, {"report", project, "-o", pdf, "--csv", csv});
        QVERIFY(cli.waitForFinished(180000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QString text = pdfText(pdf);
        const qsizetype sources = text.indexOf("APPENDIX B");
        QVERIFY(sources > 0);
        const QString figures = text.left(sources);
        QVERIFY2(!figures.contains('$'),
                 qPrintable(figures.mid(std::max<qsizetype>(0, figures.indexOf('$') - 200), 400)));
        QVERIFY(figures.count(QStringLiteral("¥")) > 20);
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(table.readAll());
        QVERIFY2(csvText.contains("CNY/month") && !csvText.contains("USD/"), qPrintable(csvText));

        cli.start(INFRAPLAN_BINARY, {"simulate", project, "--json", "--quick"});
        QVERIFY(cli.waitForFinished(180000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonObject result = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const double perUsd = result["currency"].toObject()["per_usd"].toDouble();
        QCOMPARE(result["currency"].toObject()["code"].toString(), QString("CNY"));
        QVERIFY(std::abs(perUsd - 7.7748 / 1.0705) < 1e-9);
        int bills = 0;
        for (const QJsonValue& v : result["sketches"].toArray()) {
            const QJsonObject sketch = v.toObject();
            const QJsonObject bill = sketch["bill"].toObject();
            QCOMPARE(bill["currency"].toString(), QString("CNY"));
            QVERIFY(std::abs(bill["total"].toDouble() - bill["total_usd"].toDouble() * perUsd) < 0.01);
            double lines = 0;
            for (const QJsonValue& l : bill["lines"].toArray())
                lines += l.toObject()["amount"].toDouble();
            QVERIFY(std::abs(lines - bill["total"].toDouble()) < 0.005);
            const QString verdict = sketch["verdict"].toString();
            if (!verdict.isEmpty())
                QVERIFY2(verdict.contains(QStringLiteral("¥")) && !verdict.contains('$'),
                         qPrintable(verdict));
            ++bills;
        }
        QCOMPARE(bills, 5);
    }

    void commandLineExports()
    {
        const QString pdf = m_dir.filePath("cli.pdf"), csv = m_dir.filePath("cli.csv");
        QProcess cli;
        cli.start(INFRAPLAN_BINARY,
                  {"report", INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json", "-o", pdf,
                   "--page", "letter", "--csv", csv});
        QVERIFY(cli.waitForFinished(-1));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(pdfPageSize(pdf).contains("(letter)"));
        QVERIFY(QFileInfo(csv).size() > 0);
        QVERIFY(pdfText(pdf).contains("LLM pre-training and chat serving"));

        // Without --page the locale decides: Canada uses Letter.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LC_ALL", "fr_CA.UTF-8");
        env.insert("LANG", "fr_CA.UTF-8");
        cli.setProcessEnvironment(env);
        cli.start(INFRAPLAN_BINARY,
                  {"report", INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json", "-o",
                   m_dir.filePath("ca.pdf")});
        QVERIFY(cli.waitForFinished(-1));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(pdfPageSize(m_dir.filePath("ca.pdf")).contains("(letter)"));

        cli.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        cli.start(INFRAPLAN_BINARY,
                  {"report", INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json", "-o",
                   m_dir.filePath("x.pdf"), "--page", "a5"});
        QVERIFY(cli.waitForFinished(-1));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("--page must be a4 or letter"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath("x.pdf")));
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
