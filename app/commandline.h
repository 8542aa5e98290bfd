#pragma once

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace infraplan {
class Catalog;
}

namespace infraplan::cli {

/// What every subcommand gets: where to write, and the catalog, opened on first use.
class Context {
public:
    Context(std::filesystem::path executableDir, std::ostream& out, std::ostream& err);
    ~Context();

    std::ostream& out;
    std::ostream& err;
    const std::filesystem::path& executableDir() const { return m_executableDir; }
    /// Opens the shipped and user catalogs; nullptr after printing why to err.
    const Catalog* catalog();

private:
    std::filesystem::path m_executableDir;
    std::unique_ptr<Catalog> m_catalog;
    bool m_failed = false;
};

/// Exit codes: 0 success, 1 the input has problems (a project that does not validate), 2 usage errors,
/// 3 the environment failed (a file that cannot be read or written, a broken database).
enum ExitCode { Ok = 0, InputProblems = 1, Usage = 2, Failure = 3 };

/// Runs a subcommand (`args` excludes the program name). Returns the process exit code.
int run(const std::vector<std::string>& args, Context& context);

/// True when the words ask for the command line rather than the GUI.
bool wantsCommandLine(const std::vector<std::string>& args);

} // namespace infraplan::cli
