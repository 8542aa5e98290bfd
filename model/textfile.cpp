#include "textfile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace infraplan {

std::optional<std::string> readTextFile(const std::filesystem::path& path, std::string& error,
                                        size_t maxBytes)
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
    std::string text;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        if (text.size() + static_cast<size_t>(in.gcount()) > maxBytes) {
            error = path.string() + ": is larger than " + std::to_string(maxBytes >> 20) +
                    " MB, more than Infraplan reads from such a file";
            return std::nullopt;
        }
        text.append(buffer, static_cast<size_t>(in.gcount()));
    }
    if (in.bad()) {
        error = path.string() + ": read error";
        return std::nullopt;
    }
    return text;
}

namespace {

/// Where the bytes really go: a symbolic link is followed (to any depth, relative links resolved from the
/// link's folder) so saving through a link updates the file it points to instead of replacing the link.
std::filesystem::path resolveLinks(std::filesystem::path path)
{
    for (int hops = 0; hops < 40; ++hops) {
        std::error_code ec;
        if (!std::filesystem::is_symlink(path, ec))
            return path;
        const std::filesystem::path target = std::filesystem::read_symlink(path, ec);
        if (ec)
            return path;
        path = target.is_absolute() ? target : path.parent_path() / target;
    }
    return path;
}

/// An open file descriptor for the new bytes: unnamed (O_TMPFILE) where the file system supports it, so
/// nothing is left behind if the process dies; otherwise a hidden temporary name, removed on failure.
struct TemporaryFile {
    int fd = -1;
    std::string name; ///< empty for an unnamed file

    ~TemporaryFile()
    {
        if (fd >= 0)
            ::close(fd);
        if (!name.empty())
            ::unlink(name.c_str());
    }
};

bool openTemporary(const std::filesystem::path& dir, const std::filesystem::path& target, TemporaryFile& tmp)
{
#ifdef O_TMPFILE
    tmp.fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (tmp.fd >= 0)
        return true;
#endif
    std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    tmp.fd = ::mkstemp(tmpl.data());
    if (tmp.fd < 0)
        return false;
    tmp.name = tmpl;
    return true;
}

/// Gives the unnamed file a hidden name next to the target so that it can be renamed over it.
bool nameTemporary(const std::filesystem::path& dir, const std::filesystem::path& target, TemporaryFile& tmp)
{
    if (!tmp.name.empty())
        return true;
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
        char suffix[16];
        std::snprintf(suffix, sizeof suffix, ".%08x", static_cast<unsigned>(random()));
        const std::string name = (dir / ("." + target.filename().string() + suffix)).string();
        const std::string self = "/proc/self/fd/" + std::to_string(tmp.fd);
        if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
            tmp.name = name;
            return true;
        }
        if (errno != EEXIST)
            return false;
    }
    return false;
}

} // namespace

bool writeFileAtomically(const std::filesystem::path& requested, const std::string& bytes, std::string& error)
{
    const std::filesystem::path path = resolveLinks(requested);
    const std::filesystem::path dir =
        path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    auto fail = [&](const std::string& what) {
        error = requested.string() + ": " + what + ": " + std::strerror(errno);
        return false;
    };
    TemporaryFile tmp;
    if (!openTemporary(dir, path, tmp))
        return fail("cannot create a file in " + dir.string());
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(tmp.fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail("write failed");
        }
        written += static_cast<size_t>(n);
    }
    // An existing file keeps its mode (and, where allowed, its owner); a new one gets what the umask gives.
    struct stat existing {};
    if (::stat(path.c_str(), &existing) == 0) {
        ::fchmod(tmp.fd, existing.st_mode & 07777);
        if (::fchown(tmp.fd, existing.st_uid, existing.st_gid) != 0) {
            // Only root may give a file away; the saving user owning the new file is what editors do.
        }
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(tmp.fd, 0666 & ~mask);
    }
    if (::fsync(tmp.fd) != 0)
        return fail("cannot flush to disk");
    if (!nameTemporary(dir, path, tmp))
        return fail("cannot create a file in " + dir.string());
    if (::close(tmp.fd) != 0) {
        tmp.fd = -1;
        return fail("close failed");
    }
    tmp.fd = -1;
    if (std::rename(tmp.name.c_str(), path.c_str()) != 0)
        return fail("cannot replace file");
    tmp.name.clear();
    // The rename is durable only once the folder is on disk too.
    if (const int d = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); d >= 0) {
        ::fsync(d);
        ::close(d);
    }
    return true;
}

} // namespace infraplan
