#include "comparisoncsv.h"

#include <charconv>
#include <cmath>

namespace infraplan::ui {

namespace {
void line(std::string& out, const std::vector<std::string>& fields)
{
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        out += ComparisonCsv::field(fields[i]);
    }
    out += "\r\n";
}

std::string trimmed(const std::string& s)
{
    const auto first = s.find_first_not_of(' ');
    return first == std::string::npos ? std::string() : s.substr(first, s.find_last_not_of(' ') - first + 1);
}
} // namespace

std::string ComparisonCsv::field(const std::string& value)
{
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string ComparisonCsv::number(double value)
{
    if (!std::isfinite(value))
        return {};
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string ComparisonCsv::unit(const ComparisonRow& row)
{
    switch (row.kind) {
    case FigureUnit::YesNo:
        return "yes/no";
    case FigureUnit::Percent:
        return "fraction";
    case FigureUnit::Count:
        return row.unit.empty() ? "count" : row.unit;
    default:
        return row.unit;
    }
}

std::string ComparisonCsv::text(const ComparisonTable& table, const Project& project)
{
    std::string out;
    const ExchangeRate rate = project.exchangeRate();
    const size_t n = table.sketchIds.size();
    std::vector<std::string> header{"Figure", "Unit"};
    header.insert(header.end(), table.sketchNames.begin(), table.sketchNames.end());
    header.push_back("Best");
    line(out, header);

    auto info = [&](const std::string& label, auto get) {
        std::vector<std::string> fields{label, ""};
        for (size_t c = 0; c < n; ++c)
            fields.push_back(get(c));
        fields.push_back("");
        line(out, fields);
    };
    info("Sketch id", [&](size_t c) { return table.sketchIds[c]; });
    info("Role", [&](size_t c) { return std::string(roleName(table.roles[c])); });
    info("Workload", [&](size_t c) {
        if (const TrainingJob* job = project.trainingJob(table.workloadIds[c]))
            return job->name;
        if (const InferenceService* service = project.service(table.workloadIds[c]))
            return service->name;
        return table.workloadIds[c];
    });
    info("Status", [&](size_t c) {
        return table.errors[c].empty() ? std::string("simulated") : "not simulated: " + table.errors[c];
    });

    std::string parent;
    for (const ComparisonRow& row : table.rows) {
        // Breakdown rows ("   compute") are named with the row they break down ("Monthly cost: compute").
        const bool part = !row.label.empty() && row.label.front() == ' ';
        if (!part)
            parent = row.label;
        // Money in the project's currency, converted here as everywhere else a figure is written.
        const bool money = row.kind == FigureUnit::Usd;
        std::string rowUnit = unit(row);
        if (money && rowUnit.rfind("USD", 0) == 0)
            rowUnit = std::string(currencyCode(rate.currency)) + rowUnit.substr(3);
        std::vector<std::string> fields{part ? parent + ": " + trimmed(row.label) : row.label, rowUnit};
        std::string best;
        for (size_t c = 0; c < n; ++c) {
            const auto& v = c < row.values.size() ? row.values[c] : std::nullopt;
            if (!v)
                fields.emplace_back();
            else if (row.kind == FigureUnit::YesNo)
                fields.emplace_back(*v != 0 ? "yes" : "no");
            else
                fields.push_back(number(money ? *v * rate.perUsd : *v));
            if (c < row.best.size() && row.best[c])
                best += (best.empty() ? "" : "; ") + table.sketchNames[c];
        }
        fields.push_back(best);
        line(out, fields);
    }
    return out;
}

} // namespace infraplan::ui
