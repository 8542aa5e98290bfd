#pragma once

#include "catalogtext.h"
#include "project.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QRectF;

namespace infraplan::ui {

/// Icons drawn as vectors at whatever size and device pixel ratio they are asked for, so they stay sharp
/// at 200% scaling without shipping bitmaps.
namespace kindicon {

QColor color(PaletteCategory category);
QColor roleColor(SketchRole role);
QIcon icon(PaletteCategory category);
QIcon roleIcon(SketchRole role);
/// Draws a category's glyph into `rect` (used by canvas items too).
void paint(QPainter& painter, const QRectF& rect, PaletteCategory category);
void paintRole(QPainter& painter, const QRectF& rect, SketchRole role);

} // namespace kindicon
} // namespace infraplan::ui
