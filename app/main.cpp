// Infraplan: the graphical application without arguments (or with a project file), the command line with a
// subcommand. Both drive the same model library.
#include "commandline.h"
#include "filecontroller.h"
#include "mainwindow.h"

#include <filesystem>
#include <iostream>
#include <QApplication>

namespace {
std::filesystem::path executableDir(const char* argv0)
{
    std::error_code ec;
    auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec)
        self = std::filesystem::absolute(argv0);
    return self.parent_path();
}

/// The example projects: installed next to the shipped catalog, or in the source tree of a build.
QString examplesDir(const std::filesystem::path& exeDir)
{
    const std::filesystem::path candidates[] = {exeDir / ".." / "share" / "infraplan" / "examples",
                                                exeDir / "examples", INFRAPLAN_SOURCE_EXAMPLES_DIR};
    for (const auto& c : candidates)
        if (std::filesystem::is_directory(c))
            return QString::fromStdString(std::filesystem::canonical(c).string());
    return {};
}
} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    const auto dir = executableDir(argv[0]);
    if (infraplan::cli::wantsCommandLine(args)) {
        infraplan::cli::Context context(dir, std::cout, std::cerr);
        // Input problems are reported by the commands themselves; this is the last line of defence so that
        // nothing reachable from input ends in std::terminate and a core dump.
        try {
            return infraplan::cli::run(args, context);
        } catch (const std::bad_alloc&) {
            std::cerr << "infraplan: out of memory\n";
        } catch (const std::exception& e) {
            std::cerr << "infraplan: internal error: " << e.what() << "\n";
        }
        return infraplan::cli::Failure;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName("Infraplan");
    QApplication::setOrganizationName("Infraplan");
    QApplication::setApplicationVersion(INFRAPLAN_VERSION_STRING);
    infraplan::ui::MainWindow window({dir, examplesDir(dir)});
    window.show();
    if (!args.empty())
        window.files().openFile(QString::fromStdString(args.front()));
    return app.exec();
}
