#include "assumptionsappendix.h"

#include "pricingdefaults.h"

#include "hardware.h"
#include "hardwarerow.h"
#include "phrasetext.h"
#include "powercost.h"
#include "reportformat.h"
#include "tco.h"

#include <QRegularExpression>
#include <set>

namespace infraplan::ui {

namespace fmt = reportformat;

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

/// "0.08 USD/kWh [4]" or "—".
QString figureWithSource(const ReportInput& in, const CatalogItem* item,
                         const Figure* (*figureOf)(const CatalogItem&), const QString& unit)
{
    const Figure* figure = item ? figureOf(*item) : nullptr;
    if (!figure)
        return QStringLiteral("—");
    const QString cite = in.sources.cite(figure->sourceId);
    // Money in the report's currency; the catalog's own figure stays beside its citation.
    QString shown = fmt::number(figure->value, unit);
    const ExchangeRate money = in.project.exchangeRate();
    if (unit.startsWith(QStringLiteral("USD/")) && money.currency != Currency::USD)
        shown = fmt::price(figure->value, money) + unit.mid(3) + QStringLiteral(" (") + shown +
                QStringLiteral(")");
    return shown + (cite.isEmpty() ? QString() : QStringLiteral(" ") + cite);
}

std::string regionOf(const Project& project, const Sketch& sketch, const Catalog& catalog)
{
    if (const std::string id = effectiveRegionId(project, sketch); !id.empty())
        return id;
    const CatalogItem* first = sketch.nodes.empty() ? nullptr : catalog.find(sketch.nodes.front().itemId);
    return first ? homeRegionOf(*first) : std::string();
}

/// "On-demand" with the user's own figures: "Owned (amortized over 4 years), 10% discount, PUE 1.3 (yours)".
QString pricingText(const Pricing& p, const ExchangeRate& money)
{
    QStringList parts{fmt::pricingMode(p)};
    if (p.discountPercent > 0)
        parts << AssumptionsAppendix::tr("%1% discount").arg(fmt::number(p.discountPercent));
    if (p.mode == PricingMode::Spot && p.spotInterruptionShare > 0)
        parts
            << AssumptionsAppendix::tr("%1 lost to interruptions").arg(fmt::percent(p.spotInterruptionShare));
    if (p.electricityUsdPerKWh > 0)
        parts << AssumptionsAppendix::tr("electricity %1/kWh (yours)")
                     .arg(fmt::price(p.electricityUsdPerKWh, money));
    if (p.pue > 0)
        parts << AssumptionsAppendix::tr("PUE %1 (yours)").arg(fmt::number(p.pue));
    return parts.join(QStringLiteral(", "));
}

} // namespace

void AssumptionsAppendix::appendProjectPricing(ReportDocument& doc, const ReportInput& in)
{
    // The settings every sketch inherits unless it sets its own, and who does.
    const PricingDefaults& d = in.project.pricingDefaults;
    const CatalogItem* region = d.regionId.empty() ? nullptr : in.catalog.find(d.regionId);
    QStringList own;
    for (const Sketch& s : in.project.sketches)
        if (s.ownPricing)
            own << qs(s.name);
    doc.subheading(tr("Project pricing settings"));
    doc.paragraph(tr("Sketches are priced %1; they run in %2; electricity and PUE are %3. %4")
                      .arg(pricingText(d.pricing, in.project.exchangeRate()),
                           d.regionId.empty() ? tr("each instance's own region")
                                              : qs(region ? region->name : d.regionId),
                           d.pricing.electricityUsdPerKWh > 0 || d.pricing.pue > 0
                               ? tr("the project's where set, else the region's catalog figures")
                               : tr("the region's catalog figures (below)"),
                           own.isEmpty() ? tr("No sketch overrides them.")
                                         : tr("Set on their own: %1.").arg(own.join(QStringLiteral("; ")))));
}

void AssumptionsAppendix::append(ReportDocument& doc, const ReportInput& in)
{
    doc.text(TextRole::Label, tr("APPENDIX A"));
    doc.heading(tr("Assumptions"));
    const ExchangeRate rate = in.project.exchangeRate();
    QString currency = tr("Every money figure is in US dollars, as the catalog states prices");
    if (rate.currency != Currency::USD)
        currency = tr("Every money figure is in %1, converted from the catalog's US-dollar prices "
                      "at %2 %1 per US dollar (%3, %4)")
                       .arg(QString::fromLatin1(currencyCode(rate.currency).data(),
                                                int(currencyCode(rate.currency).size())),
                            QString::number(rate.perUsd, 'f', 4),
                            rate.userSet ? tr("a rate set in the project") : qs(rate.source), qs(rate.date));
    doc.paragraph(currency +
                  tr(". A month is %1 hours (8,760 / 12). Cloud prices include power and "
                     "space; owned servers are paid for whether busy or not, with the "
                     "purchase spread over the amortization period. Total cost of ownership "
                     "runs over %2 months. On the sketch pages, hosts are the servers' CPUs, memory, "
                     "fans and drives; compute is instance hours, or the purchase of owned servers "
                     "spread over their amortization; power and space are charged to owned servers.")
                      .arg(fmt::number(kHoursPerMonth))
                      .arg(kTcoMonths));
    appendProjectPricing(doc, in);
    appendSites(doc, in);
    appendSketches(doc, in);
    appendCalibration(doc, in);
    doc.pageBreak();
}

