#include "canvasscene.h"

#include "catalogmime.h"
#include "catalogstore.h"
#include "catalogtext.h"
#include "dropcontroller.h"
#include "hardwarerow.h"
#include "linkitem.h"
#include "nodegroupitem.h"
#include "projectdocument.h"
#include "simulationscheduler.h"
#include "sketchframeitem.h"

#include <cmath>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <set>

namespace infraplan::ui {

CanvasScene::CanvasScene(ProjectDocument& document, CatalogStore& catalogs, SimulationScheduler& results,
                         QObject* parent)
    : QGraphicsScene(parent), m_document(document), m_catalogs(catalogs), m_results(results),
      m_drop(new DropController(document, catalogs, this))
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(&document, &ProjectDocument::changed, this, &CanvasScene::onChanged);
    connect(&results, &SimulationScheduler::resultsChanged, this, &CanvasScene::syncResults);
    connect(&catalogs, &CatalogStore::catalogChanged, this, &CanvasScene::reconcile);
    reconcile();
}

CanvasScene::~CanvasScene()
{
    // Items go before the maps that point at them, and nobody hears about the selection vanishing.
    blockSignals(true);
    clear();
}

QPointF CanvasScene::snap(QPointF p) const
{
    if (!m_snap)
        return p;
    return {std::round(p.x() / kGrid) * kGrid, std::round(p.y() / kGrid) * kGrid};
}

void CanvasScene::onChanged(const ProjectChange& change)
{
    const Project& project = m_document.project();
    switch (change.kind) {
    case ProjectChange::Kind::Reset:
    case ProjectChange::Kind::ItemsAdded:
    case ProjectChange::Kind::ItemsRemoved:
        reconcile();
        break;
    case ProjectChange::Kind::SketchChanged:
    case ProjectChange::Kind::NodeChanged:
    case ProjectChange::Kind::Geometry:
        for (const std::string& id : change.sketchIds)
            if (const Sketch* s = project.sketch(id))
                syncSketch(*s);
        break;
    case ProjectChange::Kind::WorkloadChanged:
        for (const Sketch& s : project.sketches)
            if (std::find(change.workloadIds.begin(), change.workloadIds.end(), s.workloadId) !=
                change.workloadIds.end())
                syncSketch(s);
        break;
    case ProjectChange::Kind::ProjectInfo:
        break;
    }
}

void CanvasScene::reconcile()
{
    const Project& project = m_document.project();
    std::set<std::string> sketchIds, nodeIds;
    for (const Sketch& s : project.sketches) {
        sketchIds.insert(s.id);
        for (const NodeGroup& n : s.nodes)
            nodeIds.insert(n.id);
    }
    // Out of the maps first: deleting a selected item emits selectionChanged, and listeners ask the maps.
    std::vector<QGraphicsItem*> doomed;
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (!nodeIds.count(it->first)) {
            doomed.push_back(it->second);
            it = m_nodes.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_frames.begin(); it != m_frames.end();) {
        if (!sketchIds.count(it->first)) {
            m_links.erase(it->first);
            for (QGraphicsItem* child : it->second->childItems())
                doomed.erase(std::remove(doomed.begin(), doomed.end(), child), doomed.end());
            doomed.push_back(it->second); // its node and link items are children
            it = m_frames.erase(it);
        } else {
            ++it;
        }
    }
    for (QGraphicsItem* item : doomed)
        delete item;
    std::vector<std::string> all;
    double z = 0;
    for (const Sketch& s : project.sketches) {
        if (!m_frames.count(s.id)) {
            auto* frame = new SketchFrameItem(s.id);
            addItem(frame);
            m_frames[s.id] = frame;
        }
        m_frames[s.id]->setZValue(z++);
        syncSketch(s);
        all.push_back(s.id);
    }
    syncResults(all);
}

