#pragma once

namespace infraplan::ui {

/// QUndoCommand::id() values of the commands that merge (a drag, a run of edits to one field).
/// Commands pushed without a merge session return -1 and never merge.
enum class MergeId {
    ProjectField = 100,
    SketchField,
    NodeField,
    TrainingJobField,
    ServiceField,
    MoveItems,
};

} // namespace infraplan::ui
