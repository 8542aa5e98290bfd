#include "commandline.h"

#include "catalog.h"
#include "commands.h"
#include "sqlitedb.h"
#include "version.h"

#include <ostream>

namespace infraplan::cli {

Context::Context(std::filesystem::path executableDir, std::ostream& o, std::ostream& e)
    : out(o), err(e), m_executableDir(std::move(executableDir))
{}

Context::~Context() = default;

const Catalog* Context::catalog()
{
    if (m_catalog || m_failed)
        return m_catalog.get();
    try {
        std::string notice;
        m_catalog = std::make_unique<Catalog>(loadCatalog(CatalogPaths::standard(m_executableDir), &notice));
        if (!notice.empty())
            err << "infraplan: " << notice << "\n";
    } catch (const sql::Error& e) {
        err << "infraplan: " << e.what() << "\n";
        m_failed = true;
    } catch (const std::exception& e) {
        err << "infraplan: cannot open the catalog: " << e.what() << "\n";
        m_failed = true;
    }
    return m_catalog.get();
}

const std::vector<Command>& commands()
{
    static const std::vector<Command> list = {
        {"catalog", "list, show, import or export hardware in the catalog",
         "infraplan catalog list [--kind KIND] [--json]\n"
         "infraplan catalog show ID [--json]\n"
         "infraplan catalog import FILE      (JSON or CSV; rows go to your user catalog)\n"
         "infraplan catalog export FILE [--kind KIND] [--user]   (JSON or CSV by extension)\n"
         "infraplan catalog remove ID        (removes one of your own rows)\n"
         "infraplan catalog check            (integrity check; share of figures with primary sources)\n"
         "infraplan catalog prices import FILE [--region R]\n"
         "                                   (AWS EC2 offer file JSON/CSV, Azure Retail Prices page or "
         "Google\n"
         "                                   Cloud Billing Catalog SKUs; updates your copies of instances)\n"
         "infraplan catalog recover FILE     (rows that can still be read from a damaged catalog)",
         catalogCommand},
        {"calibrate", "fit the achievable fractions per device family to published measurements",
         "infraplan calibrate CASES [--kind training|inference] [--write FILE] [--json]\n"
         "  --write   the calibration rows with their provenance (format of data/catalog/calibration-*.json)",
         calibrateCommand},
        {"check", "load and validate a project file", "infraplan check PROJECT [--json]", checkCommand},
        {"report", "export the PDF cost comparison report (and the table as CSV)",
         "infraplan report PROJECT -o FILE.pdf [--page a4|letter] [--csv FILE.csv] [--language en|zh_CN]\n"
         "  --page       paper size (default: Letter in the US and Canada, A4 elsewhere, from the locale)\n"
         "  --language   the report's language (default: the system's when Infraplan has it, else English)",
         reportCommand},
        {"search", "find the best training layout, the training cluster or the cheapest inference fleet",
         "infraplan search PROJECT --sketch NAME [--json] [--top N] [--objective time|cost]\n"
         "infraplan search PROJECT --sketch NAME --clusters [--deadline DAYS] [--budget USD] [--providers "
         "a,b]\n"
         "                 [--vendors a,b] [--cloud-only|--owned-only] [--max-nodes N] [--json] [--top N]\n"
         "infraplan search PROJECT --service NAME [--json] [--top N] [--budget USD_PER_MONTH] [--providers "
         "a,b]\n"
         "                 [--vendors a,b] [--cloud-only|--owned-only] [--quick]",
         searchCommand},
        {"simulate", "simulate every sketch of a project (training and inference)",
         "infraplan simulate PROJECT [--sketch ID] [--json] [--quick] [--seed N]\n"
         "  --quick   analytical inference estimate instead of the discrete-event simulation",
         simulateCommand},
        {"validate", "compare the engines with published measurements",
         "infraplan validate FILE [--json]   (FILE in the infraplan-validation/1 format)\n"
         "infraplan validate FILE --cross-validate [--json] [--markdown FILE]\n"
         "  --cross-validate   also predict each case with a calibration fitted without it, and without its "
         "device family\n"
         "infraplan validate FILE --regimes [--json] [--write FILE]\n"
         "  --regimes   the error band of each regime (engine x what binds x calibration) from the held-out "
         "errors; --write data/catalog/error-regimes.json ships it (docs/confidence.md)",
         validateCommand},
    };
    return list;
}

namespace {

void printHelp(std::ostream& out)
{
    out << "Infraplan " INFRAPLAN_VERSION " - plan AI training clusters and inference fleets\n\n"
           "Usage:\n"
           "  infraplan                   start the graphical application\n"
           "  infraplan PROJECT.json      open a project in the graphical application\n"
           "  infraplan COMMAND [ARGS]    run a command without a window\n\n"
           "Commands:\n";
    for (const Command& c : commands()) {
        std::string name = c.name;
        name.resize(12, ' ');
        out << "  " << name << c.summary << "\n";
    }
    out << "\nOptions:\n  -h, --help     show this help (infraplan COMMAND --help for a command's usage)\n"
           "  -v, --version  show the version\n\n"
           "Exit codes: 0 success, 1 the input has problems, 2 wrong usage, 3 a file or database failed.\n"
           "Environment: INFRAPLAN_CATALOG (shipped catalog database), INFRAPLAN_USER_CATALOG (your own "
           "rows).\n";
}

} // namespace

bool wantsCommandLine(const std::vector<std::string>& args)
{
    if (args.empty())
        return false;
    const std::string& first = args.front();
    if (first == "--help" || first == "-h" || first == "--version" || first == "-v" || first == "help")
        return true;
    for (const Command& c : commands())
        if (first == c.name)
            return true;
    // Unknown dashes are usage errors for the command line; a plain path opens the GUI.
    return first.rfind("-", 0) == 0;
}

int run(const std::vector<std::string>& args, Context& context)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        if (args.size() > 1 && args[0] == "help")
            return run({args[1], "--help"}, context);
        printHelp(context.out);
        return Ok;
    }
    if (args[0] == "--version" || args[0] == "-v") {
        context.out << "infraplan " INFRAPLAN_VERSION "\n";
        return Ok;
    }
    for (const Command& c : commands()) {
        if (args[0] != c.name)
            continue;
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        for (const auto& a : rest)
            if (a == "--help" || a == "-h") {
                context.out << "Usage:\n" << c.usage << "\n";
                return Ok;
            }
        return c.run(rest, context);
    }
    context.err << "infraplan: unknown command or option '" << args[0] << "' (see infraplan --help)\n";
    return Usage;
}

} // namespace infraplan::cli
