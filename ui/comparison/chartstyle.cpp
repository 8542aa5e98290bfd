#include "chartstyle.h"

#include "currency.h"

#include <cmath>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QFont>
#include <QGraphicsLayout>
#include <QLocale>
#include <QPalette>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>

namespace infraplan::ui::chartstyle {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    chart->setTitleFont(f);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Tick labels with thousands separators ("10,000", never "10000 20000"), the report's own convention.
    chart->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
    // The chart's background fills its view and exported images edge to edge.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    return chart;
}

void setEmptyReason(QChart* chart, const QString& reason)
{
    chart->setProperty("emptyReason", reason);
}

QString emptyReason(const QChart* chart)
{
    return chart->property("emptyReason").toString();
}

double niceCeiling(double v)
{
    if (!(v > 0) || !std::isfinite(v))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (step * magnitude >= v * (1 - 1e-12))
            return step * magnitude;
    return 10 * magnitude;
}

QValueAxis* valueAxis(const QString& title, double min, double max)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(min, niceCeiling(max > min ? max : min + 1));
    axis->setTickCount(6);
    axis->applyNiceNumbers();
    // Decimals only where the ticks need them: as many as the tick step has after the point.
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    int decimals = 0;
    auto scaled = [&] { return step * std::pow(10.0, decimals); };
    while (decimals < 8 && std::fabs(scaled() - std::round(scaled())) > 1e-6 * scaled())
        ++decimals;
    axis->setLabelFormat(QString("%.%1f").arg(decimals));
    return axis;
}

std::pair<double, QString> usdScale(double maxUsd, const ExchangeRate& rate)
{
    // Charts plot US dollars divided by the divisor: the divisor carries the project currency's rate.
    const QString code =
        QString::fromLatin1(currencyCode(rate.currency).data(), int(currencyCode(rate.currency).size()));
    const double shown = maxUsd * rate.perUsd;
    if (shown >= 2e9)
        return {1e9 / rate.perUsd, QObject::tr("billion %1").arg(code)};
    if (shown >= 2e6)
        return {1e6 / rate.perUsd, QObject::tr("million %1").arg(code)};
    if (shown >= 2e3)
        return {1e3 / rate.perUsd, QObject::tr("thousand %1").arg(code)};
    return {1 / rate.perUsd, code};
}

void hoverTooltips(QXYSeries* series, std::function<QString(int)> text)
{
    QObject::connect(series, &QXYSeries::hovered, series, [series, text](const QPointF& at, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        // Nearest on screen: data units differ wildly between the axes.
        QChart* chart = series->chart();
        const auto points = series->points();
        const QPointF atPx = chart ? chart->mapToPosition(at, series) : at;
        int nearest = -1;
        double best = 0;
        for (int i = 0; i < points.size(); ++i) {
            const QPointF p = chart ? chart->mapToPosition(points[i], series) : points[i];
            const double d = std::hypot(p.x() - atPx.x(), p.y() - atPx.y());
            if (nearest < 0 || d < best) {
                nearest = i;
                best = d;
            }
        }
        if (nearest >= 0)
            QToolTip::showText(QCursor::pos(), text(nearest));
    });
}

void hoverTooltips(QBarSet* set, std::function<QString(int)> text)
{
    QObject::connect(set, &QBarSet::hovered, set, [text](bool state, int index) {
        if (state)
            QToolTip::showText(QCursor::pos(), text(index));
        else
            QToolTip::hideText();
    });
}

QString latencyName(bool llm)
{
    return llm ? QCoreApplication::translate("infraplan::ui::chartstyle", "p99 time to first token")
               : QCoreApplication::translate("infraplan::ui::chartstyle", "p99 end-to-end latency");
}

} // namespace infraplan::ui::chartstyle
