#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "language.h"
#include "paper.h"
#include "projectfile.h"
#include "projectinput.h"
#include "reportbuilder.h"
#include "version.h"

#include <chrono>
#include <cstdio>
#include <memory>
#include <ostream>
#include <QApplication>
#include <QLocale>

namespace infraplan::cli {

namespace {

/// The report draws with Qt (fonts, charts); without a display it runs on the offscreen platform.
std::unique_ptr<QApplication> startQt()
{
    if (QCoreApplication::instance())
        return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "infraplan";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int reportCommand(const std::vector<std::string>& args, Context& c)
{
    Arguments a(args, {"output", "page", "csv", "language"});
    const auto output = a.option("output");
    if (!a.onlyFlags({}) || !a.error().empty() || a.positionals().size() != 1 || !output) {
        if (!a.error().empty())
            c.err << "infraplan report: " << a.error() << "\n";
        c.err << "usage: infraplan report PROJECT -o FILE.pdf [--page a4|letter] [--csv FILE.csv] "
                 "[--language en|zh_CN]\n";
        return Usage;
    }
    const auto requestedLanguage = a.option("language");
    if (requestedLanguage &&
        !ui::language::available().contains(QString::fromStdString(*requestedLanguage))) {
        c.err << "infraplan report: --language must be one of "
              << ui::language::available().join(", ").toStdString() << ", not '" << *requestedLanguage
              << "'\n";
        return Usage;
    }
    std::optional<ui::Paper> paper;
    if (const auto page = a.option("page")) {
        paper = ui::parsePaper(QString::fromStdString(*page));
        if (!paper) {
            c.err << "infraplan report: --page must be a4 or letter, not '" << *page << "'\n";
            return Usage;
        }
    }
    const std::string file = a.positionals()[0];
    ProjectInput in = loadProjectInput(file, c);
    if (!in.project)
        return in.exitCode;
    Project* project = &*in.project;
    const Catalog* catalog = in.catalog;

    const auto start = std::chrono::steady_clock::now();
    const auto app = startQt();
    // The report speaks the language asked for, else the system's (LANG=zh_CN.UTF-8 gives Chinese).
    ui::language::install(*QCoreApplication::instance(),
                          ui::language::resolve(QString::fromStdString(requestedLanguage.value_or(""))));
    ui::ReportOptions options;
    options.paper = paper.value_or(ui::paperForLocale(QLocale::system()));
    options.generator = QStringLiteral("Infraplan " INFRAPLAN_VERSION);
    const ui::ReportBuilder report(std::move(*project), *catalog, options, catalogSimulator(*catalog));
    QString error;
    int pages = 0;
    if (!report.writePdf(QString::fromStdString(*output), &error, &pages)) {
        c.err << "infraplan report: " << error.toStdString() << "\n";
        return Failure;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char took[32];
    std::snprintf(took, sizeof took, "%.2f", seconds);
    c.out << "wrote " << *output << " (" << pages << " pages, " << ui::paperName(options.paper).toStdString()
          << ") in " << took << " s\n";
    if (const auto csv = a.option("csv")) {
        if (!report.writeCsv(QString::fromStdString(*csv), &error)) {
            c.err << "infraplan report: " << error.toStdString() << "\n";
            return Failure;
        }
        c.out << "wrote " << *csv << "\n";
    }
    int missing = 0;
    for (const SketchSummary& s : report.analysis().summaries)
        missing += s.computed ? 0 : 1;
    if (missing)
        c.err << "note: " << missing << " of " << report.analysis().summaries.size()
              << " sketch(es) could not be simulated; the report says why on their pages\n";
    return Ok;
}

} // namespace infraplan::cli
