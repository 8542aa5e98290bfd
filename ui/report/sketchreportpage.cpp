#include "sketchreportpage.h"

#include "pricingdefaults.h"

#include "billofmaterials.h"
#include "coverpage.h"
#include "figureformat.h"
#include "phrasetext.h"
#include "reportformat.h"

namespace infraplan::ui {

namespace fmt = reportformat;

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString precisionText(Precision p)
{
    return qs(std::string(precisionName(p))).toUpper();
}

// The words the bill of materials (model/billofmaterials.cpp) names its components and quantities with,
// shown through termText.
[[maybe_unused]] constexpr const char* kBillTerms[] = {
    QT_TRANSLATE_NOOP("infraplan::Term", "Server"),
    QT_TRANSLATE_NOOP("infraplan::Term", "Cloud instance"),
    QT_TRANSLATE_NOOP("infraplan::Term", "Accelerator"),
    QT_TRANSLATE_NOOP("infraplan::Term", "Scale-up link"),
    QT_TRANSLATE_NOOP("infraplan::Term", "Scale-out link"),
    QT_TRANSLATE_NOOP("infraplan::Term", "Storage"),
    QT_TRANSLATE_NOOP("infraplan::Term", "Electricity"),
    QT_TRANSLATE_NOOP("infraplan::Term", "Colocation space"),
    QT_TRANSLATE_NOOP("infraplan::Term", "Internet egress"),
    QT_TRANSLATE_NOOP("infraplan::Term", "instance"),
    QT_TRANSLATE_NOOP("infraplan::Term", "instances"),
    QT_TRANSLATE_NOOP("infraplan::Term", "servers"),
    QT_TRANSLATE_NOOP("infraplan::Term", "server-months"),
    QT_TRANSLATE_NOOP("infraplan::Term", "instance-hours"),
    QT_TRANSLATE_NOOP("infraplan::Term", "devices"),
    QT_TRANSLATE_NOOP("infraplan::Term", "sockets"),
    QT_TRANSLATE_NOOP("infraplan::Term", "ports"),
    QT_TRANSLATE_NOOP("infraplan::Term", "TB"),
    QT_TRANSLATE_NOOP("infraplan::Term", "TB-months"),
    QT_TRANSLATE_NOOP("infraplan::Term", "kW"),
    QT_TRANSLATE_NOOP("infraplan::Term", "kW-months"),
    // Their price units.
    QT_TRANSLATE_NOOP("infraplan::Term", "/h"),
    QT_TRANSLATE_NOOP("infraplan::Term", "/TB-month"),
    QT_TRANSLATE_NOOP("infraplan::Term", "/kW-month"),
    QT_TRANSLATE_NOOP("infraplan::Term", "/server-month"),
    // The traffic shapes (model/project.cpp), in the workload line.
    QT_TRANSLATE_NOOP("infraplan::Term", "flat"),
    QT_TRANSLATE_NOOP("infraplan::Term", "diurnal"),
    QT_TRANSLATE_NOOP("infraplan::Term", "custom"),
};

/// The bill's period as BillOfMaterials::period() says it: "per month", "for the run (31 min)".
QString billPeriod(const BillOfMaterials& bill)
{
    if (!bill.wholeRun)
        return SketchReportPage::tr("per month");
    return SketchReportPage::tr("for the run (%1)").arg(phraseText(durationPhrase(bill.hours * 3600)));
}

/// Figure/value pairs set two to a row.
TableBlock pairs(const std::vector<std::pair<QString, QString>>& items)
{
    TableBlock t;
    t.header = false;
    t.columns = {{QString(), false, 1}, {QString(), true, 0}, {QString(), false, 1}, {QString(), true, 0}};
    for (size_t i = 0; i < items.size(); i += 2) {
        std::vector<TableCell> row{{items[i].first, {}, false, {}, false},
                                   {items[i].second, {}, true, {}, true}};
        if (i + 1 < items.size())
            row.insert(row.end(), {{items[i + 1].first, {}, false, {}, false},
                                   {items[i + 1].second, {}, true, {}, true}});
        else
            row.insert(row.end(), {TableCell{}, TableCell{}});
        t.rows.push_back(row);
    }
    return t;
}

} // namespace

