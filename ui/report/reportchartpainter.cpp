#include "reportchartpainter.h"

#include "reportfonts.h"
#include "reportstyle.h"
#include "wrappedtext.h"

#include <algorithm>
#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QXYSeries>

namespace infraplan::ui {

namespace {

// Chart geometry is in the scene's logical pixels, whose fonts are resolved at the screen's 96 dpi.
constexpr double kScenePixelsPerPoint = 96.0 / 72.0;

/// The chart's legend set below it by the report: every entry with its full name, wrapped over as many rows
/// as it needs (a chart's own legend shortens names to fit one row).
class PrintedLegend {
public:
    PrintedLegend(QChart* chart, double width, QPaintDevice* device, double unit) : m_unit(unit)
    {
        for (QLegendMarker* marker : chart->legend()->markers()) {
            if (!marker->isVisible() || marker->label().isEmpty())
                continue;
            Entry e;
            e.brush = marker->brush();
            e.pen = marker->pen();
            if (auto* xy = qobject_cast<QXYSeries*>(marker->series())) {
                const auto type = xy->type();
                e.line = type == QAbstractSeries::SeriesTypeLine || type == QAbstractSeries::SeriesTypeSpline;
                e.dot = type == QAbstractSeries::SeriesTypeScatter;
                e.pen = xy->pen();
                if (e.dot)
                    e.brush = xy->brush();
            }
            e.text =
                WrappedText(marker->label(), ReportFonts::font(7.5), width - sampleWidth() - gap(), device);
            e.width =
                std::min(width - sampleWidth() - gap(),
                         WrappedText::naturalWidth(marker->label(), ReportFonts::font(7.5), device) + m_unit);
            m_entries.push_back(e);
        }
        // Flow the entries into rows.
        double x = 0, y = 0, rowHeight = 0;
        for (Entry& e : m_entries) {
            const double w = sampleWidth() + gap() + e.width;
            if (x > 0 && x + w > width) {
                x = 0;
                y += rowHeight + 3 * m_unit;
                rowHeight = 0;
            }
            e.pos = QPointF(x, y);
            x += w + 12 * m_unit;
            rowHeight = std::max(rowHeight, e.text.height());
        }
        m_height = m_entries.empty() ? 0 : y + rowHeight;
    }

    double height() const { return m_height; }

    void paint(QPainter& painter, const QPointF& topLeft) const
    {
        for (const Entry& e : m_entries) {
            const QPointF at = topLeft + e.pos;
            const double mid = at.y() + e.text.height(0, 1) / 2;
            const QRectF sample(at.x(), mid - 3.5 * m_unit, sampleWidth(), 7 * m_unit);
            painter.save();
            if (e.line) {
                QPen pen = e.pen;
                pen.setWidthF(std::max(1.5, pen.widthF()) * m_unit / kScenePixelsPerPoint);
                painter.setPen(pen);
                painter.drawLine(QPointF(sample.left(), mid), QPointF(sample.right(), mid));
            } else if (e.dot) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(e.brush);
                painter.drawEllipse(QPointF(sample.center().x(), mid), 3.5 * m_unit, 3.5 * m_unit);
            } else {
                painter.fillRect(
                    QRectF(sample.center().x() - 3.5 * m_unit, sample.top(), 7 * m_unit, 7 * m_unit),
                    e.brush);
            }
            painter.restore();
            painter.setPen(ReportStyle::text());
            e.text.draw(painter, at + QPointF(sampleWidth() + gap(), 0));
        }
    }

private:
    struct Entry {
        WrappedText text;
        QBrush brush;
        QPen pen;
        bool line = false;
        bool dot = false;
        double width = 0;
        QPointF pos;
    };
    double sampleWidth() const { return 16 * m_unit; }
    double gap() const { return 4 * m_unit; }

    double m_unit;
    std::vector<Entry> m_entries;
    double m_height = 0;
};

} // namespace

void ReportChartPainter::applyReportLook(QChart* chart)
{
    const QColor text = ReportStyle::text(), muted = ReportStyle::muted(), grid(0xe3, 0xe7, 0xec);
    chart->setTitleFont(ReportFonts::font(10.5, true));
    chart->setTitleBrush(ReportStyle::accent());
    chart->legend()->setFont(ReportFonts::font(7.5));
    chart->legend()->setLabelColor(text);
    // Whatever the screen's theme, paper gets dark text and light grid lines.
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(ReportFonts::font(7));
        axis->setTitleFont(ReportFonts::font(7.5));
        axis->setLabelsColor(muted);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(ReportStyle::rule());
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void ReportChartPainter::paint(QPainter& painter, std::unique_ptr<QChart> chart, const QRectF& target,
                               double unitsPerPoint)
{
    QGraphicsScene scene;
    QChart* raw = chart.release();
    scene.addItem(raw); // the scene owns and deletes it; the legend has its markers once the chart is in it
    // Laid out once at the full size, the legend knows which markers the chart's builder hid.
    raw->resize(target.size() / unitsPerPoint * kScenePixelsPerPoint);
    if (raw->layout())
        raw->layout()->activate();
    const PrintedLegend legend(raw, target.width(), painter.device(), unitsPerPoint);
    raw->legend()->setVisible(false);
    const double legendHeight = legend.height() > 0 ? legend.height() + 6 * unitsPerPoint : 0;
    const QRectF plot(target.topLeft(), QSizeF(target.width(), target.height() - legendHeight));
    const QSizeF logical = plot.size() / unitsPerPoint * kScenePixelsPerPoint;
    raw->setPos(0, 0);
    raw->resize(logical);
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    painter.save();
    painter.translate(plot.topLeft());
    const double scale = unitsPerPoint / kScenePixelsPerPoint;
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, QRectF(QPointF(0, 0), logical), scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter.restore();
    legend.paint(painter, QPointF(target.left(), plot.bottom() + 6 * unitsPerPoint));
}

} // namespace infraplan::ui