void CanvasScene::syncSketch(const Sketch& sketch)
{
    SketchFrameItem* frame = m_frames.count(sketch.id) ? m_frames[sketch.id] : nullptr;
    if (!frame)
        return;
    const Catalog& catalog = m_catalogs.get();
    frame->sync(sketch, m_document.project(), catalog);
    for (const NodeGroup& n : sketch.nodes) {
        NodeGroupItem*& item = m_nodes[n.id];
        if (!item)
            item = new NodeGroupItem(n.id, frame);
        item->sync(n, catalog);
    }
    syncLinks(sketch);
}

void CanvasScene::syncLinks(const Sketch& sketch)
{
    SketchFrameItem* frame = m_frames[sketch.id];
    std::vector<LinkItem*>& links = m_links[sketch.id];
    const size_t wanted = sketch.nodes.size() > 1 ? sketch.nodes.size() - 1 : 0;
    while (links.size() > wanted) {
        delete links.back();
        links.pop_back();
    }
    while (links.size() < wanted)
        links.push_back(new LinkItem(frame));
    const Catalog& catalog = m_catalogs.get();
    for (size_t i = 0; i < wanted; ++i) {
        NodeGroupItem* a = m_nodes[sketch.nodes[i].id];
        NodeGroupItem* b = m_nodes[sketch.nodes[i + 1].id];
        std::string linkId = sketch.scaleOutLink;
        if (linkId.empty())
            if (const CatalogItem* inst = catalog.find(sketch.nodes[i].itemId))
                linkId = scaleOutLinkOf(*inst);
        QString label;
        if (const CatalogItem* link = catalog.find(linkId))
            label = catalogtext::shortName(*link);
        links[i]->sync(a->mapRectToParent(a->boundingRect().adjusted(3, 3, -3, -3)),
                       b->mapRectToParent(b->boundingRect().adjusted(3, 3, -3, -3)), label);
    }
}

void CanvasScene::syncResults(const std::vector<std::string>& sketchIds)
{
    for (const std::string& id : sketchIds)
        if (auto it = m_frames.find(id); it != m_frames.end())
            it->second->setSummary(m_results.summary(id), m_results.isFinal(id));
}

std::vector<std::string> CanvasScene::selectedSketchIds() const
{
    std::vector<std::string> ids;
    for (const auto& [id, frame] : m_frames)
        if (frame->isSelected())
            ids.push_back(id);
    return ids;
}

std::vector<std::string> CanvasScene::selectedNodeIds() const
{
    std::vector<std::string> ids;
    for (const auto& [id, node] : m_nodes)
        if (node->isSelected())
            ids.push_back(id);
    return ids;
}

void CanvasScene::selectIds(const std::vector<std::string>& ids)
{
    QSignalBlocker block(this);
    clearSelection();
    for (const std::string& id : ids) {
        if (auto f = m_frames.find(id); f != m_frames.end())
            f->second->setSelected(true);
        if (auto n = m_nodes.find(id); n != m_nodes.end())
            n->second->setSelected(true);
    }
    block.unblock();
    emit selectionChanged();
}

SketchFrameItem* CanvasScene::frameItem(const std::string& sketchId) const
{
    auto it = m_frames.find(sketchId);
    return it == m_frames.end() ? nullptr : it->second;
}

NodeGroupItem* CanvasScene::nodeItem(const std::string& nodeId) const
{
    auto it = m_nodes.find(nodeId);
    return it == m_nodes.end() ? nullptr : it->second;
}

std::string CanvasScene::frameAt(const QPointF& scenePos) const
{
    for (QGraphicsItem* item : items(scenePos)) {
        for (QGraphicsItem* i = item; i; i = i->parentItem())
            if (auto* frame = qgraphicsitem_cast<SketchFrameItem*>(i))
                return frame->sketchId();
    }
    return {};
}

QRectF CanvasScene::contentRect() const
{
    QRectF r;
    for (const auto& [id, frame] : m_frames)
        r = r.united(frame->sceneBoundingRect());
    return r.isNull() ? QRectF(0, 0, 800, 500) : r.adjusted(-40, -40, 40, 40);
}

