#include "comparison.h"

#include "currency.h"

#include "figureformat.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

// Qt Linguist's lupdate reads this file for the interface's translation sources (see ui/i18n/CMakeLists.txt):
// the row labels and comparison words are translated by the interface as terms. The model stays free of Qt.
#define QT_TRANSLATE_NOOP(context, text) text

namespace infraplan {

namespace {

using Getter = std::function<std::optional<double>(const SketchSummary&)>;

struct RowSpec {
    const char* key;
    const char* label;
    const char* unit;
    FigureUnit kind;
    Better better;
    const char* betterPhrase;
    const char* worsePhrase;
    Getter get;
};

std::optional<double> positive(double v)
{
    return v > 0 && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::optional<double> finite(double v)
{
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

Getter training(std::function<std::optional<double>(const SketchSummary&)> f)
{
    return [f](const SketchSummary& s) { return s.role == SketchRole::Training ? f(s) : std::nullopt; };
}

Getter inference(std::function<std::optional<double>(const SketchSummary&)> f)
{
    return [f](const SketchSummary& s) { return s.role == SketchRole::Inference ? f(s) : std::nullopt; };
}

/// A month's bill: fleets only. A training run is paid once (its run cost), never set beside a fleet's month.
Getter monthlyBill(std::function<double(const SketchSummary&)> f)
{
    return [f](const SketchSummary& s) {
        return s.role == SketchRole::Inference && s.monthly.priced ? finite(f(s)) : std::nullopt;
    };
}

std::vector<RowSpec> rowSpecs()
{
    using S = SketchSummary;
    using U = FigureUnit;
    using B = Better;
    return {
        {"accelerators", QT_TRANSLATE_NOOP("infraplan::Term", "Accelerators"), "", U::Count, B::None, "", "",
         [](const S& s) { return positive(s.accelerators); }},
        {"fits_in_memory", QT_TRANSLATE_NOOP("infraplan::Term", "Fits in memory"), "", U::YesNo, B::Yes, "",
         "", [](const S& s) { return std::optional<double>(s.fitsInMemory ? 1 : 0); }},
        {"memory_per_device_gb", QT_TRANSLATE_NOOP("infraplan::Term", "Memory used per device"), "GB",
         U::Other, B::None, "", "", [](const S& s) { return positive(s.memoryPerDeviceBytes / 1e9); }},
        // Training
        {"tokens_per_s", QT_TRANSLATE_NOOP("infraplan::Term", "Training throughput"), "tokens/s", U::Other,
         B::Higher, QT_TRANSLATE_NOOP("infraplan::Term", "higher throughput"),
         QT_TRANSLATE_NOOP("infraplan::Term", "lower throughput"),
         training([](const S& s) { return positive(s.tokensPerSecond); })},
        {"samples_per_s", QT_TRANSLATE_NOOP("infraplan::Term", "Training throughput"), "samples/s", U::Other,
         B::Higher, QT_TRANSLATE_NOOP("infraplan::Term", "higher throughput"),
         QT_TRANSLATE_NOOP("infraplan::Term", "lower throughput"), training([](const S& s) {
             return s.tokensPerSecond > 0 ? std::nullopt : positive(s.samplesPerSecond);
         })},
        {"mfu", QT_TRANSLATE_NOOP("infraplan::Term", "Model FLOPs utilization"), "%", U::Percent, B::Higher,
         QT_TRANSLATE_NOOP("infraplan::Term", "higher MFU"),
         QT_TRANSLATE_NOOP("infraplan::Term", "lower MFU"),
         training([](const S& s) { return positive(s.mfu); })},
        {"step_time_s", QT_TRANSLATE_NOOP("infraplan::Term", "Step time"), "s", U::Other, B::Lower,
         QT_TRANSLATE_NOOP("infraplan::Term", "shorter steps"),
         QT_TRANSLATE_NOOP("infraplan::Term", "longer steps"),
         training([](const S& s) { return positive(s.stepTimeS); })},
        {"time_to_train_days", QT_TRANSLATE_NOOP("infraplan::Term", "Time to train"), "days", U::Other,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "faster to train"),
         QT_TRANSLATE_NOOP("infraplan::Term", "slower to train"),
         training([](const S& s) { return positive(s.timeToTrainDays); })},
        {"accelerator_hours", QT_TRANSLATE_NOOP("infraplan::Term", "Accelerator-hours"), "h", U::Other,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "fewer accelerator-hours"),
         QT_TRANSLATE_NOOP("infraplan::Term", "more accelerator-hours"),
         training([](const S& s) { return positive(s.acceleratorHours); })},
        {"run_cost", QT_TRANSLATE_NOOP("infraplan::Term", "Cost of the training run"), "USD", U::Usd,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "cheaper to train"),
         QT_TRANSLATE_NOOP("infraplan::Term", "more expensive to train"),
         training([](const S& s) { return s.monthly.priced ? positive(s.runCostUsd) : std::nullopt; })},
        {"run_energy_mwh", QT_TRANSLATE_NOOP("infraplan::Term", "Energy of the training run"), "MWh",
         U::Other, B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "less energy per run"),
         QT_TRANSLATE_NOOP("infraplan::Term", "more energy per run"),
         training([](const S& s) { return positive(s.runEnergyKWh / 1000); })},
        // Inference
        // A fleet's drawing is its autoscaler's ceiling; the instances held are what is billed.
        {"instances_drawn", QT_TRANSLATE_NOOP("infraplan::Term", "Instances drawn (ceiling)"), "", U::Count,
         B::None, "", "", inference([](const S& s) { return positive(s.instancesDrawn); })},
        {"instances_at_peak", QT_TRANSLATE_NOOP("infraplan::Term", "Instances at peak"), "", U::Count,
         B::None, "", "", inference([](const S& s) { return positive(s.peakInstances); })},
        {"instances_average", QT_TRANSLATE_NOOP("infraplan::Term", "Instances on average"), "", U::Count,
         B::None, "", "", inference([](const S& s) { return positive(s.averageInstances); })},
        {"replicas_at_peak", QT_TRANSLATE_NOOP("infraplan::Term", "Replicas at peak"), "", U::Count, B::None,
         "", "", inference([](const S& s) { return positive(s.replicasAtPeak); })},
        {"average_replicas", QT_TRANSLATE_NOOP("infraplan::Term", "Replicas on average"), "", U::Count,
         B::None, "", "", inference([](const S& s) { return positive(s.averageReplicas); })},
        {"max_rps_per_replica", QT_TRANSLATE_NOOP("infraplan::Term", "Max requests/s per replica"), "req/s",
         U::Other, B::None, "", "", inference([](const S& s) { return positive(s.maxRpsPerReplica); })},
        {"output_tokens_per_s", QT_TRANSLATE_NOOP("infraplan::Term", "Output tokens/s at peak"), "tokens/s",
         U::Other, B::None, "", "", inference([](const S& s) { return positive(s.outputTokensPerSecond); })},
        {"ttft_p50_ms", QT_TRANSLATE_NOOP("infraplan::Term", "Time to first token p50"), "ms", U::Other,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "lower p50 TTFT"),
         QT_TRANSLATE_NOOP("infraplan::Term", "higher p50 TTFT"),
         inference([](const S& s) { return positive(s.ttftMs[0]); })},
        {"ttft_p90_ms", QT_TRANSLATE_NOOP("infraplan::Term", "Time to first token p90"), "ms", U::Other,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "lower p90 TTFT"),
         QT_TRANSLATE_NOOP("infraplan::Term", "higher p90 TTFT"),
         inference([](const S& s) { return positive(s.ttftMs[1]); })},
        {"ttft_p99_ms", QT_TRANSLATE_NOOP("infraplan::Term", "Time to first token p99"), "ms", U::Other,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "lower p99 TTFT"),
         QT_TRANSLATE_NOOP("infraplan::Term", "higher p99 TTFT"),
         inference([](const S& s) { return positive(s.ttftMs[2]); })},
        {"tpot_p50_ms", QT_TRANSLATE_NOOP("infraplan::Term", "Time per output token p50"), "ms", U::Other,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "lower p50 TPOT"),
         QT_TRANSLATE_NOOP("infraplan::Term", "higher p50 TPOT"),
         inference([](const S& s) { return positive(s.tpotMs[0]); })},
        {"tpot_p90_ms", QT_TRANSLATE_NOOP("infraplan::Term", "Time per output token p90"), "ms", U::Other,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "lower p90 TPOT"),
         QT_TRANSLATE_NOOP("infraplan::Term", "higher p90 TPOT"),
         inference([](const S& s) { return positive(s.tpotMs[1]); })},
        {"tpot_p99_ms", QT_TRANSLATE_NOOP("infraplan::Term", "Time per output token p99"), "ms", U::Other,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "lower p99 TPOT"),
         QT_TRANSLATE_NOOP("infraplan::Term", "higher p99 TPOT"),
         inference([](const S& s) { return positive(s.tpotMs[2]); })},
        {"e2e_p50_ms", QT_TRANSLATE_NOOP("infraplan::Term", "End-to-end latency p50"), "ms", U::Other,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "lower p50 latency"),
         QT_TRANSLATE_NOOP("infraplan::Term", "higher p50 latency"),
         inference([](const S& s) { return positive(s.e2eMs[0]); })},
        {"e2e_p90_ms", QT_TRANSLATE_NOOP("infraplan::Term", "End-to-end latency p90"), "ms", U::Other,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "lower p90 latency"),
         QT_TRANSLATE_NOOP("infraplan::Term", "higher p90 latency"),
         inference([](const S& s) { return positive(s.e2eMs[1]); })},
        {"e2e_p99_ms", QT_TRANSLATE_NOOP("infraplan::Term", "End-to-end latency p99"), "ms", U::Other,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "lower p99 latency"),
         QT_TRANSLATE_NOOP("infraplan::Term", "higher p99 latency"),
         inference([](const S& s) { return positive(s.e2eMs[2]); })},
        {"slo_attainment", QT_TRANSLATE_NOOP("infraplan::Term", "Requests within every target"), "%",
         U::Percent, B::Higher, QT_TRANSLATE_NOOP("infraplan::Term", "more requests within target"),
         QT_TRANSLATE_NOOP("infraplan::Term", "fewer requests within target"),
         inference([](const S& s) { return finite(s.sloAttainment); })},
        {"meets_targets", QT_TRANSLATE_NOOP("infraplan::Term", "Meets every target"), "", U::YesNo, B::Yes,
         "", "", inference([](const S& s) { return std::optional<double>(s.meetsTargets ? 1 : 0); })},
        {"cost_per_million_tokens", QT_TRANSLATE_NOOP("infraplan::Term", "Cost per million output tokens"),
         "USD", U::Usd, B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "cheaper per million tokens"),
         QT_TRANSLATE_NOOP("infraplan::Term", "more expensive per million tokens"), inference([](const S& s) {
             return s.monthly.priced ? positive(s.costPerMillionTokensUsd) : std::nullopt;
         })},
        {"cost_per_million_requests", QT_TRANSLATE_NOOP("infraplan::Term", "Cost per million requests"),
         "USD", U::Usd, B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "cheaper per million requests"),
         QT_TRANSLATE_NOOP("infraplan::Term", "more expensive per million requests"),
         inference([](const S& s) {
             return s.monthly.priced && s.costPerMillionTokensUsd <= 0 ? positive(s.costPerMillionRequestsUsd)
                                                                       : std::nullopt;
         })},
        // Power and cost, every sketch
        {"average_power_it_kw", QT_TRANSLATE_NOOP("infraplan::Term", "Average power, IT"), "kW", U::Other,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "less average IT power"),
         QT_TRANSLATE_NOOP("infraplan::Term", "more average IT power"),
         [](const S& s) { return positive(s.averagePower.itW() / 1000); }},
        {"peak_power_it_kw", QT_TRANSLATE_NOOP("infraplan::Term", "Peak power, IT"), "kW", U::Other, B::Lower,
         QT_TRANSLATE_NOOP("infraplan::Term", "less peak IT power"),
         QT_TRANSLATE_NOOP("infraplan::Term", "more peak IT power"),
         [](const S& s) { return positive(s.peakPower.itW() / 1000); }},
        {"average_power_facility_kw", QT_TRANSLATE_NOOP("infraplan::Term", "Average power, facility (× PUE)"),
         "kW", U::Other, B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "less average facility power"),
         QT_TRANSLATE_NOOP("infraplan::Term", "more average facility power"),
         [](const S& s) { return positive(s.averagePower.facilityW() / 1000); }},
        {"peak_power_facility_kw", QT_TRANSLATE_NOOP("infraplan::Term", "Peak power, facility (× PUE)"), "kW",
         U::Other, B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "less peak facility power"),
         QT_TRANSLATE_NOOP("infraplan::Term", "more peak facility power"),
         [](const S& s) { return positive(s.peakPower.facilityW() / 1000); }},
        {"energy_mwh_per_month", QT_TRANSLATE_NOOP("infraplan::Term", "Energy per month"), "MWh", U::Other,
         B::Lower, QT_TRANSLATE_NOOP("infraplan::Term", "less energy per month"),
         QT_TRANSLATE_NOOP("infraplan::Term", "more energy per month"),
         // A training run's energy is the run's (above), not a month's: no monthly figure beside the fleets'.
         [](const S& s) {
             return s.role == SketchRole::Inference ? positive(s.energyKWhPerMonth / 1000) : std::nullopt;
         }},
        {"monthly_cost", QT_TRANSLATE_NOOP("infraplan::Term", "Monthly cost"), "USD/month", U::Usd, B::Lower,
         QT_TRANSLATE_NOOP("infraplan::Term", "cheaper per month"),
         QT_TRANSLATE_NOOP("infraplan::Term", "more expensive per month"),
         monthlyBill([](const S& s) { return s.monthly.totalUsd(); })},
        {"monthly_compute", QT_TRANSLATE_NOOP("infraplan::Term", "   compute"), "USD/month", U::Usd, B::None,
         "", "", monthlyBill([](const S& s) { return s.monthly.computeUsd; })},
        {"monthly_power", QT_TRANSLATE_NOOP("infraplan::Term", "   power"), "USD/month", U::Usd, B::None, "",
         "", monthlyBill([](const S& s) { return s.monthly.powerUsd; })},
        {"monthly_storage", QT_TRANSLATE_NOOP("infraplan::Term", "   storage"), "USD/month", U::Usd, B::None,
         "", "", monthlyBill([](const S& s) { return s.monthly.storageUsd; })},
        {"monthly_network", QT_TRANSLATE_NOOP("infraplan::Term", "   network"), "USD/month", U::Usd, B::None,
         "", "", monthlyBill([](const S& s) { return s.monthly.networkUsd; })},
        {"monthly_space", QT_TRANSLATE_NOOP("infraplan::Term", "   space"), "USD/month", U::Usd, B::None, "",
         "", monthlyBill([](const S& s) { return s.monthly.spaceUsd; })},
    };
}

