#include "reportchartpainter.h"

#include "reportfonts.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

namespace infraplan::ui {

namespace {
// Chart geometry is in the scene's logical pixels, whose fonts are resolved at the screen's 96 dpi.
constexpr double kScenePixelsPerPoint = 96.0 / 72.0;
} // namespace

void ReportChartPainter::applyReportLook(QChart* chart)
{
    chart->setTitleFont(ReportFonts::font(10.5, true));
    chart->setTitleBrush(QColor(0x1f, 0x3a, 0x5f));
    chart->legend()->setFont(ReportFonts::font(7.5));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(ReportFonts::font(7));
        axis->setTitleFont(ReportFonts::font(7.5));
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void ReportChartPainter::paint(QPainter& painter, std::unique_ptr<QChart> chart, const QRectF& target,
                               double unitsPerPoint)
{
    const QSizeF logical = target.size() / unitsPerPoint * kScenePixelsPerPoint;
    QGraphicsScene scene;
    QChart* raw = chart.release();
    scene.addItem(raw); // the scene owns and deletes it
    raw->setPos(0, 0);
    raw->resize(logical);
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    painter.save();
    painter.translate(target.topLeft());
    const double scale = unitsPerPoint / kScenePixelsPerPoint;
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, QRectF(QPointF(0, 0), logical), scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter.restore();
}

} // namespace infraplan::ui
