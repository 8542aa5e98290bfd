#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace infraplan {

/// Reads a whole file; nullopt and a reason in error when it cannot.
std::optional<std::string> readTextFile(const std::filesystem::path& path, std::string& error);

/// Writes a file so that a crash or a full disk never leaves it half-written: the bytes go to a temporary
/// file in the same folder, are flushed to disk, then renamed over the target. Returns false with a reason.
bool writeFileAtomically(const std::filesystem::path& path, const std::string& bytes, std::string& error);

} // namespace infraplan
