#include "errorregimes.h"

#include "calibrationfit.h"
#include "jsontext.h"
#include "validation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace infraplan {

using nlohmann::json;

namespace {

constexpr double kLowPercentile = 10, kHighPercentile = 90;

bool isLatencyMetric(const std::string& metric)
{
    return metric == "ttft_ms" || metric == "tpot_ms" || metric == "latency_ms";
}

// The error of the engine's speed: a latency predicted 20% long is a speed predicted 1/1.2 - 1 = -17% slow.
double speedErrorPct(const std::string& metric, double errorPct)
{
    return isLatencyMetric(metric) ? (100.0 / (1 + errorPct / 100) - 100) : errorPct;
}

std::string pct(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.0f%%", v);
    return buf;
}

ErrorRegimeRow makeRow(EngineKind engine, std::optional<BindingResource> binding, CalibrationStatus status,
                       const std::vector<std::pair<std::string, double>>& errors)
{
    ErrorRegimeRow r;
    r.engine = engine;
    r.binding = binding;
    r.status = status;
    std::vector<double> signedErrors, absErrors;
    for (const auto& [id, e] : errors) {
        r.caseIds.push_back(id);
        signedErrors.push_back(e);
        absErrors.push_back(std::abs(e));
    }
    r.lowErrorPct = percentile(signedErrors, kLowPercentile);
    r.highErrorPct = percentile(signedErrors, kHighPercentile);
    r.medianAbsErrorPct = percentile(absErrors, 50);
    // An optimistic engine (positive error) means the true speed is lower: predicted / (1 + error).
    r.slowFactor = std::min(1 / (1 + r.highErrorPct / 100), 1 / (1 + ErrorRegimeTable::kFloor));
    r.fastFactor = std::max(1 / (1 + r.lowErrorPct / 100), 1 + ErrorRegimeTable::kFloor);
    return r;
}

double round4(double v)
{
    return std::round(v * 1e4) / 1e4;
}

} // namespace

const ErrorRegimeRow* ErrorRegimeTable::row(EngineKind engine, std::optional<BindingResource> binding,
                                            CalibrationStatus status) const
{
    for (const ErrorRegimeRow& r : rows)
        if (r.engine == engine && r.binding == binding && r.status == status)
            return &r;
    return nullptr;
}

ErrorBand ErrorRegimeTable::bandFor(const Regime& regime) const
{
    ErrorBand b;
    b.regime = regime;
    const ErrorRegimeRow* own = row(regime.engine, regime.binding, regime.status);
    const ErrorRegimeRow* used = own;
    const std::string statusWords =
        regime.status == CalibrationStatus::Calibrated ? "calibrated families" : "families on priors";
    if (!own || own->caseIds.size() < kMinCases) {
        used = row(regime.engine, std::nullopt, regime.status);
        b.engineWide = true;
    }
    if (!used || used->caseIds.empty()) {
        b.basis = "no validated " + std::string(engineKey(regime.engine)) + " case: no band";
        return b;
    }
    b.slowFactor = used->slowFactor;
    b.fastFactor = used->fastFactor;
    b.cases = used->caseIds.size();
    const std::string spread = "held-out errors " + pct(used->lowErrorPct) + " to " +
                               pct(used->highErrorPct) + " (10th to 90th percentile)";
    if (!b.engineWide) {
        b.basis = regime.label() + ": " + std::to_string(b.cases) + " validated cases, " + spread;
    } else {
        const size_t ownCases = own ? own->caseIds.size() : 0;
        b.basis = regime.label() + ": " +
                  (ownCases == 0 ? std::string("no validated case")
                                 : "only " + std::to_string(ownCases) + " validated case" +
                                       (ownCases == 1 ? "" : "s")) +
                  " (fewer than " + std::to_string(kMinCases) + "), so the " +
                  std::string(engineKey(regime.engine)) + " engine's band for " + statusWords + ": " +
                  std::to_string(b.cases) + " cases, " + spread;
    }
    return b;
}

CalibrationStatus ErrorRegimeTable::statusOf(const std::string& family, EngineKind engine) const
{
    auto it = families.find(family);
    if (it == families.end())
        return CalibrationStatus::PriorOnly;
    const bool fitted =
        engine == EngineKind::Training ? it->second.trainingCalibrated : it->second.servingCalibrated;
    return fitted ? CalibrationStatus::Calibrated : CalibrationStatus::PriorOnly;
}

