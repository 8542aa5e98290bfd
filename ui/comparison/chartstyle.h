#pragma once

#include "currency.h"

#include <functional>
#include <QString>
#include <utility>

class QChart;
class QValueAxis;
class QXYSeries;
class QBarSet;
class QPointF;

namespace infraplan::ui::chartstyle {

/// A new chart with the house look: bold title, legend at the bottom, no animation (charts update live and
/// are exported), the light or dark theme of the application palette.
QChart* newChart(const QString& title);

/// Marks a chart as having nothing to draw, with the reason; ChartPanel shows it over the empty plot and the
/// report prints it instead of the chart.
void setEmptyReason(QChart* chart, const QString& reason);
QString emptyReason(const QChart* chart);

/// A value axis titled with its unit, from `min` to a round number at or above `max`.
QValueAxis* valueAxis(const QString& title, double min, double max);

/// The latency a serving chart plots, in the interface's language: "p99 time to first token" for LLMs,
/// "p99 end-to-end latency" otherwise (without a unit).
QString latencyName(bool llm);

/// The smallest of 1, 2, 2.5, 5 × 10^k at or above `v` (v > 0), for axis ranges.
double niceCeiling(double v);

/// Divisor and unit for an axis of dollars up to `maxUsd`: (1, "USD"), (1e3, "thousand USD"),
/// (1e6, "million USD").
std::pair<double, QString> usdScale(double maxUsd, const ExchangeRate& money);

/// While the pointer is over `series`, a tooltip shows `text` of the data point nearest to it.
void hoverTooltips(QXYSeries* series, std::function<QString(int index)> text);
/// While the pointer is over a bar of `set`, a tooltip shows `text` of that bar.
void hoverTooltips(QBarSet* set, std::function<QString(int index)> text);

} // namespace infraplan::ui::chartstyle
