#pragma once

#include <memory>
#include <QRectF>
#include <QSize>
#include <QString>

class QChart;
class QPainter;

namespace infraplan::ui::chartexport {

/// Draws `chart` laid out at `target`'s size into `target` on `painter`: the PNG and SVG exports and the PDF
/// report all draw this way. The chart must not be shown in a view; it is deleted afterwards.
void paintChart(std::unique_ptr<QChart> chart, QPainter* painter, const QRectF& target);

/// Writes `chart` as a PNG of `size` logical pixels at `devicePixelRatio` (2 = sharp on high-DPI screens and
/// in documents). false with `error` set when the file cannot be written.
bool savePng(std::unique_ptr<QChart> chart, const QString& path, QSize size, double devicePixelRatio,
             QString* error);

/// Writes `chart` as an SVG drawing of `size` (QSvgGenerator), titled `title`.
bool saveSvg(std::unique_ptr<QChart> chart, const QString& path, QSize size, const QString& title,
             QString* error);

} // namespace infraplan::ui::chartexport
