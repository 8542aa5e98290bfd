#pragma once

#include "commandline.h"
#include "project.h"

#include <optional>
#include <string>

namespace infraplan::cli {

/// A project a command works on, loaded and checked against the catalog.
struct ProjectInput {
    std::optional<Project> project; ///< empty when the file or the catalog has problems
    const Catalog* catalog = nullptr;
    int exitCode = Ok; ///< what the command returns when `project` is empty
};

/// Loads `file` and checks it against the catalog; every problem is printed to `context.err` with the file
/// name, so each command reports a bad project the same way.
ProjectInput loadProjectInput(const std::string& file, Context& context);

} // namespace infraplan::cli
