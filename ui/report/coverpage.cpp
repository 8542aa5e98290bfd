#include "coverpage.h"

#include "pricingdefaults.h"

#include "chartstyle.h"
#include "sketchpalette.h"
#include "tcochart.h"

#include "powercost.h"
#include "recommendationsummary.h"
#include "reportformat.h"

#include <algorithm>
#include <memory>
#include <QChart>
#include <QLocale>
#include <QObject>

namespace infraplan::ui {

namespace fmt = reportformat;

QString CoverPage::hardwareLine(const Sketch& sketch, const Catalog& catalog)
{
    QStringList parts;
    for (const NodeGroup& g : sketch.nodes) {
        const CatalogItem* item = catalog.find(g.itemId);
        parts << QStringLiteral("%1 × %2").arg(g.count).arg(
            QString::fromStdString(item ? item->name : g.itemId));
    }
    return parts.isEmpty() ? tr("no hardware") : parts.join(QStringLiteral(" + "));
}

QString CoverPage::headline(const SketchSummary& s)
{
    if (!s.computed)
        return tr("Not simulated: ") + QString::fromStdString(s.error.empty() ? "no result" : s.error);
    QStringList parts;
    if (!s.fitsInMemory)
        parts << tr("does not fit in memory");
    if (s.role == SketchRole::Training) {
        if (s.timeToTrainDays > 0)
            parts << tr("%1 to train").arg(fmt::days(s.timeToTrainDays));
        if (s.runCostUsd > 0)
            parts << tr("%1 per run").arg(fmt::usd(s.runCostUsd, s.money));
    } else {
        if (s.ttftMs[2] > 0)
            parts << tr("p99 TTFT ") + fmt::number(s.ttftMs[2], QStringLiteral("ms"));
        else if (s.e2eMs[2] > 0)
            parts << tr("p99 latency ") + fmt::number(s.e2eMs[2], QStringLiteral("ms"));
        parts << (s.meetsTargets ? tr("meets every target") : tr("misses a target"));
    }
    return parts.join(QStringLiteral(", "));
}

void CoverPage::append(ReportDocument& doc, const ReportInput& in)
{
    const QDate date = in.options.date.isValid() ? in.options.date : QDate::currentDate();
    // A short cover starts lower on the page; a long list of sketches needs the room.
    doc.space(in.project.sketches.size() > 5 ? 0 : 60);
    doc.text(TextRole::Label, tr("INFRASTRUCTURE COST COMPARISON"));
    doc.text(TextRole::Title,
             QString::fromStdString(in.project.name.empty() ? "Untitled project" : in.project.name));
    if (!in.project.description.empty()) {
        // The cover has room for a paragraph, and laying out megabytes of text would take minutes: a long
        // description is cut at a word and says where the rest is.
        constexpr qsizetype kMaxCharacters = 1200;
        QString description = QString::fromStdString(in.project.description);
        if (description.size() > kMaxCharacters) {
            const qsizetype total = description.size();
            qsizetype cut = description.lastIndexOf(' ', kMaxCharacters);
            description.truncate(cut > kMaxCharacters / 2 ? cut : kMaxCharacters);
            description +=
                QObject::tr("… (the description continues for %L1 more characters in the project file)")
                    .arg(total - description.size());
        }
        doc.text(TextRole::Subtitle, description);
    }
    doc.text(TextRole::Small,
             tr("Prepared %1 with %2 · %3 sketches · figures in %4")
                 .arg(QLocale(QLocale::English).toString(date, tr("d MMMM yyyy")), in.options.generator)
                 .arg(in.project.sketches.size())
                 .arg(QString::fromStdString(in.project.currency)));
    doc.space(18);
    doc.heading(tr("Recommendation"));
    doc.paragraph(recommendationSummary(in.project, in.analysis));

    // The headline comparison as a picture on the cover: the sketches as drawn (no what-if alternatives), the
    // run once and the fleets every month. The table of options opens the next page.
    {
        auto drawn = std::make_shared<ComparisonAnalysis>(in.analysis);
        std::erase_if(drawn->tco, [](const TcoLine& l) { return l.alternative; });
        const auto palette = std::make_shared<const SketchPalette>(in.project);
        const std::unique_ptr<QChart> probe(TcoChart::build(*drawn, *palette));
        if (chartstyle::emptyReason(probe.get()).isEmpty()) {
            ChartBlock block;
            block.title = probe->title();
            block.heightPt = 330;
            block.build = [drawn, palette] {
                return std::unique_ptr<QChart>(TcoChart::build(*drawn, *palette));
            };
            doc.add(block);
        }
    }

    doc.pageBreak();

    doc.heading(tr("The options at a glance"));
    doc.text(TextRole::Small,
             tr("Cost: a fleet is paid every month (%1 hours: compute, power, storage, network and space "
                "together); a training run is paid once, for as long as it runs. A fleet's drawing is the "
                "ceiling its autoscaler may reach: the instances it holds at peak and on average are what "
                "is billed. Every price comes from the catalog with its source and date (sketch pages and "
                "the appendix).")
                 .arg(fmt::number(kHoursPerMonth)));
    TableBlock table;
    table.columns = {{tr("Sketch"), false, 2},
                     {tr("Hardware"), false, 2},
                     {tr("Cost"), true, 1},
                     {tr("Result"), false, 2}};
    for (const Sketch& sketch : in.project.sketches) {
        const SketchSummary* s = in.summary(sketch.id);
        TableCell name{QString::fromStdString(sketch.name), fmt::role(sketch.role), true, {}, false};
        const bool fleet = s && s->computed && s->role == SketchRole::Inference && s->instancesDrawn > 0;
        TableCell hardware{hardwareLine(sketch, in.catalog),
                           fleet ? tr("peak %1, average %2 of %3 drawn · %4")
                                       .arg(fmt::number(s->peakInstances), fmt::number(s->averageInstances),
                                            fmt::number(s->instancesDrawn),
                                            fmt::pricingMode(effectivePricing(in.project, sketch)))
                                 : fmt::pricingMode(effectivePricing(in.project, sketch)),
                           false,
                           {},
                           false};
        const bool priced = s && s->computed && s->monthly.priced;
        QString costText = QStringLiteral("—");
        if (priced)
            costText = sketch.role == SketchRole::Training
                           ? fmt::usd(s->runCostUsd, s->money) + tr(" once")
                           : fmt::usd(s->monthly.totalUsd(), s->money) + tr(" a month");
        TableCell cost{costText, {}, false, {}, true};
        TableCell result{s ? headline(*s) : tr("Not simulated"), {}, false, {}, false};
        table.rows.push_back({name, hardware, cost, result});
    }
    doc.add(table);
}

} // namespace infraplan::ui
