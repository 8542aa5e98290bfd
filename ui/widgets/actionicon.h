#pragma once

#include <QIcon>

namespace infraplan::ui {

/// Toolbar and menu icons: the desktop theme's icon when there is one, otherwise a line glyph drawn in
/// the palette's text colour at any size (so it follows light and dark themes and stays sharp at 200%).
namespace actionicon {

enum class Glyph { New, Open, Save, Undo, Redo, Duplicate, Delete, ZoomIn, ZoomOut, Fit, Catalog };

QIcon icon(const char* themeName, Glyph glyph);

} // namespace actionicon
} // namespace infraplan::ui
