#pragma once

#include <QMetaType>
#include <string>
#include <vector>

namespace infraplan::ui {

/// What one step of an edit changed, so every view updates only what it shows. ProjectDocument emits one
/// per command execution (redo or undo); views handle it in one switch.
struct ProjectChange {
    enum class Kind {
        Reset,           ///< a new or opened project: rebuild everything
        ProjectInfo,     ///< name, description or currency
        ItemsAdded,      ///< sketches, node groups or workloads appeared
        ItemsRemoved,    ///< sketches, node groups or workloads disappeared
        SketchChanged,   ///< a sketch's settings (hardware links, pricing, policies, name, workload)
        NodeChanged,     ///< a node group's instance type or count
        WorkloadChanged, ///< a training job or an inference service
        Geometry,        ///< positions or sizes only: nothing to recompute
    };
    Kind kind = Kind::Reset;
    std::vector<std::string> sketchIds;   ///< sketches concerned; for node edits, the nodes' sketches
    std::vector<std::string> nodeIds;     ///< node groups concerned
    std::vector<std::string> workloadIds; ///< training jobs or inference services concerned
};

} // namespace infraplan::ui

Q_DECLARE_METATYPE(infraplan::ui::ProjectChange)
