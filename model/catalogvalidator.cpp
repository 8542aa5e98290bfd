#include "catalogvalidator.h"

#include "catalogschema.h"
#include "sourcepolicy.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

namespace infraplan {

namespace {

struct RefRule {
    ItemKind kind;
    const char* attribute;
    ItemKind target;
};

constexpr RefRule kRefs[] = {
    {ItemKind::Instance, "accelerator", ItemKind::Accelerator},
    {ItemKind::Instance, "scale_up_link", ItemKind::Link},
    {ItemKind::Instance, "scale_out_link", ItemKind::Link},
    {ItemKind::Instance, "region", ItemKind::Region},
    {ItemKind::Accelerator, "scale_up_link", ItemKind::Link},
};

} // namespace

Problems validateCatalog(const CatalogData& data, const CatalogData* context)
{
    Problems problems;
    std::map<std::string, ItemKind> kinds;
    std::set<std::string> sources;
    if (context) {
        for (const auto& i : context->items)
            kinds.emplace(i.id, i.kind);
        for (const auto& s : context->sources)
            sources.insert(s.id);
    }
    static const std::regex datePattern(R"(\d{4}(-\d{2}(-\d{2})?)?)");
    std::set<std::string> seenSources;
    for (const auto& s : data.sources) {
        if (!seenSources.insert(s.id).second)
            problems.push_back({"source " + s.id, "defined twice"});
        if (!std::regex_match(s.date, datePattern))
            problems.push_back(
                {"source " + s.id, "date '" + s.date + "' is not YYYY, YYYY-MM or YYYY-MM-DD"});
        if (s.title.empty() && s.url.empty())
            problems.push_back({"source " + s.id, "needs a title or a URL"});
        sources.insert(s.id);
    }
    std::set<std::string> seenItems;
    for (const auto& i : data.items) {
        if (!seenItems.insert(i.id).second)
            problems.push_back({i.id, "id is used twice"});
        kinds[i.id] = i.kind;
    }
    for (const auto& i : data.items) {
        const std::string where(i.id);
        if (i.name.empty())
            problems.push_back({where, "has no name"});
        for (const auto& [field, f] : i.figures) {
            const FieldSpec* spec = fieldSpec(i.kind, field);
            if (!spec) {
                problems.push_back(
                    {where, "unknown field '" + field + "' for a " + std::string(kindName(i.kind))});
                continue;
            }
            if (f.value < spec->min || f.value > spec->max)
                problems.push_back({where, field + " = " + std::to_string(f.value) + " " +
                                               std::string(spec->unit) + " is outside the sane range [" +
                                               std::to_string(spec->min) + ", " + std::to_string(spec->max) +
                                               "]"});
            if (f.sourceId.empty())
                problems.push_back({where, field + " has no source"});
            else if (!sources.count(f.sourceId))
                problems.push_back({where, field + " cites unknown source '" + f.sourceId + "'"});
        }
        const auto keys = attributeKeys(i.kind);
        for (const auto& [key, value] : i.attributes)
            if (std::find(keys.begin(), keys.end(), key) == keys.end())
                problems.push_back(
                    {where, "unknown attribute '" + key + "' for a " + std::string(kindName(i.kind))});
        for (const RefRule& r : kRefs) {
            if (r.kind != i.kind)
                continue;
            const std::string target = i.attribute(r.attribute);
            if (target.empty())
                continue;
            auto it = kinds.find(target);
            if (it == kinds.end())
                problems.push_back(
                    {where, std::string(r.attribute) + " refers to unknown id '" + target + "'"});
            else if (it->second != r.target)
                problems.push_back({where, std::string(r.attribute) + " '" + target + "' is a " +
                                               std::string(kindName(it->second)) + ", not a " +
                                               std::string(kindName(r.target))});
        }
        if (i.kind == ItemKind::Instance) {
            if (i.attribute("accelerator").empty())
                problems.push_back({where, "an instance must name its accelerator (or CPU)"});
            if (!i.figure("accelerator_count"))
                problems.push_back({where, "an instance must give accelerator_count"});
        }
        // A CPU's memory is the host's RAM, given by the instance; a GPU or ASIC must state its own.
        const bool device = i.kind == ItemKind::Accelerator && i.attribute("device_type") != "cpu";
        if (device && !i.figure("memory_gb"))
            problems.push_back({where, "an accelerator must give memory_gb"});
        if (device && !i.figure("memory_bw_GBps"))
            problems.push_back({where, "an accelerator must give memory_bw_GBps"});
    }
    return problems;
}

Problems validateShippedSources(const CatalogData& data)
{
    Problems problems;
    std::map<std::string, const Source*> byId;
    for (const auto& s : data.sources)
        byId[s.id] = &s;
    for (const auto& s : data.sources)
        if (auto host = forbiddenHostOf(s))
            problems.push_back({"source " + s.id, "is on " + std::string(host->host) + ", a " +
                                                      std::string(forbiddenSiteKindName(host->kind)) +
                                                      ": cite the document that originates the figure"});
    std::set<std::string> checked;
    for (const auto& i : data.items) {
        if (i.kind == ItemKind::Calibration)
            continue;
        for (const auto& [field, f] : i.figures) {
            auto it = byId.find(f.sourceId);
            if (it == byId.end() || !checked.insert(f.sourceId).second)
                continue;
            const Source& s = *it->second;
            if (s.kind == SourceKind::Unstated)
                problems.push_back(
                    {"source " + s.id,
                     "must say whether it is primary or secondary (cited by " + i.id + " " + field + ")"});
            if (s.title.empty() || s.title.rfind("http", 0) == 0)
                problems.push_back({"source " + s.id, "needs a title naming the document, not an address"});
        }
    }
    return problems;
}

} // namespace infraplan
