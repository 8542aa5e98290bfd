#pragma once

#include <memory>
#include <QRectF>

class QChart;
class QPainter;

namespace infraplan::ui {

/// Draws Qt Charts into the report as vectors, with the report's typeface.
class ReportChartPainter {
public:
    /// Sets every text of `chart` (title, legend, axis labels and titles) in the report's font, in sizes that
    /// read on paper, on a white background without shadow.
    static void applyReportLook(QChart* chart);

    /// Lays `chart` out at `target`'s size in points and draws it into `target` (device units, at
    /// `unitsPerPoint` device units per point) through a QGraphicsScene, so its lines and text stay vectors
    /// and text in the PDF. The chart is deleted afterwards.
    static void paint(QPainter& painter, std::unique_ptr<QChart> chart, const QRectF& target,
                      double unitsPerPoint);
};

} // namespace infraplan::ui
