#include "comparisonview.h"

#include "chartpanel.h"
#include "comparisontablewidget.h"
#include "costlatencychart.h"
#include "dailytrafficchart.h"
#include "findingsview.h"
#include "latencythroughputchart.h"
#include "monthlycostchart.h"
#include "powerchart.h"
#include "tcochart.h"
#include "trainingscalingchart.h"

#include <algorithm>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>
#include <QVBoxLayout>

namespace infraplan::ui {

namespace {
QIcon swatch(const QColor& c)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(c);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pm);
}
} // namespace

ComparisonView::ComparisonView(std::shared_ptr<const Catalog> catalog, QWidget* parent)
    : QWidget(parent), m_catalog(std::move(catalog))
{
    setObjectName("comparisonView");
    m_heading = new QLabel(this);
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    m_heading->setFont(hf);
    m_status = new QLabel(this);
    m_status->setObjectName("comparisonStatus");
    m_status->setStyleSheet("color: palette(mid);");

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch();
    top->addWidget(m_status);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);

    m_table = new ComparisonTableWidget(this);
    m_findings = new FindingsView(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_findings);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* chartsPage = new QWidget;
    auto* grid = new QGridLayout(chartsPage);
    grid->setSpacing(12);
    auto add = [&](const char* name, QChart* (*build)(const ComparisonAnalysis&, const SketchPalette&)) {
        auto* panel = new ChartPanel(
            name, [this, build] { return build(m_analysis, m_palette); }, chartsPage);
        panel->setMinimumHeight(380);
        const int i = static_cast<int>(m_charts.size());
        grid->addWidget(panel, i / 2, i % 2);
        m_charts.push_back(panel);
    };
    add("monthlyCostChart", &MonthlyCostChart::build);
    add("tcoChart", &TcoChart::build);
    add("latencyThroughputChart", &LatencyThroughputChart::build);
    add("costLatencyChart", &CostLatencyChart::build);
    add("powerChart", &PowerChart::build);
    add("trainingScalingChart", &TrainingScalingChart::build);
    add("dailyTrafficChart", &DailyTrafficChart::build);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(chartsPage);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(split, tr("Table and recommendations"));
    m_tabs->addTab(scroll, tr("Charts"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(top);
    layout->addLayout(m_chips);
    layout->addWidget(m_tabs, 1);

    connect(&m_watcher, &QFutureWatcher<ComparisonAnalysis>::finished, this, [this] {
        ComparisonAnalysis a = m_watcher.result();
        m_running = false;
        if (m_pending) {
            m_pending = false;
            startAnalysis();
            return;
        }
        showAnalysis(std::move(a));
    });
    m_heading->setText(tr("Comparison"));
    m_findings->setMessage(tr("Open or draw a project to compare its sketches."));
}

ComparisonView::~ComparisonView()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ComparisonView::setSimulator(SketchSimulator simulator)
{
    m_simulate = std::move(simulator);
}

void ComparisonView::setCatalog(std::shared_ptr<const Catalog> catalog)
{
    m_catalog = std::move(catalog);
    startAnalysis();
}

void ComparisonView::setResults(const Project& project, std::vector<SketchSummary> summaries)
{
    const bool sketchesChanged =
        project.sketches.size() != m_project.sketches.size() ||
        !std::equal(project.sketches.begin(), project.sketches.end(), m_project.sketches.begin(),
                    [](const Sketch& a, const Sketch& b) { return a.id == b.id && a.name == b.name; });
    m_project = project;
    m_summaries = std::move(summaries);
    m_palette = SketchPalette(m_project);
    // Forget focused sketches that were deleted.
    m_focus.erase(std::remove_if(m_focus.begin(), m_focus.end(),
                                 [this](const std::string& id) { return !m_project.sketch(id); }),
                  m_focus.end());
    if (sketchesChanged)
        rebuildChips();
    m_heading->setText(m_project.name.empty()
                           ? tr("Comparison")
                           : tr("Comparison: %1").arg(QString::fromStdString(m_project.name)));
    startAnalysis();
}

void ComparisonView::focusSketches(const std::vector<std::string>& sketchIds)
{
    m_focus.clear();
    for (const std::string& id : sketchIds)
        if (m_project.sketch(id))
            m_focus.push_back(id);
    rebuildChips();
    startAnalysis();
}

std::vector<std::string> ComparisonView::focusedSketches() const
{
    std::vector<std::string> ids;
    for (const SketchSummary& s : focusedSummaries())
        ids.push_back(s.sketchId);
    return ids;
}

std::vector<SketchSummary> ComparisonView::focusedSummaries() const
{
    std::vector<SketchSummary> out;
    for (const SketchSummary& s : m_summaries)
        if (m_focus.empty() || std::find(m_focus.begin(), m_focus.end(), s.sketchId) != m_focus.end())
            out.push_back(s);
    return out;
}

void ComparisonView::rebuildChips()
{
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto* label = new QLabel(tr("Compare:"), this);
    m_chips->addWidget(label);
    for (const Sketch& s : m_project.sketches) {
        auto* chip = new QToolButton(this);
        chip->setObjectName(QString::fromStdString("chip-" + s.id));
        chip->setText(QString::fromStdString(s.name));
        chip->setIcon(swatch(m_palette.color(s.id)));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setCheckable(true);
        chip->setChecked(m_focus.empty() || std::find(m_focus.begin(), m_focus.end(), s.id) != m_focus.end());
        chip->setAutoRaise(false);
        const std::string id = s.id;
        connect(chip, &QToolButton::toggled, this, [this, id](bool on) {
            std::vector<std::string> focus = focusedSketches();
            if (on)
                focus.push_back(id);
            else
                focus.erase(std::remove(focus.begin(), focus.end(), id), focus.end());
            // Everything checked is the same as no focus; keep project order.
            std::vector<std::string> ordered;
            for (const Sketch& sk : m_project.sketches)
                if (std::find(focus.begin(), focus.end(), sk.id) != focus.end())
                    ordered.push_back(sk.id);
            m_focus = ordered.size() == m_project.sketches.size() ? std::vector<std::string>{} : ordered;
            startAnalysis();
        });
        m_chips->addWidget(chip);
    }
    m_chips->addStretch();
}

void ComparisonView::refresh()
{
    startAnalysis();
}

bool ComparisonView::isAnalysing() const
{
    // Not QFutureWatcher::isRunning(): that turns false before the result reaches the screen.
    return m_running;
}

void ComparisonView::startAnalysis()
{
    if (m_running) {
        // Stop the stale run; the finished handler starts the new one.
        m_cancel->store(true);
        m_pending = true;
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_status->setText(tr("Analysing…"));
    // The run owns copies of everything it reads, the catalog included, so edits and reloads never race it.
    SketchSimulator simulate = m_simulate;
    if (!simulate)
        simulate = [catalog = m_catalog](const Project& p, const Sketch& s, const SimulationOptions& o) {
            return simulateSketch(p, s, *catalog, o);
        };
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([project = m_project, summaries = focusedSummaries(), simulate,
                                           catalog = m_catalog, cancel = m_cancel] {
        return analyzeComparison(project, summaries, *catalog, simulate, cancel.get());
    }));
}

void ComparisonView::showAnalysis(ComparisonAnalysis analysis)
{
    m_analysis = std::move(analysis);
    m_table->setTable(m_analysis.table, m_project, m_palette, m_analysis.summaries);
    int computed = 0;
    for (const SketchSummary& s : m_analysis.summaries)
        computed += s.computed;
    if (m_analysis.summaries.empty())
        m_findings->setMessage(tr("Nothing to compare: the project has no sketches."));
    else if (computed == 0)
        m_findings->setMessage(
            tr("No sketch could be simulated yet, so there is nothing to recommend. The table "
               "says why for each sketch."));
    else
        m_findings->setFindings(m_analysis.findings, m_palette, m_analysis.money);
    for (ChartPanel* panel : m_charts)
        panel->rebuild();
    m_status->setText(tr("%1 of %2 sketches simulated").arg(computed).arg(m_analysis.summaries.size()));
    emit analysisReady();
}

ChartPanel* ComparisonView::chart(const QString& objectName) const
{
    for (ChartPanel* p : m_charts)
        if (p->objectName() == objectName)
            return p;
    return nullptr;
}

void ComparisonView::showPage(int page)
{
    m_tabs->setCurrentIndex(page);
}

} // namespace infraplan::ui
