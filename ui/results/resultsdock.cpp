#include "resultsdock.h"

#include "bandformat.h"
#include "canvasscene.h"
#include "catalogstore.h"
#include "hardware.h"
#include "phrasetext.h"
#include "projectdocument.h"
#include "projectlocate.h"
#include "resultformat.h"
#include "simulationscheduler.h"
#include "sketchresulttext.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infraplan::ui {

namespace fmt = resultformat;

ResultsDock::ResultsDock(ProjectDocument& document, SimulationScheduler& results, CanvasScene& scene,
                         const CatalogStore& catalogs, QWidget* parent)
    : QDockWidget(tr("Results"), parent), m_document(document), m_results(results), m_scene(scene),
      m_catalogs(catalogs)
{
    setObjectName("resultsDock");
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    m_sketches = new QComboBox(body);
    m_sketches->setObjectName("resultsSketch");
    m_sketches->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    layout->addWidget(m_sketches);
    m_status = new QLabel(body);
    m_status->setObjectName("resultsStatus");
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_tabs = new QTabWidget(body);
    m_figures = new QTreeWidget(m_tabs);
    m_figures->setObjectName("resultsFigures");
    m_figures->setColumnCount(3); // label, value, the band of the value
    m_figures->setHeaderHidden(true);
    m_figures->setRootIsDecorated(false);
    m_figures->setAlternatingRowColors(true);
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    m_figures->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_figures->header()->setStretchLastSection(true);
    m_warnings = new QListWidget(m_tabs);
    m_warnings->setObjectName("resultsWarnings");
    m_warnings->setWordWrap(true);
    m_report = new QPlainTextEdit(m_tabs);
    m_report->setObjectName("resultsReport");
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_figures, tr("Figures"));
    m_tabs->addTab(m_warnings, tr("Warnings"));
    m_tabs->addTab(m_report, tr("Report"));
    layout->addWidget(m_tabs, 1);
    setWidget(body);

    connect(m_sketches, &QComboBox::activated, this,
            [this](int i) { showSketch(m_sketches->itemData(i).toString().toStdString()); });
    connect(&document, &ProjectDocument::changed, this, [this](const ProjectChange& c) {
        using K = ProjectChange::Kind;
        // Structure and names change the list; other edits reach the figures through the scheduler.
        if (c.kind == K::Reset || c.kind == K::ItemsAdded || c.kind == K::ItemsRemoved ||
            (c.kind == K::SketchChanged && m_document.project().sketch(c.sketchIds.front()) &&
             m_sketches->findText(
                 QString::fromStdString(m_document.project().sketch(c.sketchIds.front())->name)) < 0))
            refillSketches();
    });
    connect(&results, &SimulationScheduler::resultsChanged, this,
            [this](const std::vector<std::string>& ids) {
                if (std::find(ids.begin(), ids.end(), m_sketchId) != ids.end())
                    refresh();
            });
    connect(&results, &SimulationScheduler::progress, this, [this] { refresh(); });
    connect(&scene, &QGraphicsScene::selectionChanged, this, &ResultsDock::followSelection);
    refillSketches();
}

void ResultsDock::followSelection()
{
    auto frames = m_scene.selectedSketchIds();
    if (!frames.empty()) {
        showSketch(frames.front());
        return;
    }
    auto nodes = m_scene.selectedNodeIds();
    if (!nodes.empty())
        if (const Sketch* s = sketchOfNode(m_document.project(), nodes.front()))
            showSketch(s->id);
}

void ResultsDock::showSketch(const std::string& sketchId)
{
    m_sketchId = sketchId;
    const int index = m_sketches->findData(QString::fromStdString(sketchId));
    if (index >= 0)
        m_sketches->setCurrentIndex(index);
    refresh();
}

void ResultsDock::refillSketches()
{
    const Project& project = m_document.project();
    const QSignalBlocker block(m_sketches);
    m_sketches->clear();
    for (const Sketch& s : project.sketches)
        m_sketches->addItem(QString::fromStdString(s.name.empty() ? s.id : s.name),
                            QString::fromStdString(s.id));
    if (!project.sketch(m_sketchId))
        m_sketchId = project.sketches.empty() ? std::string() : project.sketches.front().id;
    m_sketches->setCurrentIndex(m_sketches->findData(QString::fromStdString(m_sketchId)));
    m_sketches->setEnabled(!project.sketches.empty());
    refresh();
}

