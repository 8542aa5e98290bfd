#include "monthlycostchart.h"

#include "chartstyle.h"
#include "comparisonanalysis.h"
#include "figureformat.h"
#include "sketchpalette.h"

#include <array>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace infraplan::ui {

void MonthlyCostChart::addCostBands(QChart* chart, const std::vector<const SketchSummary*>& priced,
                                    double divisor, QAbstractAxis* categories, QAbstractAxis* money)
{
    // An error bar per fleet: the monthly cost at both ends of its validated band, the fleet re-sized in
    // whole instances (figurebands.h). Drawn as one line series per bar: cap, whisker, cap.
    const QColor ink(0x20, 0x20, 0x20);
    bool named = false;
    for (size_t i = 0; i < priced.size(); ++i) {
        const FigureBand& b = priced[i]->confidence.monthlyCostUsd;
        if (!b.present || b.high <= b.low)
            continue;
        const double y = static_cast<double>(i), cap = 0.18, lo = b.low / divisor, hi = b.high / divisor;
        auto* bar = new QLineSeries;
        bar->append({{lo, y - cap}, {lo, y + cap}, {lo, y}, {hi, y}, {hi, y + cap}, {hi, y - cap}});
        QPen pen(ink, 1.6);
        bar->setPen(pen);
        bar->setName(named ? QString() : QObject::tr("Range within the validated error"));
        chart->addSeries(bar);
        bar->attachAxis(categories);
        bar->attachAxis(money);
        for (QLegendMarker* m : chart->legend()->markers(bar))
            m->setVisible(!named);
        named = true;
        chartstyle::hoverTooltips(bar, [s = priced[i], b](int) {
            return QObject::tr("<b>%1</b><br>%2 to %3 a month<br>%4")
                .arg(QString::fromStdString(s->name), QString::fromStdString(formatMoney(b.low, s->money)),
                     QString::fromStdString(formatMoney(b.high, s->money)),
                     QString::fromStdString(s->confidence.band.basis).toHtmlEscaped());
        });
    }
}

QChart* MonthlyCostChart::build(const ComparisonAnalysis& analysis, const SketchPalette&)
{
    QChart* chart = chartstyle::newChart(QObject::tr("Monthly cost of the fleets by component"));
    // Fleets only: a training run is paid once, and the cost of ownership shows it that way.
    std::vector<const SketchSummary*> priced;
    for (const SketchSummary& s : analysis.summaries)
        if (s.computed && s.monthly.priced && s.role == SketchRole::Inference)
            priced.push_back(&s);
    if (priced.empty()) {
        chartstyle::setEmptyReason(chart,
                                   QObject::tr("No inference fleet has a priced result yet (a training "
                                               "run is a one-off cost: see the cost of ownership)."));
        return chart;
    }
    // The first sketch on top: horizontal bar categories run bottom-up.
    std::reverse(priced.begin(), priced.end());
    struct Component {
        const char* name;
        QColor color;
        double (*get)(const MonthlyCost&);
    };
    const std::array<Component, 5> components = {{
        {QT_TRANSLATE_NOOP("QObject", "Compute"), QColor(0x3B, 0x4B, 0x5C),
         [](const MonthlyCost& m) { return m.computeUsd; }},
        {QT_TRANSLATE_NOOP("QObject", "Power"), QColor(0xF2, 0xB1, 0x34),
         [](const MonthlyCost& m) { return m.powerUsd; }},
        {QT_TRANSLATE_NOOP("QObject", "Storage"), QColor(0x6B, 0xA2, 0x92),
         [](const MonthlyCost& m) { return m.storageUsd; }},
        {QT_TRANSLATE_NOOP("QObject", "Network"), QColor(0xA0, 0x5C, 0x7B),
         [](const MonthlyCost& m) { return m.networkUsd; }},
        {QT_TRANSLATE_NOOP("QObject", "Space"), QColor(0xA8, 0xA8, 0xA8),
         [](const MonthlyCost& m) { return m.spaceUsd; }},
    }};
    double maxTotal = 0;
    for (const SketchSummary* s : priced)
        maxTotal = std::max({maxTotal, s->monthly.totalUsd(),
                             s->confidence.monthlyCostUsd.present ? s->confidence.monthlyCostUsd.high : 0.0});
    const auto [divisor, unit] = chartstyle::usdScale(maxTotal, analysis.money);

    auto* series = new QHorizontalStackedBarSeries;
    for (const Component& c : components) {
        bool any = false;
        for (const SketchSummary* s : priced)
            any = any || c.get(s->monthly) > 0;
        if (!any)
            continue;
        auto* set = new QBarSet(QObject::tr(c.name));
        set->setColor(c.color);
        set->setBorderColor(c.color);
        for (const SketchSummary* s : priced)
            *set << c.get(s->monthly) / divisor;
        const QString component = QObject::tr(c.name).toLower();
        chartstyle::hoverTooltips(set, [priced, c, component, rate = analysis.money](int i) {
            const MonthlyCost& m = priced[i]->monthly;
            const double share = m.totalUsd() > 0 ? c.get(m) / m.totalUsd() : 0;
            return QObject::tr("<b>%1</b><br>%2: %3/month (%4 of %5)<br>%6")
                .arg(QString::fromStdString(priced[i]->name), component,
                     QString::fromStdString(formatMoney(c.get(m), rate)),
                     QString::fromStdString(formatPercent(share)),
                     QString::fromStdString(formatMoney(m.totalUsd(), rate)),
                     QString::fromStdString(m.basis));
        });
        series->append(set);
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);

    // Names broken over lines of at most ~28 characters (rich text) so the axis never elides them.
    auto wrapped = [](const QString& name) {
        QStringList lines{QString()};
        for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!lines.back().isEmpty() && lines.back().size() + 1 + word.size() > 28)
                lines << QString();
            lines.back() += (lines.back().isEmpty() ? QString() : QStringLiteral(" ")) + word.toHtmlEscaped();
        }
        return lines.join(QStringLiteral("<br>"));
    };
    QStringList categories;
    for (const SketchSummary* s : priced)
        categories << QObject::tr("%1<br><b>%2</b>")
                          .arg(wrapped(QString::fromStdString(s->name)),
                               QString::fromStdString(formatMoney(s->monthly.totalUsd(), analysis.money))
                                   .toHtmlEscaped());
    auto* names = new QBarCategoryAxis;
    names->setTitleText(QObject::tr("Sketch (total per month)"));
    names->append(categories);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* money = chartstyle::valueAxis(QObject::tr("Monthly cost (%1)").arg(unit), 0, maxTotal / divisor);
    chart->addAxis(money, Qt::AlignBottom);
    series->attachAxis(money);
    addCostBands(chart, priced, divisor, names, money);
    return chart;
}

} // namespace infraplan::ui
