#include "comparisonsection.h"

#include "coverpage.h"
#include "phrasetext.h"
#include "reportformat.h"
#include "reportstyle.h"

#include <algorithm>
#include <cmath>

namespace infraplan::ui {

namespace fmt = reportformat;

namespace {
constexpr double kLabelColumnPt = 150;
constexpr double kSketchColumnPt = 82;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

int ComparisonSection::columnsPerTable(double textWidthPt)
{
    return std::max(1, static_cast<int>(std::floor((textWidthPt - kLabelColumnPt) / kSketchColumnPt)));
}

QString ComparisonSection::rowLabel(const ComparisonRow& row)
{
    // Dollar rows per month say so in the label; every other value carries its unit or is a plain count.
    const bool unitInLabel = row.kind == FigureUnit::Usd && row.unit.rfind("USD/", 0) == 0;
    return rowLabelText(row, unitInLabel).trimmed();
}

void ComparisonSection::append(ReportDocument& doc, const ReportInput& in)
{
    doc.heading(tr("Side-by-side comparison"));
    doc.paragraph(tr(
        "Each column is one sketch of the project. Sketches are compared only with the alternatives for the "
        "same "
        "workload (the fleets serving the same service, the clusters training the same job); the best value "
        "among them is set in bold on a green background. “—” marks a figure that does not apply or could "
        "not "
        "be computed."));
    appendTables(doc, in);
    appendDifferences(doc, in.analysis.table);
    appendFindings(doc, in);
    doc.pageBreak();
}

void ComparisonSection::appendTables(ReportDocument& doc, const ReportInput& in)
{
    const ComparisonTable& table = in.analysis.table;
    const size_t columns = table.sketchIds.size();
    if (columns == 0) {
        doc.paragraph(tr("The project has no sketches to compare."));
        return;
    }
    const size_t perTable = static_cast<size_t>(columnsPerTable(in.textWidthPt()));
    for (size_t first = 0; first < columns; first += perTable) {
        const size_t end = std::min(columns, first + perTable);
        if (columns > perTable)
            doc.text(TextRole::Label, tr("Sketches %1–%2 of %3").arg(first + 1).arg(end).arg(columns), true);
        TableBlock block;
        block.smallText = true;
        block.columns.push_back({tr("Figure"), false, 0});
        for (size_t c = first; c < end; ++c)
            block.columns.push_back({qs(table.sketchNames[c]), true, 1});
        auto infoRow = [&](const QString& label, auto text) {
            std::vector<TableCell> row{{label, {}, true, {}, false}};
            for (size_t c = first; c < end; ++c)
                row.push_back({text(c), {}, false, {}, true});
            block.rows.push_back(row);
        };
        infoRow(tr("Role"), [&](size_t c) { return fmt::role(table.roles[c]); });
        infoRow(tr("Workload"), [&](size_t c) {
            const std::string& id = table.workloadIds[c];
            if (const TrainingJob* job = in.project.trainingJob(id))
                return qs(job->name);
            if (const InferenceService* service = in.project.service(id))
                return qs(service->name);
            return qs(id);
        });
        infoRow(tr("Hardware"), [&](size_t c) {
            const Sketch* sketch = in.project.sketch(table.sketchIds[c]);
            return sketch ? CoverPage::hardwareLine(*sketch, in.catalog) : QString();
        });
        if (std::any_of(table.errors.begin(), table.errors.end(), [](const auto& e) { return !e.empty(); }))
            infoRow(tr("Status"), [&](size_t c) {
                return table.errors[c].empty() ? tr("Simulated")
                                               : tr("Not simulated: ") + qs(table.errors[c]);
            });
        for (const ComparisonRow& row : table.rows) {
            const bool part = !row.label.empty() && row.label.front() == ' ';
            std::vector<TableCell> cells{
                {(part ? QStringLiteral("    ") : QString()) + rowLabel(row), {}, !part, {}, false}};
            for (size_t c = first; c < end; ++c) {
                const bool best = c < row.best.size() && row.best[c];
                cells.push_back(
                    {rowValueText(row, c), {}, best, best ? ReportStyle::best() : QColor(), true});
            }
            block.rows.push_back(cells);
        }
        doc.add(block);
    }
}

void ComparisonSection::appendDifferences(ReportDocument& doc, const ComparisonTable& table)
{
    static const char* const keyRows[] = {"monthly_cost",
                                          "cost_per_million_tokens",
                                          "cost_per_million_requests",
                                          "run_cost",
                                          "time_to_train_days",
                                          "ttft_p99_ms",
                                          "tpot_p99_ms",
                                          "e2e_p99_ms",
                                          "peak_power_facility_kw",
                                          "energy_mwh_per_month"};
    QStringList lines;
    for (const char* key : keyRows) {
        const ComparisonRow* row = table.row(key);
        if (!row)
            continue;
        for (size_t c = 0; c < row->ratios.size(); ++c)
            if (row->best[c] && !row->ratios[c].empty())
                lines << tr("%1: %2, %3.")
                             .arg(rowLabelText(*row, false).trimmed(), qs(table.sketchNames[c]),
                                  phraseText(row->ratios[c]));
    }
    if (lines.isEmpty())
        return;
    doc.subheading(tr("Key differences"));
    for (const QString& line : lines)
        doc.paragraph(QStringLiteral("•  ") + line);
}

void ComparisonSection::appendFindings(ReportDocument& doc, const ReportInput& in)
{
    doc.heading(tr("Recommendations"));
    if (in.analysis.findings.empty()) {
        const bool anyComputed = std::any_of(in.analysis.summaries.begin(), in.analysis.summaries.end(),
                                             [](const SketchSummary& s) { return s.computed; });
        doc.paragraph(anyComputed ? tr("The model found nothing to change: no cheaper option meets the "
                                       "same targets, and no fleet or cluster is idle or over-provisioned.")
                                  : tr("No recommendation: none of the sketches could be simulated."));
        return;
    }
    for (const Finding& f : in.analysis.findings) {
        CalloutBlock box;
        switch (f.kind) {
        case FindingKind::CheapestMeetingTargets:
            box.tone = CalloutBlock::Tone::Good;
            break;
        case FindingKind::NoOptionMeetsTargets:
            box.tone = CalloutBlock::Tone::Error;
            break;
        default:
            box.tone = CalloutBlock::Tone::Warning;
        }
        box.title = phraseText(f.title);
        for (const Phrase& e : f.evidence)
            box.lines << QStringLiteral("–  ") + phraseText(e);
        if (f.savingUsdPerMonth > 0)
            box.lines
                << tr("Saving: %1").arg(fmt::usdPerMonth(f.savingUsdPerMonth, in.project.exchangeRate()));
        doc.add(box);
    }
}

} // namespace infraplan::ui
