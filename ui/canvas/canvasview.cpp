#include "canvasview.h"

#include "canvasscene.h"

#include <cmath>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace infraplan::ui {

namespace {
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 4.0;
} // namespace

CanvasView::CanvasView(CanvasScene* scene, QWidget* parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setObjectName("canvasView");
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    setCacheMode(QGraphicsView::CacheBackground);
    // A generous scene so the user can always pan to empty space to drop a new frame.
    scene->setSceneRect(-20000, -20000, 40000, 40000);
}

double CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::setZoom(double factor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(factor, factor));
    emit zoomChanged(factor);
}

void CanvasView::zoomBy(double factor)
{
    setZoom(zoom() * factor);
}

void CanvasView::fitToContent()
{
    const QRectF content = m_scene->contentRect();
    fitInView(content, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0);
    centerOn(content.center());
    emit zoomChanged(zoom());
}

void CanvasView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void CanvasView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panStart = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::drawBackground(QPainter* painter, const QRectF& rect)
{
    const QColor window = palette().color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    painter->fillRect(rect, dark ? window.darker(115) : window.lighter(103));
    const double grid = CanvasScene::kGrid;
    // Skip dots when they would be closer than ~8 pixels on screen.
    double step = grid;
    while (step * zoom() < 8)
        step *= 5;
    QColor dot = palette().color(QPalette::Mid);
    dot.setAlphaF(dark ? 0.5 : 0.45);
    painter->setPen(QPen(dot, 1.5 / zoom(), Qt::SolidLine, Qt::RoundCap));
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QPointF> points;
    for (double x = left; x < rect.right(); x += step)
        for (double y = top; y < rect.bottom(); y += step)
            points.append(QPointF(x, y));
    painter->drawPoints(points.data(), static_cast<int>(points.size()));
}

} // namespace infraplan::ui
