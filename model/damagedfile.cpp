#include "damagedfile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace infraplan {

std::optional<std::filesystem::path> moveDamagedFileAside(const std::filesystem::path& file,
                                                          std::string& error)
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    const std::string stem = file.stem().string();
    const std::string ext = file.extension().string();
    for (int n = 1; n < 100; ++n) {
        const std::string suffix = n == 1 ? "" : "-" + std::to_string(n);
        const std::filesystem::path target = file.parent_path() / (stem + ".damaged-" + stamp + suffix + ext);
        // link + unlink instead of rename: link refuses to replace an existing file, so nothing is lost
        // even when two processes move the same damaged file at once.
        if (::link(file.c_str(), target.c_str()) != 0) {
            if (errno == EEXIST)
                continue;
            // Some file systems have no hard links; there a rename to a name not taken does the same.
            std::error_code ec;
            if (std::filesystem::exists(target, ec))
                continue;
            if (std::rename(file.c_str(), target.c_str()) != 0) {
                error = std::strerror(errno);
                return std::nullopt;
            }
        }
        for (const char* companion : {"-journal", "-wal", "-shm"}) {
            const std::string from = file.string() + companion;
            if (::access(from.c_str(), F_OK) == 0)
                std::rename(from.c_str(), (target.string() + companion).c_str());
        }
        ::unlink(file.c_str());
        return target;
    }
    error = "too many damaged copies with the same time stamp";
    return std::nullopt;
}

} // namespace infraplan
