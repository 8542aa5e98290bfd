#include "chartexport.h"

#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace infraplan::ui::chartexport {

void paintChart(std::unique_ptr<QChart> chart, QPainter* painter, const QRectF& target)
{
    // A view that is never shown lays the chart out at the target size; QWidget::render delivers its pending
    // resize first.
    // Constructed with the chart: a default-constructed view makes a chart of its own that setChart() would
    // orphan.
    QChartView view(chart.release());
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(target.size().toSize());
    view.chart()->resize(target.size());
    painter->save();
    painter->translate(target.topLeft());
    static_cast<QWidget&>(view).render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter->restore();
}

bool savePng(std::unique_ptr<QChart> chart, const QString& path, QSize size, double devicePixelRatio,
             QString* error)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(chart->backgroundBrush().color().isValid() ? chart->backgroundBrush().color() : Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintChart(std::move(chart), &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = QObject::tr("Cannot write %1").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    return true;
}

bool saveSvg(std::unique_ptr<QChart> chart, const QString& path, QSize size, const QString& title,
             QString* error)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(QObject::tr("Chart exported by Infraplan"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = QObject::tr("Cannot write %1").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    paintChart(std::move(chart), &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return true;
}

} // namespace infraplan::ui::chartexport
