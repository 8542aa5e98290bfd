#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "jsontext.h"
#include "projectfile.h"
#include "projectinput.h"
#include "simulation.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace infraplan::cli {

int simulateCommand(const std::vector<std::string>& args, Context& c)
{
    Arguments a(args, {"sketch", "seed"});
    const std::string badNumber = a.checkNumbers({{"seed", 0, 4294967295.0, true}});
    if (!a.onlyFlags({"json", "quick"}) || a.positionals().size() != 1 || !a.error().empty() ||
        !badNumber.empty()) {
        if (!badNumber.empty())
            c.err << "infraplan simulate: " << badNumber << "\n";
        c.err << "usage: infraplan simulate PROJECT [--sketch ID] [--json] [--quick] [--seed N]\n";
        return Usage;
    }
    ProjectInput in = loadProjectInput(a.positionals()[0], c);
    if (!in.project)
        return in.exitCode;
    const Project* project = &*in.project;
    const Catalog* catalog = in.catalog;
    SimulationOptions options;
    options.fullInferenceSimulation = !a.flag("quick");
    if (auto seed = a.option("seed"))
        options.seed = static_cast<unsigned>(*Arguments::parseNumber(*seed));
    std::vector<SketchSummary> results;
    const auto only = a.option("sketch");
    for (const Sketch& s : project->sketches)
        if (!only || *only == s.id || *only == s.name)
            results.push_back(simulateSketch(*project, s, *catalog, options));
    if (only && results.empty()) {
        c.err << "infraplan simulate: no sketch has id or name '" << *only << "'\n";
        return InputProblems;
    }
    bool allComputed = true;
    if (a.flag("json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : results) {
            allComputed = allComputed && r.computed;
            nlohmann::json j = r.detail.is_object() ? r.detail : nlohmann::json::object();
            j["sketch"] = r.sketchId;
            j["name"] = r.name;
            j["role"] = roleName(r.role);
            j["computed"] = r.computed;
            if (!r.computed)
                j["error"] = r.error;
            out.push_back(j);
        }
        c.out << jsonText(nlohmann::json{{"project", project->name}, {"sketches", out}}, 2) << "\n";
    } else {
        for (const auto& r : results) {
            allComputed = allComputed && r.computed;
            c.out << "== " << r.name << " (" << roleName(r.role) << ", " << r.sketchId << ")\n";
            if (!r.computed)
                c.out << "   cannot simulate: " << r.error << "\n\n";
            else
                c.out << r.report << "\n";
        }
    }
    return allComputed ? Ok : InputProblems;
}

} // namespace infraplan::cli
