#include "tablelayout.h"

#include "reportstyle.h"

#include <algorithm>
#include <numeric>
#include <QPainter>

namespace infraplan::ui {

TableLayout::TableLayout(const TableBlock& table, double width, QPaintDevice* device, double unitsPerPoint)
    : m_unit(unitsPerPoint), m_width(width), m_hasHeader(table.header), m_small(table.smallText)
{
    for (const TableColumn& c : table.columns)
        m_alignRight.push_back(c.alignRight);
    sizeColumns(table, device);
    if (m_hasHeader) {
        std::vector<TableCell> cells;
        for (const TableColumn& c : table.columns)
            cells.push_back(TableCell{c.header, {}, true, {}, c.alignRight});
        m_header = measureRow(cells, table, device, true);
        m_headerHeight = m_header.height;
    }
    for (size_t r = 0; r < table.rows.size(); ++r) {
        m_rows.push_back(measureRow(table.rows[r], table, device, false));
        m_rows.back().stripe = table.striped && r % 2 == 1;
    }
}

void TableLayout::sizeColumns(const TableBlock& table, QPaintDevice* device)
{
    const size_t n = table.columns.size();
    const double pad = 2 * ReportStyle::cellPaddingXPt * m_unit + 1;
    std::vector<double> minimum(n, pad), preferred(n, pad);
    auto consider = [&](size_t c, const QString& text, const QFont& font) {
        minimum[c] = std::max(minimum[c], WrappedText::widestWord(text, font, device) + pad);
        preferred[c] = std::max(preferred[c], WrappedText::naturalWidth(text, font, device) + pad);
    };
    for (size_t c = 0; c < n; ++c)
        if (table.header)
            consider(c, table.columns[c].header, ReportStyle::tableFont(m_small, true));
    for (const auto& row : table.rows)
        for (size_t c = 0; c < n && c < row.size(); ++c) {
            consider(c, row[c].text, ReportStyle::tableFont(m_small, row[c].bold));
            if (!row[c].note.isEmpty())
                consider(c, row[c].note, ReportStyle::tableNoteFont());
        }
    // A single long word (an address, a catalog id) may break inside itself rather than squeeze every other
    // column: no column claims more than a third of the width for its widest word.
    for (size_t c = 0; c < n; ++c)
        minimum[c] = std::min(minimum[c], std::max(pad, m_width / 3));
    // Nor does one long paragraph (a source's title) take the spare width from every other column.
    for (size_t c = 0; c < n; ++c)
        preferred[c] = std::max(minimum[c], std::min(preferred[c], m_width * 0.4));
    const double sumMin = std::accumulate(minimum.begin(), minimum.end(), 0.0);
    const double sumPreferred = std::accumulate(preferred.begin(), preferred.end(), 0.0);
    m_columnWidths.assign(n, 0);
    if (sumPreferred <= m_width) {
        double stretch = 0;
        for (const TableColumn& c : table.columns)
            stretch += c.stretch;
        for (size_t c = 0; c < n; ++c)
            m_columnWidths[c] =
                preferred[c] +
                (stretch > 0 ? (m_width - sumPreferred) * table.columns[c].stretch / stretch : 0);
    } else if (sumMin <= m_width) {
        // Every column keeps its widest word; the rest of the width goes to the columns in proportion to how
        // much more they would like, so long text wraps where it has the most to wrap.
        const double want = sumPreferred - sumMin;
        for (size_t c = 0; c < n; ++c)
            m_columnWidths[c] = minimum[c] + (m_width - sumMin) * (preferred[c] - minimum[c]) / want;
    } else {
        // Words wider than their share break inside the word (WrappedText never overflows its box).
        for (size_t c = 0; c < n; ++c)
            m_columnWidths[c] = m_width * minimum[c] / sumMin;
    }
}

TableLayout::Row TableLayout::measureRow(const std::vector<TableCell>& cells, const TableBlock& table,
                                         QPaintDevice* device, bool header) const
{
    Row row;
    const double padX = ReportStyle::cellPaddingXPt * m_unit;
    const double padY = ReportStyle::cellPaddingYPt * m_unit;
    double tallest = 0;
    for (size_t c = 0; c < table.columns.size(); ++c) {
        const TableCell cell = c < cells.size() ? cells[c] : TableCell{};
        const double inner = std::max(1.0, m_columnWidths[c] - 2 * padX);
        const bool right = cell.alignRight || table.columns[c].alignRight;
        Cell out;
        out.bold = cell.bold || header;
        out.background = cell.background;
        out.text = WrappedText(cell.text, ReportStyle::tableFont(m_small, out.bold), inner, device, right);
        if (!cell.note.isEmpty())
            out.note = WrappedText(cell.note, ReportStyle::tableNoteFont(), inner, device, right);
        tallest =
            std::max(tallest, out.text.height() + (out.note.lineCount() ? out.note.height() + m_unit : 0));
        row.cells.push_back(std::move(out));
    }
    row.height = tallest + 2 * padY;
    return row;
}

void TableLayout::paintHeader(QPainter& painter, const QPointF& topLeft) const
{
    paintCells(painter, m_header, topLeft, true);
}

void TableLayout::paintRow(QPainter& painter, int row, const QPointF& topLeft) const
{
    paintCells(painter, m_rows[row], topLeft, false);
}

void TableLayout::paintCells(QPainter& painter, const Row& row, const QPointF& topLeft, bool header) const
{
    const double padX = ReportStyle::cellPaddingXPt * m_unit;
    const double padY = ReportStyle::cellPaddingYPt * m_unit;
    const QRectF rowRect(topLeft, QSizeF(m_width, row.height));
    if (header)
        painter.fillRect(rowRect, ReportStyle::accent());
    else if (row.stripe)
        painter.fillRect(rowRect, ReportStyle::stripe());
    double x = topLeft.x();
    for (size_t c = 0; c < row.cells.size(); ++c) {
        const Cell& cell = row.cells[c];
        const QRectF cellRect(x, topLeft.y(), m_columnWidths[c], row.height);
        if (cell.background.isValid())
            painter.fillRect(cellRect, cell.background);
        painter.setPen(header ? ReportStyle::headerText() : ReportStyle::text());
        cell.text.draw(painter, QPointF(x + padX, topLeft.y() + padY));
        if (cell.note.lineCount()) {
            painter.setPen(ReportStyle::muted());
            cell.note.draw(painter, QPointF(x + padX, topLeft.y() + padY + cell.text.height() + m_unit));
        }
        x += m_columnWidths[c];
    }
    if (!header) {
        painter.setPen(QPen(ReportStyle::rule(), 0.5 * m_unit));
        painter.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
    }
}

} // namespace infraplan::ui
