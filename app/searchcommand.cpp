#include "arguments.h"
#include "catalog.h"
#include "clustersearch.h"
#include "commands.h"
#include "figureformat.h"
#include "fleetsearch.h"
#include "jsontext.h"
#include "projectfile.h"
#include "projectinput.h"
#include "searchrequest.h"
#include "trainingreport.h"
#include "trainingsearch.h"
#include "trainingsetup.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace infraplan::cli {

namespace {

constexpr const char* kUsage =
    "usage: infraplan search PROJECT --sketch NAME [--json] [--top N] [--objective time|cost]\n"
    "       infraplan search PROJECT --sketch NAME --clusters [--deadline DAYS] [--budget USD]\n"
    "                        [--providers a,b] [--vendors a,b] [--cloud-only|--owned-only] [--max-nodes N]\n"
    "       infraplan search PROJECT --service NAME [--json] [--top N] [--budget USD_PER_MONTH]\n"
    "                        [--providers a,b] [--vendors a,b] [--cloud-only|--owned-only] [--quick]\n"
    "                        [--full-day]\n";

std::vector<std::string> splitList(const std::optional<std::string>& text)
{
    std::vector<std::string> out;
    if (!text)
        return out;
    std::stringstream in(*text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty())
            out.push_back(item);
    return out;
}

nlohmann::json rejectionsJson(const RejectionTally& t)
{
    nlohmann::json j = nlohmann::json::object();
    for (size_t i = 0; i < kRejectReasonCount; ++i)
        if (t.counts[i])
            j[rejectReasonCode(RejectReason(i))] = {{"count", t.counts[i]}, {"example", t.examples[i]}};
    return j;
}

nlohmann::json layoutJson(const TrainingLayout& l)
{
    return {{"dp", l.dp},
            {"tp", l.tp},
            {"pp", l.pp},
            {"ep", l.ep},
            {"micro_batch", l.microBatch},
            {"zero_stage", l.zeroStage},
            {"recompute", recomputeName(l.recompute)},
            {"interleave", l.virtualStages()},
            {"description", describeLayout(l)}};
}

nlohmann::json estimateJson(const TrainingEstimate& e)
{
    return {{"step_time_s", e.stepTimeS},
            {"tokens_per_s", e.tokensPerS},
            {"mfu", e.mfu},
            {"memory_gb", memoryGbJson(e)},
            {"step_s", stepSecondsJson(e)}};
}

SearchObjective objectiveFrom(const Arguments& a)
{
    return a.option("objective").value_or("time") == "cost" ? SearchObjective::Cost : SearchObjective::Time;
}

/// Fields every search's JSON ends with, after its own counts.
void addOutcome(nlohmann::json& j, double seconds, int threads, const RejectionTally& rejected,
                const std::string& error, nlohmann::json best)
{
    j["seconds"] = seconds;
    j["threads"] = threads;
    j["rejected"] = rejectionsJson(rejected);
    j["error"] = error;
    j["best"] = std::move(best);
}

/// The lines every search's text output has between its headline and its ranking.
void printRejections(std::ostream& out, const RejectionTally& rejected, const std::string& error)
{
    out << "Rejected: " << rejected.summary() << "\n";
    if (!error.empty())
        out << error << "\n";
}

PlanConstraints constraintsFrom(const Arguments& a)
{
    PlanConstraints k;
    if (auto v = a.option("budget"))
        k.budgetUsd = *Arguments::parseNumber(*v);
    if (auto v = a.option("deadline"))
        k.deadlineDays = *Arguments::parseNumber(*v);
    k.providers = splitList(a.option("providers"));
    k.vendors = splitList(a.option("vendors"));
    k.allowOwned = !a.flag("cloud-only");
    k.allowCloud = !a.flag("owned-only");
    return k;
}

/// What every search reads from the command line; `runSearch` does the rest of the set-up.
SearchRequest requestFrom(const Arguments& a, SearchKind kind, int top)
{
    SearchRequest r;
    r.kind = kind;
    r.top = top;
    r.objective = objectiveFrom(a);
    r.constraints = constraintsFrom(a);
    if (auto v = a.option("max-nodes"))
        r.maxNodes = static_cast<int>(*Arguments::parseNumber(*v));
    r.simulateFinalists = !a.flag("quick");
    r.fullDaySimulation = a.flag("full-day");
    return r;
}

/// Prints why a search could not be set up; the exit code.
int setupProblem(const SearchResults& results, const std::string& sketchName, Context& c)
{
    c.err << "infraplan search: ";
    switch (results.problem) {
    case SearchSetupProblem::None:
    case SearchSetupProblem::NoSketch:
    case SearchSetupProblem::NoService:
        c.err << "nothing to search for";
        break;
    case SearchSetupProblem::NotTraining:
        c.err << "sketch '" << sketchName
              << "' is an inference fleet: the layout and cluster searches are for training sketches";
        break;
    case SearchSetupProblem::CannotModel:
        c.err << results.problemDetail;
        break;
    }
    c.err << "\n";
    return InputProblems;
}

int printLayouts(const TrainingSearchResult& r, const Sketch& sketch, const SearchRequest& request,
                 const Arguments& a, Context& c)
{
    if (a.flag("json")) {
        nlohmann::json best = nlohmann::json::array();
        for (const TrainingCandidate& t : r.best)
            best.push_back({{"layout", layoutJson(t.layout)},
                            {"estimate", estimateJson(t.estimate)},
                            {"usd_per_step", t.usdPerStep}});
        nlohmann::json j{{"search", "training-layout"},
                         {"sketch", sketch.id},
                         {"objective", objectiveName(request.objective)},
                         {"layouts", r.layouts},
                         {"evaluated", r.evaluated},
                         {"pruned", r.pruned},
                         {"dominated", r.dominated},
                         {"uses_all_devices", r.usesAllDevices}};
        addOutcome(j, r.seconds, r.threads, r.rejected, r.error, std::move(best));
        c.out << jsonText(j, 2) << "\n";
    } else {
        c.out << "Layout search for " << sketch.name << ": " << r.layouts << " layouts (" << r.evaluated
              << " estimated, " << r.pruned << " pruned by memory, " << r.dominated << " dominated) in "
              << formatWith("%.1f", r.seconds * 1e3) << " ms on " << r.threads << " thread(s), ranked by "
              << objectiveName(request.objective) << "\n";
        printRejections(c.out, r.rejected, r.error);
        int rank = 1;
        for (const TrainingCandidate& t : r.best) {
            const TrainingEstimate& e = t.estimate;
            c.out << formatWith("%2.0f", rank++) << ". " << describeLayout(t.layout) << "\n    step "
                  << formatWith("%.3f", e.stepTimeS) << " s, MFU " << formatWith("%.1f", 100 * e.mfu) << "%, "
                  << formatWith("%.1f", e.memory.total() / 1e9) << " of "
                  << formatWith("%.0f", e.memoryCapacityBytes / 1e9) << " GB, $"
                  << formatWith("%.2f", t.usdPerStep) << " per step; compute "
                  << formatWith("%.3f", e.step.compute) << " s, TP " << formatWith("%.3f", e.step.tpComm)
                  << " s, PP " << formatWith("%.3f", e.step.ppComm) << " s, bubble "
                  << formatWith("%.3f", e.step.bubble) << " s, DP " << formatWith("%.3f", e.step.dpComm)
                  << " s\n";
        }
    }
    return r.best.empty() ? InputProblems : Ok;
}

int printClusters(const ClusterSearchResult& r, const Sketch& sketch, const SearchRequest& request,
                  const Arguments& a, Context& c)
{
    if (a.flag("json")) {
        nlohmann::json best = nlohmann::json::array();
        for (const ClusterCandidate& t : r.best)
            best.push_back({{"instance", t.instanceId},
                            {"provider", t.provider},
                            {"accelerator", t.acceleratorName},
                            {"owned", t.owned},
                            {"nodes", t.nodes},
                            {"accelerators", t.accelerators},
                            {"layout", layoutJson(t.layout)},
                            {"estimate", estimateJson(t.estimate)},
                            {"time_to_train_days", t.timeToTrainDays},
                            {"run_cost_usd", t.runCostUsd},
                            {"average_power_w", t.averagePowerW},
                            {"run_energy_kwh", t.runEnergyKWh}});
        nlohmann::json j{{"search", "training-cluster"},
                         {"sketch", sketch.id},
                         {"objective", objectiveName(request.objective)},
                         {"clusters", r.clusters},
                         {"layouts_evaluated", r.layoutsEvaluated}};
        addOutcome(j, r.seconds, r.threads, r.rejected, r.error, std::move(best));
        c.out << jsonText(j, 2) << "\n";
    } else {
        c.out << "Cluster search for " << sketch.name << ": " << r.clusters << " clusters, "
              << r.layoutsEvaluated << " layout estimates in " << formatWith("%.2f", r.seconds) << " s on "
              << r.threads << " thread(s), ranked by " << objectiveName(request.objective) << "\n";
        printRejections(c.out, r.rejected, r.error);
        int rank = 1;
        for (const ClusterCandidate& t : r.best)
            c.out << formatWith("%2.0f", rank++) << ". " << t.sketch.name << " (" << t.accelerators << " x "
                  << t.acceleratorName << "): " << formatWith("%.1f", t.timeToTrainDays) << " days, $"
                  << formatWith("%.0f", t.runCostUsd) << ", " << formatWith("%.0f", t.averagePowerW / 1e3)
                  << " kW; " << describeLayout(t.layout) << "\n";
    }
    return r.best.empty() ? InputProblems : Ok;
}

std::vector<std::string> samePrecisionNames(const FleetCandidate& f)
{
    std::vector<std::string> names;
    for (Precision p : f.sameFigures)
        names.emplace_back(precisionName(p));
    return names;
}

/// "; int8 gives the same figures" for a fleet whose twins in other precisions were folded into it.
std::string sameFiguresNote(const FleetCandidate& f)
{
    const std::vector<std::string> names = samePrecisionNames(f);
    if (names.empty())
        return {};
    std::string list;
    for (size_t i = 0; i < names.size(); ++i)
        list += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return "; " + list + (names.size() == 1 ? " gives" : " give") + " the same figures";
}

int printFleets(const FleetSearchResult& r, const InferenceService& service, const Arguments& a, Context& c)
{
    if (a.flag("json")) {
        nlohmann::json best = nlohmann::json::array();
        for (const FleetCandidate& f : r.best)
            best.push_back({{"instance", f.instanceId},
                            {"provider", f.provider},
                            {"accelerator", f.acceleratorName},
                            {"owned", f.owned},
                            {"tensor_parallel", f.tensorParallel},
                            {"precision", precisionName(f.precision)},
                            {"max_batch", f.maxBatch},
                            {"nodes", f.nodes},
                            {"replicas_at_peak", f.replicasAtPeak},
                            {"average_replicas", f.averageReplicas},
                            {"monthly_usd", f.monthlyUsd},
                            {"analytical_monthly_usd", f.analyticalMonthlyUsd},
                            {"ttft_p99_ms", f.ttftP99Ms},
                            {"tpot_p99_ms", f.tpotP99Ms},
                            {"e2e_p99_ms", f.e2eP99Ms},
                            {"slo_attainment", f.sloAttainment},
                            {"simulated", f.simulated},
                            {"same_figures_precisions", samePrecisionNames(f)},
                            {"verdict", f.verdict}});
        nlohmann::json j{{"search", "inference-fleet"},        {"service", service.id},
                         {"configurations", r.configurations}, {"analytical", r.analytical},
                         {"simulated", r.simulated},           {"simulation_seconds", r.simulationSeconds}};
        addOutcome(j, r.seconds, r.threads, r.rejected, r.error, std::move(best));
        c.out << jsonText(j, 2) << "\n";
    } else {
        c.out << "Fleet search for " << service.name << ": " << r.configurations << " configurations, "
              << r.analytical << " analytical estimates, " << r.simulated << " simulations in "
              << formatWith("%.2f", r.seconds) << " s (" << formatWith("%.2f", r.simulationSeconds)
              << " s simulating) on " << r.threads << " thread(s)\n";
        printRejections(c.out, r.rejected, r.error);
        int rank = 1;
        for (const FleetCandidate& f : r.best)
            c.out << formatWith("%2.0f", rank++) << ". " << f.sketch.name << ": $"
                  << formatWith("%.0f", f.monthlyUsd) << " a month, " << formatWith("%.1f", f.replicasAtPeak)
                  << " replicas at peak, TTFT p99 " << formatWith("%.0f", f.ttftP99Ms) << " ms, TPOT p99 "
                  << formatWith("%.1f", f.tpotP99Ms) << " ms"
                  << (f.simulated ? " (simulated)" : " (analytical)") << sameFiguresNote(f) << "\n";
    }
    return r.best.empty() ? InputProblems : Ok;
}

} // namespace

