#include "validation.h"

#include "jsontext.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

using nlohmann::json;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * static_cast<double>(values.size() - 1);
    const size_t lo = static_cast<size_t>(std::floor(rank));
    const size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (rank - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

std::optional<std::vector<ValidationCase>> parseValidationFile(const std::string& text, Problems& problems)
{
    auto parsed = parseJsonText(text, problems);
    if (!parsed)
        return std::nullopt;
    const json& doc = *parsed;
    // value() throws when a field has another type; read text only where it is text.
    auto text_ = [](const json& o, const char* key) {
        auto it = o.find(key);
        return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    auto object_ = [](const json& o, const char* key) {
        auto it = o.find(key);
        return it != o.end() && it->is_object() ? *it : json::object();
    };
    if (!doc.is_object() || text_(doc, "format") != "infraplan-validation/1") {
        problems.push_back({"/format", "expected \"infraplan-validation/1\""});
        return std::nullopt;
    }
    if (!doc.contains("cases") || !doc["cases"].is_array()) {
        problems.push_back({"/cases", "expected an array of cases"});
        return std::nullopt;
    }
    std::vector<ValidationCase> cases;
    for (size_t i = 0; i < doc["cases"].size(); ++i) {
        const json& j = doc["cases"][i];
        const std::string where = "/cases/" + std::to_string(i);
        if (!j.is_object() || !j.contains("id") || !j.contains("measured") || !j["measured"].is_object()) {
            problems.push_back({where, "a case needs an id and a measured object"});
            continue;
        }
        ValidationCase c;
        c.id = text_(j, "id");
        c.kind = text_(j, "kind");
        c.source = text_(j, "source");
        c.model = object_(j, "model");
        c.system = object_(j, "system");
        c.run = object_(j, "run");
        const json& m = j["measured"];
        c.metric = text_(m, "metric");
        c.unit = text_(m, "unit");
        if (!m.contains("value") || !m["value"].is_number() || m["value"].get<double>() <= 0) {
            problems.push_back({where + "/measured/value", "must be a positive number"});
            continue;
        }
        c.measured = m["value"].get<double>();
        if (c.kind != "training" && c.kind != "inference") {
            problems.push_back({where + "/kind", "must be training or inference"});
            continue;
        }
        cases.push_back(std::move(c));
    }
    return cases;
}

ErrorStats errorStats(const std::vector<double>& abs)
{
    ErrorStats s;
    s.count = abs.size();
    s.median = percentile(abs, 50);
    s.p90 = percentile(abs, 90);
    s.max = abs.empty() ? 0 : *std::max_element(abs.begin(), abs.end());
    return s;
}

ValidationReport runValidation(const std::vector<ValidationCase>& cases, const Catalog& catalog)
{
    ValidationReport report;
    std::vector<double> all, training, inference;
    for (const ValidationCase& c : cases) {
        ValidationReport::Row row{c, {}, 0};
        try {
            row.prediction =
                c.kind == "training" ? predictTrainingCase(c, catalog) : predictInferenceCase(c, catalog);
        } catch (const json::exception& e) {
            // A field of the case with the wrong type: that case is not predicted, the others still are.
            row.prediction.predicted = false;
            row.prediction.reason = std::string("the case has a field of the wrong type: ") + e.what();
        }
        if (row.prediction.predicted && std::isfinite(row.prediction.value) && row.prediction.value > 0) {
            row.errorPct = (row.prediction.value - c.measured) / c.measured * 100.0;
            all.push_back(std::abs(row.errorPct));
            (c.kind == "training" ? training : inference).push_back(std::abs(row.errorPct));
        } else if (row.prediction.predicted) {
            row.prediction.predicted = false;
            row.prediction.reason = "the engine produced no finite positive value";
        }
        report.rows.push_back(std::move(row));
    }
    const auto a = errorStats(all);
    report.medianAbsErrorPct = a.median;
    report.p90AbsErrorPct = a.p90;
    report.maxAbsErrorPct = a.max;
    report.training = errorStats(training);
    report.inference = errorStats(inference);
    return report;
}

std::vector<const ValidationReport::Row*> ValidationReport::unpredicted() const
{
    std::vector<const Row*> out;
    for (const Row& r : rows)
        if (!r.prediction.predicted)
            out.push_back(&r);
    return out;
}

} // namespace infraplan