QString SketchReportPage::workloadLine(const ReportInput& in, const Sketch& sketch)
{
    QStringList parts{fmt::role(sketch.role)};
    if (const TrainingJob* job = in.project.trainingJob(sketch.workloadId)) {
        parts << tr("trains %1").arg(qs(job->name));
        parts << tr("%1 in %2")
                     .arg(fmt::method(*job), precisionText(sketch.precision.value_or(job->precision)));
        if (job->trainingTokens > 0)
            parts << fmt::number(job->trainingTokens / 1e9, tr("billion tokens"));
        else if (job->trainingSamples > 0)
            parts << fmt::number(job->trainingSamples, tr("samples"));
    } else if (const InferenceService* service = in.project.service(sketch.workloadId)) {
        parts << tr("serves %1").arg(qs(service->name));
        parts << precisionText(sketch.precision.value_or(service->precision));
        parts << tr("peak %1 (%2 traffic)")
                     .arg(fmt::number(service->traffic.peakRps, tr("requests/s")),
                          termText(std::string(trafficShapeName(service->traffic.shape))));
    } else {
        parts << tr("no workload assigned");
    }
    parts << fmt::pricingMode(effectivePricing(in.project, sketch));
    return parts.join(QStringLiteral(" · "));
}

void SketchReportPage::append(ReportDocument& doc, const ReportInput& in, const Sketch& sketch)
{
    doc.text(TextRole::Label, fmt::role(sketch.role).toUpper());
    doc.text(TextRole::Heading, qs(sketch.name), true);
    doc.text(TextRole::Small, workloadLine(in, sketch));
    const SketchSummary* s = in.summary(sketch.id);
    if (!s || !s->computed) {
        CalloutBlock box;
        box.tone = CalloutBlock::Tone::Error;
        box.title = tr("Not simulated");
        box.lines << (s && !s->error.empty() ? qs(s->error) : tr("The engines returned no result."));
        box.lines << tr("The hardware and prices below are what the sketch is made of; performance, "
                        "power and cost appear once it can be simulated.");
        doc.add(box);
    } else if (!s->verdict.empty()) {
        CalloutBlock box;
        box.tone = s->meetsTargets ? CalloutBlock::Tone::Good : CalloutBlock::Tone::Warning;
        box.title = phraseText(s->verdictPhrase);
        doc.add(box);
    }
    if (s && s->computed)
        appendPerformance(doc, *s);
    appendBillOfMaterials(doc, in, sketch);
    if (s && s->computed) {
        appendPowerAndCost(doc, *s);
        appendWarnings(doc, *s);
    }
    doc.pageBreak();
}

void SketchReportPage::appendPerformance(ReportDocument& doc, const SketchSummary& s)
{
    std::vector<std::pair<QString, QString>> items;
    auto add = [&](const QString& label, double value, const QString& text) {
        if (value > 0)
            items.emplace_back(label, text);
    };
    if (s.role == SketchRole::Training) {
        add(tr("Training throughput"), s.tokensPerSecond, fmt::number(s.tokensPerSecond, tr("tokens/s")));
        if (s.tokensPerSecond <= 0)
            add(tr("Training throughput"), s.samplesPerSecond,
                fmt::number(s.samplesPerSecond, tr("samples/s")));
        add(tr("Model FLOPs utilization"), s.mfu, fmt::percent(s.mfu));
        add(tr("Step time"), s.stepTimeS, fmt::number(s.stepTimeS, QStringLiteral("s")));
        add(tr("Time to train"), s.timeToTrainDays, fmt::days(s.timeToTrainDays));
        add(tr("Accelerator-hours"), s.acceleratorHours,
            fmt::number(s.acceleratorHours, QStringLiteral("h")));
        add(tr("Cost of the training run"), s.runCostUsd, fmt::usd(s.runCostUsd, s.money));
        if (s.averagePower.published)
            add(tr("Energy of the training run"), s.runEnergyKWh, fmt::megawattHours(s.runEnergyKWh));
    } else {
        add(tr("Requests within every target"), s.sloAttainment, fmt::percent(s.sloAttainment));
        items.emplace_back(tr("Meets every target"), fmt::yesNo(s.meetsTargets));
        const char* names[3] = {"p50", "p90", "p99"};
        for (int i = 0; i < 3; ++i)
            add(tr("Time to first token %1").arg(QLatin1String(names[i])), s.ttftMs[i],
                fmt::latency(s.ttftMs[i]));
        for (int i = 0; i < 3; ++i)
            add(tr("Time per output token %1").arg(QLatin1String(names[i])), s.tpotMs[i],
                fmt::latency(s.tpotMs[i]));
        for (int i = 0; i < 3; ++i)
            add(tr("End-to-end latency %1").arg(QLatin1String(names[i])), s.e2eMs[i],
                fmt::latency(s.e2eMs[i]));
        items.emplace_back(tr("Instances drawn (the ceiling)"),
                           fmt::number(s.instancesDrawn) + QStringLiteral(" × ") + qs(s.instanceName));
        items.emplace_back(tr("Instances: minimum, average, peak"),
                           QStringLiteral("%1, %2, %3")
                               .arg(fmt::number(s.minimumInstances), fmt::number(s.averageInstances),
                                    fmt::number(s.peakInstances)));
        if (s.noCountMeetsTargets)
            items.emplace_back(tr("Instances the peak needs"), tr("no count meets the targets"));
        else if (s.instancesNeededAtPeak > s.ceilingInstances)
            items.emplace_back(tr("Instances the peak needs"),
                               fmt::number(s.instancesNeededAtPeak) + tr(" (more than drawn)"));
        add(tr("Replicas at peak"), s.replicasAtPeak, fmt::number(s.replicasAtPeak));
        add(tr("Max requests/s per replica"), s.maxRpsPerReplica,
            fmt::number(s.maxRpsPerReplica, tr("req/s")));
        add(tr("Output tokens/s at peak"), s.outputTokensPerSecond,
            fmt::number(s.outputTokensPerSecond, tr("tokens/s")));
        add(tr("Cost per million output tokens"), s.costPerMillionTokensUsd,
            fmt::price(s.costPerMillionTokensUsd, s.money));
        add(tr("Cost per million requests"), s.costPerMillionRequestsUsd,
            fmt::price(s.costPerMillionRequestsUsd, s.money));
        if (!s.bindingConstraint.empty())
            items.emplace_back(tr("Limited by"), termText(s.bindingConstraint));
    }
    if (s.role == SketchRole::Training || s.instancesDrawn <= 0)
        add(tr("Accelerators"), s.accelerators, fmt::number(s.accelerators));
    else
        items.emplace_back(tr("Accelerators at peak"),
                           tr("%1 of %2 drawn")
                               .arg(fmt::number(s.accelerators * s.peakInstances / s.instancesDrawn),
                                    fmt::number(s.accelerators)));
    if (s.role == SketchRole::Training || !s.fitsInMemory) // a fleet that runs fits by construction
        items.emplace_back(tr("Fits in memory"), fmt::yesNo(s.fitsInMemory));
    if (s.memoryPerDeviceBytes > 0)
        items.emplace_back(tr("Memory used per device"),
                           s.memoryCapacityBytes > 0
                               ? tr("%1 of %2")
                                     .arg(fmt::number(s.memoryPerDeviceBytes / 1e9, QStringLiteral("GB")),
                                          fmt::number(s.memoryCapacityBytes / 1e9, QStringLiteral("GB")))
                               : fmt::number(s.memoryPerDeviceBytes / 1e9, QStringLiteral("GB")));
    doc.subheading(tr("Performance"));
    doc.add(pairs(items));
    if (!s.layout.empty())
        doc.text(TextRole::Small, tr("Parallel layout: ") + phraseText(s.layoutPhrase));
}

