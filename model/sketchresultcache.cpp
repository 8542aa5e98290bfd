#include "sketchresultcache.h"

#include <algorithm>

namespace infraplan {

SketchInputs sketchInputs(const Project& project, const Sketch& sketch, const SimulationOptions& options)
{
    SketchInputs in;
    // Copy everything but the sketches, then the one sketch: a 200-sketch project is not copied whole.
    in.project.name = project.name;
    in.project.description = project.description;
    in.project.currency = project.currency;
    in.project.exchangeRatePerUsd = project.exchangeRatePerUsd;
    in.project.exchangeRateDate = project.exchangeRateDate;
    in.project.pricingDefaults = project.pricingDefaults;
    in.project.trainingJobs = project.trainingJobs;
    in.project.services = project.services;
    Sketch s = sketch;
    s.position = {};
    s.size = {};
    for (NodeGroup& n : s.nodes)
        n.position = {};
    in.project.sketches.push_back(std::move(s));
    in.fullInferenceSimulation = options.fullInferenceSimulation;
    in.daySlices = options.daySlices;
    in.seed = options.seed;
    return in;
}

std::optional<SketchSummary> SketchResultCache::find(const SketchInputs& inputs) const
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it)
        if (it->inputs == inputs)
            return it->summary;
    return std::nullopt;
}

void SketchResultCache::store(SketchInputs inputs, SketchSummary summary)
{
    if (m_capacity == 0)
        return;
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&](const Entry& e) { return e.inputs == inputs; }),
                    m_entries.end());
    while (m_entries.size() >= m_capacity)
        m_entries.pop_front();
    m_entries.push_back({std::move(inputs), std::move(summary)});
}

} // namespace infraplan