size_t ErrorRegimeTable::casesOf(const std::string& family, EngineKind engine) const
{
    auto it = families.find(family);
    if (it == families.end())
        return 0;
    return engine == EngineKind::Training ? it->second.trainingCases : it->second.servingCases;
}

json ErrorRegimeTable::toJson() const
{
    json regimes = json::array();
    for (const ErrorRegimeRow& r : rows)
        regimes.push_back({{"engine", engineKey(r.engine)},
                           {"binding", r.binding ? json(bindingResourceKey(*r.binding)) : json("any")},
                           {"calibration", calibrationStatusKey(r.status)},
                           {"cases", r.caseIds},
                           {"low_error_pct", round4(r.lowErrorPct)},
                           {"high_error_pct", round4(r.highErrorPct)},
                           {"median_abs_error_pct", round4(r.medianAbsErrorPct)},
                           {"slow_factor", round4(r.slowFactor)},
                           {"fast_factor", round4(r.fastFactor)}});
    json caseRows = json::array();
    for (const ErrorRegimeCase& c : cases)
        caseRows.push_back({{"id", c.id},
                            {"engine", engineKey(c.engine)},
                            {"family", c.family},
                            {"binding", bindingResourceKey(c.binding)},
                            {"metric", c.metric},
                            {"citation", c.citation},
                            {"case_held_out_error_pct", round4(c.caseHeldOutErrorPct)},
                            {"family_held_out_error_pct", round4(c.familyHeldOutErrorPct)}});
    json fams = json::object();
    for (const auto& [name, f] : families)
        fams[name] = {{"training_cases", f.trainingCases},
                      {"serving_cases", f.servingCases},
                      {"training_calibrated", f.trainingCalibrated},
                      {"serving_calibrated", f.servingCalibrated}};
    return {{"format", "infraplan-error-regimes/1"},
            {"generated",
             {{"date", generatedDate},
              {"cases_file", casesFile},
              {"command",
               "infraplan validate " + casesFile + " --regimes --write data/catalog/error-regimes.json"},
              {"min_cases", kMinCases},
              {"floor_pct", kFloor * 100},
              {"percentiles", {kLowPercentile, kHighPercentile}}}},
            {"regimes", regimes},
            {"families", fams},
            {"cases", caseRows}};
}

std::optional<ErrorRegimeTable> ErrorRegimeTable::fromJson(const json& j, std::string& error)
{
    try {
        if (!j.is_object() || j.value("format", "") != "infraplan-error-regimes/1") {
            error = "/format: expected \"infraplan-error-regimes/1\"";
            return std::nullopt;
        }
        ErrorRegimeTable t;
        t.generatedDate = j.at("generated").at("date").get<std::string>();
        t.casesFile = j.at("generated").at("cases_file").get<std::string>();
        for (const json& r : j.at("regimes")) {
            ErrorRegimeRow row;
            auto engine = engineFromKey(r.at("engine").get<std::string>());
            auto status = calibrationStatusFromKey(r.at("calibration").get<std::string>());
            const std::string binding = r.at("binding").get<std::string>();
            if (!engine || !status || (binding != "any" && !bindingResourceFromKey(binding))) {
                error = "/regimes: unknown engine, binding or calibration in a row";
                return std::nullopt;
            }
            row.engine = *engine;
            row.status = *status;
            if (binding != "any")
                row.binding = bindingResourceFromKey(binding);
            row.caseIds = r.at("cases").get<std::vector<std::string>>();
            row.lowErrorPct = r.at("low_error_pct").get<double>();
            row.highErrorPct = r.at("high_error_pct").get<double>();
            row.medianAbsErrorPct = r.at("median_abs_error_pct").get<double>();
            row.slowFactor = r.at("slow_factor").get<double>();
            row.fastFactor = r.at("fast_factor").get<double>();
            if (!(row.slowFactor > 0 && row.slowFactor < 1 && row.fastFactor > 1)) {
                error = "/regimes: a band must have slow_factor in (0, 1) and fast_factor above 1";
                return std::nullopt;
            }
            t.rows.push_back(std::move(row));
        }
        for (const auto& [name, f] : j.at("families").items())
            t.families[name] = {f.at("training_cases").get<size_t>(), f.at("serving_cases").get<size_t>(),
                                f.at("training_calibrated").get<bool>(),
                                f.at("serving_calibrated").get<bool>()};
        for (const json& c : j.at("cases")) {
            ErrorRegimeCase row;
            row.id = c.at("id").get<std::string>();
            row.engine = engineFromKey(c.at("engine").get<std::string>()).value_or(EngineKind::Training);
            row.family = c.at("family").get<std::string>();
            row.binding =
                bindingResourceFromKey(c.at("binding").get<std::string>()).value_or(BindingResource::Compute);
            row.metric = c.at("metric").get<std::string>();
            row.citation = c.value("citation", std::string());
            row.caseHeldOutErrorPct = c.at("case_held_out_error_pct").get<double>();
            row.familyHeldOutErrorPct = c.at("family_held_out_error_pct").get<double>();
            t.cases.push_back(std::move(row));
        }
        return t;
    } catch (const json::exception& e) {
        error = e.what();
        return std::nullopt;
    }
}

