// The report in Simplified Chinese: the model's findings and verdicts and the report's own sentences come out
// translated, with every figure a template quotes kept; no text of the Chinese report is left in English
// where the translation has it; with no translation installed the interface's rendering of a model phrase is
// the model's own English, so the English report reads exactly as before.
#include "catalog.h"
#include "catalogdatabase.h"
#include "errorregimes.h"
#include "language.h"
#include "phrasetext.h"
#include "projectfile.h"
#include "reportbuilder.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>
#include <QXmlStreamReader>

using namespace infraplan;
using namespace infraplan::ui;

namespace {

const char* const kRecsys = INFRAPLAN_SOURCE_DIR "/data/examples/recsys-train-vs-serve.json";
const char* const kLlm = INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json";

Catalog shipped()
{
    return Catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
}

Project load(const char* path)
{
    Problems problems;
    auto project = projectfile::load(path, problems);
    if (!project)
        qFatal("cannot load %s", path);
    return *project;
}

bool hasChinese(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return text.contains(han);
}

/// The %1, %2, ... a text fills, as a set.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured().remove('L'));
    return out;
}

struct Message {
    QString context, source, translation;
};

/// The messages of the shipped Chinese translation source.
std::vector<Message> translationSource()
{
    QFile file(INFRAPLAN_SOURCE_DIR "/resources/translations/infraplan_zh_CN.ts");
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the translation source");
    std::vector<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            m = {context, {}, {}};
        else if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            out.push_back(m);
        }
    }
    return out;
}

/// Every piece of text the report shows, as laid out before pagination.
QStringList texts(const ReportDocument& doc)
{
    QStringList out{doc.title, doc.headerRight};
    auto table = [&](const TableBlock& t) {
        for (const TableColumn& c : t.columns)
            out << c.header;
        for (const auto& row : t.rows)
            for (const TableCell& cell : row)
                out << cell.text << cell.note;
    };
    for (const ReportBlock& block : doc.blocks) {
        if (const auto* t = std::get_if<TextBlock>(&block))
            out << t->text;
        else if (const auto* tb = std::get_if<TableBlock>(&block))
            table(*tb);
        else if (const auto* s = std::get_if<SideBySideBlock>(&block)) {
            table(s->left);
            table(s->right);
        } else if (const auto* c = std::get_if<CalloutBlock>(&block))
            out << c->title << c->lines;
        else if (const auto* chart = std::get_if<ChartBlock>(&block)) {
            out << chart->title << chart->emptyReason;
            // The chart as printed: its legend (series names) and axis titles.
            if (chart->build) {
                const std::unique_ptr<QChart> built = chart->build();
                for (const QAbstractSeries* series : built->series())
                    out << series->name();
                for (const QAbstractAxis* axis : built->axes())
                    out << axis->titleText();
            }
        }
    }
    out.removeAll(QString());
    return out;
}

/// The names a report quotes as they are: the project's own (title, description, sketches, workloads) and
/// the catalog's (items, vendors, attributes, sources and notes), longest first.
QStringList quotedNames(const Project& project, const Catalog& catalog)
{
    QStringList out{QString::fromStdString(project.name), QString::fromStdString(project.description)};
    for (const Sketch& s : project.sketches)
        out << QString::fromStdString(s.name);
    for (const TrainingJob& j : project.trainingJobs)
        out << QString::fromStdString(j.name);
    for (const InferenceService& s : project.services)
        out << QString::fromStdString(s.name);
    for (const CatalogItem& item : catalog.all()) {
        out << QString::fromStdString(item.id) << QString::fromStdString(item.name)
            << QString::fromStdString(item.vendor);
        for (const auto& [key, value] : item.attributes)
            out << QString::fromStdString(value);
        for (const auto& [key, figure] : item.figures)
            out << QString::fromStdString(figure.note);
    }
    // A source's title as the report cites it, the repository's paths in it named for what they are.
    static const QRegularExpression path(QStringLiteral(R"([\w./-]*validation/cases\.json|docs/[\w-]+\.md)"));
    for (const Source& source : catalog.sources()) {
        out << QString::fromStdString(source.id) << QString::fromStdString(source.title);
        for (const QString& piece : QString::fromStdString(source.title).split(path))
            if (piece.trimmed().size() > 8)
                out << piece.trimmed();
    }
    // The published runs behind the confidence bands, cited as their publications name themselves.
    for (const ErrorRegimeCase& c : shippedErrorRegimes().cases)
        out << QString::fromStdString(c.citation);
    out.removeAll(QString());
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return out;
}

