#pragma once

#include "problem.h"
#include "project.h"

#include <filesystem>
#include <optional>
#include <string>

namespace infraplan {

class Catalog;

/// Reads and writes project files (JSON, format version 1; see docs/project-format.md).
namespace projectfile {

/// Parses a project. Every problem found is reported with its JSON path; nullopt if any was found.
std::optional<Project> parse(const std::string& text, Problems& problems);
std::optional<Project> load(const std::filesystem::path& file, Problems& problems);

std::string serialize(const Project& project);
/// Atomic: a failure leaves the previous file as it was. Returns false with a reason.
bool save(const Project& project, const std::filesystem::path& file, std::string& error);

/// Checks references from the project into the catalog (instance, link, storage, region and model ids) and
/// combinations that cannot work (a training sketch with an inference workload).
Problems checkAgainstCatalog(const Project& project, const Catalog& catalog);

} // namespace projectfile
} // namespace infraplan
