#pragma once

#include "project.h"
#include "projectcommand.h"

#include <string>
#include <vector>

namespace infraplan::ui {

/// Sketches, node groups and workloads with the place each one has (or had) in the project.
struct ProjectParts {
    struct PlacedSketch {
        size_t index = 0;
        Sketch sketch;
    };
    struct PlacedNode {
        std::string sketchId;
        size_t index = 0;
        NodeGroup node;
    };
    struct PlacedJob {
        size_t index = 0;
        TrainingJob job;
    };
    struct PlacedService {
        size_t index = 0;
        InferenceService service;
    };
    std::vector<PlacedSketch> sketches; ///< in ascending index order
    std::vector<PlacedNode> nodes;      ///< in ascending index order within each sketch
    std::vector<PlacedJob> trainingJobs;
    std::vector<PlacedService> services;

    bool empty() const
    {
        return sketches.empty() && nodes.empty() && trainingJobs.empty() && services.empty();
    }
};

/// Inserts or removes parts of the project as one undo step. A removal keeps what it removed, with its
/// place, and puts it back on undo; an insertion takes its parts out again. Insertion and removal are the
/// same swap run in opposite directions.
class StructureCommand : public ProjectCommand {
public:
    enum class Direction { Insert, Remove };

    StructureCommand(ProjectDocument& document, ProjectParts parts, Direction direction, const QString& text);

    void redo() override;
    void undo() override;

private:
    void insert();
    void remove();
    ProjectChange change(ProjectChange::Kind kind) const;

    ProjectParts m_parts;
    Direction m_direction;
};

} // namespace infraplan::ui