QString ResultsDock::statusText() const
{
    return m_status->text();
}

QString ResultsDock::figure(const QString& label) const
{
    for (int i = 0; i < m_figures->topLevelItemCount(); ++i)
        if (m_figures->topLevelItem(i)->text(0) == label)
            return m_figures->topLevelItem(i)->text(1);
    return {};
}

void ResultsDock::refresh()
{
    const Sketch* sketch = m_document.project().sketch(m_sketchId);
    const SketchSummary* summary = sketch ? m_results.summary(m_sketchId) : nullptr;
    m_warnings->clear();
    m_report->clear();
    if (!sketch) {
        m_status->setText(tr("Drop hardware on the canvas to see its results here."));
        fillFigures(nullptr);
        return;
    }
    if (!summary) {
        m_status->setText(tr("Computing…"));
    } else if (!summary->computed) {
        m_status->setText(
            tr("<b>Not simulated:</b> %1").arg(QString::fromStdString(summary->error).toHtmlEscaped()));
    } else if (!m_results.isFinal(m_sketchId)) {
        m_status->setText(tr("<b>Quick estimate</b> — the full simulation is running…"));
    } else {
        m_status->setText(summary->role == SketchRole::Inference
                              ? tr("<b>Simulated</b> (discrete-event model of the fleet)")
                              : tr("<b>Simulated</b> (training step model)"));
    }
    fillFigures(summary);
    if (summary) {
        const QIcon warn = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        for (const Warning& w : summary->warnings)
            m_warnings->addItem(new QListWidgetItem(warn, w.phrase.empty() ? QString::fromStdString(w.message)
                                                                           : phraseText(w.phrase)));
        m_report->setPlainText(summary->computed
                                   ? QString::fromStdString(sketchResultText(*summary, m_document.project()))
                                   : QString::fromStdString(summary->error));
        const QString warnings =
            summary->warnings.empty() ? tr("Warnings") : tr("Warnings (%1)").arg(summary->warnings.size());
        if (m_tabs->tabText(1) != warnings) // setting a tab's text lays out the whole dock again
            m_tabs->setTabText(1, warnings);
    }
}

void ResultsDock::fillFigures(const SketchSummary* s)
{
    std::vector<FigureRow> rows;
    collectFigures(s, rows);
    showFigures(rows, s && s->computed ? bandformat::sketchToolTip(*s) : QString());
}

void ResultsDock::showFigures(const std::vector<FigureRow>& rows, const QString& trust)
{
    // An edit mostly changes values under the same labels: set those in place, so the tree keeps its
    // layout; a rebuild adds every item at once and lays the view out once.
    bool sameRows = m_figures->topLevelItemCount() == static_cast<int>(rows.size());
    for (int i = 0; sameRows && i < static_cast<int>(rows.size()); ++i) {
        const QTreeWidgetItem* item = m_figures->topLevelItem(i);
        sameRows = item->text(0) == rows[size_t(i)].label &&
                   item->data(0, Qt::UserRole).toBool() == rows[size_t(i)].section;
    }
    auto setRow = [this, &trust](QTreeWidgetItem* item, const FigureRow& r) {
        auto set = [item](int column, int role, const QVariant& value) {
            if (item->data(column, role) != value)
                item->setData(column, role, value);
        };
        set(1, Qt::DisplayRole, r.value);
        set(2, Qt::DisplayRole, r.band);
        set(1, Qt::ForegroundRole, r.bad ? QVariant(QBrush(QColor(200, 40, 40))) : QVariant());
        set(2, Qt::ForegroundRole,
            r.band.isEmpty() ? QVariant()
                             : QVariant(QBrush(m_figures->palette().color(QPalette::PlaceholderText))));
        for (int c = 0; c < 3; ++c)
            set(c, Qt::ToolTipRole, r.trusted ? QVariant(trust) : QVariant());
    };
    if (sameRows) {
        for (int i = 0; i < static_cast<int>(rows.size()); ++i)
            if (!rows[size_t(i)].section)
                setRow(m_figures->topLevelItem(i), rows[size_t(i)]);
        return;
    }
    m_figures->clear();
    QList<QTreeWidgetItem*> items;
    for (const FigureRow& r : rows) {
        auto* item = new QTreeWidgetItem(QStringList{r.label});
        item->setData(0, Qt::UserRole, r.section);
        if (r.section) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
        } else {
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            setRow(item, r);
        }
        items.push_back(item);
    }
    m_figures->addTopLevelItems(items);
    for (QTreeWidgetItem* item : items)
        if (item->data(0, Qt::UserRole).toBool())
            item->setFirstColumnSpanned(true);
}

