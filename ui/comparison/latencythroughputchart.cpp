#include "latencythroughputchart.h"

#include "chartstyle.h"
#include "comparisonanalysis.h"
#include "figureformat.h"
#include "sketchpalette.h"

#include <algorithm>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <set>

namespace infraplan::ui {

QChart* LatencyThroughputChart::build(const ComparisonAnalysis& analysis, const SketchPalette& palette)
{
    QChart* chart = chartstyle::newChart(QObject::tr("Latency under load"));
    double maxRps = 0, maxLatency = 0, maxTarget = 0;
    std::set<bool> labels; ///< which latencies the curves plot: LLM (TTFT) or end-to-end
    std::vector<QLineSeries*> curves;
    for (const LoadCurve& c : analysis.loadCurves) {
        if (c.points.empty())
            continue;
        auto* line = new QLineSeries;
        line->setName(QObject::tr("%1 (%2 replicas)").arg(QString::fromStdString(c.name)).arg(c.replicas));
        QPen pen(palette.color(c.sketchId), 2.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (const LoadPoint& p : c.points) {
            line->append(p.offeredRps, p.p99LatencyMs);
            maxRps = std::max(maxRps, p.offeredRps);
            maxLatency = std::max(maxLatency, p.p99LatencyMs);
        }
        const LoadCurve curve = c;
        chartstyle::hoverTooltips(line, [curve](int i) {
            const LoadPoint& p = curve.points[i];
            return QObject::tr("<b>%1</b><br>%2 requests/s on %3 replicas%4<br>%5: %6 ms%7")
                .arg(QString::fromStdString(curve.name), QString::fromStdString(formatNumber(p.offeredRps)))
                .arg(curve.replicas)
                .arg(curve.capacityRps > 0
                         ? QObject::tr(" (%1 of capacity)")
                               .arg(QString::fromStdString(formatPercent(p.offeredRps / curve.capacityRps)))
                         : QString())
                .arg(chartstyle::latencyName(curve.llm), QString::fromStdString(formatNumber(p.p99LatencyMs)),
                     p.meetsTargets ? QObject::tr("<br>meets every target")
                                    : QObject::tr("<br>misses a target"));
        });
        curves.push_back(line);
        labels.insert(c.llm);
        maxTarget = std::max(maxTarget, c.latencyTargetMs);
    }
    if (curves.empty()) {
        chartstyle::setEmptyReason(chart, QObject::tr("No inference fleet has results to sweep."));
        return chart;
    }
    for (QLineSeries* line : curves)
        chart->addSeries(line);
    // One dashed line per distinct target.
    std::set<std::pair<double, bool>> targets;
    for (const LoadCurve& c : analysis.loadCurves)
        if (!c.points.empty() && c.latencyTargetMs > 0)
            targets.insert({c.latencyTargetMs, c.llm});
    std::vector<QLineSeries*> targetLines;
    for (const auto& [ms, llm] : targets) {
        auto* line = new QLineSeries;
        const QString what = chartstyle::latencyName(llm);
        line->setName(QObject::tr("Target: %1 ≤ %2 ms").arg(what, QString::fromStdString(formatNumber(ms))));
        QPen pen(QColor(0xC0, 0x39, 0x2B), 1.8, Qt::DashLine);
        line->setPen(pen);
        line->append(0, ms);
        line->append(chartstyle::niceCeiling(maxRps), ms);
        chart->addSeries(line);
        targetLines.push_back(line);
    }
    // Past saturation latency explodes; keep the target and the knee readable.
    const double top = maxTarget > 0 ? std::clamp(maxLatency, 1.5 * maxTarget, 4 * maxTarget) : maxLatency;
    auto* x = chartstyle::valueAxis(QObject::tr("Load (requests/s)"), 0, maxRps);
    auto* y = chartstyle::valueAxis(labels.size() == 1
                                        ? QObject::tr("%1 (ms)").arg(chartstyle::latencyName(*labels.begin()))
                                        : QObject::tr("p99 latency (ms)"),
                                    0, top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

} // namespace infraplan::ui