ErrorRegimeTable buildErrorRegimes(const CrossValidation& cv, const std::string& casesFile,
                                   const std::string& date)
{
    ErrorRegimeTable t;
    t.generatedDate = date;
    t.casesFile = casesFile;
    for (const FamilyFit& f : cv.fit.training) {
        t.families[f.family].trainingCases = f.caseIds.size();
        t.families[f.family].trainingCalibrated = f.fitted;
    }
    for (const FamilyFit& f : cv.fit.inference) {
        t.families[f.family].servingCases = f.caseIds.size();
        t.families[f.family].servingCalibrated = f.fitted;
    }
    for (const CrossValidation::Row& r : cv.rows) {
        if (!r.inSample.predicted || !r.inSample.binding || !r.caseHeldOut.predicted ||
            !r.familyHeldOut.predicted)
            continue;
        ErrorRegimeCase c;
        c.id = r.c.id;
        c.engine = r.c.kind == "training" ? EngineKind::Training : EngineKind::Serving;
        c.family = r.family;
        c.binding = *r.inSample.binding;
        c.metric = r.c.metric;
        c.citation = r.c.citation();
        c.caseHeldOutErrorPct = speedErrorPct(r.c.metric, r.caseHeldOutErrorPct);
        c.familyHeldOutErrorPct = speedErrorPct(r.c.metric, r.familyHeldOutErrorPct);
        t.cases.push_back(std::move(c));
    }
    for (EngineKind engine : {EngineKind::Training, EngineKind::Serving})
        for (CalibrationStatus status : {CalibrationStatus::Calibrated, CalibrationStatus::PriorOnly}) {
            std::vector<std::optional<BindingResource>> bindings{std::nullopt};
            for (auto b :
                 {BindingResource::Compute, BindingResource::MemoryBandwidth, BindingResource::KvCapacity,
                  BindingResource::Network, BindingResource::SmallBatchLatency})
                bindings.push_back(b);
            for (const auto& binding : bindings) {
                std::vector<std::pair<std::string, double>> errors;
                for (const ErrorRegimeCase& c : t.cases) {
                    if (c.engine != engine || (binding && c.binding != *binding))
                        continue;
                    // A calibrated regime is judged on the case left out of a fitted family's calibration;
                    // a prior-only one on every case with its whole family left out, as new hardware is.
                    if (status == CalibrationStatus::Calibrated) {
                        if (t.statusOf(c.family, engine) == CalibrationStatus::Calibrated)
                            errors.emplace_back(c.id, c.caseHeldOutErrorPct);
                    } else {
                        errors.emplace_back(c.id, c.familyHeldOutErrorPct);
                    }
                }
                if (!errors.empty())
                    t.rows.push_back(makeRow(engine, binding, status, errors));
            }
        }
    return t;
}

} // namespace infraplan

namespace infraplan {

// Generated at configure time from data/catalog/error-regimes.json (model/errorregimesdata.cpp.in).
extern const char* const kShippedErrorRegimesJson;

const ErrorRegimeTable& shippedErrorRegimes()
{
    static const ErrorRegimeTable table = [] {
        Problems problems;
        auto parsed = parseJsonText(kShippedErrorRegimesJson, problems);
        std::string error;
        if (!parsed)
            return ErrorRegimeTable{};
        return ErrorRegimeTable::fromJson(*parsed, error).value_or(ErrorRegimeTable{});
    }();
    return table;
}

} // namespace infraplan
