#pragma once

#include "problem.h"
#include "project.h"

#include <optional>
#include <string>
#include <vector>

namespace infraplan::ui {

/// A piece of a project on the clipboard: whole sketches (with the workloads they use) and loose node
/// groups. Pasting gives every part a fresh id.
struct Fragment {
    std::vector<Sketch> sketches;
    std::vector<NodeGroup> nodes; ///< node groups copied without their frame
    std::vector<TrainingJob> trainingJobs;
    std::vector<InferenceService> services;

    bool empty() const { return sketches.empty() && nodes.empty(); }
    bool operator==(const Fragment&) const = default;
};

/// The MIME type fragments travel under on the clipboard.
inline constexpr const char* kFragmentMimeType = "application/x-infraplan-fragment+json";

/// Copies the named sketches (with their workloads) and the named node groups that are not inside one of
/// those sketches.
Fragment copyFragment(const Project& project, const std::vector<std::string>& sketchIds,
                      const std::vector<std::string>& nodeIds);

/// JSON text: the sketches and workloads in the project file format, plus the loose node groups.
std::string serializeFragment(const Fragment& fragment);
/// Parses what serializeFragment wrote; nullopt with problems for anything else.
std::optional<Fragment> parseFragment(const std::string& text, Problems& problems);

} // namespace infraplan::ui
