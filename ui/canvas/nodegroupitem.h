#pragma once

#include "canvasitemtypes.h"
#include "catalog.h"
#include "project.h"

#include <QGraphicsItem>
#include <string>

namespace infraplan::ui {

/// A node group on the canvas, e.g. "16 × p5.48xlarge": a thin view of a NodeGroup found by id. sync()
/// rebuilds the cached labels and size from the project; paint() only draws them. Lives inside its
/// frame, so its position is the node group's position relative to the frame.
class NodeGroupItem : public QGraphicsItem {
public:
    explicit NodeGroupItem(std::string nodeId, QGraphicsItem* parent = nullptr);

    enum { Type = NodeGroupType };
    int type() const override { return Type; }
    const std::string& nodeId() const { return m_id; }

    void sync(const NodeGroup& node, const Catalog& catalog);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    std::string m_id;
    QRectF m_rect;
    QString m_title;      ///< "16 × p5.48xlarge"
    QString m_subtitle;   ///< "8 × H100 SXM5 80GB per node"
    QString m_titleShown; ///< elided to the item's width
    QString m_subtitleShown;
    std::string m_itemId;
    const Catalog* m_catalog = nullptr; ///< the catalog the tooltip was built from
    bool m_known = true;
    int m_category = 0;
};

} // namespace infraplan::ui
