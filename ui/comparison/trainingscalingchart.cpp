#include "trainingscalingchart.h"

#include "chartstyle.h"
#include "comparisonanalysis.h"
#include "figureformat.h"
#include "sketchpalette.h"

#include <algorithm>
#include <cmath>
#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

namespace infraplan::ui {

namespace {
bool usable(const ScalingPoint& p)
{
    return p.computed && p.fitsInMemory && p.timeToTrainDays > 0 && p.accelerators > 0;
}
} // namespace

QChart* TrainingScalingChart::build(const ComparisonAnalysis& analysis, const SketchPalette& palette)
{
    QChart* chart = chartstyle::newChart(QObject::tr("Training time and cost against cluster size"));
    double minAcc = 0, maxAcc = 0, maxDays = 0, maxCost = 0;
    for (const ScalingCurve& c : analysis.scaling)
        for (const ScalingPoint& p : c.points)
            if (usable(p)) {
                minAcc = minAcc == 0 ? p.accelerators : std::min(minAcc, p.accelerators);
                maxAcc = std::max(maxAcc, p.accelerators);
                maxDays = std::max(maxDays, p.timeToTrainDays);
                maxCost = std::max(maxCost, p.runCostUsd);
            }
    if (maxAcc == 0) {
        chartstyle::setEmptyReason(chart, QObject::tr("No training cluster has results to scale."));
        return chart;
    }
    const auto [divisor, unit] = chartstyle::usdScale(maxCost, analysis.money);
    auto* x = new QLogValueAxis;
    x->setBase(2);
    x->setTitleText(QObject::tr("Accelerators (log scale)"));
    x->setLabelFormat("%.0f");
    x->setRange(std::pow(2, std::floor(std::log2(minAcc))), std::pow(2, std::ceil(std::log2(maxAcc))));
    auto* days = chartstyle::valueAxis(QObject::tr("Time to train (days)"), 0, maxDays);
    auto* cost = chartstyle::valueAxis(QObject::tr("Cost of the run (%1)").arg(unit), 0, maxCost / divisor);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(days, Qt::AlignLeft);
    chart->addAxis(cost, Qt::AlignRight);

    auto* drawn = new QScatterSeries;
    drawn->setName(QObject::tr("Drawn size"));
    drawn->setMarkerSize(13);
    drawn->setColor(QColor(0x22, 0x22, 0x22));
    drawn->setBorderColor(Qt::white);
    for (const ScalingCurve& c : analysis.scaling) {
        std::vector<ScalingPoint> pts;
        for (const ScalingPoint& p : c.points)
            if (usable(p))
                pts.push_back(p);
        if (pts.empty())
            continue;
        const QColor color = palette.color(c.sketchId);
        auto* time = new QLineSeries;
        time->setName(QObject::tr("%1: time to train").arg(QString::fromStdString(c.name)));
        time->setPen(QPen(color, 2.5));
        time->setPointsVisible(true);
        auto* money = new QLineSeries;
        money->setName(QObject::tr("%1: run cost").arg(QString::fromStdString(c.name)));
        money->setPen(QPen(color, 2, Qt::DashLine));
        money->setPointsVisible(true);
        for (const ScalingPoint& p : pts) {
            time->append(p.accelerators, p.timeToTrainDays);
            money->append(p.accelerators, p.runCostUsd / divisor);
        }
        if (c.currentIndex >= 0 && usable(c.points[c.currentIndex]))
            drawn->append(c.points[c.currentIndex].accelerators, c.points[c.currentIndex].timeToTrainDays);
        const QString name = QString::fromStdString(c.name);
        auto tip = [pts, name, rate = analysis.money](int i) {
            const ScalingPoint& p = pts[i];
            return QObject::tr("<b>%1</b><br>%2 accelerators on %3 servers<br>%4 days, %5, MFU %6<br>%7")
                .arg(name, QString::fromStdString(formatNumber(p.accelerators)))
                .arg(p.nodes)
                .arg(QString::fromStdString(formatNumber(p.timeToTrainDays)),
                     QString::fromStdString(formatMoney(p.runCostUsd, rate)),
                     QString::fromStdString(formatPercent(p.mfu)), QString::fromStdString(p.layout));
        };
        chartstyle::hoverTooltips(time, tip);
        chartstyle::hoverTooltips(money, tip);
        chart->addSeries(time);
        time->attachAxis(x);
        time->attachAxis(days);
        chart->addSeries(money);
        money->attachAxis(x);
        money->attachAxis(cost);
    }
    chart->addSeries(drawn);
    drawn->attachAxis(x);
    drawn->attachAxis(days);
    return chart;
}

} // namespace infraplan::ui
