#pragma once

#include <memory>
#include <QFont>
#include <QString>

class QPaintDevice;
class QPainter;
class QPointF;
class QTextLayout;

namespace infraplan::ui {

/// A paragraph broken into lines at a width, measured with the fonts of the device it will be drawn on.
/// Breaks at word boundaries, and inside a word only when the word alone is wider than the line, so nothing
/// is ever drawn past its box. Copies share the layout.
class WrappedText {
public:
    WrappedText() = default;
    WrappedText(const QString& text, const QFont& font, double width, QPaintDevice* device,
                bool alignRight = false);

    int lineCount() const;
    /// Height of lines [first, end) (end -1: to the last line).
    double height(int first = 0, int end = -1) const;
    /// How many lines from `first` fit in `available` height.
    int linesFitting(int first, double available) const;
    /// Draws lines [first, end) with their top at `topLeft`, in the painter's current pen.
    void draw(QPainter& painter, const QPointF& topLeft, int first = 0, int end = -1) const;

    /// Width of the widest unbreakable word and of the text set on one line (each of its own lines), for
    /// sizing table columns.
    static double widestWord(const QString& text, const QFont& font, QPaintDevice* device);
    static double naturalWidth(const QString& text, const QFont& font, QPaintDevice* device);

private:
    std::shared_ptr<QTextLayout> m_layout;
};

} // namespace infraplan::ui
