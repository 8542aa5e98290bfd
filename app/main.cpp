// Infraplan: the graphical application without arguments (or with a project file), the command line with a
// subcommand. Both drive the same model library.
#include "commandline.h"
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
} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    const auto dir = executableDir(argv[0]);
    if (infraplan::cli::wantsCommandLine(args)) {
        infraplan::cli::Context context(dir, std::cout, std::cerr);
        return infraplan::cli::run(args, context);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName("Infraplan");
    QApplication::setOrganizationName("Infraplan");
    QApplication::setApplicationVersion(INFRAPLAN_VERSION_STRING);
    infraplan::ui::MainWindow window(dir, args.empty() ? QString() : QString::fromStdString(args.front()));
    window.show();
    return app.exec();
}