/// The texts of `shown` that still hold English words once the quoted names, addresses, file names and
/// units are taken out: a sentence, a clause or a word the translation does not give in Chinese.
QStringList englishLeft(const QStringList& shown, const QStringList& names)
{
    // Units and abbreviations a Chinese planner reads as they are, the validation cases' metric "mfu", and
    // the name of a documentation file.
    static const QSet<QString> kept{
        QStringLiteral("mfu"),     QStringLiteral("model"),     QStringLiteral("ms"),
        QStringLiteral("token"),   QStringLiteral("tokens"),    QStringLiteral("req"),
        QStringLiteral("kWh"),     QStringLiteral("infraplan"), QStringLiteral("validate"),
        QStringLiteral("regimes"), QStringLiteral("json"),      QStringLiteral("md")};
    static const QRegularExpression address(QStringLiteral("https?://\\S+|[\\w./-]+\\.(json|md|csv)\\b"));
    static const QRegularExpression word(QStringLiteral("\\b[a-z]{2,}\\b"));
    // Ids: validation cases ("mlpi41-llama2-70b-off-h100x8", with a name in it already taken out), metrics
    // ("tokens_per_s").
    static const QRegularExpression id(QStringLiteral("[\\w.·-]*(\\d[a-z]|[a-z]\\d|_)[\\w.·-]*"));
    QStringList left;
    for (const QString& text : shown) {
        QString rest = text;
        for (const QString& name : names)
            rest.replace(name, QStringLiteral("·"));
        rest.remove(address);
        rest.remove(id);
        for (auto it = word.globalMatch(rest); it.hasNext();)
            if (!kept.contains(it.next().captured())) {
                left << text;
                break;
            }
    }
    left.removeDuplicates();
    return left;
}

} // namespace

class TestReportLanguage : public QObject {
    Q_OBJECT

    Catalog m_catalog = shipped();
    std::unique_ptr<ReportBuilder> m_report; ///< the rail example, simulated once with the real engines
    QTranslator* m_chinese = nullptr;

    void useChinese(bool on)
    {
        if (on)
            QCoreApplication::installTranslator(m_chinese);
        else
            QCoreApplication::removeTranslator(m_chinese);
    }

private slots:
    void cleanup() { useChinese(false); }

