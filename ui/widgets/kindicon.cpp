#include "kindicon.h"
#include "paintediconengine.h"

#include <functional>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace infraplan::ui::kindicon {

namespace {

/// Glyphs are designed on a 24 x 24 grid and scaled to the target rectangle.
class GlyphEngine : public PaintedIconEngine {
public:
    explicit GlyphEngine(std::function<void(QPainter&, const QRectF&)> draw) : m_draw(std::move(draw)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.4);
        m_draw(*painter, rect);
        painter->restore();
    }

    QIconEngine* clone() const override { return new GlyphEngine(m_draw); }

private:
    std::function<void(QPainter&, const QRectF&)> m_draw;
};

void chip(QPainter& p, const QColor& c, bool cpu)
{
    p.setPen(QPen(c.darker(130), 1.4, Qt::SolidLine, Qt::RoundCap));
    for (int i = 0; i < 3; ++i) {
        const double t = 8 + i * 4;
        p.drawLine(QPointF(t, 2.5), QPointF(t, 5));
        p.drawLine(QPointF(t, 19), QPointF(t, 21.5));
        p.drawLine(QPointF(2.5, t), QPointF(5, t));
        p.drawLine(QPointF(19, t), QPointF(21.5, t));
    }
    p.setBrush(c);
    p.setPen(QPen(c.darker(140), 1));
    p.drawRoundedRect(QRectF(5, 5, 14, 14), 2.5, 2.5);
    p.setBrush(c.lighter(160));
    p.setPen(Qt::NoPen);
    if (cpu) {
        for (int x = 0; x < 2; ++x)
            for (int y = 0; y < 2; ++y)
                p.drawRect(QRectF(8 + x * 4.5, 8 + y * 4.5, 3.5, 3.5));
    } else {
        p.drawRoundedRect(QRectF(8.5, 8.5, 7, 7), 1.2, 1.2);
    }
}

void server(QPainter& p, const QColor& c)
{
    for (int i = 0; i < 3; ++i) {
        const QRectF unit(3, 3.5 + i * 6, 18, 5);
        p.setBrush(c);
        p.setPen(QPen(c.darker(140), 1));
        p.drawRoundedRect(unit, 1.5, 1.5);
        p.setBrush(c.lighter(175));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(17.5, unit.center().y()), 1.1, 1.1);
        p.drawRect(QRectF(5.5, unit.center().y() - 0.6, 7, 1.2));
    }
}

void link(QPainter& p, const QColor& c)
{
    p.setPen(QPen(c.darker(120), 2, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(6, 6), QPointF(18, 18));
    p.drawLine(QPointF(6, 18), QPointF(18, 6));
    p.drawLine(QPointF(6, 6), QPointF(18, 6));
    p.setBrush(c);
    p.setPen(QPen(c.darker(150), 1));
    for (QPointF pt : {QPointF(6, 6), QPointF(18, 6), QPointF(6, 18), QPointF(18, 18)})
        p.drawEllipse(pt, 3.2, 3.2);
}

void storage(QPainter& p, const QColor& c)
{
    p.setBrush(c);
    p.setPen(QPen(c.darker(140), 1));
    QPainterPath body;
    body.moveTo(4, 6);
    body.lineTo(4, 18);
    body.arcTo(QRectF(4, 15, 16, 6), 180, 180);
    body.lineTo(20, 6);
    body.closeSubpath();
    p.drawPath(body);
    p.setBrush(c.lighter(150));
    p.drawEllipse(QRectF(4, 3, 16, 6));
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(c.lighter(170), 1));
    p.drawArc(QRectF(4, 9, 16, 6), 180 * 16, 180 * 16);
}

void region(QPainter& p, const QColor& c)
{
    p.setBrush(c);
    p.setPen(QPen(c.darker(140), 1));
    p.drawEllipse(QRectF(3, 3, 18, 18));
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(c.lighter(175), 1.1));
    p.drawEllipse(QRectF(8, 3, 8, 18));
    p.drawLine(QPointF(3, 12), QPointF(21, 12));
    p.drawLine(QPointF(4.5, 7.5), QPointF(19.5, 7.5));
    p.drawLine(QPointF(4.5, 16.5), QPointF(19.5, 16.5));
}

