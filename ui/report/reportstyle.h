#pragma once

#include "reportdocument.h"

#include <QColor>
#include <QFont>

namespace infraplan::ui {

/// The report's look in one place: type sizes, spacing and colours. Sizes are in points (1/72 inch).
struct ReportStyle {
    static QFont font(TextRole role);
    static QColor colour(TextRole role);
    /// Space above a paragraph of this role (dropped at the top of a page) and below it.
    static double spaceBeforePt(TextRole role);
    static double spaceAfterPt(TextRole role);

    static QFont tableFont(bool small, bool bold = false);
    static QFont tableNoteFont();

    static constexpr double marginLeftPt = 54;
    static constexpr double marginRightPt = 54;
    static constexpr double marginTopPt = 62; ///< the running header sits inside this margin
    static constexpr double marginBottomPt = 58;
    static constexpr double cellPaddingXPt = 4;
    static constexpr double cellPaddingYPt = 2.6;
    static constexpr double blockGapPt = 8; ///< below tables, callouts and charts

    static QColor accent() { return QColor(0x1f, 0x3a, 0x5f); }
    static QColor muted() { return QColor(0x5a, 0x65, 0x72); }
    static QColor rule() { return QColor(0xc9, 0xd1, 0xdb); }
    static QColor stripe() { return QColor(0xf3, 0xf5, 0xf8); }
    static QColor best() { return QColor(0xdc, 0xef, 0xe0); }
    static QColor headerText() { return QColor(Qt::white); }
    static QColor text() { return QColor(0x1d, 0x23, 0x2b); }
    static QColor calloutBackground(CalloutBlock::Tone tone);
    static QColor calloutBar(CalloutBlock::Tone tone);
};

} // namespace infraplan::ui
