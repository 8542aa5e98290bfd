#pragma once

#include <QGraphicsItem>

namespace infraplan::ui {

/// QGraphicsItem::type() values of the canvas items, for qgraphicsitem_cast.
enum CanvasItemType {
    SketchFrameType = QGraphicsItem::UserType + 1,
    NodeGroupType,
    LinkType,
};

} // namespace infraplan::ui
