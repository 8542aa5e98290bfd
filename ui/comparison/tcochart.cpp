#include "tcochart.h"

#include "chartstyle.h"
#include "comparisonanalysis.h"
#include "figureformat.h"
#include "phrasetext.h"
#include "sketchpalette.h"

#include <algorithm>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace infraplan::ui {

QChart* TcoChart::build(const ComparisonAnalysis& analysis, const SketchPalette& palette)
{
    QChart* chart =
        chartstyle::newChart(QObject::tr("Total cost of ownership over %1 months").arg(kTcoMonths));
    double maxUsd = 0;
    int months = 0;
    for (const TcoLine& l : analysis.tco)
        if (!l.cumulativeUsd.empty()) {
            maxUsd = std::max(maxUsd, l.cumulativeUsd.back());
            months = std::max(months, static_cast<int>(l.cumulativeUsd.size()) - 1);
        }
    if (months == 0) {
        chartstyle::setEmptyReason(chart, QObject::tr("No sketch has a priced result yet."));
        return chart;
    }
    const auto [divisor, unit] = chartstyle::usdScale(maxUsd, analysis.money);
    for (const TcoLine& l : analysis.tco) {
        if (l.cumulativeUsd.empty())
            continue;
        auto* line = new QLineSeries;
        line->setName(l.labelPhrase.empty() ? QString::fromStdString(l.label) : phraseText(l.labelPhrase));
        QColor c = palette.color(l.sketchId);
        line->setPen(QPen(l.alternative ? c.lighter(125) : c, l.alternative ? 2 : 2.5,
                          l.alternative ? Qt::DashLine : Qt::SolidLine));
        for (size_t m = 0; m < l.cumulativeUsd.size(); ++m)
            line->append(static_cast<double>(m), l.cumulativeUsd[m] / divisor);
        const TcoLine copy = l;
        chartstyle::hoverTooltips(line, [copy, rate = analysis.money](int m) {
            return QObject::tr("<b>%1</b><br>after %2 months: %3<br>%4")
                .arg(copy.labelPhrase.empty() ? QString::fromStdString(copy.label)
                                              : phraseText(copy.labelPhrase))
                .arg(m)
                .arg(QString::fromStdString(formatMoney(copy.cumulativeUsd[m], rate)),
                     QString::fromStdString(copy.basis));
        });
        chart->addSeries(line);
    }
    auto* x = new QValueAxis;
    x->setTitleText(QObject::tr("Months"));
    x->setRange(0, months);
    x->setTickCount(months % 6 == 0 ? months / 6 + 1 : 5);
    x->setLabelFormat("%.0f");
    auto* y = chartstyle::valueAxis(QObject::tr("Cumulative spend (%1)").arg(unit), 0, maxUsd / divisor);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

} // namespace infraplan::ui
