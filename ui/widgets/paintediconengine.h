#pragma once

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

namespace infraplan::ui {

/// An icon drawn by code at whatever size and device pixel ratio it is asked for, so it stays sharp at 200%
/// scaling: subclasses implement paint(), the pixmaps come from it.
class PaintedIconEngine : public QIconEngine {
public:
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }
};

} // namespace infraplan::ui
