#include "actionicon.h"
#include "paintediconengine.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace infraplan::ui::actionicon {

namespace {

void drawGlyph(QPainter& p, Glyph g)
{
    QPainterPath path;
    switch (g) {
    case Glyph::New:
        path.moveTo(6, 3);
        path.lineTo(14, 3);
        path.lineTo(19, 8);
        path.lineTo(19, 21);
        path.lineTo(6, 21);
        path.closeSubpath();
        path.moveTo(14, 3);
        path.lineTo(14, 8);
        path.lineTo(19, 8);
        break;
    case Glyph::Open:
        path.moveTo(3, 19);
        path.lineTo(3, 5);
        path.lineTo(9, 5);
        path.lineTo(11, 7);
        path.lineTo(19, 7);
        path.lineTo(19, 10);
        path.moveTo(3, 19);
        path.lineTo(6.5, 10);
        path.lineTo(22, 10);
        path.lineTo(18.5, 19);
        path.closeSubpath();
        break;
    case Glyph::Save:
        path.addRoundedRect(QRectF(4, 4, 16, 16), 2, 2);
        path.addRect(QRectF(8, 4, 8, 5));
        path.addRect(QRectF(7, 13, 10, 7));
        break;
    case Glyph::Undo:
    case Glyph::Redo: {
        QPainterPath arrow;
        arrow.moveTo(9, 5);
        arrow.lineTo(4, 10);
        arrow.lineTo(9, 15);
        arrow.moveTo(4, 10);
        arrow.lineTo(14, 10);
        arrow.cubicTo(22, 10, 22, 20, 14, 20);
        arrow.lineTo(10, 20);
        if (g == Glyph::Redo) {
            QTransform mirror(-1, 0, 0, 1, 24, 0);
            arrow = mirror.map(arrow);
        }
        path = arrow;
        break;
    }
    case Glyph::Duplicate:
        path.addRoundedRect(QRectF(3, 3, 12, 12), 2, 2);
        path.addRoundedRect(QRectF(9, 9, 12, 12), 2, 2);
        path.moveTo(15, 12);
        path.lineTo(15, 18);
        path.moveTo(12, 15);
        path.lineTo(18, 15);
        break;
    case Glyph::Delete:
        path.moveTo(4, 6);
        path.lineTo(20, 6);
        path.moveTo(9, 6);
        path.lineTo(9, 3.5);
        path.lineTo(15, 3.5);
        path.lineTo(15, 6);
        path.moveTo(6, 6);
        path.lineTo(7, 21);
        path.lineTo(17, 21);
        path.lineTo(18, 6);
        path.moveTo(10, 10);
        path.lineTo(10, 17);
        path.moveTo(14, 10);
        path.lineTo(14, 17);
        break;
    case Glyph::ZoomIn:
    case Glyph::ZoomOut:
        path.addEllipse(QRectF(3, 3, 13, 13));
        path.moveTo(14, 14);
        path.lineTo(21, 21);
        path.moveTo(6.5, 9.5);
        path.lineTo(12.5, 9.5);
        if (g == Glyph::ZoomIn) {
            path.moveTo(9.5, 6.5);
            path.lineTo(9.5, 12.5);
        }
        break;
    case Glyph::Fit:
        for (QPointF c : {QPointF(4, 4), QPointF(20, 4), QPointF(20, 20), QPointF(4, 20)}) {
            const double dx = c.x() < 12 ? 5 : -5, dy = c.y() < 12 ? 5 : -5;
            path.moveTo(c.x() + dx, c.y());
            path.lineTo(c);
            path.lineTo(c.x(), c.y() + dy);
        }
        path.addRoundedRect(QRectF(8.5, 8.5, 7, 7), 1.5, 1.5);
        break;
    case Glyph::Catalog:
        path.addRoundedRect(QRectF(4, 3, 16, 18), 2, 2);
        for (double y : {8.0, 12.0, 16.0}) {
            path.moveTo(8, y);
            path.lineTo(16, y);
        }
        break;
    }
    p.drawPath(path);
}

class LineGlyphEngine : public PaintedIconEngine {
public:
    explicit LineGlyphEngine(Glyph glyph) : m_glyph(glyph) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor c = QApplication::palette().color(mode == QIcon::Selected ? QPalette::HighlightedText
                                                                         : QPalette::WindowText);
        if (mode == QIcon::Disabled)
            c.setAlphaF(0.35);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const double side = std::min(rect.width(), rect.height());
        painter->translate(rect.center().x() - side / 2.0, rect.center().y() - side / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        painter->setPen(QPen(c, 1.7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        drawGlyph(*painter, m_glyph);
        painter->restore();
    }

    QIconEngine* clone() const override { return new LineGlyphEngine(m_glyph); }

private:
    Glyph m_glyph;
};

} // namespace

QIcon icon(const char* themeName, Glyph glyph)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), QIcon(new LineGlyphEngine(glyph)));
}

} // namespace infraplan::ui::actionicon
