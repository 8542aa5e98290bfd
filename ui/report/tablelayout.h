#pragma once

#include "reportdocument.h"
#include "wrappedtext.h"

#include <vector>

class QPainter;
class QPaintDevice;
class QPointF;

namespace infraplan::ui {

/// A TableBlock measured at a width: column widths from the content (every column gets at least its widest
/// word when it can, spare width goes where text would otherwise wrap), every cell wrapped, every row's
/// height known, so PageComposer can move rows to the next page whole and repeat the header there.
class TableLayout {
public:
    TableLayout(const TableBlock& table, double width, QPaintDevice* device, double unitsPerPoint);

    double width() const { return m_width; }
    bool hasHeader() const { return m_hasHeader; }
    double headerHeight() const { return m_headerHeight; }
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    double rowHeight(int row) const { return m_rows[row].height; }
    const std::vector<double>& columnWidths() const { return m_columnWidths; }

    void paintHeader(QPainter& painter, const QPointF& topLeft) const;
    void paintRow(QPainter& painter, int row, const QPointF& topLeft) const;

private:
    struct Cell {
        WrappedText text;
        WrappedText note;
        QColor background;
        bool bold = false;
    };
    struct Row {
        std::vector<Cell> cells;
        double height = 0;
        bool stripe = false;
    };

    void sizeColumns(const TableBlock& table, QPaintDevice* device);
    Row measureRow(const std::vector<TableCell>& cells, const TableBlock& table, QPaintDevice* device,
                   bool header) const;
    void paintCells(QPainter& painter, const Row& row, const QPointF& topLeft, bool header) const;

    double m_unit;
    double m_width;
    bool m_hasHeader;
    bool m_small;
    std::vector<double> m_columnWidths;
    std::vector<bool> m_alignRight;
    Row m_header;
    double m_headerHeight = 0;
    std::vector<Row> m_rows;
};

} // namespace infraplan::ui
