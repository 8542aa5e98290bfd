#pragma once

#include <QFont>
#include <QString>

namespace infraplan::ui {

/// The typeface the report is set in: DejaVu Sans, shipped in the program's resources (resources/fonts/) so a
/// headless export on a machine without any fonts installed still draws every character.
class ReportFonts {
public:
    /// Registers the shipped regular and bold faces with the application's font database on first use (a
    /// QGuiApplication must exist) and returns their family name, "DejaVu Sans".
    static QString family();

    /// The report font at `points`. Ligatures are off (text is shaped glyph by glyph) so that words like
    /// "efficiency" stay searchable as typed in the PDF, and hinting is off so measured widths do not depend
    /// on the resolution.
    static QFont font(double points, bool bold = false);
};

} // namespace infraplan::ui