void AssumptionsAppendix::appendSites(ReportDocument& doc, const ReportInput& in)
{
    doc.subheading(tr("Sites: electricity, PUE and space"));
    TableBlock t;
    t.smallText = true;
    t.columns = {
        {tr("Site"), false, 2}, {tr("Electricity"), true, 1}, {tr("PUE"), true, 1}, {tr("Space"), true, 1}};
    std::set<std::string> seen;
    for (const Sketch& sketch : in.project.sketches) {
        const std::string id = regionOf(in.project, sketch, in.catalog);
        if (id.empty() || !seen.insert(id).second)
            continue;
        const CatalogItem* r = in.catalog.find(id);
        t.rows.push_back(
            {{qs(r ? r->name : id), qs(id), false, {}, false},
             {figureWithSource(in, r, electricityPriceFigure, QStringLiteral("USD/kWh")),
              {},
              false,
              {},
              true},
             {figureWithSource(in, r, pueFigure, QString()), {}, false, {}, true},
             {figureWithSource(in, r, spacePriceFigure, tr("USD/kW-month")), {}, false, {}, true}});
    }
    if (t.rows.empty())
        doc.paragraph(tr("No sketch names a site."));
    else
        doc.add(t);
    doc.text(TextRole::Small, tr("Electricity and space are charged to owned servers; PUE (power usage "
                                 "effectiveness) turns IT power into facility power for every sketch."));
}

void AssumptionsAppendix::appendSketches(ReportDocument& doc, const ReportInput& in)
{
    doc.subheading(tr("Pricing and utilization"));
    TableBlock t;
    t.smallText = true;
    t.columns = {{tr("Sketch"), false, 2},
                 {tr("Pricing"), false, 1},
                 {tr("Site"), false, 1},
                 {tr("Utilization and sizing"), false, 2}};
    for (const Sketch& sketch : in.project.sketches) {
        QString use;
        if (sketch.role == SketchRole::Inference) {
            const AutoscalingPolicy& a = sketch.autoscaling;
            const SketchSummary* s = in.summary(sketch.id);
            const int drawn = s && s->computed ? s->instancesDrawn : 0;
            const int minimum = s && s->computed ? s->minimumInstances : 0;
            // Whole instances between the minimum and the drawn ceiling: what the bill is made of.
            use = a.enabled ? tr("Autoscaled to %1 target utilization in whole instances, from %2 up to the "
                                 "%3 drawn; replicas of %4 accelerators")
                                  .arg(fmt::percent(a.targetUtilization))
                                  .arg(minimum)
                                  .arg(drawn)
                                  .arg(sketch.replicaAccelerators)
                            : tr("Fixed size (no autoscaling): all %1 instances drawn run all day; replicas "
                                 "of %2 accelerators")
                                  .arg(drawn)
                                  .arg(sketch.replicaAccelerators);
            const bool llm = s && s->tpotMs[2] > 0;
            use += llm ? tr("; batches up to %1, %2 of free memory for the KV cache")
                             .arg(sketch.batching.maxBatch)
                             .arg(fmt::percent(sketch.batching.kvCacheFraction))
                       : tr("; batches up to %1, waiting at most %2 ms to fill")
                             .arg(sketch.batching.maxBatch)
                             .arg(fmt::number(sketch.batching.maxWaitMs));
        } else {
            use = tr("Every accelerator busy for the length of the run; parallel layout %1")
                      .arg(sketch.layout.automatic ? tr("chosen by the engine")
                                                   : QStringLiteral("DP %1 × TP %2 × PP %3")
                                                         .arg(sketch.layout.dp)
                                                         .arg(sketch.layout.tp)
                                                         .arg(sketch.layout.pp));
        }
        const std::string region = regionOf(in.project, sketch, in.catalog);
        const CatalogItem* r = in.catalog.find(region);
        t.rows.push_back({{qs(sketch.name), {}, false, {}, false},
                          {pricingText(effectivePricing(in.project, sketch), in.project.exchangeRate()),
                           termText(pricingOrigin(sketch)),
                           false,
                           {},
                           false},
                          {qs(r ? r->name : region), {}, false, {}, false},
                          {use, {}, false, {}, false}});
    }
    doc.add(t);
}

