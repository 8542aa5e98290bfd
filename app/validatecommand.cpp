#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "jsontext.h"
#include "textfile.h"
#include "validation.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

namespace infraplan::cli {

namespace {
std::string fixed(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string significant(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

std::string pad(std::string s, size_t width)
{
    if (s.size() < width)
        s.resize(width, ' ');
    return s;
}
} // namespace

int validateCommand(const std::vector<std::string>& args, Context& c)
{
    Arguments a(args, {});
    if (!a.onlyFlags({"json"}) || a.positionals().size() != 1) {
        c.err << "usage: infraplan validate FILE [--json]\n";
        return Usage;
    }
    std::string error;
    auto text = readTextFile(a.positionals()[0], error, 64u << 20);
    if (!text) {
        c.err << "infraplan validate: " << error << "\n";
        return Failure;
    }
    Problems problems;
    auto cases = parseValidationFile(*text, problems);
    if (!cases) {
        for (const auto& p : problems)
            c.err << "infraplan validate: " << a.positionals()[0] << ": " << p.toString() << "\n";
        return InputProblems;
    }
    for (const auto& p : problems)
        c.err << "infraplan validate: skipped " << p.toString() << "\n";
    const Catalog* catalog = c.catalog();
    if (!catalog)
        return Failure;
    const ValidationReport report = runValidation(*cases, *catalog);

    if (a.flag("json")) {
        nlohmann::json rows = nlohmann::json::array(), unpredicted = nlohmann::json::array();
        for (const auto& r : report.rows) {
            if (!r.prediction.predicted) {
                unpredicted.push_back({{"id", r.c.id}, {"reason", r.prediction.reason}});
                continue;
            }
            rows.push_back({{"id", r.c.id},
                            {"kind", r.c.kind},
                            {"metric", r.c.metric},
                            {"predicted", r.prediction.value},
                            {"measured", r.c.measured},
                            {"error_pct", r.errorPct},
                            {"detail", r.prediction.detail}});
        }
        auto stats = [](const ValidationReport::Stats& s) {
            return nlohmann::json{{"count", s.count},
                                  {"median_abs_error_pct", s.median},
                                  {"p90_abs_error_pct", s.p90},
                                  {"max_abs_error_pct", s.max}};
        };
        c.out << jsonText(nlohmann::json{{"cases", rows},
                                         {"median_abs_error_pct", report.medianAbsErrorPct},
                                         {"p90_abs_error_pct", report.p90AbsErrorPct},
                                         {"max_abs_error_pct", report.maxAbsErrorPct},
                                         {"by_kind",
                                          {{"training", stats(report.training)},
                                           {"inference", stats(report.inference)}}},
                                         {"unpredicted", unpredicted}},
                          2)
              << "\n";
        return Ok;
    }
    c.out << pad("case", 42) << pad("metric", 18) << pad("predicted", 12) << pad("measured", 12) << "error\n";
    for (const auto& r : report.rows) {
        c.out << pad(r.c.id, 42) << pad(r.c.metric, 18);
        if (r.prediction.predicted)
            c.out << pad(significant(r.prediction.value), 12) << pad(significant(r.c.measured), 12)
                  << (r.errorPct >= 0 ? "+" : "") << fixed(r.errorPct, 1) << "%"
                  << (r.prediction.detail.empty() ? "" : "   " + r.prediction.detail) << "\n";
        else
            c.out << "not predicted: " << r.prediction.reason << "\n";
    }
    auto line = [&](const char* label, const ValidationReport::Stats& s) {
        c.out << pad(label, 12) << s.count << " case(s): median |error| " << fixed(s.median, 1) << "%, p90 "
              << fixed(s.p90, 1) << "%, max " << fixed(s.max, 1) << "%\n";
    };
    c.out << "\n";
    line("training", report.training);
    line("inference", report.inference);
    c.out << pad("all", 12) << "median |error| " << fixed(report.medianAbsErrorPct, 1) << "%, p90 "
          << fixed(report.p90AbsErrorPct, 1) << "%, max " << fixed(report.maxAbsErrorPct, 1) << "%\n";
    const auto missing = report.unpredicted();
    if (!missing.empty())
        c.out << missing.size() << " case(s) not predicted\n";
    return Ok;
}

} // namespace infraplan::cli