bool nearlyEqual(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

// What follows "more expensive" in the rows' words, quoted as "4.8 times as expensive per month as ...".
[[maybe_unused]] constexpr const char* kExpensiveRests[] = {
    QT_TRANSLATE_NOOP("infraplan::Term", "per month"), QT_TRANSLATE_NOOP("infraplan::Term", "to train"),
    QT_TRANSLATE_NOOP("infraplan::Term", "per million tokens"),
    QT_TRANSLATE_NOOP("infraplan::Term", "per million requests")};

/// "4.8× higher throughput than Cluster A" for `value` against `other`, from the point of view of `value`.
Phrase ratioPhrase(const ComparisonRow& row, double value, double other, const std::string& otherName)
{
    const bool valueIsBetter = row.better == Better::Lower ? value < other : value > other;
    const Phrase words = termPhrase(valueIsBetter ? row.betterPhrase : row.worsePhrase);
    const Phrase name = textPhrase(otherName);
    if (row.kind == FigureUnit::Percent) {
        const double points = std::fabs(value - other) * 100;
        if (points < 0.05)
            return phrase(PhraseId::AboutTheSameAs, {name});
        return phrase(PhraseId::PointsThan, {textPhrase(formatNumber(points)), words, name});
    }
    const double lo = std::min(value, other), hi = std::max(value, other);
    if (lo <= 0)
        return {};
    const double ratio = hi / lo;
    if (ratio < 1.005)
        return phrase(PhraseId::AboutTheSameAs, {name});
    // Less of something is a share of it ("79% cheaper", "84% lower p99 TTFT"), never "4.8× less".
    if (row.better == Better::Lower && value < other)
        return phrase(PhraseId::ComparedWith, {textPhrase(formatShare(1 - value / other)), words, name});
    if (row.kind == FigureUnit::Usd) {
        // More money as a budget holder says it: "25% more expensive", "4.8 times as expensive".
        if (ratio < 2)
            return phrase(PhraseId::ComparedWith, {textPhrase(formatShare(ratio - 1)), words, name});
        // "more expensive per month" gives "4.8 times as expensive per month": the rest is its own term.
        const std::string more = "more expensive ";
        const std::string& text = words.text;
        if (text == "more expensive")
            return phrase(PhraseId::TimesAsExpensive, {textPhrase(formatTimes(ratio)), name});
        return phrase(PhraseId::TimesAsExpensiveFor,
                      {textPhrase(formatTimes(ratio)),
                       termPhrase(text.rfind(more, 0) == 0 ? text.substr(more.size()) : text), name});
    }
    return phrase(PhraseId::ComparedWith, {textPhrase(formatRatio(ratio)), words, name});
}

/// Marks the best value and writes the ratio phrases among the columns of one workload.
void compareGroup(ComparisonRow& row, const std::vector<size_t>& columns,
                  const std::vector<std::string>& names)
{
    std::vector<size_t> present;
    for (size_t c : columns)
        if (row.values[c])
            present.push_back(c);
    if (present.size() < 2 || row.better == Better::None)
        return;
    const bool lowerBetter = row.better == Better::Lower;
    auto better = [&](double a, double b) { return lowerBetter ? a < b : a > b; };
    double bestValue = *row.values[present.front()];
    for (size_t c : present)
        if (better(*row.values[c], bestValue))
            bestValue = *row.values[c];
    bool allEqual = true;
    for (size_t c : present)
        allEqual = allEqual && nearlyEqual(*row.values[c], bestValue);
    if (allEqual)
        return;
    std::optional<size_t> bestColumn;
    for (size_t c : present)
        if (nearlyEqual(*row.values[c], bestValue)) {
            row.best[c] = true;
            if (!bestColumn)
                bestColumn = c;
        }
    if (row.kind == FigureUnit::YesNo)
        return;
    // The best is phrased against the runner-up (the honest, smallest margin); every other column against
    // the best.
    std::optional<size_t> runnerUp;
    for (size_t c : present)
        if (!row.best[c] && (!runnerUp || better(*row.values[c], *row.values[*runnerUp])))
            runnerUp = c;
    for (size_t c : present) {
        if (row.best[c])
            row.ratios[c] = ratioPhrase(row, *row.values[c], *row.values[*runnerUp], names[*runnerUp]);
        else
            row.ratios[c] = ratioPhrase(row, *row.values[c], bestValue, names[*bestColumn]);
    }
}

} // namespace