void AssumptionsAppendix::appendCalibration(ReportDocument& doc, const ReportInput& in)
{
    doc.subheading(tr("Calibration: achievable share of datasheet peaks"));
    doc.text(TextRole::Small, tr("The engines scale each device's datasheet figures by these factors, "
                                 "fitted to published measurements per device family."));
    TableBlock t;
    t.smallText = true;
    t.columns = {{tr("Accelerator family"), false, 2},
                 {tr("Training compute"), true, 1},
                 {tr("Serving compute"), true, 1},
                 {tr("Memory bandwidth"), true, 1},
                 {tr("Scale-up"), true, 1},
                 {tr("Scale-out"), true, 1}};
    std::set<std::string> families;
    for (const Sketch& sketch : in.project.sketches)
        for (const NodeGroup& g : sketch.nodes) {
            const CatalogItem* instance = in.catalog.find(g.itemId);
            const CatalogItem* acc = instance ? in.catalog.find(acceleratorIdOf(*instance)) : nullptr;
            if (!acc || !families.insert(familyOf(*acc)).second)
                continue;
            Problems problems;
            const auto spec = resolveAccelerator(in.catalog, acc->id, problems);
            if (!spec)
                continue;
            // Each factor is cited with the source of the calibration item that states it; a factor no item
            // states is the engine's default.
            auto cell = [&](CalibrationFactor factor, double value) {
                QString cite;
                for (const CatalogItem* c : in.catalog.items(ItemKind::Calibration))
                    if (familyOf(*c) == spec->family)
                        if (const Figure* figure = calibrationFigure(*c, factor))
                            cite = in.sources.cite(figure->sourceId);
                return TableCell{fmt::percent(value), cite.isEmpty() ? tr("default") : cite, false, {}, true};
            };
            const Calibration& cal = spec->calibration;
            t.rows.push_back({{qs(spec->family), tr("e.g. %1").arg(qs(spec->name)), false, {}, false},
                              cell(CalibrationFactor::Compute, cal.computeEfficiency),
                              cell(CalibrationFactor::InferenceCompute, cal.inferenceComputeEfficiency),
                              cell(CalibrationFactor::MemoryBandwidth, cal.memoryBwEfficiency),
                              cell(CalibrationFactor::ScaleUp, cal.scaleUpEfficiency),
                              cell(CalibrationFactor::ScaleOut, cal.scaleOutEfficiency)});
        }
    if (t.rows.empty())
        doc.paragraph(tr("No accelerator in the project."));
    else
        doc.add(t);
}

void SourcesAppendix::append(ReportDocument& doc, const ReportInput& in)
{
    doc.text(TextRole::Label, tr("APPENDIX B"));
    doc.heading(tr("Catalog sources"));
    doc.paragraph(tr("Every figure the sketches use comes from one of these sources; the date is when "
                     "the source was published or, for a live page, read. A secondary source reports "
                     "someone else's figure and is used only where no primary one was found."));
    TableBlock t;
    t.smallText = true;
    t.columns = {{QStringLiteral("#"), true, 0},
                 {tr("Source"), false, 3},
                 {tr("Date"), false, 0},
                 {tr("Address"), false, 3}};
    // A reader outside the team has no copy of the repository: its paths are named for what they are.
    auto readable = [](QString title) {
        static const QRegularExpression cases(QStringLiteral(R"((\.\./)?[\w./-]*validation/cases\.json)"));
        static const QRegularExpression docs(QStringLiteral(R"(docs/([\w-]+)\.md)"));
        title.replace(cases, tr("Infraplan's published validation cases"));
        title.replace(docs, tr("Infraplan's \\1 documentation"));
        return title;
    };
    int n = 0;
    for (const Source* s : in.sources.sources())
        t.rows.push_back({{QStringLiteral("[%1]").arg(++n), {}, false, {}, true},
                          {readable(qs(s->title)) +
                               (s->kind == SourceKind::Secondary ? tr(" (secondary source)") : QString()),
                           qs(s->id),
                           false,
                           {},
                           false},
                          {qs(s->date), {}, false, {}, false},
                          {s->url.empty() ? tr("printed document") : qs(s->url), {}, false, {}, false}});
    if (t.rows.empty())
        doc.paragraph(tr("The sketches use no catalog item."));
    else
        doc.add(t);
}

} // namespace infraplan::ui
