#include "costlatencychart.h"

#include "currency.h"

#include "chartstyle.h"
#include "comparisonanalysis.h"
#include "figureformat.h"
#include "sketchpalette.h"

#include <algorithm>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

namespace infraplan::ui {

QChart* CostLatencyChart::build(const ComparisonAnalysis& analysis, const SketchPalette& palette)
{
    QChart* chart = chartstyle::newChart(QObject::tr("Cost against latency"));
    // Plotted in the project's currency, like every money figure.
    const ExchangeRate& money = analysis.money;
    const double rate = money.perUsd;
    const QString code =
        QString::fromLatin1(currencyCode(money.currency).data(), int(currencyCode(money.currency).size()));
    double maxCost = 0, maxLatency = 0;
    for (const TradeoffGroup& g : analysis.tradeoffs) {
        for (const TradeoffPoint& p : g.points) {
            maxCost = std::max(maxCost, p.costPerUnitUsd * rate);
            maxLatency = std::max(maxLatency, p.p99LatencyMs);
        }
        maxLatency = std::max(maxLatency, g.latencyTargetMs);
    }
    if (analysis.tradeoffs.empty()) {
        chartstyle::setEmptyReason(chart, QObject::tr("No inference fleet has a priced result yet."));
        return chart;
    }
    const bool severalServices = analysis.tradeoffs.size() > 1;
    for (const TradeoffGroup& g : analysis.tradeoffs) {
        const QString unit = g.perMillionTokens ? QObject::tr("per million output tokens")
                                                : QObject::tr("per million requests");
        if (g.front.size() > 1) {
            auto* front = new QLineSeries;
            front->setName(severalServices
                               ? QObject::tr("Pareto front: %1").arg(QString::fromStdString(g.serviceName))
                               : QObject::tr("Pareto front"));
            front->setPen(QPen(QColor(0x55, 0x55, 0x55), 2, Qt::DashLine));
            for (size_t i : g.front)
                front->append(g.points[i].p99LatencyMs, g.points[i].costPerUnitUsd * rate);
            chart->addSeries(front);
        }
        if (g.latencyTargetMs > 0) {
            auto* target = new QLineSeries;
            target->setName(QObject::tr("Target: %1 ≤ %2 ms")
                                .arg(chartstyle::latencyName(g.perMillionTokens),
                                     QString::fromStdString(formatNumber(g.latencyTargetMs))));
            target->setPen(QPen(QColor(0xC0, 0x39, 0x2B), 1.8, Qt::DashLine));
            target->append(g.latencyTargetMs, 0);
            target->append(g.latencyTargetMs, chartstyle::niceCeiling(maxCost * 1.1));
            chart->addSeries(target);
        }
        for (size_t i = 0; i < g.points.size(); ++i) {
            const TradeoffPoint& p = g.points[i];
            const bool onFront = std::find(g.front.begin(), g.front.end(), i) != g.front.end();
            auto* dot = new QScatterSeries;
            dot->setName(QString::fromStdString(p.name));
            dot->setMarkerShape(p.meetsTargets ? QScatterSeries::MarkerShapeCircle
                                               : QScatterSeries::MarkerShapeRectangle);
            dot->setMarkerSize(onFront ? 16 : 12);
            dot->setColor(palette.color(p.sketchId));
            dot->setBorderColor(onFront ? QColor(0x22, 0x22, 0x22) : palette.color(p.sketchId));
            dot->append(p.p99LatencyMs, p.costPerUnitUsd * rate);
            const QString label = chartstyle::latencyName(g.perMillionTokens);
            chartstyle::hoverTooltips(dot, [p, unit, label, onFront, money](int) {
                return QObject::tr("<b>%1</b><br>%2 %3<br>%4: %5 ms<br>%6%7")
                    .arg(QString::fromStdString(p.name),
                         QString::fromStdString(formatMoney(p.costPerUnitUsd, money)), unit, label,
                         QString::fromStdString(formatNumber(p.p99LatencyMs)),
                         p.meetsTargets ? QObject::tr("meets every target") : QObject::tr("misses a target"),
                         onFront ? QObject::tr("; on the Pareto front") : QString());
            });
            chart->addSeries(dot);
        }
    }
    const TradeoffGroup& first = analysis.tradeoffs.front();
    bool sameUnits = true;
    for (const TradeoffGroup& g : analysis.tradeoffs)
        sameUnits = sameUnits && g.perMillionTokens == first.perMillionTokens;
    auto* x = chartstyle::valueAxis(
        sameUnits ? QObject::tr("%1 (ms)").arg(chartstyle::latencyName(first.perMillionTokens))
                  : QObject::tr("p99 latency (ms): TTFT for LLMs, end-to-end otherwise"),
        0, maxLatency * 1.1);
    const QString costLabel = !sameUnits ? QObject::tr("Cost per unit (%1)").arg(code)
                              : first.perMillionTokens
                                  ? QObject::tr("Cost per million output tokens (%1)").arg(code)
                                  : QObject::tr("Cost per million requests (%1)").arg(code);
    auto* y = chartstyle::valueAxis(costLabel, 0, maxCost * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

} // namespace infraplan::ui