    void initTestCase()
    {
        ReportOptions options;
        options.date = QDate(2026, 3, 14);
        options.generator = QStringLiteral("Infraplan");
        m_report =
            std::make_unique<ReportBuilder>(load(kRecsys), m_catalog, options, catalogSimulator(m_catalog));
        QVERIFY(!m_report->analysis().findings.empty());
        // The compiled translation as the program has it.
        QVERIFY(language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        m_chinese = QCoreApplication::instance()->findChild<QTranslator*>();
        QVERIFY(m_chinese);
        QVERIFY(m_chinese->language().startsWith(QLatin1String("zh")));
        useChinese(false);
    }

    void everyTemplateOfTheModelIsTranslatedWithItsFigures()
    {
        // The model's sentence templates and words: each has a Chinese text that fills the same placeholders
        // (a translation that dropped %3 would drop a figure from a finding).
        useChinese(true);
        int checked = 0;
        for (int i = 0; i <= static_cast<int>(PhraseId::FamilyOnPriors); ++i) {
            const std::string source(phraseTemplate(static_cast<PhraseId>(i)));
            if (source.empty())
                continue;
            const QString english = QString::fromStdString(source);
            const QString chinese = QCoreApplication::translate("infraplan::Phrase", source.c_str());
            QCOMPARE(placeholders(chinese), placeholders(english));
            static const QRegularExpression word(QStringLiteral("[A-Za-z]{3}"));
            // Templates with words are translated; pure layout ("%1 %2") may stay as it is.
            if (english.contains(word))
                QVERIFY2(hasChinese(chinese), qPrintable(english));
            ++checked;
        }
        QVERIFY(checked > 100);
        // The engines' words: translated wherever they are words rather than abbreviations ("TTFT p99").
        static const QRegularExpression lowerWord(QStringLiteral("[a-z]{4}"));
        for (std::string_view term : phraseTerms()) {
            const QString english = QString::fromUtf8(term.data(), static_cast<qsizetype>(term.size()));
            if (english.contains(lowerWord))
                QVERIFY2(hasChinese(termText(std::string(term))), term.data());
        }
        useChinese(false);
    }

    void withoutATranslationThePhrasesReadAsTheModelWritesThem()
    {
        const ComparisonAnalysis& a = m_report->analysis();
        for (const Finding& f : a.findings) {
            QCOMPARE(phraseText(f.title), QString::fromStdString(english(f.title)));
            for (const Phrase& e : f.evidence)
                QCOMPARE(phraseText(e), QString::fromStdString(english(e)));
        }
        for (const SketchSummary& s : a.summaries)
            QCOMPARE(phraseText(s.verdictPhrase), QString::fromStdString(s.verdict));
        for (const ComparisonRow& row : a.table.rows)
            for (const Phrase& ratio : row.ratios)
                QCOMPARE(phraseText(ratio), QString::fromStdString(english(ratio)));
    }

    void theChineseReportCarriesTheVerdictsAndFindingsInChinese()
    {
        useChinese(true);
        const QStringList shown = texts(m_report->document());
        useChinese(false);
        const ComparisonAnalysis& a = m_report->analysis();
        int verdicts = 0;
        for (const SketchSummary& s : a.summaries) {
            if (s.verdict.empty())
                continue;
            useChinese(true);
            const QString chinese = phraseText(s.verdictPhrase);
            useChinese(false);
            QVERIFY2(hasChinese(chinese), qPrintable(chinese));
            QVERIFY2(shown.contains(chinese), qPrintable(chinese));
            // The English verdict is nowhere in the Chinese report.
            QVERIFY(!shown.contains(QString::fromStdString(s.verdict)));
            ++verdicts;
        }
        QVERIFY(verdicts >= 3);
        for (const Finding& f : a.findings) {
            useChinese(true);
            const QString title = phraseText(f.title);
            useChinese(false);
            QVERIFY2(hasChinese(title), qPrintable(title));
            QVERIFY2(shown.contains(title), qPrintable(title));
            QVERIFY(!shown.contains(QString::fromStdString(english(f.title))));
        }
    }

    void noTextOfTheChineseReportIsLeftInEnglish()
    {
        // Every English text the translation has a Chinese text for: none of them is shown as it is, whole or
        // as a clause of a longer text. Names, ids and figures (the sketches', the catalog's) stay as they
        // are.
        useChinese(true);
        const QStringList shown = texts(m_report->document());
        useChinese(false);
        QSet<QString> pieces;
        static const QRegularExpression separators(QStringLiteral("[·;:,()（），；：\\n]"));
        for (const QString& text : shown) {
            pieces.insert(text.trimmed());
            for (const QString& piece : text.split(separators, Qt::SkipEmptyParts))
                pieces.insert(piece.trimmed());
        }
        int translated = 0;
        QStringList left;
        for (const Message& m : translationSource()) {
            const QString source = m.source.trimmed();
            if (m.translation.isEmpty() || m.translation == m.source || source.contains('%') ||
                !source.contains(' ') || !hasChinese(m.translation))
                continue;
            ++translated;
            if (pieces.contains(source))
                left << m.context + ": " + source;
        }
        QVERIFY(translated > 500);
        QVERIFY2(left.isEmpty(), qPrintable(left.join('\n')));
        // And the report is mostly Chinese: most pieces of text with words in them have Chinese in them.
        int words = 0, chinese = 0;
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{4}"));
        for (const QString& text : shown)
            if (text.contains(word) || hasChinese(text)) {
                ++words;
                chinese += hasChinese(text) ? 1 : 0;
            }
        QVERIFY2(chinese * 2 > words, qPrintable(QStringLiteral("%1 of %2").arg(chinese).arg(words)));
    }

    void noEnglishWordIsLeftInTheChineseReport()
    {
        // Whatever the report says in its own words (sentences, notes, table cells, chart legends and axes)
        // is Chinese: once the names it quotes (the project's and the catalog's), addresses and units are
        // taken out, no English word is left. Both examples, the recommender and the LLM one.
        useChinese(true);
        QStringList left = englishLeft(texts(m_report->document()), quotedNames(load(kRecsys), m_catalog));
        useChinese(false);
        ReportOptions options;
        options.date = QDate(2026, 3, 14);
        options.generator = QStringLiteral("Infraplan");
        const Project llm = load(kLlm);
        ReportBuilder llmReport(llm, m_catalog, options, catalogSimulator(m_catalog));
        useChinese(true);
        left << englishLeft(texts(llmReport.document()), quotedNames(llm, m_catalog));
        useChinese(false);
        for (const QString& text : left) // QVERIFY2 cuts a long message short
            qWarning().noquote() << "English left:" << text;
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1 texts with English words").arg(left.size())));
    }

    void theCommandLineWritesTheChinesePdf()
    {
        // What a user runs: `infraplan report --language zh_CN`, read back with pdftotext.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        QProcess report;
        report.start(QStringLiteral(INFRAPLAN_BINARY),
                     {QStringLiteral("report"), QString::fromUtf8(kRecsys), QStringLiteral("--language"),
                      QStringLiteral("zh_CN"), QStringLiteral("-o"), pdf});
        QVERIFY(report.waitForFinished(-1));
        QCOMPARE(report.exitCode(), 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(-1));
        QCOMPARE(text.exitCode(), 0);
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        useChinese(true);
        for (const QString& expected :
             {QCoreApplication::translate("infraplan::ui::ComparisonSection", "Side-by-side comparison"),
              QCoreApplication::translate("infraplan::ui::TrustSection", "How far to trust these figures"),
              QCoreApplication::translate("infraplan::ui::SketchReportPage", "Bill of materials")}) {
            QVERIFY(hasChinese(expected));
            QVERIFY2(body.contains(expected), qPrintable(expected));
        }
        useChinese(false);
        QVERIFY(!body.contains(QLatin1String("Side-by-side comparison")));
        QVERIFY(!body.contains(QLatin1String("is the cheapest option that meets every target")));
    }
};

QTEST_MAIN(TestReportLanguage)
#include "test_reportlanguage.moc"
