#pragma once

#include "canvasitemtypes.h"

#include <QGraphicsItem>

namespace infraplan::ui {

/// The fabric between two node groups of a frame, drawn as a line labelled with the scale-out link.
/// A child of the frame; the scene re-routes it whenever either end moves.
class LinkItem : public QGraphicsItem {
public:
    explicit LinkItem(QGraphicsItem* parent = nullptr);

    enum { Type = LinkType };
    int type() const override { return Type; }

    /// Routes the line between the facing edges of two rectangles (frame coordinates).
    void sync(const QRectF& from, const QRectF& to, const QString& label);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPointF m_a, m_b;
    QString m_label;
    QRectF m_labelRect;
    QRectF m_bounds;
};

} // namespace infraplan::ui
