#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <string>
#include <vector>

namespace infraplan {
struct Project;
}

namespace infraplan::ui {

/// One colour per sketch, the same in every chart and in the comparison table's column headers. Colours
/// follow the sketch's position in the project (not in a selection), so focusing on two sketches does not
/// repaint them. The colours are the Okabe–Ito set, distinguishable with the common colour-vision
/// deficiencies, extended with Tableau colours for projects of more than eight sketches.
class SketchPalette {
public:
    SketchPalette() = default;
    explicit SketchPalette(const Project& project);
    explicit SketchPalette(const std::vector<std::string>& sketchIds);

    /// The sketch's colour; a neutral grey for an id the palette does not know.
    QColor color(const std::string& sketchId) const;
    /// The colours in assignment order.
    static const std::vector<QColor>& colors();

private:
    QHash<QString, int> m_index;
};

} // namespace infraplan::ui
