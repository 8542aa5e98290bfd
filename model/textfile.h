#pragma once

#include <cstddef>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>

namespace infraplan {

/// Reads a whole file; nullopt and a reason in error when it cannot, or when it is larger than maxBytes
/// (so that a mistaken or hostile file cannot exhaust memory).
std::optional<std::string> readTextFile(const std::filesystem::path& path, std::string& error,
                                        size_t maxBytes = std::numeric_limits<size_t>::max());

/// Writes a file the way office suites save: a crash, a kill or a full disk never leaves it half-written
/// and never leaves a temporary file behind. The bytes go to an unnamed file in the target's folder
/// (O_TMPFILE), are flushed to disk, then take the target's name in one rename. A symbolic link is
/// followed and its target replaced, and an existing file keeps its permissions (0600 stays 0600).
/// Returns false with a reason, leaving the previous file as it was.
bool writeFileAtomically(const std::filesystem::path& path, const std::string& bytes, std::string& error);

} // namespace infraplan
