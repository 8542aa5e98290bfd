#include "fragment.h"

#include "projectfile.h"
#include "projectlocate.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace infraplan::ui {

using nlohmann::json;

Fragment copyFragment(const Project& project, const std::vector<std::string>& sketchIds,
                      const std::vector<std::string>& nodeIds)
{
    Fragment f;
    auto contains = [](const std::vector<std::string>& v, const std::string& id) {
        return std::find(v.begin(), v.end(), id) != v.end();
    };
    for (const Sketch& s : project.sketches) {
        if (!contains(sketchIds, s.id))
            continue;
        f.sketches.push_back(s);
        if (const TrainingJob* j = project.trainingJob(s.workloadId);
            j && s.role == SketchRole::Training &&
            std::none_of(f.trainingJobs.begin(), f.trainingJobs.end(),
                         [&](auto& t) { return t.id == j->id; }))
            f.trainingJobs.push_back(*j);
        if (const InferenceService* v = project.service(s.workloadId);
            v && s.role == SketchRole::Inference &&
            std::none_of(f.services.begin(), f.services.end(), [&](auto& t) { return t.id == v->id; }))
            f.services.push_back(*v);
    }
    for (const Sketch& s : project.sketches) {
        if (contains(sketchIds, s.id))
            continue;
        for (const NodeGroup& n : s.nodes)
            if (contains(nodeIds, n.id))
                f.nodes.push_back(n);
    }
    return f;
}

std::string serializeFragment(const Fragment& fragment)
{
    Project p;
    p.name = "clipboard";
    p.sketches = fragment.sketches;
    p.trainingJobs = fragment.trainingJobs;
    p.services = fragment.services;
    json nodes = json::array();
    for (const NodeGroup& n : fragment.nodes)
        nodes.push_back({{"id", n.id},
                         {"item", n.itemId},
                         {"count", n.count},
                         {"position", {{"x", n.position.x}, {"y", n.position.y}}}});
    json doc = {
        {"infraplan_fragment", 1}, {"project", json::parse(projectfile::serialize(p))}, {"nodes", nodes}};
    return doc.dump();
}

std::optional<Fragment> parseFragment(const std::string& text, Problems& problems)
{
    const size_t before = problems.size();
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("infraplan_fragment") ||
        !doc.contains("project")) {
        problems.push_back({"", "the clipboard does not hold Infraplan items"});
        return std::nullopt;
    }
    auto project = projectfile::parse(doc["project"].dump(), problems);
    if (!project)
        return std::nullopt;
    Fragment f;
    f.sketches = std::move(project->sketches);
    f.trainingJobs = std::move(project->trainingJobs);
    f.services = std::move(project->services);
    const json nodes = doc.contains("nodes") && doc["nodes"].is_array() ? doc["nodes"] : json::array();
    try {
        for (size_t i = 0; i < nodes.size(); ++i) {
            const json& n = nodes[i];
            const std::string where = "/nodes/" + std::to_string(i);
            if (!n.is_object() || !n.contains("item") || !n["item"].is_string() || !n.contains("count") ||
                !n["count"].is_number_integer() || n["count"].get<long long>() < 1) {
                problems.push_back({where, "expected a node group with an item and a count of at least 1"});
                continue;
            }
            NodeGroup g;
            g.id = n.value("id", std::string());
            g.itemId = n["item"].get<std::string>();
            g.count = static_cast<int>(std::min<long long>(n["count"].get<long long>(), 1000000));
            if (n.contains("position") && n["position"].is_object()) {
                g.position.x = n["position"].value("x", 0.0);
                g.position.y = n["position"].value("y", 0.0);
            }
            f.nodes.push_back(std::move(g));
        }
    } catch (const json::exception& e) {
        problems.push_back({"/nodes", std::string("a node group is malformed: ") + e.what()});
    }
    if (problems.size() != before)
        return std::nullopt;
    return f;
}

} // namespace infraplan::ui