void model(QPainter& p, const QColor& c)
{
    const QPointF in[] = {{5, 6}, {5, 12}, {5, 18}};
    const QPointF mid[] = {{12, 8.5}, {12, 15.5}};
    const QPointF out[] = {{19, 12}};
    p.setPen(QPen(c.darker(110), 1.1));
    for (auto a : in)
        for (auto b : mid)
            p.drawLine(a, b);
    for (auto a : mid)
        p.drawLine(a, out[0]);
    p.setBrush(c);
    p.setPen(QPen(c.darker(150), 1));
    for (auto a : in)
        p.drawEllipse(a, 2.6, 2.6);
    for (auto a : mid)
        p.drawEllipse(a, 2.6, 2.6);
    p.drawEllipse(out[0], 2.8, 2.8);
}

void training(QPainter& p, const QColor& c)
{
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    const double heights[] = {6, 10, 14, 18};
    for (int i = 0; i < 4; ++i)
        p.drawRoundedRect(QRectF(3 + i * 4.8, 21 - heights[i], 3.6, heights[i]), 1, 1);
}

void inference(QPainter& p, const QColor& c)
{
    QPainterPath bolt;
    bolt.moveTo(13.5, 2);
    bolt.lineTo(5, 13.5);
    bolt.lineTo(11, 13.5);
    bolt.lineTo(9.5, 22);
    bolt.lineTo(19, 9.5);
    bolt.lineTo(13, 9.5);
    bolt.closeSubpath();
    p.setBrush(c);
    p.setPen(QPen(c.darker(140), 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(bolt);
}

void scaled(QPainter& p, const QRectF& rect, const std::function<void(QPainter&)>& draw)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double side = std::min(rect.width(), rect.height());
    p.translate(rect.center().x() - side / 2, rect.center().y() - side / 2);
    p.scale(side / 24.0, side / 24.0);
    draw(p);
    p.restore();
}

} // namespace

QColor color(PaletteCategory category)
{
    switch (category) {
    case PaletteCategory::Accelerator:
        return QColor(118, 185, 0);
    case PaletteCategory::Cpu:
        return QColor(0, 139, 196);
    case PaletteCategory::Instance:
        return QColor(99, 110, 250);
    case PaletteCategory::Link:
        return QColor(240, 140, 30);
    case PaletteCategory::Storage:
        return QColor(160, 100, 210);
    case PaletteCategory::Region:
        return QColor(20, 160, 160);
    case PaletteCategory::Model:
        return QColor(230, 80, 120);
    }
    return Qt::gray;
}

QColor roleColor(SketchRole role)
{
    return role == SketchRole::Training ? QColor(59, 110, 220) : QColor(14, 150, 110);
}

void paint(QPainter& painter, const QRectF& rect, PaletteCategory category)
{
    const QColor c = color(category);
    scaled(painter, rect, [&](QPainter& p) {
        switch (category) {
        case PaletteCategory::Accelerator:
            chip(p, c, false);
            break;
        case PaletteCategory::Cpu:
            chip(p, c, true);
            break;
        case PaletteCategory::Instance:
            server(p, c);
            break;
        case PaletteCategory::Link:
            link(p, c);
            break;
        case PaletteCategory::Storage:
            storage(p, c);
            break;
        case PaletteCategory::Region:
            region(p, c);
            break;
        case PaletteCategory::Model:
            model(p, c);
            break;
        }
    });
}

void paintRole(QPainter& painter, const QRectF& rect, SketchRole role)
{
    const QColor c = roleColor(role);
    scaled(painter, rect,
           [&](QPainter& p) { role == SketchRole::Training ? training(p, c) : inference(p, c); });
}

QIcon icon(PaletteCategory category)
{
    return QIcon(new GlyphEngine([category](QPainter& p, const QRectF& r) { paint(p, r, category); }));
}

QIcon roleIcon(SketchRole role)
{
    return QIcon(new GlyphEngine([role](QPainter& p, const QRectF& r) { paintRole(p, r, role); }));
}

} // namespace infraplan::ui::kindicon
