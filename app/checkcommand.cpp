#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "jsontext.h"
#include "projectfile.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace infraplan::cli {

int checkCommand(const std::vector<std::string>& args, Context& c)
{
    Arguments a(args, {});
    if (!a.onlyFlags({"json"}) || a.positionals().size() != 1) {
        c.err << "usage: infraplan check PROJECT [--json]\n";
        return Usage;
    }
    const std::string file = a.positionals()[0];
    Problems problems;
    auto project = projectfile::load(file, problems);
    if (project) {
        const Catalog* catalog = c.catalog();
        if (!catalog)
            return Failure;
        problems = projectfile::checkAgainstCatalog(*project, *catalog);
    }
    if (a.flag("json")) {
        nlohmann::json j = {
            {"file", file}, {"valid", problems.empty()}, {"problems", nlohmann::json::array()}};
        for (const auto& p : problems)
            j["problems"].push_back({{"path", p.where}, {"message", p.message}});
        c.out << jsonText(j, 2) << "\n";
    } else if (problems.empty()) {
        c.out << file << ": OK (" << project->trainingJobs.size() << " training job(s), "
              << project->services.size() << " inference service(s), " << project->sketches.size()
              << " sketch(es))\n";
    } else {
        c.err << file << ": " << problems.size() << " problem(s):\n";
        for (const auto& p : problems)
            c.err << "  " << (p.where.empty() ? "" : p.where + ": ") << p.message << "\n";
    }
    return problems.empty() ? Ok : InputProblems;
}

} // namespace infraplan::cli
