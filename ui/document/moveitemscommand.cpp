#include "moveitemscommand.h"

#include "mergeid.h"
#include "projectlocate.h"

#include <QObject>

namespace infraplan::ui {

MoveItemsCommand::MoveItemsCommand(ProjectDocument& document, std::vector<ItemPosition> positions,
                                   quint64 dragSession)
    : ProjectCommand(document, positions.size() == 1 ? QObject::tr("Move item")
                                                     : QObject::tr("Move %1 items").arg(positions.size())),
      m_positions(std::move(positions)), m_session(dragSession)
{}

int MoveItemsCommand::id() const
{
    return m_session ? static_cast<int>(MergeId::MoveItems) : -1;
}

bool MoveItemsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const MoveItemsCommand*>(other);
    if (!o || o->m_session != m_session || o->m_positions.size() != m_positions.size())
        return false;
    for (size_t i = 0; i < m_positions.size(); ++i)
        if (o->m_positions[i].what != m_positions[i].what || o->m_positions[i].id != m_positions[i].id)
            return false;
    // The document holds the latest positions and this command the ones the drag started from.
    setObsolete(changesNothing(project(), m_positions));
    return true;
}

bool MoveItemsCommand::changesNothing(const Project& project, const std::vector<ItemPosition>& positions)
{
    for (const ItemPosition& item : positions) {
        const Point* p = positionOf(const_cast<Project&>(project), item);
        if (p && !(*p == item.position))
            return false;
    }
    return true;
}

Point* MoveItemsCommand::positionOf(Project& project, const ItemPosition& item)
{
    if (item.what == ItemPosition::What::Sketch) {
        Sketch* s = project.sketch(item.id);
        return s ? &s->position : nullptr;
    }
    NodeGroup* n = findNode(project, item.id);
    return n ? &n->position : nullptr;
}

void MoveItemsCommand::swap()
{
    ProjectChange change;
    change.kind = ProjectChange::Kind::Geometry;
    for (ItemPosition& item : m_positions) {
        if (Point* p = positionOf(project(), item)) {
            std::swap(*p, item.position);
            if (item.what == ItemPosition::What::Sketch) {
                change.sketchIds.push_back(item.id);
            } else {
                change.nodeIds.push_back(item.id);
                if (const Sketch* s = sketchOfNode(project(), item.id))
                    change.sketchIds.push_back(s->id);
            }
        }
    }
    notify(change);
}

} // namespace infraplan::ui