void CanvasScene::nudgeSelection(QPointF delta)
{
    std::vector<ItemPosition> moves;
    const std::vector<std::string> frames = selectedSketchIds();
    for (const std::string& id : frames) {
        const QPointF p = m_frames[id]->pos() + delta;
        moves.push_back({ItemPosition::What::Sketch, id, {p.x(), p.y()}});
    }
    for (const std::string& id : selectedNodeIds()) {
        NodeGroupItem* node = m_nodes[id];
        auto* frame = qgraphicsitem_cast<SketchFrameItem*>(node->parentItem());
        if (frame && frame->isSelected())
            continue;
        const QPointF p = node->pos() + delta;
        moves.push_back({ItemPosition::What::Node, id, {p.x(), p.y()}});
    }
    m_document.moveItems(moves);
}

// ----- Drops from the palette -----

void CanvasScene::dragEnterEvent(QGraphicsSceneDragDropEvent* event)
{
    if (catalogItemId(event->mimeData()).empty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void CanvasScene::dragMoveEvent(QGraphicsSceneDragDropEvent* event)
{
    const std::string itemId = catalogItemId(event->mimeData());
    const std::string frame = frameAt(event->scenePos());
    setDropTarget(frame);
    if (!itemId.empty() && m_drop->canDrop(itemId, frame)) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void CanvasScene::dragLeaveEvent(QGraphicsSceneDragDropEvent* event)
{
    setDropTarget({});
    event->accept();
}

void CanvasScene::dropEvent(QGraphicsSceneDragDropEvent* event)
{
    setDropTarget({});
    const std::string itemId = catalogItemId(event->mimeData());
    if (itemId.empty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    const auto created = m_drop->drop(itemId, event->scenePos(), frameAt(event->scenePos()));
    if (!created.empty())
        selectIds(created);
}

void CanvasScene::setDropTarget(const std::string& frameId)
{
    if (frameId == m_dropTarget)
        return;
    if (SketchFrameItem* old = frameItem(m_dropTarget))
        old->setDropHighlight(false);
    m_dropTarget = frameId;
    if (SketchFrameItem* now = frameItem(frameId))
        now->setDropHighlight(true);
}

// ----- Moving and resizing -----

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem* item : items(event->scenePos())) {
            auto* frame = qgraphicsitem_cast<SketchFrameItem*>(item);
            if (!frame)
                continue;
            if (frame->gripRect().contains(frame->mapFromScene(event->scenePos()))) {
                m_resizing = frame->sketchId();
                m_resizeOffset = frame->frameRect().bottomRight() - frame->mapFromScene(event->scenePos());
                m_dragSession = m_document.newDragSession();
                clearSelection();
                frame->setSelected(true);
                event->accept();
                return;
            }
            break;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    if (event->button() == Qt::LeftButton && mouseGrabberItem() &&
        (mouseGrabberItem()->flags() & QGraphicsItem::ItemIsMovable)) {
        m_dragging = true;
        m_dragSession = m_document.newDragSession();
    }
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (!m_resizing.empty()) {
        if (SketchFrameItem* frame = frameItem(m_resizing)) {
            const QPointF corner = snap(frame->mapFromScene(event->scenePos()) + m_resizeOffset);
            m_document.resizeSketch(m_resizing, {corner.x(), corner.y()}, m_dragSession);
        }
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (m_dragging && (event->buttons() & Qt::LeftButton))
        commitDrag();
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (!m_resizing.empty()) {
        m_resizing.clear();
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_dragging)
        commitDrag();
    m_dragging = false;
}

void CanvasScene::commitDrag()
{
    std::vector<ItemPosition> moves;
    for (const auto& [id, frame] : m_frames)
        if (frame->isSelected())
            moves.push_back({ItemPosition::What::Sketch, id, {frame->pos().x(), frame->pos().y()}});
    for (const auto& [id, node] : m_nodes) {
        if (!node->isSelected())
            continue;
        if (node->parentItem() && node->parentItem()->isSelected())
            continue;
        moves.push_back({ItemPosition::What::Node, id, {node->pos().x(), node->pos().y()}});
    }
    m_document.moveItems(moves, m_dragSession);
}

} // namespace infraplan::ui
