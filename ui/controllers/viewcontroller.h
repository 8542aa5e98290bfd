#pragma once

#include <QObject>

class QAction;

namespace infraplan::ui {

class CanvasScene;
class CanvasView;

/// View actions: zoom in, out and to 100%, fit everything, snap to grid, and moving the selection with the
/// arrow keys (Shift for a finer step).
class ViewController : public QObject {
    Q_OBJECT
public:
    ViewController(CanvasView& view, CanvasScene& scene, QObject* parent = nullptr);

    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }
    QAction* zoomResetAction() const { return m_zoomReset; }
    QAction* fitAction() const { return m_fit; }
    QAction* snapAction() const { return m_snap; }
    QList<QAction*> nudgeActions() const { return m_nudge; }

private:
    QAction* m_zoomIn;
    QAction* m_zoomOut;
    QAction* m_zoomReset;
    QAction* m_fit;
    QAction* m_snap;
    QList<QAction*> m_nudge;
};

} // namespace infraplan::ui