std::string ComparisonRow::text(size_t column) const
{
    if (column >= values.size() || !values[column])
        return "—";
    const double v = *values[column];
    switch (kind) {
    case FigureUnit::YesNo:
        return v != 0 ? "Yes" : "No";
    case FigureUnit::Usd:
        return formatMoney(v, money);
    case FigureUnit::Percent:
        return formatPercent(v);
    case FigureUnit::Count:
        return formatNumber(v);
    case FigureUnit::Other:
        // Durations and energy in the unit a reader would say them in: "31 min", not "0.0216 days".
        if (unit == "days")
            return formatDuration(v * 86400);
        if (unit == "s" && v < 1)
            return formatNumber(v * 1000) + " ms";
        if (unit == "MWh" && v < 1)
            return formatNumber(v * 1000) + " kWh";
        return formatNumber(v) + (unit.empty() ? "" : " " + unit);
    }
    return formatNumber(v);
}

std::string ComparisonRow::labelWithUnit() const
{
    // Money is kept in US dollars and shown in the display currency: the unit says which.
    if (kind == FigureUnit::Usd && unit.rfind("USD", 0) == 0)
        return label + " (" + std::string(currencyCode(money.currency)) + unit.substr(3) + ")";
    return unit.empty() ? label : label + " (" + unit + ")";
}

