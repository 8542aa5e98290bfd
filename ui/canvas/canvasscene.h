#pragma once

#include "projectchange.h"

#include <map>
#include <QGraphicsScene>
#include <string>
#include <vector>

namespace infraplan {
struct Sketch;
}

namespace infraplan::ui {

class CatalogStore;
class DropController;
class LinkItem;
class NodeGroupItem;
class ProjectDocument;
class SimulationScheduler;
class SketchFrameItem;

/// The canvas: one SketchFrameItem per sketch and one NodeGroupItem per node group, keyed by id and kept
/// in step with the document through its changed() signal. Mouse drags and resizes become document edits
/// (one undo step per drag); palette drops go to the DropController.
class CanvasScene : public QGraphicsScene {
    Q_OBJECT
public:
    static constexpr double kGrid = 20;

    CanvasScene(ProjectDocument& document, CatalogStore& catalogs, SimulationScheduler& results,
                QObject* parent = nullptr);
    ~CanvasScene() override;

    ProjectDocument& document() const { return m_document; }
    DropController& dropController() const { return *m_drop; }

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    /// The point on the grid nearest `p` when snapping is on, else `p`.
    QPointF snap(QPointF p) const;
    /// snap() while the user drags items; `p` unchanged when the document moves them.
    QPointF dragSnap(QPointF p) const { return m_dragging ? snap(p) : p; }

    std::vector<std::string> selectedSketchIds() const;
    std::vector<std::string> selectedNodeIds() const;
    /// Selects the frames and node groups with these ids (and nothing else).
    void selectIds(const std::vector<std::string>& ids);
    SketchFrameItem* frameItem(const std::string& sketchId) const;
    NodeGroupItem* nodeItem(const std::string& nodeId) const;
    /// The frame under a scene point; empty when there is none.
    std::string frameAt(const QPointF& scenePos) const;
    /// Moves the selection by `delta` scene units as one undo step.
    void nudgeSelection(QPointF delta);
    /// Bounding box of everything on the canvas, with a margin.
    QRectF contentRect() const;

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dropEvent(QGraphicsSceneDragDropEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void onChanged(const ProjectChange& change);
    void reconcile();
    void syncSketch(const Sketch& sketch);
    void syncLinks(const Sketch& sketch);
    void syncResults(const std::vector<std::string>& sketchIds);
    void commitDrag();
    void setDropTarget(const std::string& frameId);

    ProjectDocument& m_document;
    CatalogStore& m_catalogs;
    SimulationScheduler& m_results;
    DropController* m_drop;
    std::map<std::string, SketchFrameItem*> m_frames;
    std::map<std::string, NodeGroupItem*> m_nodes;
    std::map<std::string, std::vector<LinkItem*>> m_links; ///< per sketch
    bool m_snap = true;
    bool m_dragging = false;
    quint64 m_dragSession = 0;
    std::string m_resizing; ///< sketch being resized by its grip
    QPointF m_resizeOffset;
    std::string m_dropTarget;
};

} // namespace infraplan::ui
