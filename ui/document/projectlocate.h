#pragma once

#include "project.h"

#include <string>

namespace infraplan::ui {

/// Finds parts of a project by their stable id; nullptr when there is none. Commands keep ids, never
/// pointers, and look their target up each time they run.
NodeGroup* findNode(Project& project, const std::string& nodeId);
const NodeGroup* findNode(const Project& project, const std::string& nodeId);
/// The sketch holding a node group; nullptr when no sketch does.
const Sketch* sketchOfNode(const Project& project, const std::string& nodeId);
TrainingJob* findTrainingJob(Project& project, const std::string& id);
InferenceService* findService(Project& project, const std::string& id);

/// Lookup by id for the generic field command: one specialisation per kind of target.
template <typename Target> Target* locateTarget(Project& project, const std::string& id);

template <> inline Project* locateTarget<Project>(Project& project, const std::string&)
{
    return &project;
}
template <> inline Sketch* locateTarget<Sketch>(Project& project, const std::string& id)
{
    return project.sketch(id);
}
template <> inline NodeGroup* locateTarget<NodeGroup>(Project& project, const std::string& id)
{
    return findNode(project, id);
}
template <> inline TrainingJob* locateTarget<TrainingJob>(Project& project, const std::string& id)
{
    return findTrainingJob(project, id);
}
template <> inline InferenceService* locateTarget<InferenceService>(Project& project, const std::string& id)
{
    return findService(project, id);
}

} // namespace infraplan::ui
