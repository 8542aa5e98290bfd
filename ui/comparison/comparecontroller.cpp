#include "comparecontroller.h"

#include "canvasscene.h"
#include "catalogstore.h"
#include "comparisonview.h"
#include "projectdocument.h"
#include "simulationscheduler.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QPainter>

namespace infraplan::ui {

namespace {
/// Three bars: the comparison at a glance, drawn so it looks the same on every platform theme.
QIcon compareIcon()
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73)};
    const int heights[] = {14, 24, 9};
    for (int i = 0; i < 3; ++i) {
        p.setBrush(colors[i]);
        p.drawRoundedRect(QRectF(4 + i * 9, 28 - heights[i], 7, heights[i]), 1.5, 1.5);
    }
    return QIcon(pm);
}
} // namespace

CompareController::CompareController(ProjectDocument& document, SimulationScheduler& results,
                                     CatalogStore& catalogs, CanvasScene& scene, QMainWindow& window)
    : QObject(&window), m_document(document), m_results(results), m_scene(scene)
{
    m_view = new ComparisonView(catalogs.catalog());
    m_dock = new QDockWidget(tr("Comparison"), &window);
    m_dock->setObjectName("comparisonDock");
    m_dock->setWidget(m_view);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();

    m_compare = new QAction(compareIcon(), tr("&Compare"), this);
    m_compare->setObjectName("compareAction");
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compare->setStatusTip(tr("Compare the selected sketches side by side (all of them when fewer than two "
                               "are selected)"));
    connect(m_compare, &QAction::triggered, this, [this] {
        const std::vector<std::string> selected = m_scene.selectedSketchIds();
        compare(selected.size() >= 2 ? selected : std::vector<std::string>{});
    });

    // Results arrive in bursts (a quick estimate, then the full run): analyse once they settle.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &CompareController::update);
    connect(&m_results, &SimulationScheduler::resultsChanged, this, &CompareController::scheduleUpdate);
    connect(&m_document, &ProjectDocument::changed, this, &CompareController::scheduleUpdate);
    connect(&catalogs, &CatalogStore::catalogChanged, this,
            [this, &catalogs] { m_view->setCatalog(catalogs.catalog()); });
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            update();
    });
}

void CompareController::compare(const std::vector<std::string>& sketchIds)
{
    m_dock->show();
    m_dock->raise();
    update();
    m_view->focusSketches(sketchIds);
}

bool CompareController::isUpdating() const
{
    return m_debounce.isActive() || m_view->isAnalysing();
}

void CompareController::scheduleUpdate()
{
    if (m_dock->isVisible())
        m_debounce.start();
}

void CompareController::update()
{
    m_debounce.stop();
    const Project& project = m_document.project();
    std::vector<SketchSummary> summaries;
    for (const Sketch& s : project.sketches) {
        if (const SketchSummary* r = m_results.summary(s.id)) {
            summaries.push_back(*r);
            continue;
        }
        SketchSummary pending;
        pending.sketchId = s.id;
        pending.name = s.name;
        pending.role = s.role;
        pending.error = "not simulated yet";
        summaries.push_back(pending);
    }
    m_view->setResults(project, std::move(summaries));
}

} // namespace infraplan::ui
