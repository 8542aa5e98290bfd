#include "powerchart.h"

#include "chartstyle.h"
#include "comparisonanalysis.h"
#include "figureformat.h"
#include "sketchpalette.h"

#include <algorithm>
#include <array>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

namespace infraplan::ui {

QChart* PowerChart::build(const ComparisonAnalysis& analysis, const SketchPalette& palette)
{
    QChart* chart = chartstyle::newChart(QObject::tr("Power draw"));
    auto* series = new QBarSeries;
    double maxKw = 0;
    for (const SketchSummary& s : analysis.summaries) {
        if (!s.computed || s.peakPower.itW() <= 0)
            continue;
        const std::array<double, 4> kw = {s.averagePower.itW() / 1000, s.peakPower.itW() / 1000,
                                          s.averagePower.facilityW() / 1000, s.peakPower.facilityW() / 1000};
        auto* set = new QBarSet(QString::fromStdString(s.name));
        const QColor c = palette.color(s.sketchId);
        set->setColor(c);
        set->setBorderColor(c);
        for (double v : kw) {
            *set << v;
            maxKw = std::max(maxKw, v);
        }
        const SketchSummary summary = s;
        chartstyle::hoverTooltips(set, [summary, kw](int i) {
            static const char* what[] = {"Average IT power", "Peak IT power", "Average facility power",
                                         "Peak facility power"};
            const PowerDraw& p = i % 2 == 0 ? summary.averagePower : summary.peakPower;
            return QObject::tr(
                       "<b>%1</b><br>%2: %3 kW<br>accelerators %4 kW, hosts %5 kW, network %6 kW; PUE %7")
                .arg(QString::fromStdString(summary.name), QObject::tr(what[i]),
                     QString::fromStdString(formatNumber(kw[i])),
                     QString::fromStdString(formatNumber(p.acceleratorsW / 1000)),
                     QString::fromStdString(formatNumber(p.hostsW / 1000)),
                     QString::fromStdString(formatNumber(p.networkW / 1000)),
                     QString::fromStdString(formatNumber(p.pue)));
        });
        series->append(set);
    }
    if (series->count() == 0) {
        delete series;
        chartstyle::setEmptyReason(chart, QObject::tr("No sketch has a power result yet."));
        return chart;
    }
    chart->addSeries(series);
    auto* measures = new QBarCategoryAxis;
    measures->setTitleText(QObject::tr("Draw (facility = IT × PUE)"));
    measures->append({QObject::tr("Average, IT"), QObject::tr("Peak, IT"), QObject::tr("Average, facility"),
                      QObject::tr("Peak, facility")});
    chart->addAxis(measures, Qt::AlignBottom);
    series->attachAxis(measures);
    auto* kw = chartstyle::valueAxis(QObject::tr("Power (kW)"), 0, maxKw);
    chart->addAxis(kw, Qt::AlignLeft);
    series->attachAxis(kw);
    return chart;
}

} // namespace infraplan::ui
