#include "textfile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace infraplan {

std::optional<std::string> readTextFile(const std::filesystem::path& path, std::string& error)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        error = path.string() + ": is a folder, not a file";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path.string() + ": cannot open: " + std::strerror(errno);
        return std::nullopt;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) {
        error = path.string() + ": read error";
        return std::nullopt;
    }
    return ss.str();
}

bool writeFileAtomically(const std::filesystem::path& path, const std::string& bytes, std::string& error)
{
    const std::filesystem::path dir =
        path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::string tmpl = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = mkstemp(tmpl.data());
    if (fd < 0) {
        error = path.string() + ": cannot create a file in " + dir.string() + ": " + std::strerror(errno);
        return false;
    }
    auto failWith = [&](const char* what) {
        error = path.string() + ": " + what + ": " + std::strerror(errno);
        ::close(fd);
        std::remove(tmpl.c_str());
        return false;
    };
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return failWith("write failed");
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0)
        return failWith("cannot flush to disk");
    // Keep the permissions a new file would get rather than mkstemp's 0600.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    if (::close(fd) != 0) {
        error = path.string() + ": close failed: " + std::strerror(errno);
        std::remove(tmpl.c_str());
        return false;
    }
    if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
        error = path.string() + ": cannot replace file: " + std::strerror(errno);
        std::remove(tmpl.c_str());
        return false;
    }
    return true;
}

} // namespace infraplan
