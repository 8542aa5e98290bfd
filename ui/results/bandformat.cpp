#include "bandformat.h"

#include "resultformat.h"

#include <cmath>
#include <QObject>

namespace infraplan::ui::bandformat {

namespace fmt = resultformat;

QString compact(const FigureBand& b)
{
    if (!b.present || b.value == 0)
        return {};
    const double down = std::round(100 * (b.value - b.low) / std::abs(b.value));
    const double up = std::round(100 * (b.high - b.value) / std::abs(b.value));
    if (std::abs(down - up) <= 1)
        return QStringLiteral("±%1%").arg(std::max(down, up));
    return QStringLiteral("−%1% +%2%").arg(down).arg(up);
}

QString widest(const FigureBand& b)
{
    if (!b.present || b.value == 0)
        return {};
    const double side = std::max(b.value - b.low, b.high - b.value) / std::abs(b.value);
    return QStringLiteral("±%1%").arg(std::round(100 * side));
}

QString range(const FigureBand& b, const std::function<QString(double)>& format)
{
    if (!b.present)
        return {};
    return QObject::tr("%1 to %2").arg(format(b.low), format(b.high));
}

QString basis(const SketchConfidence& c)
{
    if (!c.available)
        return QObject::tr("No validated band for this sketch.");
    QString out = QString::fromStdString(c.band.basis);
    if (!c.uncalibratedNote.empty())
        out += QStringLiteral("\n") + QString::fromStdString(c.uncalibratedNote);
    if (!c.slowEndNote.empty())
        out += QStringLiteral("\n") + QString::fromStdString(c.slowEndNote);
    return out;
}

QString uncalibratedMark(const SketchConfidence& c)
{
    return c.available && !c.familyValidated() ? QObject::tr("uncalibrated") : QString();
}

QString sketchToolTip(const SketchSummary& s)
{
    const SketchConfidence& c = s.confidence;
    if (!s.computed || !c.available)
        return {};
    QString html = QObject::tr("<b>How far to trust these figures</b><br>%1")
                       .arg(QString::fromStdString(c.band.basis).toHtmlEscaped());
    if (!c.uncalibratedNote.empty())
        html += QStringLiteral("<br><span style='color:#b46400'><b>%1</b></span>")
                    .arg(QString::fromStdString(c.uncalibratedNote).toHtmlEscaped());
    if (!c.slowEndNote.empty())
        html += QStringLiteral("<br><span style='color:#b46400'><b>%1</b></span>")
                    .arg(QString::fromStdString(c.slowEndNote).toHtmlEscaped());
    html += QStringLiteral("<table>");
    auto line = [&](const QString& label, const FigureBand& b, const std::function<QString(double)>& f) {
        if (b.present)
            html += QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;%2&nbsp;</td><td>%3</td></tr>")
                        .arg(label.toHtmlEscaped(), f(b.value).toHtmlEscaped(), range(b, f).toHtmlEscaped());
    };
    if (s.role == SketchRole::Training) {
        line(QObject::tr("Throughput"), c.tokensPerSecond,
             [](double v) { return fmt::rate(v, QObject::tr("tokens")); });
        if (!c.tokensPerSecond.present)
            line(QObject::tr("Throughput"), c.samplesPerSecond,
                 [](double v) { return fmt::rate(v, QObject::tr("samples")); });
        line(QObject::tr("Step time"), c.stepTimeS, fmt::duration);
        line(QObject::tr("Time to train"), c.timeToTrainDays,
             [](double d) { return fmt::duration(d * 86400); });
        line(QObject::tr("Cost of the run"), c.runCostUsd, [&s](double v) { return fmt::usd(v, s.money); });
    } else {
        line(QObject::tr("Max requests per replica"), c.replicaRequestsPerS,
             [](double v) { return fmt::rate(v, QObject::tr("req")); });
        line(QObject::tr("TTFT p99"), c.ttftMs[2], fmt::milliseconds);
        line(QObject::tr("TPOT p99"), c.tpotMs[2], fmt::milliseconds);
        line(QObject::tr("End to end p99"), c.e2eMs[2], fmt::milliseconds);
        line(QObject::tr("Instances the peak needs"), c.instancesNeededAtPeak, fmt::count);
        line(QObject::tr("Average power"), c.averagePowerKW, [](double kw) { return fmt::watts(kw * 1000); });
        line(QObject::tr("Monthly cost"), c.monthlyCostUsd, [&s](double v) { return fmt::usd(v, s.money); });
    }
    html += QStringLiteral("</table>");
    html +=
        QObject::tr("<i>The range is where the figure lands if the hardware runs as much slower or faster "
                    "than predicted as the engine was on the 10th and 90th percentile of its held-out "
                    "validated runs; fleets are re-sized in whole instances at both ends.</i>");
    return html;
}

} // namespace infraplan::ui::bandformat