const ComparisonRow* ComparisonTable::row(std::string_view key) const
{
    auto it = std::find_if(rows.begin(), rows.end(), [&](const ComparisonRow& r) { return r.key == key; });
    return it == rows.end() ? nullptr : &*it;
}

ComparisonTable compareSketches(const Project& project, const std::vector<SketchSummary>& summaries)
{
    ComparisonTable table;
    std::map<std::string, std::vector<size_t>> groups;
    for (size_t i = 0; i < summaries.size(); ++i) {
        const SketchSummary& s = summaries[i];
        const Sketch* sketch = project.sketch(s.sketchId);
        table.sketchIds.push_back(s.sketchId);
        table.sketchNames.push_back(s.name);
        table.roles.push_back(s.role);
        table.workloadIds.push_back(sketch ? sketch->workloadId : std::string());
        table.errors.push_back(s.computed ? std::string() : (s.error.empty() ? "not simulated" : s.error));
        groups[std::string(roleName(s.role)) + "/" + table.workloadIds.back()].push_back(i);
    }
    for (const RowSpec& spec : rowSpecs()) {
        ComparisonRow row{
            spec.key,         spec.label, spec.unit, spec.kind, spec.better,           spec.betterPhrase,
            spec.worsePhrase, {},         {},        {},        project.exchangeRate()};
        bool any = false;
        for (const SketchSummary& s : summaries) {
            row.values.push_back(s.computed ? spec.get(s) : std::nullopt);
            any = any || row.values.back().has_value();
        }
        // Breakdown lines that are zero everywhere (no power bill in the cloud) say nothing.
        bool allZero = true;
        for (const auto& v : row.values)
            allZero = allZero && (!v || *v == 0);
        if (!any || (spec.better == Better::None && spec.kind == FigureUnit::Usd && allZero))
            continue;
        row.best.assign(summaries.size(), false);
        row.ratios.assign(summaries.size(), {});
        for (const auto& [key, columns] : groups)
            compareGroup(row, columns, table.sketchNames);
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace infraplan