void ResultsDock::collectFigures(const SketchSummary* s, std::vector<FigureRow>& rows)
{
    auto section = [&rows](const QString& title) { rows.push_back({true, title, {}, {}, false, false}); };
    auto row = [&rows](const QString& label, const QString& value, bool bad = false,
                       const FigureBand* band = nullptr) {
        const bool banded = band && band->present;
        rows.push_back({false, label, value, banded ? bandformat::compact(*band) : QString(), bad, banded});
    };
    const Sketch* sketch = m_document.project().sketch(m_sketchId);
    if (!sketch)
        return;
    // What the sketch is made of, resolved from the catalog by the model (shown even before any engine
    // result, so the user sees what will be simulated).
    Problems problems;
    if (auto hw = resolveSketchHardware(m_catalogs.get(), *sketch, problems)) {
        section(tr("Hardware"));
        row(tr("Instance"), QString::fromStdString(hw->instance.name));
        row(tr("Nodes"), fmt::count(hw->nodes));
        row(tr("Accelerators"), fmt::count(hw->accelerators));
        row(tr("Accelerator"), QString::fromStdString(hw->instance.accelerator.name));
        if (hw->instance.accelerator.memoryBytes > 0)
            row(tr("Memory per device"), fmt::bytes(hw->instance.accelerator.memoryBytes));
    } else {
        section(tr("Hardware"));
        for (const Problem& p : problems)
            row(tr("Problem"), QString::fromStdString(p.message), true);
    }
    if (!s || !s->computed)
        return;
    const SketchConfidence& band = s->confidence;
    if (band.available) {
        section(tr("How far to trust these figures"));
        row(tr("Regime"), phraseText(band.band.regime.labelPhrase()), false);
        row(tr("Validated cases"), QString::number(band.band.cases), false);
        if (!band.familyValidated())
            row(tr("Device family"), bandformat::uncalibratedMark(band), true);
        for (size_t i = rows.size() - (band.familyValidated() ? 2 : 3); i < rows.size(); ++i)
            rows[i].trusted = true;
    }
    if (s->role == SketchRole::Training) {
        section(tr("Training"));
        if (s->tokensPerSecond > 0)
            row(tr("Throughput"), fmt::rate(s->tokensPerSecond, tr("tokens")), false, &band.tokensPerSecond);
        if (s->samplesPerSecond > 0)
            row(tr("Samples"), fmt::rate(s->samplesPerSecond, tr("samples")), false, &band.samplesPerSecond);
        row(tr("MFU"), fmt::percent(s->mfu));
        row(tr("Step time"), fmt::duration(s->stepTimeS), false, &band.stepTimeS);
        row(tr("Time to train"), fmt::duration(s->timeToTrainDays * 86400), false, &band.timeToTrainDays);
        row(tr("Accelerator-hours"), fmt::count(std::round(s->acceleratorHours)));
        row(tr("Energy of the run"), fmt::energy(s->runEnergyKWh, s->averagePower.published), false,
            &band.runEnergyKWh);
        if (!s->layout.empty())
            row(tr("Layout"), QString::fromStdString(s->layout));
    } else {
        section(tr("Latency (p50 / p90 / p99)"));
        auto triple = [](const double v[3]) {
            return QStringLiteral("%1 / %2 / %3")
                .arg(fmt::milliseconds(v[0]), fmt::milliseconds(v[1]), fmt::milliseconds(v[2]));
        };
        if (s->tpotMs[2] > 0) { // token timings only mean something for generative models
            row(tr("Time to first token"), triple(s->ttftMs), false, &band.ttftMs[2]);
            row(tr("Time per output token"), triple(s->tpotMs), false, &band.tpotMs[2]);
        }
        row(tr("End to end"), triple(s->e2eMs), false, &band.e2eMs[2]);
        row(tr("SLO attainment"), fmt::percent(s->sloAttainment), !s->meetsTargets);
        section(tr("Fleet"));
        row(tr("Output tokens at peak"), fmt::rate(s->outputTokensPerSecond, tr("tokens")));
        row(tr("Max requests per replica"), fmt::rate(s->maxRpsPerReplica, tr("req")), false,
            &band.replicaRequestsPerS);
        row(tr("Instances drawn (ceiling)"), QString::number(s->instancesDrawn));
        row(tr("Instances min / avg / peak"),
            QStringLiteral("%1 / %2 / %3")
                .arg(s->minimumInstances)
                .arg(QString::number(s->averageInstances, 'f', 2))
                .arg(fmt::count(s->peakInstances)),
            s->instancesNeededAtPeak > s->ceilingInstances, &band.averageInstances);
        if (s->instancesNeededAtPeak > s->ceilingInstances)
            row(tr("Instances the peak needs"), QString::number(s->instancesNeededAtPeak), true);
        row(tr("Replicas at peak"), fmt::count(s->replicasAtPeak), false, &band.replicasAtPeak);
        row(tr("Replicas on average"), QString::number(s->averageReplicas, 'f', 1));
        if (!s->bindingConstraint.empty())
            row(tr("Bound by"), QString::fromStdString(s->bindingConstraint));
        if (!s->verdict.empty())
            row(tr("Verdict"), phraseText(s->verdictPhrase));
    }
    section(tr("Memory"));
    row(tr("Fits in memory"), s->fitsInMemory ? tr("yes") : tr("no"), !s->fitsInMemory);
    if (s->memoryCapacityBytes > 0)
        row(tr("Memory per device"),
            tr("%1 of %2").arg(fmt::bytes(s->memoryPerDeviceBytes), fmt::bytes(s->memoryCapacityBytes)),
            !s->fitsInMemory);
    section(tr("Power"));
    const bool published = s->averagePower.published;
    if (!published)
        row(tr("Power draw"), tr("not published for %1").arg(QString::fromStdString(s->acceleratorName)));
    row(tr("Average (facility)"), fmt::watts(s->averagePower.facilityW(), published), false,
        &band.averagePowerKW);
    row(tr("Peak (facility)"), fmt::watts(s->peakPower.facilityW(), published));
    row(tr("Peak (IT)"), fmt::watts(s->peakPower.itW(), published));
    if (s->role == SketchRole::Inference) // a training run's energy is the run's, above
        row(tr("Energy per month"), fmt::energy(s->energyKWhPerMonth, published));
    // A fleet is paid every month; a training run once, for as long as it runs (as in the report).
    const bool run = s->role == SketchRole::Training;
    const MonthlyCost m = run ? s->monthly.over(s->timeToTrainDays * 24) : s->monthly;
    section(run ? tr("Cost of the run (once)") : tr("Cost per month"));
    row(run ? tr("Cost of the run") : tr("Monthly cost"),
        m.priced ? fmt::usd(m.totalUsd(), s->money) : tr("not priced"), !m.priced,
        run ? &band.runCostUsd : &band.monthlyCostUsd);
    row(tr("Compute"), fmt::usd(m.computeUsd, s->money));
    if (m.powerUsd > 0)
        row(tr("Electricity"), fmt::usd(m.powerUsd, s->money));
    if (m.storageUsd > 0)
        row(tr("Storage"), fmt::usd(m.storageUsd, s->money));
    if (m.networkUsd > 0)
        row(tr("Network"), fmt::usd(m.networkUsd, s->money));
    if (m.spaceUsd > 0)
        row(tr("Space"), fmt::usd(m.spaceUsd, s->money));
    if (s->role == SketchRole::Inference) {
        row(tr("Per million tokens"), fmt::usd(s->costPerMillionTokensUsd, s->money));
        row(tr("Per million requests"), fmt::usd(s->costPerMillionRequestsUsd, s->money));
    }
    if (!s->monthly.basis.empty())
        row(tr("Priced as"), QString::fromStdString(s->monthly.basis));
}

} // namespace infraplan::ui
