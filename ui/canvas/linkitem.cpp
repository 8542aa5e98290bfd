#include "linkitem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

namespace infraplan::ui {

LinkItem::LinkItem(QGraphicsItem* parent) : QGraphicsItem(parent)
{
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
    // The label's text layout dominates painting a link; redraw only when sync() changes it.
    setCacheMode(DeviceCoordinateCache);
}

void LinkItem::sync(const QRectF& from, const QRectF& to, const QString& label)
{
    const QPointF oldA = m_a, oldB = m_b;
    // Leave from the side facing the other group: horizontally when they sit side by side, else vertically.
    const QPointF d = to.center() - from.center();
    if (std::abs(d.x()) * from.height() > std::abs(d.y()) * from.width()) {
        m_a = QPointF(d.x() > 0 ? from.right() : from.left(), from.center().y());
        m_b = QPointF(d.x() > 0 ? to.left() : to.right(), to.center().y());
    } else {
        m_a = QPointF(from.center().x(), d.y() > 0 ? from.bottom() : from.top());
        m_b = QPointF(to.center().x(), d.y() > 0 ? to.top() : to.bottom());
    }
    if (m_a == oldA && m_b == oldB && label == m_label && !m_bounds.isNull())
        return;
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.82);
    const QFontMetricsF fm(small);
    m_label = label;
    const QPointF mid = (m_a + m_b) / 2;
    const double w = fm.horizontalAdvance(label) + fm.height();
    m_labelRect = label.isEmpty()
                      ? QRectF()
                      : QRectF(mid.x() - w / 2, mid.y() - fm.height() * 0.6, w, fm.height() * 1.2);
    prepareGeometryChange();
    m_bounds = QRectF(m_a, m_b).normalized().adjusted(-4, -4, 4, 4).united(m_labelRect);
    update();
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds;
}

void LinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QPalette pal = QApplication::palette();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor c(240, 140, 30);
    painter->setPen(QPen(c, 2, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(m_a, m_b);
    painter->setBrush(c);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(m_a, 3, 3);
    painter->drawEllipse(m_b, 3, 3);
    if (m_labelRect.isEmpty())
        return;
    painter->setPen(QPen(c, 1));
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRoundedRect(m_labelRect, m_labelRect.height() / 2, m_labelRect.height() / 2);
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.82);
    painter->setFont(small);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
}

} // namespace infraplan::ui