void SketchReportPage::appendBillOfMaterials(ReportDocument& doc, const ReportInput& in, const Sketch& sketch)
{
    const BillOfMaterials bill = billOfMaterials(in.project, sketch, in.catalog, in.summary(sketch.id));
    doc.subheading(bill.priced ? tr("Bill of materials, %1").arg(billPeriod(bill)) : tr("Bill of materials"));
    TableBlock t;
    t.smallText = true;
    // Five columns, so amounts never wrap: what the item is goes under its name, where its price comes
    // from under the basis.
    t.columns = {{tr("Item"), false, 3},
                 {tr("Quantity"), true, 0},
                 {tr("Unit price"), true, 0},
                 {tr("Amount"), true, 0},
                 {tr("Price basis and source"), false, 3}};
    for (const BomLine& l : bill.lines) {
        QString price = QStringLiteral("—");
        if (l.unitPriceUsd)
            price = fmt::price(*l.unitPriceUsd, bill.currency) + termText(l.priceUnit);
        const QString quantity =
            l.quantity > 0 ? fmt::number(l.quantity) + QStringLiteral(" ") + termText(l.quantityUnit)
                           : termText(l.quantityUnit);
        const QString amount =
            l.inTotal ? fmt::cents(l.amountCents, bill.currency.currency) : QStringLiteral("—");
        QString what = termText(l.component) + QStringLiteral(" · ") + qs(l.catalogId);
        if (!l.detailPhrase.empty())
            what += QStringLiteral(" · ") + phraseText(l.detailPhrase);
        t.rows.push_back(
            {{qs(l.name), what, false, {}, false},
             {quantity, {}, false, {}, true},
             {price, {}, false, {}, true},
             {amount, {}, l.inTotal, {}, true},
             {phraseText(l.basisPhrase), in.sources.citeWithTitle(l.sourceId), false, {}, false}});
    }
    if (bill.priced)
        t.rows.push_back({{tr("Total ") + billPeriod(bill), {}, true, {}, false},
                          TableCell{},
                          TableCell{},
                          {fmt::cents(bill.totalCents, bill.currency.currency), {}, true, {}, true},
                          TableCell{}});
    if (bill.lines.empty())
        doc.paragraph(tr("The sketch has no hardware."));
    else
        doc.add(t);
}

