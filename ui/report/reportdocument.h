#pragma once

#include <functional>
#include <memory>
#include <QColor>
#include <QString>
#include <QStringList>
#include <variant>
#include <vector>

class QChart;

namespace infraplan::ui {

/// The typographic role of a run of text; ReportStyle gives each its font and colour.
enum class TextRole { Title, Subtitle, Heading, Subheading, Body, Small, Label };

/// A paragraph set in one role, wrapped to the text width, split across pages between lines.
struct TextBlock {
    TextRole role = TextRole::Body;
    QString text;
    bool keepWithNext = false; ///< never the last thing on a page (headings)
};

/// One cell of a table.
struct TableCell {
    QString text;
    QString note; ///< optional second line in small grey type
    bool bold = false;
    QColor background;       ///< invalid: the row's own
    bool alignRight = false; ///< figures are right-aligned
};

/// One column of a table: its header and how it takes up spare width.
struct TableColumn {
    QString header;
    bool alignRight = false;
    double stretch = 1; ///< share of the width left after every column got its widest word
};

/// A table wrapped to the text width: columns are sized from their content, cells wrap, rows flow across
/// pages and the header row is repeated on each page.
struct TableBlock {
    std::vector<TableColumn> columns;
    std::vector<std::vector<TableCell>> rows;
    bool header = true;  ///< false: no header row (key-value tables)
    bool striped = true; ///< alternate row shading
    bool smallText = false;
};

/// A boxed note: errors, warnings and findings, tinted by how serious it is.
struct CalloutBlock {
    enum class Tone { Info, Good, Warning, Error };
    Tone tone = Tone::Info;
    QString title;
    QStringList lines;
};

/// A chart drawn as vectors at a fixed height. `build` makes it when the page is painted (charts are heavy
/// and only needed once); `emptyReason` is printed under the title when there is nothing to plot.
struct ChartBlock {
    QString title;
    double heightPt = 260;
    std::function<std::unique_ptr<QChart>()> build;
    QString emptyReason;
};

/// Two tables next to each other, each half the text width, moved to the next page whole when they do not fit
/// (short tables that read together: power draw and monthly cost).
struct SideBySideBlock {
    TableBlock left;
    TableBlock right;
};

/// Vertical space in points.
struct SpaceBlock {
    double points = 6;
};

/// Starts a new page.
struct PageBreakBlock {};

using ReportBlock = std::variant<TextBlock, TableBlock, SideBySideBlock, CalloutBlock, ChartBlock, SpaceBlock,
                                 PageBreakBlock>;

/// The report as a flow of blocks, before it is laid out on a paper size. The parts (cover, comparison,
/// charts, sketch pages, appendices) append to it; PageComposer breaks it into pages.
class ReportDocument {
public:
    QString title;                ///< running header, left: the project's name
    QString headerRight;          ///< running header, right: "Infrastructure cost comparison"
    QString footerLeft;           ///< running footer, left: program and date
    bool firstPageIsCover = true; ///< no running header on page 1
    std::vector<ReportBlock> blocks;

    void text(TextRole role, const QString& text, bool keepWithNext = false);
    void heading(const QString& text);
    void subheading(const QString& text);
    void paragraph(const QString& text);
    void space(double points);
    void pageBreak();
    void add(TableBlock block);
    void add(CalloutBlock block);
    void add(ChartBlock block);
    void add(SideBySideBlock block);
};

} // namespace infraplan::ui
