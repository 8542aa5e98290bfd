#pragma once

#include "project.h"
#include "projectcommand.h"

#include <string>
#include <vector>

namespace infraplan::ui {

/// Where a sketch frame or a node group should sit. Sketch positions are in scene coordinates, node group
/// positions relative to their frame, as in the project file.
struct ItemPosition {
    enum class What { Sketch, Node };
    What what = What::Sketch;
    std::string id;
    Point position;
    bool operator==(const ItemPosition&) const = default;
};

/// Moves frames and node groups. All moves of one mouse drag share a session and merge into one undo
/// step; a drag that ends where it began leaves nothing on the stack.
class MoveItemsCommand : public ProjectCommand {
public:
    MoveItemsCommand(ProjectDocument& document, std::vector<ItemPosition> positions, quint64 dragSession);

    void redo() override { swap(); }
    void undo() override { swap(); }
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    /// True when every item already sits where this command would put it.
    static bool changesNothing(const Project& project, const std::vector<ItemPosition>& positions);

private:
    void swap();
    static Point* positionOf(Project& project, const ItemPosition& item);

    std::vector<ItemPosition> m_positions; ///< before redo: the targets; after redo: where items were
    quint64 m_session;
};

} // namespace infraplan::ui
