#include "sketchpalette.h"

#include "project.h"

namespace infraplan::ui {

SketchPalette::SketchPalette(const Project& project)
{
    for (const Sketch& s : project.sketches)
        m_index.insert(QString::fromStdString(s.id), static_cast<int>(m_index.size()));
}

SketchPalette::SketchPalette(const std::vector<std::string>& sketchIds)
{
    for (const std::string& id : sketchIds)
        m_index.insert(QString::fromStdString(id), static_cast<int>(m_index.size()));
}

const std::vector<QColor>& SketchPalette::colors()
{
    // Okabe & Ito (2008), "Color Universal Design", without black and yellow (too dark and too faint for
    // lines on white), then Tableau 10 hues not already close to those.
    static const std::vector<QColor> c = {
        QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00),
        QColor(0x8C, 0x56, 0x4B), QColor(0x7F, 0x3C, 0x8D), QColor(0x59, 0xA1, 0x4F),
        QColor(0xE1, 0x57, 0x59), QColor(0x4E, 0x79, 0xA7), QColor(0x9C, 0x75, 0x5F),
    };
    return c;
}

QColor SketchPalette::color(const std::string& sketchId) const
{
    auto it = m_index.find(QString::fromStdString(sketchId));
    if (it == m_index.end())
        return QColor(0x88, 0x88, 0x88);
    const auto& c = colors();
    // Past the list, reuse hues darker so neighbours still differ.
    const int round = *it / static_cast<int>(c.size());
    return c[*it % c.size()].darker(100 + 30 * round);
}

} // namespace infraplan::ui
