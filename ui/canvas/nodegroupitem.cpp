#include "nodegroupitem.h"

#include "canvasscene.h"
#include "catalogtext.h"
#include "hardwarerow.h"
#include "kindicon.h"
#include "sketchframeitem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace infraplan::ui {

NodeGroupItem::NodeGroupItem(std::string nodeId, QGraphicsItem* parent)
    : QGraphicsItem(parent), m_id(std::move(nodeId))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    // Text layout is the expensive part of painting; redraw only when sync() or selection changes it.
    setCacheMode(DeviceCoordinateCache);
    setAcceptHoverEvents(true);
    setZValue(2);
}

void NodeGroupItem::sync(const NodeGroup& node, const Catalog& catalog)
{
    const CatalogItem* item = catalog.find(node.itemId);
    const QString name = item ? catalogtext::shortName(*item) : QString::fromStdString(node.itemId);
    const QString title = QStringLiteral("%1 × %2").arg(node.count).arg(name);
    QString subtitle = QObject::tr("not in the catalog");
    int category = static_cast<int>(PaletteCategory::Instance);
    if (item) {
        category = static_cast<int>(categoryOf(*item));
        const CatalogItem* acc = catalog.find(acceleratorIdOf(*item));
        subtitle = acc ? QObject::tr("%1 × %2 per node")
                             .arg(catalogtext::number(acceleratorsPerInstance(*item, 0)),
                                  catalogtext::shortName(*acc))
                       : QString::fromStdString(item->name);
    }
    if (node.itemId != m_itemId || &catalog != m_catalog) {
        setToolTip(item ? catalogtext::tooltip(catalog, *item) : QString());
        m_itemId = node.itemId;
        m_catalog = &catalog;
    }
    const QPointF pos(node.position.x, node.position.y);
    if (this->pos() != pos)
        setPos(pos);
    if (title == m_title && subtitle == m_subtitle && category == m_category && (item != nullptr) == m_known)
        return; // unchanged: keep the cached rendering
    m_title = title;
    m_subtitle = subtitle;
    m_category = category;
    m_known = item != nullptr;

    QFont bold = QApplication::font();
    bold.setBold(true);
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const double line = QFontMetricsF(QApplication::font()).height();
    const double width = std::clamp(std::max(QFontMetricsF(bold).horizontalAdvance(m_title),
                                             QFontMetricsF(small).horizontalAdvance(m_subtitle)) +
                                        line * 3.4,
                                    line * 12, line * 18);
    const QRectF rect(0, 0, width, line * 3.1);
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
    const double textWidth = m_rect.width() - line * 3.3;
    m_titleShown = QFontMetricsF(bold).elidedText(m_title, Qt::ElideRight, textWidth);
    m_subtitleShown = QFontMetricsF(small).elidedText(m_subtitle, Qt::ElideRight, textWidth);
    update();
}

QRectF NodeGroupItem::boundingRect() const
{
    return m_rect.adjusted(-3, -3, 3, 3);
}

QPainterPath NodeGroupItem::shape() const
{
    QPainterPath p;
    p.addRoundedRect(m_rect, 6, 6);
    return p;
}

void NodeGroupItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QPalette pal = QApplication::palette();
    const QColor accent = kindicon::color(static_cast<PaletteCategory>(m_category));
    const bool selected = option->state & QStyle::State_Selected;
    const bool hover = option->state & QStyle::State_MouseOver;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(
        QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2.2 : 1));
    QColor fill = pal.color(QPalette::Base);
    if (hover)
        fill = fill.lightness() > 128 ? fill.darker(104) : fill.lighter(115);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, 6, 6);
    // Accent bar on the left edge in the kind's colour.
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawRoundedRect(QRectF(m_rect.left(), m_rect.top(), 5, m_rect.height()), 2.5, 2.5);

    const double line = QFontMetricsF(QApplication::font()).height();
    const QRectF icon(m_rect.left() + line * 0.6, m_rect.center().y() - line * 0.8, line * 1.6, line * 1.6);
    kindicon::paint(*painter, icon, static_cast<PaletteCategory>(m_category));
    const QRectF text =
        m_rect.adjusted(icon.right() - m_rect.left() + line * 0.5, line * 0.35, -line * 0.4, -line * 0.35);
    QFont bold = QApplication::font();
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(m_known ? pal.color(QPalette::Text) : QColor(200, 40, 40));
    painter->drawText(QRectF(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      m_titleShown);
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    painter->setFont(small);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(QRectF(text.left(), text.top() + line * 1.15, text.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter, m_subtitleShown);
}

QVariant NodeGroupItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionChange && parentItem()) {
        QPointF p = value.toPointF();
        if (auto* canvas = qobject_cast<CanvasScene*>(scene()))
            p = canvas->dragSnap(p);
        // Keep the group inside its frame, below the header.
        if (auto* frame = qgraphicsitem_cast<SketchFrameItem*>(parentItem())) {
            const QRectF body = frame->bodyRect();
            p.setX(
                std::clamp(p.x(), body.left(),
                           std::max(body.left(), frame->frameRect().width() - m_rect.width() - body.left())));
            p.setY(std::clamp(
                p.y(), body.top(),
                std::max(body.top(), frame->frameRect().height() - m_rect.height() - body.left())));
        }
        return p;
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace infraplan::ui
