#pragma once

#include <QGraphicsView>

namespace infraplan::ui {

class CanvasScene;

/// Shows the canvas: wheel zooms around the cursor, the middle button (or Space + drag) pans, dragging on
/// empty space draws a rubber band, and a dot grid marks where items snap.
class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CanvasView(CanvasScene* scene, QWidget* parent = nullptr);

    double zoom() const;
    void setZoom(double factor);
    void zoomBy(double factor);
    /// Shows everything on the canvas (never enlarging past 100%).
    void fitToContent();

signals:
    void zoomChanged(double factor);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    CanvasScene* m_scene;
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panStart;
};

} // namespace infraplan::ui