int searchCommand(const std::vector<std::string>& args, Context& c)
{
    Arguments a(args, {"sketch", "service", "top", "objective", "deadline", "budget", "providers", "vendors",
                       "max-nodes"});
    if (!a.error().empty() ||
        !a.onlyFlags({"json", "clusters", "cloud-only", "owned-only", "quick", "full-day"}) ||
        a.positionals().size() != 1 || a.option("sketch").has_value() == a.option("service").has_value()) {
        c.err << kUsage;
        return Usage;
    }
    ProjectInput in = loadProjectInput(a.positionals()[0], c);
    if (!in.project)
        return in.exitCode;
    const Project* project = &*in.project;
    const Catalog* catalog = in.catalog;
    if (const std::string bad = a.checkNumbers({{"top", 1, 1e6, true},
                                                {"budget", 0, 1e15, false},
                                                {"deadline", 0, 1e6, false},
                                                {"max-nodes", 1, 1e7, true}});
        !bad.empty()) {
        c.err << "infraplan search: " << bad << "\n" << kUsage;
        return Usage;
    }
    int top = 10;
    if (auto v = a.option("top"))
        top = static_cast<int>(*Arguments::parseNumber(*v));
    if (auto service = a.option("service")) {
        for (const InferenceService& s : project->services)
            if (s.id == *service || s.name == *service) {
                SearchRequest request = requestFrom(a, SearchKind::Fleet, top);
                request.serviceId = s.id;
                const SearchResults results = runSearch(*project, *catalog, request);
                return results.fleets ? printFleets(*results.fleets, s, a, c)
                                      : setupProblem(results, *service, c);
            }
        c.err << "infraplan search: no inference service has id or name '" << *service << "'\n";
        return InputProblems;
    }
    const std::string name = *a.option("sketch");
    for (const Sketch& s : project->sketches) {
        if (s.id != name && s.name != name)
            continue;
        SearchRequest request =
            requestFrom(a, a.flag("clusters") ? SearchKind::Cluster : SearchKind::Layout, top);
        request.sketchId = s.id;
        const SearchResults results = runSearch(*project, *catalog, request);
        if (results.layouts)
            return printLayouts(*results.layouts, s, request, a, c);
        if (results.clusters)
            return printClusters(*results.clusters, s, request, a, c);
        return setupProblem(results, name, c);
    }
    c.err << "infraplan search: no sketch has id or name '" << name << "'\n";
    return InputProblems;
}

} // namespace infraplan::cli
