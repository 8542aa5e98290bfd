#include "structurecommand.h"

#include <algorithm>

namespace infraplan::ui {

namespace {
template <typename T> void insertAt(std::vector<T>& v, size_t index, T value)
{
    v.insert(v.begin() + static_cast<std::ptrdiff_t>(std::min(index, v.size())), std::move(value));
}

template <typename T> T takeAt(std::vector<T>& v, size_t index)
{
    T value = std::move(v[index]);
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(index));
    return value;
}
} // namespace

StructureCommand::StructureCommand(ProjectDocument& document, ProjectParts parts, Direction direction,
                                   const QString& text)
    : ProjectCommand(document, text), m_parts(std::move(parts)), m_direction(direction)
{}

void StructureCommand::redo()
{
    m_direction == Direction::Insert ? insert() : remove();
}

void StructureCommand::undo()
{
    m_direction == Direction::Insert ? remove() : insert();
}

void StructureCommand::insert()
{
    Project& p = project();
    for (auto& j : m_parts.trainingJobs)
        insertAt(p.trainingJobs, j.index, j.job);
    for (auto& s : m_parts.services)
        insertAt(p.services, s.index, s.service);
    for (auto& s : m_parts.sketches)
        insertAt(p.sketches, s.index, s.sketch);
    for (auto& n : m_parts.nodes)
        if (Sketch* s = p.sketch(n.sketchId))
            insertAt(s->nodes, n.index, n.node);
    notify(change(ProjectChange::Kind::ItemsAdded));
}

void StructureCommand::remove()
{
    // In reverse, so every recorded index is still valid when its turn comes.
    Project& p = project();
    for (auto it = m_parts.nodes.rbegin(); it != m_parts.nodes.rend(); ++it)
        if (Sketch* s = p.sketch(it->sketchId); s && it->index < s->nodes.size())
            it->node = takeAt(s->nodes, it->index);
    for (auto it = m_parts.sketches.rbegin(); it != m_parts.sketches.rend(); ++it)
        if (it->index < p.sketches.size())
            it->sketch = takeAt(p.sketches, it->index);
    for (auto it = m_parts.services.rbegin(); it != m_parts.services.rend(); ++it)
        if (it->index < p.services.size())
            it->service = takeAt(p.services, it->index);
    for (auto it = m_parts.trainingJobs.rbegin(); it != m_parts.trainingJobs.rend(); ++it)
        if (it->index < p.trainingJobs.size())
            it->job = takeAt(p.trainingJobs, it->index);
    notify(change(ProjectChange::Kind::ItemsRemoved));
}

ProjectChange StructureCommand::change(ProjectChange::Kind kind) const
{
    ProjectChange c;
    c.kind = kind;
    for (const auto& s : m_parts.sketches) {
        c.sketchIds.push_back(s.sketch.id);
        for (const auto& n : s.sketch.nodes)
            c.nodeIds.push_back(n.id);
    }
    for (const auto& n : m_parts.nodes) {
        c.nodeIds.push_back(n.node.id);
        if (std::find(c.sketchIds.begin(), c.sketchIds.end(), n.sketchId) == c.sketchIds.end())
            c.sketchIds.push_back(n.sketchId);
    }
    for (const auto& j : m_parts.trainingJobs)
        c.workloadIds.push_back(j.job.id);
    for (const auto& s : m_parts.services)
        c.workloadIds.push_back(s.service.id);
    return c;
}

} // namespace infraplan::ui
