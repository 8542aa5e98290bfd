#include "dailytrafficchart.h"

#include "chartstyle.h"
#include "comparisonanalysis.h"
#include "figureformat.h"
#include "sketchpalette.h"

#include <algorithm>
#include <array>
#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>
#include <set>

namespace infraplan::ui {

QChart* DailyTrafficChart::build(const ComparisonAnalysis& analysis, const SketchPalette& palette)
{
    QChart* chart = chartstyle::newChart(QObject::tr("Traffic and instances over a day"));
    std::vector<const DailyLoad*> days;
    double maxRps = 0, maxReplicas = 0;
    for (const DailyLoad& d : analysis.days) {
        if (!d.error.empty())
            continue;
        days.push_back(&d);
        maxRps = std::max(maxRps, *std::max_element(d.rps.begin(), d.rps.end()));
        maxReplicas = std::max(maxReplicas, *std::max_element(d.instances.begin(), d.instances.end()));
    }
    if (days.empty()) {
        chartstyle::setEmptyReason(chart, QObject::tr("No inference fleet has results yet."));
        return chart;
    }
    auto* x = new QValueAxis;
    x->setTitleText(QObject::tr("Hour of day"));
    x->setRange(0, 24);
    x->setTickCount(9);
    x->setLabelFormat("%.0f");
    auto* rps = chartstyle::valueAxis(QObject::tr("Traffic (requests/s)"), 0, maxRps);
    auto* replicas = chartstyle::valueAxis(QObject::tr("Instances held"), 0, std::max(1.0, maxReplicas));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(rps, Qt::AlignLeft);
    chart->addAxis(replicas, Qt::AlignRight);

    // Fleets serving the same traffic share one area: the traffic belongs to the service.
    std::set<std::array<double, 24>> drawnTraffic;
    std::set<std::string> services;
    for (const DailyLoad* d : days)
        services.insert(d->serviceName);
    for (const DailyLoad* d : days) {
        if (!drawnTraffic.insert(d->rps).second)
            continue;
        auto* upper = new QLineSeries;
        for (int h = 0; h < 24; ++h) {
            upper->append(h, d->rps[h]);
            upper->append(h + 1, d->rps[h]);
        }
        auto* area = new QAreaSeries(upper);
        upper->setParent(area); // an area series does not own its boundary lines
        area->setName(services.size() > 1
                          ? QObject::tr("Traffic: %1").arg(QString::fromStdString(d->serviceName))
                          : QObject::tr("Traffic"));
        area->setColor(QColor(0x9A, 0xA5, 0xB1, 90));
        area->setBorderColor(QColor(0x6B, 0x76, 0x82));
        const auto hourly = d->rps;
        QObject::connect(area, &QAreaSeries::hovered, area, [hourly](const QPointF& at, bool state) {
            if (!state)
                return;
            const int h = std::clamp(static_cast<int>(at.x()), 0, 23);
            QToolTip::showText(QCursor::pos(), QObject::tr("%1:00–%2:00: %3 requests/s")
                                                   .arg(h)
                                                   .arg(h + 1)
                                                   .arg(QString::fromStdString(formatNumber(hourly[h]))));
        });
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(rps);
    }
    for (const DailyLoad* d : days) {
        auto* steps = new QLineSeries;
        steps->setName(QString::fromStdString(d->name));
        steps->setPen(QPen(palette.color(d->sketchId), 2.5));
        for (int h = 0; h < 24; ++h) {
            steps->append(h, d->instances[h]);
            steps->append(h + 1, d->instances[h]);
        }
        const DailyLoad day = *d;
        chartstyle::hoverTooltips(steps, [day](int i) {
            const int h = i / 2;
            return QObject::tr("<b>%1</b><br>%2:00–%3:00: %4 requests/s on %5 replicas, %6 of %7 instances "
                               "drawn<br>%8")
                .arg(QString::fromStdString(day.name))
                .arg(h)
                .arg(h + 1)
                .arg(QString::fromStdString(formatNumber(day.rps[h])),
                     QString::fromStdString(formatNumber(day.replicas[h])),
                     QString::fromStdString(formatNumber(day.instances[h])),
                     QString::number(day.instancesDrawn), QString::fromStdString(day.basis));
        });
        chart->addSeries(steps);
        steps->attachAxis(x);
        steps->attachAxis(replicas);
    }
    return chart;
}

} // namespace infraplan::ui
