#include "trustsection.h"

#include "phrasetext.h"
#include "reportformat.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace infraplan::ui {

namespace {

QString signedPct(double v)
{
    return QStringLiteral("%1%2%")
        .arg(v >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
        .arg(std::abs(v), 0, 'f', 0);
}

QString rangeOf(const FigureBand& b, const std::function<QString(double)>& f)
{
    return b.present ? TrustSection::tr("%1 (%2 to %3)").arg(f(b.value), f(b.low), f(b.high)) : QString();
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

/// A validation case's metric as a reader says it (the cases' file names it by key).
QString metricText(const std::string& metric)
{
    if (metric == "tokens_per_s")
        return TrustSection::tr("tokens/s");
    if (metric == "samples_per_s")
        return TrustSection::tr("samples/s");
    if (metric == "tflops_per_device")
        return TrustSection::tr("TFLOP/s per device");
    if (metric == "mfu")
        return TrustSection::tr("MFU");
    if (metric == "ttft_ms")
        return TrustSection::tr("time to first token");
    if (metric == "tpot_ms")
        return TrustSection::tr("time per output token");
    if (metric == "latency_ms")
        return TrustSection::tr("latency");
    return QString::fromStdString(metric);
}

TableCell cell(const QString& text, const QString& note = {}, bool bold = false)
{
    TableCell c;
    c.text = text;
    c.note = note;
    c.bold = bold;
    return c;
}

TableCell figure(const QString& text)
{
    TableCell c = cell(text);
    c.alignRight = true;
    return c;
}

} // namespace

void TrustSection::append(ReportDocument& doc, const ReportInput& in)
{
    const ErrorRegimeTable& table = shippedErrorRegimes();
    doc.heading(tr("How far to trust these figures"));
    if (table.empty()) {
        doc.paragraph(tr("This build carries no error table (data/catalog/error-regimes.json), so "
                         "the figures have no validated range."));
        doc.pageBreak();
        return;
    }
    doc.paragraph(
        tr("Every engine figure is a prediction. How close such predictions came to published measurements "
           "is known "
           "from %1 validated runs, each predicted with the calibration fitted without it (and, for "
           "hardware "
           "families on priors, without its whole family). The errors differ by regime: the engine, what "
           "limits "
           "the figure (compute, memory bandwidth, KV-cache capacity, network, latency at small batch) and "
           "whether "
           "the device family was calibrated. Each sketch's range below is where its figures land if its "
           "hardware "
           "runs as much slower or faster than predicted as the 10th and 90th percentile of the held-out "
           "errors of "
           "its regime; fleets are re-sized in whole instances at both ends and priced by the bill.")
            .arg(table.cases.size()));
    appendSketches(doc, in);
    appendRegimes(doc, table);
    appendCases(doc, in, table);
    doc.pageBreak();
}

void TrustSection::appendSketches(ReportDocument& doc, const ReportInput& in)
{
    using namespace reportformat;
    TableBlock t;
    t.smallText = true;
    t.columns = {{tr("Sketch"), false, 1.2},
                 {tr("Regime"), false, 1.4},
                 {tr("Cases"), true, 0.4},
                 {tr("Performance"), false, 1.6},
                 {tr("Cost"), false, 1.6}};
    QStringList uncalibrated, slowEnd;
    for (const SketchSummary& s : in.analysis.summaries) {
        const SketchConfidence& c = s.confidence;
        if (!s.computed || !c.available) {
            t.rows.push_back({cell(q(s.name)), cell(tr("not simulated")), cell({}), cell({}), cell({})});
            continue;
        }
        QString performance, cost;
        if (s.role == SketchRole::Training) {
            performance =
                c.tokensPerSecond.present
                    ? rangeOf(c.tokensPerSecond, [](double v) { return number(v, tr("tokens/s")); })
                    : rangeOf(c.samplesPerSecond, [](double v) { return number(v, tr("samples/s")); });
            performance += tr("; time to train ") + rangeOf(c.timeToTrainDays, days);
            cost = tr("run ") + rangeOf(c.runCostUsd, [&s](double v) { return usd(v, s.money); });
        } else {
            const FigureBand& latency = c.ttftMs[2].present ? c.ttftMs[2] : c.e2eMs[2];
            performance = (c.ttftMs[2].present ? tr("TTFT p99 ") : QStringLiteral("p99 ")) +
                          rangeOf(latency, [](double v) { return number(v, QStringLiteral("ms")); }) +
                          tr("; instances the peak needs ") +
                          rangeOf(c.instancesNeededAtPeak, [](double v) { return number(v); });
            cost = rangeOf(c.monthlyCostUsd, [&s](double v) { return usdPerMonth(v, s.money); });
        }
        const TableCell regime =
            cell(phraseText(c.band.regime.labelPhrase()),
                 c.band.engineWide ? tr("engine-wide band: too few cases in the regime") : QString());
        t.rows.push_back(
            {cell(q(s.name)), regime, figure(QString::number(c.band.cases)), cell(performance), cell(cost)});
        if (!c.uncalibratedNote.empty())
            uncalibrated
                << QStringLiteral("%1 (%2): %3").arg(q(s.name), q(s.acceleratorName), q(c.uncalibratedNote));
        if (!c.slowEndNote.empty())
            slowEnd << QStringLiteral("%1: %2").arg(q(s.name), q(c.slowEndNote));
    }
    doc.add(std::move(t));
    if (!uncalibrated.isEmpty()) {
        CalloutBlock warn;
        warn.tone = CalloutBlock::Tone::Warning;
        warn.title = tr("Uncalibrated hardware");
        warn.lines = uncalibrated;
        doc.add(std::move(warn));
    }
    if (!slowEnd.isEmpty()) {
        CalloutBlock warn;
        warn.tone = CalloutBlock::Tone::Warning;
        warn.title = tr("Targets at risk within the band");
        warn.lines = slowEnd;
        doc.add(std::move(warn));
    }
}

void TrustSection::appendRegimes(ReportDocument& doc, const ErrorRegimeTable& table)
{
    doc.subheading(tr("Error by regime"));
    doc.paragraph(
        tr("Error = predicted speed ÷ measured speed − 1 (a latency's error inverted): "
           "positive means the engine was optimistic. Calibrated regimes use the error "
           "with the case left out of its family's fit; regimes on priors the error with "
           "the whole family left out. A regime with fewer than %1 cases uses its "
           "engine's band; no band is narrower than ±%2%. Generated on %3 by “infraplan validate --regimes” "
           "from the %4 published runs of the validation cases that ship with Infraplan.")
            .arg(ErrorRegimeTable::kMinCases)
            .arg(ErrorRegimeTable::kFloor * 100, 0, 'f', 0)
            .arg(q(table.generatedDate))
            .arg(table.cases.size()));
    TableBlock t;
    t.smallText = true;
    t.columns = {{tr("Engine"), false, 0.6},
                 {tr("What binds"), false, 1},
                 {tr("Family"), false, 0.8},
                 {tr("Cases"), true, 0.4},
                 {tr("10th to 90th pct error"), true, 1},
                 {tr("Median |error|"), true, 0.6},
                 {tr("Speed range"), true, 0.8}};
    for (const ErrorRegimeRow& r : table.rows) {
        const bool own = !r.binding || r.caseIds.size() >= ErrorRegimeTable::kMinCases;
        t.rows.push_back({cell(termText(std::string(engineKey(r.engine)))),
                          cell(r.binding ? termText(std::string(bindingResourceLabel(*r.binding)))
                                         : tr("any (engine-wide)"),
                               own ? QString() : tr("too few: engine-wide band applies"), !r.binding),
                          cell(r.status == CalibrationStatus::Calibrated ? tr("calibrated") : tr("priors")),
                          figure(QString::number(r.caseIds.size())),
                          figure(tr("%1 to %2").arg(signedPct(r.lowErrorPct), signedPct(r.highErrorPct))),
                          figure(QStringLiteral("%1%").arg(r.medianAbsErrorPct, 0, 'f', 1)),
                          figure(tr("%1 to %2")
                                     .arg(QStringLiteral("×%1").arg(r.slowFactor, 0, 'f', 2),
                                          QStringLiteral("×%1").arg(r.fastFactor, 0, 'f', 2)))});
    }
    doc.add(std::move(t));
}

void TrustSection::appendCases(ReportDocument& doc, const ReportInput& in, const ErrorRegimeTable& table)
{
    // The cases behind the bands this project uses.
    std::set<std::string> ids;
    for (const SketchSummary& s : in.analysis.summaries) {
        const SketchConfidence& c = s.confidence;
        if (!s.computed || !c.available)
            continue;
        const ErrorRegimeRow* row = table.row(
            c.band.regime.engine, c.band.engineWide ? std::nullopt : std::optional(c.band.regime.binding),
            c.band.regime.status);
        if (row)
            ids.insert(row->caseIds.begin(), row->caseIds.end());
    }
    if (ids.empty())
        return;
    doc.subheading(tr("The validated cases behind these bands"));
    TableBlock t;
    t.smallText = true;
    t.columns = {{tr("Published run"), false, 2.6}, {tr("Family"), false, 1.1},
                 {tr("What binds"), false, 1.1},    {tr("Metric"), false, 0.9},
                 {tr("Case held out"), true, 0.75}, {tr("Family held out"), true, 0.75}};
    for (const ErrorRegimeCase& c : table.cases) {
        if (!ids.count(c.id))
            continue;
        t.rows.push_back(
            {cell(q(c.citation), q(c.id)), cell(q(c.family), termText(std::string(engineKey(c.engine)))),
             cell(termText(std::string(bindingResourceLabel(c.binding)))), cell(metricText(c.metric)),
             figure(signedPct(c.caseHeldOutErrorPct)), figure(signedPct(c.familyHeldOutErrorPct))});
    }
    doc.add(std::move(t));
    doc.paragraph(tr("Each case is a published run; “infraplan validate” reproduces the engine's "
                     "prediction for each, beside the measured figure."));
}

} // namespace infraplan::ui
