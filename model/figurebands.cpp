#include "figurebands.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

const char* bandEndReasonKey(BandEndReason r)
{
    switch (r) {
    case BandEndReason::None:
        return "";
    case BandEndReason::WholeCount:
        return "whole_count";
    case BandEndReason::DrawnCeiling:
        return "drawn_ceiling";
    case BandEndReason::NoCountMeetsTargets:
        return "no_count_meets_targets";
    case BandEndReason::BothEndsOneSide:
        return "both_ends_on_one_side";
    case BandEndReason::UnboundedQueue:
        return "unbounded_queue";
    }
    return "";
}

FigureBand FigureBand::between(double value, double oneEnd, double otherEnd, std::string note)
{
    FigureBand b;
    b.value = value;
    b.low = std::min({value, oneEnd, otherEnd});
    b.high = std::max({value, oneEnd, otherEnd});
    b.present = std::isfinite(b.low) && std::isfinite(b.high);
    b.note = std::move(note);
    return b;
}

double FigureBand::relativeHalfWidth() const
{
    return present && value != 0 ? (high - low) / 2 / std::abs(value) : 0;
}

std::vector<std::pair<std::string, const FigureBand*>> SketchConfidence::figures() const
{
    std::vector<std::pair<std::string, const FigureBand*>> out;
    auto add = [&](std::string key, const FigureBand& b) {
        if (b.present)
            out.emplace_back(std::move(key), &b);
    };
    add("tokens_per_s", tokensPerSecond);
    add("samples_per_s", samplesPerSecond);
    add("step_time_s", stepTimeS);
    add("time_to_train_days", timeToTrainDays);
    add("run_cost_usd", runCostUsd);
    add("run_energy_kwh", runEnergyKWh);
    add("replica_max_requests_per_s", replicaRequestsPerS);
    add("replica_max_output_tokens_per_s", replicaTokensPerS);
    const char* names[3] = {"p50", "p90", "p99"};
    for (int i = 0; i < 3; ++i)
        add(std::string("ttft_ms_") + names[i], ttftMs[i]);
    for (int i = 0; i < 3; ++i)
        add(std::string("tpot_ms_") + names[i], tpotMs[i]);
    for (int i = 0; i < 3; ++i)
        add(std::string("e2e_ms_") + names[i], e2eMs[i]);
    add("replicas_at_peak", replicasAtPeak);
    add("instances_needed_at_peak", instancesNeededAtPeak);
    add("average_instances", averageInstances);
    add("average_power_kw", averagePowerKW);
    add("monthly_cost_usd", monthlyCostUsd);
    return out;
}

std::optional<FigureBand> bandForComparisonRow(const SketchConfidence& c, std::string_view key)
{
    if (!c.available)
        return std::nullopt;
    const bool training = c.band.regime.engine == EngineKind::Training;
    auto pick = [](const FigureBand& b) { return b.present ? std::optional<FigureBand>(b) : std::nullopt; };
    if (training) {
        if (key == "tokens_per_s")
            return pick(c.tokensPerSecond);
        if (key == "samples_per_s")
            return pick(c.samplesPerSecond);
        if (key == "step_time_s")
            return pick(c.stepTimeS);
        if (key == "time_to_train_days")
            return pick(c.timeToTrainDays);
        if (key == "run_cost")
            return pick(c.runCostUsd);
        if (key == "run_energy_mwh" && c.runEnergyKWh.present) {
            FigureBand b = c.runEnergyKWh;
            b.value /= 1000;
            b.low /= 1000;
            b.high /= 1000;
            return b;
        }
        return std::nullopt;
    }
    const char* percentiles[3] = {"p50", "p90", "p99"};
    for (int i = 0; i < 3; ++i) {
        if (key == std::string("ttft_") + percentiles[i] + "_ms")
            return pick(c.ttftMs[i]);
        if (key == std::string("tpot_") + percentiles[i] + "_ms")
            return pick(c.tpotMs[i]);
        if (key == std::string("e2e_") + percentiles[i] + "_ms")
            return pick(c.e2eMs[i]);
    }
    if (key == "max_rps_per_replica")
        return pick(c.replicaRequestsPerS);
    if (key == "replicas_at_peak")
        return pick(c.replicasAtPeak);
    if (key == "instances_average")
        return pick(c.averageInstances);
    if (key == "average_power_facility_kw")
        return pick(c.averagePowerKW);
    if (key == "monthly_cost")
        return pick(c.monthlyCostUsd);
    return std::nullopt;
}

nlohmann::json confidenceJson(const SketchConfidence& c)
{
    using nlohmann::json;
    if (!c.available)
        return nullptr;
    json figures = json::object();
    for (const auto& [key, b] : c.figures()) {
        auto end = [](double v, BandEndReason r) {
            return r == BandEndReason::NoCountMeetsTargets ? json(nullptr) : json(v);
        };
        json f = {{"value", b->value},
                  {"low", end(b->low, b->lowReason)},
                  {"high", end(b->high, b->highReason)},
                  {"basis", b->note.empty() ? c.band.basis : c.band.basis + "; " + b->note}};
        if (b->lowReason != BandEndReason::None)
            f["low_reason"] = bandEndReasonKey(b->lowReason);
        if (b->highReason != BandEndReason::None)
            f["high_reason"] = bandEndReasonKey(b->highReason);
        figures[key] = std::move(f);
    }
    return {{"regime",
             {{"engine", engineKey(c.band.regime.engine)},
              {"binding", bindingResourceKey(c.band.regime.binding)},
              {"calibration", calibrationStatusKey(c.band.regime.status)},
              {"label", c.band.regime.label()}}},
            {"cases", c.band.cases},
            {"engine_wide", c.band.engineWide},
            {"slow_factor", c.band.slowFactor},
            {"fast_factor", c.band.fastFactor},
            {"basis", c.band.basis},
            {"family", c.family},
            {"family_validated_cases", c.familyCases},
            {"uncalibrated", c.uncalibratedNote.empty() ? json(nullptr) : json(c.uncalibratedNote)},
            {"slow_end", c.slowEndNote.empty() ? json(nullptr) : json(c.slowEndNote)},
            {"figures", figures}};
}

} // namespace infraplan
