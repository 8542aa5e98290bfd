#include "viewcontroller.h"

#include "canvasscene.h"
#include "canvasview.h"

#include "actionicon.h"
#include "standardshortcut.h"

#include <QAction>
#include <QSettings>

namespace infraplan::ui {

ViewController::ViewController(CanvasView& view, CanvasScene& scene, QObject* parent) : QObject(parent)
{
    m_zoomIn = new QAction(actionicon::icon("zoom-in", actionicon::Glyph::ZoomIn), tr("Zoom &in"), this);
    QList<QKeySequence> zoomInKeys =
        standardShortcut(QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Plus));
    if (!zoomInKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Equal))) // "+" without Shift on most layouts
        zoomInKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    m_zoomIn->setShortcuts(zoomInKeys);
    m_zoomOut = new QAction(actionicon::icon("zoom-out", actionicon::Glyph::ZoomOut), tr("Zoom &out"), this);
    m_zoomOut->setShortcuts(standardShortcut(QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_Minus)));
    m_zoomReset = new QAction(QIcon::fromTheme("zoom-original"), tr("&Actual size"), this);
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fit = new QAction(actionicon::icon("zoom-fit-best", actionicon::Glyph::Fit), tr("&Fit to view"), this);
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_snap = new QAction(tr("&Snap to grid"), this);
    m_snap->setCheckable(true);
    m_snap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_snap->setChecked(QSettings().value("canvas/snapToGrid", true).toBool());
    scene.setSnapToGrid(m_snap->isChecked());

    connect(m_zoomIn, &QAction::triggered, &view, [&view] { view.zoomBy(1.25); });
    connect(m_zoomOut, &QAction::triggered, &view, [&view] { view.zoomBy(1 / 1.25); });
    connect(m_zoomReset, &QAction::triggered, &view, [&view] { view.setZoom(1.0); });
    connect(m_fit, &QAction::triggered, &view, &CanvasView::fitToContent);
    connect(m_snap, &QAction::toggled, &scene, [&scene](bool on) {
        scene.setSnapToGrid(on);
        QSettings().setValue("canvas/snapToGrid", on);
    });

    const struct {
        int key;
        QPointF step;
    } moves[] = {
        {Qt::Key_Left, {-1, 0}}, {Qt::Key_Right, {1, 0}}, {Qt::Key_Up, {0, -1}}, {Qt::Key_Down, {0, 1}}};
    for (const auto& m : moves) {
        for (bool fine : {false, true}) {
            auto* a = new QAction(this);
            a->setShortcut(fine ? QKeySequence(Qt::SHIFT | m.key) : QKeySequence(m.key));
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            const QPointF delta = m.step * (fine ? 1.0 : CanvasScene::kGrid);
            connect(a, &QAction::triggered, &scene, [&scene, delta] { scene.nudgeSelection(delta); });
            view.addAction(a);
            m_nudge << a;
        }
    }
}

} // namespace infraplan::ui
