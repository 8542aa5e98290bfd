#include "arguments.h"
#include "calibrationfit.h"
#include "catalog.h"
#include "catalogfiles.h"
#include "commands.h"
#include "figureformat.h"
#include "jsontext.h"
#include "textfile.h"
#include "validationinput.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

namespace infraplan::cli {

namespace {
std::string pad(std::string s, size_t width)
{
    if (s.size() < width)
        s.resize(width, ' ');
    return s;
}

nlohmann::json fitJson(const FamilyFit& f)
{
    nlohmann::json j{{"family", f.family},
                     {"fitted", f.fitted},
                     {"cases", f.caseIds},
                     {"rms_log_error", f.rmsLogError},
                     {"max_abs_error_pct", f.maxAbsErrorPct},
                     {"why", f.why}};
    if (f.kind == "training")
        j["compute_efficiency"] = f.computeEfficiency;
    else {
        j["inference_compute_efficiency"] = f.computeEfficiency;
        j["memory_bw_efficiency"] = f.memoryBwEfficiency;
    }
    return j;
}
} // namespace

int calibrateCommand(const std::vector<std::string>& args, Context& c)
{
    Arguments a(args, {"write", "kind"});
    if (!a.onlyFlags({"json"}) || a.positionals().size() != 1 || !a.error().empty()) {
        c.err << "usage: infraplan calibrate CASES [--kind training|inference] [--write FILE] [--json]\n";
        return Usage;
    }
    const std::string kind = a.option("kind").value_or("");
    if (!kind.empty() && kind != "training" && kind != "inference") {
        c.err << "infraplan calibrate: --kind must be training or inference, not '" << kind << "'\n";
        return Usage;
    }
    int exitCode = Ok;
    auto cases = readValidationCases("calibrate", a.positionals()[0], c, exitCode);
    if (!cases)
        return exitCode;
    const Catalog* catalog = c.catalog();
    if (!catalog)
        return Failure;
    const Calibrator calibrator(*cases, *catalog);
    const CalibrationFit fit = calibrator.fitAll();

    if (auto file = a.option("write")) {
        CatalogData rows;
        if (kind.empty() || kind == "training")
            rows.merge(fit.rows("training"));
        if (kind.empty() || kind == "inference")
            rows.merge(fit.rows("inference"));
        std::string error;
        if (!writeFileAtomically(*file, catalogfiles::toJson(rows), error)) {
            c.err << "infraplan calibrate: " << error << "\n";
            return Failure;
        }
    }
    auto wanted = [&](const std::string& k) { return kind.empty() || kind == k; };
    if (a.flag("json")) {
        nlohmann::json out = nlohmann::json::object();
        for (const std::string k : {"training", "inference"}) {
            if (!wanted(k))
                continue;
            nlohmann::json list = nlohmann::json::array();
            for (const FamilyFit& f : k == "training" ? fit.training : fit.inference)
                list.push_back(fitJson(f));
            out[k] = list;
        }
        out["method"] =
            "least squares on ln(predicted / measured) per device family, with the sourced prior as "
            "one more residual (sigma ln 2), searched on a 0.01 grid; families with fewer than 3 "
            "cases keep the prior unless the fit to one of 2 cases predicts the other better";
        c.out << jsonText(out, 2) << "\n";
        return Ok;
    }
    c.out
        << "Least squares on ln(predicted/measured) per device family (prior as one more residual), 0.01 "
           "grid.\nErrors below are on the interpolated grid; 'infraplan validate --cross-validate' runs the "
           "engines at the fitted values.\n\n";
    for (const std::string k : {"training", "inference"}) {
        if (!wanted(k))
            continue;
        c.out << (k == "training" ? "Training: compute_efficiency\n"
                                  : "Serving: inference_compute_efficiency, "
                                    "memory_bw_efficiency\n");
        c.out << "  " << pad("family", 18) << pad("value", 13) << pad("from", 8) << pad("cases", 7)
              << pad("rms ln err", 12) << "max |error|\n";
        for (const FamilyFit& f : k == "training" ? fit.training : fit.inference) {
            const std::string value = k == "training" ? formatFixed(f.computeEfficiency, 2)
                                                      : formatFixed(f.computeEfficiency, 2) + " / " +
                                                            formatFixed(f.memoryBwEfficiency, 2);
            c.out << "  " << pad(f.family, 18) << pad(value, 13) << pad(f.fitted ? "fit" : "prior", 8)
                  << pad(std::to_string(f.caseIds.size()), 7)
                  << pad(f.caseIds.empty() ? "-" : formatFixed(f.rmsLogError, 3), 12)
                  << (f.caseIds.empty() ? "-" : formatFixed(f.maxAbsErrorPct, 1) + "%") << "\n";
            for (const std::string& id : f.caseIds)
                c.out << "      " << id << "\n";
        }
        c.out << "\n";
    }
    if (auto file = a.option("write"))
        c.out << "wrote the calibration rows to " << *file << "\n";
    return Ok;
}

} // namespace infraplan::cli
