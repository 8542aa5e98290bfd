#pragma once

#include <QCoreApplication>

#include "paper.h"
#include "reportdocument.h"

#include <functional>
#include <QRectF>
#include <vector>

class QPainter;
class QPaintDevice;

namespace infraplan::ui {

/// Something put on a page: where (device units) and how to draw it.
struct PlacedItem {
    enum class Kind { Text, TableHeader, TableRow, Callout, Chart, RunningHeader, RunningFooter };
    Kind kind = Kind::Text;
    QRectF rect;
    std::function<void(QPainter&)> paint;
};

/// One page of the laid-out report.
struct ComposedPage {
    std::vector<PlacedItem> items;
};

/// Where things go on a sheet, in device units.
struct PageGeometry {
    QRectF page;
    QRectF content;           ///< inside the margins: the flow of blocks
    double unitsPerPoint = 1; ///< device units per point (resolution / 72)

    static PageGeometry of(Paper paper, int resolutionDpi);
};

/// Breaks a ReportDocument into pages: paragraphs split between lines, tables between rows with the header
/// repeated, callouts between lines, charts moved whole; a heading never ends a page; the running header
/// (not on the cover) and the footer with "Page N of M" go on every page. Measures with `device`'s fonts,
/// which must be the device the pages are painted on (or one of the same resolution).
class PageComposer {
    Q_DECLARE_TR_FUNCTIONS(infraplan::ui::PageComposer)

public:
    PageComposer(QPaintDevice* device, const PageGeometry& geometry);

    std::vector<ComposedPage> compose(const ReportDocument& document);

private:
    double pt(double points) const { return points * m_geometry.unitsPerPoint; }
    double bottom() const { return m_geometry.content.bottom(); }
    double left() const { return m_geometry.content.left(); }
    double width() const { return m_geometry.content.width(); }
    void newPage();
    /// Moves to a new page unless `height` fits below the cursor (or the page is still empty).
    void need(double height);
    double minimumHeight(const ReportBlock& block) const;

    void place(const TextBlock& block, double keepHeight);
    void place(const TableBlock& block);
    void place(const SideBySideBlock& block);
    void place(const CalloutBlock& block);
    void place(const ChartBlock& block);
    void addRunningHeadAndFoot(const ReportDocument& document);

    QPaintDevice* m_device;
    PageGeometry m_geometry;
    std::vector<ComposedPage> m_pages;
    double m_y = 0;
    bool m_pageEmpty = true;
};

} // namespace infraplan::ui
