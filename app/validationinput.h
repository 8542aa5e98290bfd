#pragma once

#include "commandline.h"
#include "validationcase.h"

#include <optional>
#include <string>
#include <vector>

namespace infraplan::cli {

/// Reads a validation file for a command, printing problems under the command's name; nullopt when the file
/// cannot be used (the exit code is then in `exitCode`).
std::optional<std::vector<ValidationCase>>
readValidationCases(const std::string& command, const std::string& path, Context& c, int& exitCode);

} // namespace infraplan::cli
