#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace infraplan {

/// Moves a file that cannot be read out of the way without losing it: `dir/name.ext` becomes
/// `dir/name.damaged-YYYYMMDD-HHMMSS.ext` (local time, with -2, -3... if that exists), and SQLite's
/// companion files (-journal, -wal, -shm) move with it so the copy stays as consistent as it was.
/// Returns the new path, or nullopt with a reason.
std::optional<std::filesystem::path> moveDamagedFileAside(const std::filesystem::path& file,
                                                          std::string& error);

} // namespace infraplan
