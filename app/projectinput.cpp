#include "projectinput.h"

#include "projectfile.h"

namespace infraplan::cli {

namespace {

void printProblems(std::ostream& err, const std::string& file, const Problems& problems)
{
    err << file << ": " << problems.size() << " problem(s):\n";
    for (const auto& p : problems)
        err << "  " << p.toString() << "\n";
}

} // namespace

ProjectInput loadProjectInput(const std::string& file, Context& context)
{
    ProjectInput in;
    Problems problems;
    auto project = projectfile::load(file, problems);
    if (!project) {
        printProblems(context.err, file, problems);
        in.exitCode = InputProblems;
        return in;
    }
    in.catalog = context.catalog();
    if (!in.catalog) {
        in.exitCode = Failure;
        return in;
    }
    problems = projectfile::checkAgainstCatalog(*project, *in.catalog);
    if (!problems.empty()) {
        printProblems(context.err, file, problems);
        in.exitCode = InputProblems;
        return in;
    }
    in.project = std::move(project);
    return in;
}

} // namespace infraplan::cli
