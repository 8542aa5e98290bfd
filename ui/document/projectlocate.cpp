#include "projectlocate.h"

#include <algorithm>

namespace infraplan::ui {

NodeGroup* findNode(Project& project, const std::string& nodeId)
{
    for (Sketch& s : project.sketches)
        for (NodeGroup& n : s.nodes)
            if (n.id == nodeId)
                return &n;
    return nullptr;
}

const NodeGroup* findNode(const Project& project, const std::string& nodeId)
{
    return findNode(const_cast<Project&>(project), nodeId);
}

const Sketch* sketchOfNode(const Project& project, const std::string& nodeId)
{
    for (const Sketch& s : project.sketches)
        if (std::any_of(s.nodes.begin(), s.nodes.end(), [&](const NodeGroup& n) { return n.id == nodeId; }))
            return &s;
    return nullptr;
}

TrainingJob* findTrainingJob(Project& project, const std::string& id)
{
    auto it = std::find_if(project.trainingJobs.begin(), project.trainingJobs.end(),
                           [&](const TrainingJob& j) { return j.id == id; });
    return it == project.trainingJobs.end() ? nullptr : &*it;
}

InferenceService* findService(Project& project, const std::string& id)
{
    auto it = std::find_if(project.services.begin(), project.services.end(),
                           [&](const InferenceService& s) { return s.id == id; });
    return it == project.services.end() ? nullptr : &*it;
}

} // namespace infraplan::ui