TableBlock SketchReportPage::powerTable(const SketchSummary& s)
{
    TableBlock t;
    t.columns = {{tr("Power draw"), false, 1}, {tr("Average"), true, 0}, {tr("Peak"), true, 0}};
    auto row = [&](const QString& label, double avgW, double peakW, bool bold) {
        t.rows.push_back({{label, {}, bold, {}, false},
                          {fmt::kilowatts(avgW), {}, bold, {}, true},
                          {fmt::kilowatts(peakW), {}, bold, {}, true}});
    };
    if (!s.averagePower.published) {
        // Unknown, not zero: a 0 kW row would pass for a measured figure. One column: empty Average and
        // Peak columns squeezed their headers into broken words.
        t.columns.resize(1);
        t.rows.push_back({{tr("Not published for ") + qs(s.acceleratorName), {}, false, {}, false}});
        return t;
    }
    row(tr("Accelerators"), s.averagePower.acceleratorsW, s.peakPower.acceleratorsW, false);
    row(tr("Hosts"), s.averagePower.hostsW, s.peakPower.hostsW, false);
    row(tr("Network"), s.averagePower.networkW, s.peakPower.networkW, false);
    row(tr("IT load"), s.averagePower.itW(), s.peakPower.itW(), true);
    row(tr("Facility (IT × PUE %1)").arg(fmt::number(s.averagePower.pue)), s.averagePower.facilityW(),
        s.peakPower.facilityW(), true);
    const bool run = s.role == SketchRole::Training;
    const double kWh = run ? s.runEnergyKWh : s.energyKWhPerMonth;
    if (kWh > 0)
        t.rows.push_back(
            {{run ? tr("Facility energy of the run") : tr("Facility energy a month"), {}, false, {}, false},
             {fmt::megawattHours(kWh), {}, false, {}, true},
             TableCell{}});
    return t;
}

TableBlock SketchReportPage::costTable(const SketchSummary& s)
{
    // A fleet is paid every month; a training run once, for as long as it runs.
    const bool run = s.role == SketchRole::Training;
    const MonthlyCost m = run ? s.monthly.over(s.timeToTrainDays * 24) : s.monthly;
    const double total = m.totalUsd();
    TableBlock t;
    t.columns = {{run ? tr("Cost of the run") : tr("Monthly cost"), false, 1},
                 {run ? tr("For the run") : tr("Per month"), true, 0},
                 {tr("Share"), true, 0}};
    auto row = [&](const QString& label, double usd, bool bold) {
        t.rows.push_back({{label, {}, bold, {}, false},
                          {fmt::usd(usd, s.money), {}, bold, {}, true},
                          {total > 0 ? fmt::percent(usd / total) : QStringLiteral("—"), {}, bold, {}, true}});
    };
    row(tr("Compute"), m.computeUsd, false);
    row(tr("Power"), m.powerUsd, false);
    row(tr("Storage"), m.storageUsd, false);
    row(tr("Network"), m.networkUsd, false);
    row(tr("Space"), m.spaceUsd, false);
    row(tr("Total"), total, true);
    return t;
}

void SketchReportPage::appendPowerAndCost(ReportDocument& doc, const SketchSummary& s)
{
    doc.subheading(s.role == SketchRole::Training ? tr("Power and the cost of the run")
                                                  : tr("Power and monthly cost"));
    if (s.monthly.priced) {
        doc.add(SideBySideBlock{powerTable(s), costTable(s)});
    } else {
        doc.add(powerTable(s));
        CalloutBlock box;
        box.tone = CalloutBlock::Tone::Warning;
        box.title = tr("Not priced");
        box.lines << phraseText(s.monthly.basisPhrase);
        doc.add(box);
    }
    // The energy and the price basis sit in the tables and the bill of materials: no loose note after the
    // tables to be left alone at the top of a page.
}

void SketchReportPage::appendWarnings(ReportDocument& doc, const SketchSummary& s)
{
    // The verdict is already at the top of the page: a warning that repeats it is left out.
    std::vector<const Warning*> warnings;
    for (const Warning& w : s.warnings)
        if (w.code != WarningCode::SloMissed)
            warnings.push_back(&w);
    if (!warnings.empty()) {
        CalloutBlock box;
        box.tone = CalloutBlock::Tone::Warning;
        box.title = warnings.size() == 1 ? tr("Warning") : tr("Warnings");
        for (const Warning* w : warnings)
            box.lines << QStringLiteral("–  ") + (w->phrase.empty() ? qs(w->message) : phraseText(w->phrase));
        doc.add(box);
    }
}

} // namespace infraplan::ui
