#include "project.h"

#include <algorithm>
#include <array>
#include <set>

namespace infraplan {

std::array<double, 24> TrafficProfile::fractions() const
{
    if (shape == TrafficShape::Custom)
        return hourly;
    if (shape == TrafficShape::Diurnal) {
        // A typical consumer-facing day in the users' local time: trough before dawn at about a quarter of
        // peak, ramp through the morning, peak mid-afternoon, slow decline into the night.
        return {0.34, 0.29, 0.26, 0.25, 0.25, 0.28, 0.36, 0.48, 0.62, 0.75, 0.85, 0.92,
                0.96, 0.98, 1.00, 0.99, 0.96, 0.92, 0.88, 0.83, 0.74, 0.63, 0.52, 0.42};
    }
    std::array<double, 24> flat;
    flat.fill(1.0);
    return flat;
}

int Sketch::instanceCount() const
{
    int n = 0;
    for (const NodeGroup& g : nodes)
        n += g.count;
    return n;
}

const TrainingJob* Project::trainingJob(const std::string& id) const
{
    auto it =
        std::find_if(trainingJobs.begin(), trainingJobs.end(), [&](const auto& j) { return j.id == id; });
    return it == trainingJobs.end() ? nullptr : &*it;
}

const InferenceService* Project::service(const std::string& id) const
{
    auto it = std::find_if(services.begin(), services.end(), [&](const auto& s) { return s.id == id; });
    return it == services.end() ? nullptr : &*it;
}

const Sketch* Project::sketch(const std::string& id) const
{
    auto it = std::find_if(sketches.begin(), sketches.end(), [&](const auto& s) { return s.id == id; });
    return it == sketches.end() ? nullptr : &*it;
}

Sketch* Project::sketch(const std::string& id)
{
    auto it = std::find_if(sketches.begin(), sketches.end(), [&](const auto& s) { return s.id == id; });
    return it == sketches.end() ? nullptr : &*it;
}

std::string Project::uniqueId(const std::string& prefix) const
{
    std::set<std::string> used;
    for (const auto& j : trainingJobs)
        used.insert(j.id);
    for (const auto& s : services)
        used.insert(s.id);
    for (const auto& s : sketches) {
        used.insert(s.id);
        for (const auto& n : s.nodes)
            used.insert(n.id);
    }
    for (int i = 1;; ++i) {
        std::string candidate = prefix + std::to_string(i);
        if (!used.count(candidate))
            return candidate;
    }
}

std::string_view methodName(TrainingMethod m)
{
    switch (m) {
    case TrainingMethod::Pretrain:
        return "pretrain";
    case TrainingMethod::FullFinetune:
        return "full_finetune";
    case TrainingMethod::Lora:
        return "lora";
    }
    return "pretrain";
}

std::string_view recomputeName(Recompute r)
{
    switch (r) {
    case Recompute::None:
        return "none";
    case Recompute::Selective:
        return "selective";
    case Recompute::Full:
        return "full";
    }
    return "selective";
}

std::string_view pricingModeName(PricingMode m)
{
    switch (m) {
    case PricingMode::OnDemand:
        return "on_demand";
    case PricingMode::Reserved1y:
        return "reserved_1y";
    case PricingMode::Reserved3y:
        return "reserved_3y";
    case PricingMode::Spot:
        return "spot";
    case PricingMode::Owned:
        return "owned";
    }
    return "on_demand";
}

std::string_view roleName(SketchRole r)
{
    return r == SketchRole::Training ? "training" : "inference";
}

namespace {
using ShapeName = std::pair<std::string_view, TrafficShape>;
constexpr std::array kTrafficShapeNames = {ShapeName{"flat", TrafficShape::Flat},
                                           ShapeName{"diurnal", TrafficShape::Diurnal},
                                           ShapeName{"custom", TrafficShape::Custom}};
} // namespace

std::span<const std::pair<std::string_view, TrafficShape>> trafficShapeNames()
{
    return kTrafficShapeNames;
}

std::string_view trafficShapeName(TrafficShape s)
{
    for (const auto& [name, shape] : kTrafficShapeNames)
        if (shape == s)
            return name;
    return kTrafficShapeNames.front().first;
}

std::optional<TrafficShape> trafficShapeFromName(std::string_view name)
{
    for (const auto& [known, shape] : kTrafficShapeNames)
        if (known == name)
            return shape;
    return std::nullopt;
}

ExchangeRate Project::exchangeRate() const
{
    ExchangeRate rate = shippedExchangeRate(currencyFromCode(currency).value_or(Currency::USD));
    if (exchangeRatePerUsd > 0 && rate.currency != Currency::USD) {
        rate.perUsd = exchangeRatePerUsd;
        rate.date = exchangeRateDate;
        rate.source = "set in the project";
        rate.userSet = true;
    }
    return rate;
}

} // namespace infraplan
