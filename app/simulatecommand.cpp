#include "arguments.h"
#include "billofmaterials.h"
#include "catalog.h"
#include "commands.h"
#include "jsontext.h"
#include "projectfile.h"
#include "projectinput.h"
#include "simulation.h"
#include "sketchresultjson.h"
#include "sketchresulttext.h"

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
    std::vector<BillOfMaterials> bills;
    const auto only = a.option("sketch");
    for (const Sketch& s : project->sketches)
        if (!only || *only == s.id || *only == s.name) {
            results.push_back(simulateSketch(*project, s, *catalog, options));
            bills.push_back(billOfMaterials(*project, s, *catalog, &results.back()));
        }
    if (only && results.empty()) {
        c.err << "infraplan simulate: no sketch has id or name '" << *only << "'\n";
        return InputProblems;
    }
    bool allComputed = true;
    if (a.flag("json")) {
        nlohmann::json out = nlohmann::json::array();
        for (size_t i = 0; i < results.size(); ++i) {
            const SketchSummary& r = results[i];
            allComputed = allComputed && r.computed;
            nlohmann::json j = sketchResultJson(r, *project);
            if (bills[i].priced) {
                nlohmann::json lines = nlohmann::json::array();
                for (const BomLine& l : bills[i].lines)
                    if (l.inTotal)
                        lines.push_back(
                            {{"component", l.component},
                             {"item", l.catalogId},
                             {"quantity", l.quantity},
                             {"unit", l.quantityUnit},
                             {"unit_price_usd", l.unitPriceUsd.value_or(0)},
                             {"amount_usd",
                              static_cast<double>(l.amountCents) / 100 / bills[i].currency.perUsd},
                             {"unit_price", l.unitPriceUsd.value_or(0) * bills[i].currency.perUsd},
                             {"amount", static_cast<double>(l.amountCents) / 100}});
                // The amounts in the project's currency, to the cent, next to their US-dollar values.
                j["bill"] = {{"period", bills[i].period()},
                             {"currency", currencyCode(bills[i].currency.currency)},
                             {"total", static_cast<double>(bills[i].totalCents) / 100},
                             {"total_usd", bills[i].totalUsd()},
                             {"lines", lines}};
            }
            if (r.confidence.available) {
                const nlohmann::json confidence = confidenceJson(r.confidence);
                j["bands"] = confidence["figures"];
                j["confidence"] = confidence;
                j["confidence"].erase("figures");
            }
            j["sketch"] = r.sketchId;
            j["name"] = r.name;
            j["role"] = roleName(r.role);
            j["computed"] = r.computed;
            if (!r.computed)
                j["error"] = r.error;
            out.push_back(j);
        }
        const ExchangeRate rate = project->exchangeRate();
        const nlohmann::json currency = {{"code", currencyCode(rate.currency)},
                                         {"per_usd", rate.perUsd},
                                         {"date", rate.date},
                                         {"source", rate.source},
                                         {"user_set", rate.userSet}};
        c.out << jsonText(
                     nlohmann::json{{"project", project->name}, {"currency", currency}, {"sketches", out}}, 2)
              << "\n";
    } else {
        for (size_t i = 0; i < results.size(); ++i) {
            const SketchSummary& r = results[i];
            allComputed = allComputed && r.computed;
            c.out << "== " << r.name << " (" << roleName(r.role) << ", " << r.sketchId << ")\n";
            if (!r.computed)
                c.out << "   cannot simulate: " << r.error << "\n\n";
            else
                c.out << sketchResultText(r, *project) << billText(bills[i]) << "\n";
        }
    }
    return allComputed ? Ok : InputProblems;
}

} // namespace infraplan::cli
