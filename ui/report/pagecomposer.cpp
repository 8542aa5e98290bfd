#include "pagecomposer.h"

#include "reportchartpainter.h"
#include "reportfonts.h"
#include "reportstyle.h"
#include "tablelayout.h"
#include "wrappedtext.h"

#include <algorithm>
#include <QChart>
#include <QPainter>

namespace infraplan::ui {

namespace {

double fullHeight(const TableLayout& table)
{
    double h = table.headerHeight();
    for (int r = 0; r < table.rowCount(); ++r)
        h += table.rowHeight(r);
    return h;
}

constexpr double kSideBySideGapPt = 14;
} // namespace

PageGeometry PageGeometry::of(Paper paper, int resolutionDpi)
{
    PageGeometry g;
    g.unitsPerPoint = resolutionDpi / 72.0;
    const QSizeF points = pageSize(paper).size(QPageSize::Point);
    g.page = QRectF(QPointF(0, 0), points * g.unitsPerPoint);
    g.content = g.page.adjusted(
        ReportStyle::marginLeftPt * g.unitsPerPoint, ReportStyle::marginTopPt * g.unitsPerPoint,
        -ReportStyle::marginRightPt * g.unitsPerPoint, -ReportStyle::marginBottomPt * g.unitsPerPoint);
    return g;
}

PageComposer::PageComposer(QPaintDevice* device, const PageGeometry& geometry)
    : m_device(device), m_geometry(geometry)
{}

std::vector<ComposedPage> PageComposer::compose(const ReportDocument& document)
{
    m_pages.clear();
    newPage();
    const auto& blocks = document.blocks;
    for (size_t i = 0; i < blocks.size(); ++i) {
        const ReportBlock& block = blocks[i];
        if (const auto* text = std::get_if<TextBlock>(&block)) {
            const double keep =
                text->keepWithNext && i + 1 < blocks.size() ? minimumHeight(blocks[i + 1]) : 0;
            place(*text, keep);
        } else if (const auto* table = std::get_if<TableBlock>(&block)) {
            place(*table);
        } else if (const auto* pair = std::get_if<SideBySideBlock>(&block)) {
            place(*pair);
        } else if (const auto* callout = std::get_if<CalloutBlock>(&block)) {
            place(*callout);
        } else if (const auto* chart = std::get_if<ChartBlock>(&block)) {
            place(*chart);
        } else if (const auto* space = std::get_if<SpaceBlock>(&block)) {
            if (!m_pageEmpty)
                m_y = std::min(bottom(), m_y + pt(space->points));
        } else if (std::holds_alternative<PageBreakBlock>(block)) {
            if (!m_pageEmpty)
                newPage();
        }
    }
    if (m_pages.size() > 1 && m_pages.back().items.empty())
        m_pages.pop_back();
    addRunningHeadAndFoot(document);
    return std::move(m_pages);
}

void PageComposer::newPage()
{
    m_pages.emplace_back();
    m_y = m_geometry.content.top();
    m_pageEmpty = true;
}

void PageComposer::need(double height)
{
    if (!m_pageEmpty && m_y + height > bottom())
        newPage();
}

double PageComposer::minimumHeight(const ReportBlock& block) const
{
    if (const auto* text = std::get_if<TextBlock>(&block)) {
        const WrappedText wrapped(text->text, ReportStyle::font(text->role), width(), m_device);
        return pt(ReportStyle::spaceBeforePt(text->role)) + wrapped.height(0, 2);
    }
    if (const auto* table = std::get_if<TableBlock>(&block)) {
        const TableLayout layout(*table, width(), m_device, m_geometry.unitsPerPoint);
        return layout.headerHeight() + (layout.rowCount() ? layout.rowHeight(0) : 0);
    }
    if (std::holds_alternative<CalloutBlock>(block))
        return pt(40);
    if (const auto* pair = std::get_if<SideBySideBlock>(&block)) {
        // A pair is never split (place() moves it whole), so the heading before it needs all of it.
        const double half = (width() - pt(kSideBySideGapPt)) / 2;
        return std::max(fullHeight(TableLayout(pair->left, half, m_device, m_geometry.unitsPerPoint)),
                        fullHeight(TableLayout(pair->right, half, m_device, m_geometry.unitsPerPoint)));
    }
    if (const auto* chart = std::get_if<ChartBlock>(&block))
        return pt(chart->heightPt);
    return 0;
}

void PageComposer::place(const TextBlock& block, double keepHeight)
{
    const QFont font = ReportStyle::font(block.role);
    const QColor colour = ReportStyle::colour(block.role);
    const WrappedText text(block.text, font, width(), m_device);
    const int lines = text.lineCount();
    double before = m_pageEmpty ? 0 : pt(ReportStyle::spaceBeforePt(block.role));
    const double after = pt(ReportStyle::spaceAfterPt(block.role));
    // A heading travels with the start of what follows it; a paragraph starts with at least two lines.
    const double required =
        before + (keepHeight > 0 ? text.height() + after + keepHeight : text.height(0, 2));
    if (!m_pageEmpty && m_y + required > bottom()) {
        newPage();
        before = 0;
    }
    m_y += before;
    int line = 0;
    while (line < lines) {
        int fit = text.linesFitting(line, bottom() - m_y);
        if (fit == 0) {
            newPage();
            fit = std::max(1, text.linesFitting(line, bottom() - m_y));
        }
        const QRectF rect(left(), m_y, width(), text.height(line, line + fit));
        const int first = line;
        m_pages.back().items.push_back(
            {PlacedItem::Kind::Text, rect, [text, first, fit, colour, rect](QPainter& p) {
                 p.setPen(colour);
                 text.draw(p, rect.topLeft(), first, first + fit);
             }});
        m_y += rect.height();
        m_pageEmpty = false;
        line += fit;
        if (line < lines)
            newPage();
    }
    m_y = std::min(bottom(), m_y + after);
}

void PageComposer::place(const TableBlock& block)
{
    auto table = std::make_shared<const TableLayout>(block, width(), m_device, m_geometry.unitsPerPoint);
    need(table->headerHeight() + (table->rowCount() ? table->rowHeight(0) : 0));
    auto header = [&] {
        if (!table->hasHeader())
            return;
        const QRectF rect(left(), m_y, table->width(), table->headerHeight());
        m_pages.back().items.push_back({PlacedItem::Kind::TableHeader, rect, [table, rect](QPainter& p) {
                                            table->paintHeader(p, rect.topLeft());
                                        }});
        m_y += rect.height();
        m_pageEmpty = false;
    };
    header();
    for (int r = 0; r < table->rowCount(); ++r) {
        if (m_y + table->rowHeight(r) > bottom() && !m_pageEmpty) {
            newPage();
            header();
        }
        const QRectF rect(left(), m_y, table->width(), table->rowHeight(r));
        m_pages.back().items.push_back({PlacedItem::Kind::TableRow, rect, [table, r, rect](QPainter& p) {
                                            table->paintRow(p, r, rect.topLeft());
                                        }});
        m_y += rect.height();
        m_pageEmpty = false;
    }
    m_y = std::min(bottom(), m_y + pt(ReportStyle::blockGapPt));
}

void PageComposer::place(const SideBySideBlock& block)
{
    const double half = (width() - pt(kSideBySideGapPt)) / 2;
    std::shared_ptr<const TableLayout> tables[2] = {
        std::make_shared<const TableLayout>(block.left, half, m_device, m_geometry.unitsPerPoint),
        std::make_shared<const TableLayout>(block.right, half, m_device, m_geometry.unitsPerPoint)};
    const double height = std::max(fullHeight(*tables[0]), fullHeight(*tables[1]));
    need(height);
    for (int side = 0; side < 2; ++side) {
        auto table = tables[side];
        double y = m_y;
        const double x = left() + side * (half + pt(kSideBySideGapPt));
        if (table->hasHeader()) {
            const QRectF rect(x, y, table->width(), table->headerHeight());
            m_pages.back().items.push_back({PlacedItem::Kind::TableHeader, rect, [table, rect](QPainter& p) {
                                                table->paintHeader(p, rect.topLeft());
                                            }});
            y += rect.height();
        }
        for (int r = 0; r < table->rowCount(); ++r) {
            const QRectF rect(x, y, table->width(), table->rowHeight(r));
            m_pages.back().items.push_back({PlacedItem::Kind::TableRow, rect, [table, r, rect](QPainter& p) {
                                                table->paintRow(p, r, rect.topLeft());
                                            }});
            y += rect.height();
        }
    }
    m_y += height;
    m_pageEmpty = false;
    m_y = std::min(bottom(), m_y + pt(ReportStyle::blockGapPt));
}

void PageComposer::place(const CalloutBlock& block)
{
    const double bar = pt(3), pad = pt(6), gap = pt(2.5);
    const double inner = width() - bar - 2 * pad;
    struct Piece {
        WrappedText text;
        QColor colour;
        double y = 0; ///< from the box's top
    };
    std::vector<Piece> pieces;
    if (!block.title.isEmpty())
        pieces.push_back({WrappedText(block.title, ReportFonts::font(9, true), inner, m_device),
                          ReportStyle::calloutBar(block.tone)});
    for (const QString& line : block.lines)
        pieces.push_back({WrappedText(line, ReportFonts::font(8.5), inner, m_device), ReportStyle::text()});
    const QColor background = ReportStyle::calloutBackground(block.tone);
    const QColor barColour = ReportStyle::calloutBar(block.tone);

    std::vector<Piece> box;
    double boxTop = 0, cursor = 0;
    auto open = [&] {
        boxTop = m_y;
        cursor = pad;
        box.clear();
    };
    auto close = [&] {
        const QRectF rect(left(), boxTop, width(), cursor - gap + pad);
        m_pages.back().items.push_back(
            {PlacedItem::Kind::Callout, rect, [box, rect, bar, pad, background, barColour](QPainter& p) {
                 p.fillRect(rect, background);
                 p.fillRect(QRectF(rect.topLeft(), QSizeF(bar, rect.height())), barColour);
                 for (const Piece& piece : box) {
                     p.setPen(piece.colour);
                     piece.text.draw(p, rect.topLeft() + QPointF(bar + pad, piece.y));
                 }
             }});
        m_y = boxTop + rect.height();
        m_pageEmpty = false;
    };
    need(pad * 2 + (pieces.empty() ? 0 : pieces.front().text.height()) +
         (pieces.size() > 1 ? pieces[1].text.height() : 0));
    open();
    for (Piece piece : pieces) {
        const double h = piece.text.height();
        if (boxTop + cursor + h + pad > bottom() && !box.empty()) {
            close();
            newPage();
            open();
        }
        piece.y = cursor;
        cursor += h + gap;
        box.push_back(piece);
    }
    close();
    m_y = std::min(bottom(), m_y + pt(ReportStyle::blockGapPt));
}

void PageComposer::place(const ChartBlock& block)
{
    const double height = std::min(pt(block.heightPt), m_geometry.content.height());
    need(height);
    const QRectF rect(left(), m_y, width(), height);
    const double unit = m_geometry.unitsPerPoint;
    QPaintDevice* device = m_device;
    m_pages.back().items.push_back(
        {PlacedItem::Kind::Chart, rect, [block, rect, unit, device](QPainter& p) {
             std::unique_ptr<QChart> chart;
             if (block.emptyReason.isEmpty() && block.build)
                 chart = block.build();
             if (chart) {
                 ReportChartPainter::applyReportLook(chart.get());
                 ReportChartPainter::paint(p, std::move(chart), rect, unit);
                 return;
             }
             // Nothing to plot: the title and why, in a quiet frame.
             p.setPen(QPen(ReportStyle::rule(), 0.75 * unit));
             p.drawRect(rect);
             const double pad = 10 * unit;
             const WrappedText title(block.title, ReportFonts::font(10.5, true), rect.width() - 2 * pad,
                                     device);
             const WrappedText reason(block.emptyReason.isEmpty() ? tr("Nothing to plot.")
                                                                  : block.emptyReason,
                                      ReportFonts::font(8.5), rect.width() - 2 * pad, device);
             p.setPen(ReportStyle::accent());
             title.draw(p, rect.topLeft() + QPointF(pad, pad));
             p.setPen(ReportStyle::muted());
             reason.draw(p, rect.topLeft() + QPointF(pad, pad + title.height() + 4 * unit));
         }});
    m_y += height;
    m_pageEmpty = false;
    m_y = std::min(bottom(), m_y + pt(ReportStyle::blockGapPt));
}

void PageComposer::addRunningHeadAndFoot(const ReportDocument& document)
{
    const QRectF& page = m_geometry.page;
    const QRectF& content = m_geometry.content;
    const QFont font = ReportFonts::font(7.5);
    const double unit = m_geometry.unitsPerPoint;
    const double half = content.width() / 2 - pt(6);
    const int count = static_cast<int>(m_pages.size());
    for (int i = 0; i < count; ++i) {
        auto& items = m_pages[size_t(i)].items;
        if (i > 0 || !document.firstPageIsCover) {
            const WrappedText leftText(document.title, font, half, m_device);
            const WrappedText rightText(document.headerRight, font, half, m_device, true);
            const double h = std::max(leftText.height(0, 1), rightText.height(0, 1));
            const QRectF rect(content.left(), content.top() - pt(22) - h, content.width(), h + pt(6));
            items.push_back({PlacedItem::Kind::RunningHeader, rect, [=](QPainter& p) {
                                 p.setPen(ReportStyle::muted());
                                 leftText.draw(p, rect.topLeft(), 0, 1);
                                 rightText.draw(p, rect.topLeft() + QPointF(content.width() - half, 0), 0, 1);
                                 p.setPen(QPen(ReportStyle::rule(), 0.75 * unit));
                                 p.drawLine(QPointF(rect.left(), rect.bottom()),
                                            QPointF(rect.right(), rect.bottom()));
                             }});
        }
        const QString number = tr("Page %1 of %2").arg(i + 1).arg(count);
        const WrappedText leftText(document.footerLeft, font, half, m_device);
        const WrappedText rightText(number, font, half, m_device, true);
        const double h = std::max(leftText.height(0, 1), rightText.height(0, 1));
        const QRectF rect(content.left(), page.bottom() - pt(ReportStyle::marginBottomPt) + pt(22),
                          content.width(), h);
        items.push_back({PlacedItem::Kind::RunningFooter, rect, [=](QPainter& p) {
                             p.setPen(ReportStyle::muted());
                             leftText.draw(p, rect.topLeft(), 0, 1);
                             rightText.draw(p, rect.topLeft() + QPointF(content.width() - half, 0), 0, 1);
                         }});
    }
}

} // namespace infraplan::ui
