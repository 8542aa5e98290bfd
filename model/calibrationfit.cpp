#include "calibrationfit.h"
#include "hardwarerow.h"

#include "parallelfor.h"
#include "validation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>
#include <thread>

namespace infraplan {

namespace {

// The coarse grids the engines are run on. Training: compute fraction 0.20-0.95 in steps of 0.025. Serving:
// compute fraction 0.10-0.90 by 0.05 times memory-bandwidth fraction 0.40-0.95 by 0.05. Fits search the
// same ranges in steps of 0.01 (the precision the catalog keeps) on the interpolated predictions.
constexpr double kTrainLo = 0.20, kTrainStep = 0.025;
constexpr int kTrainPoints = 31;
// Training also fits a fixed time per tensor-parallel collective: 0 to 1.2 ms in steps of 0.2 ms on the
// engine grid, 0.02 ms in the fit. Its prior is 0 (the alpha-beta model alone); where the cases do not
// constrain it (no tensor parallelism) the search keeps the smallest value, 0.
constexpr double kSyncStepS = 0.2e-3;
constexpr int kSyncPoints = 7;
constexpr double kSyncFitStepS = 0.02e-3;
constexpr int kSyncFitPoints = 61;
constexpr double kComputeLo = 0.10, kComputeStep = 0.05;
constexpr int kComputePoints = 17;
constexpr double kMemoryLo = 0.40, kMemoryStep = 0.05;
constexpr int kMemoryPoints = 12;
// The prior enters the least squares as one more residual, ln(value / prior) / sigma with sigma = ln 2: a
// fraction half or twice its prior weighs as much as one case off by a factor e. It keeps a fraction the
// cases do not constrain (memory bandwidth of a family whose cases are all compute-bound) at its prior.
const double kPriorSigma = std::log(2.0);
// A case the engine cannot predict at some grid point counts as off by a factor of ten there.
const double kUnpredictedPenalty = std::log(10.0) * std::log(10.0);
// Fewer cases than this keep the prior unless cross-validation shows the fit carries over.
constexpr size_t kMinCasesToFit = 3;

constexpr const char* kTrainingSource = "infraplan_calibration_training";
constexpr const char* kInferenceSource = "infraplan_calibration_inference";

std::string pct(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", v);
    return buf;
}

std::string two(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

std::vector<std::string> familiesOf(const Catalog& catalog, const std::vector<std::string>& caseFamilies)
{
    std::vector<std::string> out;
    for (const CalibrationPrior& p : calibrationPriors())
        out.push_back(p.family);
    for (const CatalogItem* item : catalog.items(ItemKind::Accelerator))
        out.push_back(familyOf(*item));
    out.insert(out.end(), caseFamilies.begin(), caseFamilies.end());
    std::vector<std::string> unique;
    for (const std::string& f : out)
        if (!f.empty() && std::find(unique.begin(), unique.end(), f) == unique.end())
            unique.push_back(f);
    return unique;
}

Catalog withCalibration(const Catalog& base, const std::vector<std::string>& families,
                        const CalibrationFit& fit)
{
    CatalogData data = base.data();
    data.items.erase(std::remove_if(data.items.begin(), data.items.end(),
                                    [](const CatalogItem& i) { return i.kind == ItemKind::Calibration; }),
                     data.items.end());
    (void)families;
    CatalogData rows = fit.rows("training");
    rows.merge(fit.rows("inference"));
    data.merge(std::move(rows));
    return Catalog(std::move(data), {});
}

// A fit in which every family has the same fractions: what one grid point runs the engines with.
CalibrationFit uniformFit(const std::vector<std::string>& families, double trainingCompute,
                          double servingCompute, double memory)
{
    CalibrationFit f;
    for (const std::string& family : families) {
        FamilyFit t;
        t.family = family;
        t.kind = "training";
        t.computeEfficiency = trainingCompute;
        f.training.push_back(t);
        FamilyFit i;
        i.family = family;
        i.kind = "inference";
        i.computeEfficiency = servingCompute;
        i.memoryBwEfficiency = memory;
        f.inference.push_back(i);
    }
    return f;
}

double logError(const Prediction& p, double measured)
{
    if (!p.predicted || !(p.value > 0) || !std::isfinite(p.value))
        return std::numeric_limits<double>::quiet_NaN();
    return std::log(p.value / measured);
}

} // namespace

Calibration CalibrationFit::valuesFor(const std::string& family) const
{
    Calibration c = calibrationPrior(family).values;
    for (const FamilyFit& f : training)
        if (f.family == family) {
            c.computeEfficiency = f.computeEfficiency;
            c.tpCollectiveSyncS = f.tpCollectiveSyncS;
        }
    for (const FamilyFit& f : inference)
        if (f.family == family) {
            c.inferenceComputeEfficiency = f.computeEfficiency;
            c.memoryBwEfficiency = f.memoryBwEfficiency;
        }
    return c;
}

Catalog CalibrationFit::applyTo(const Catalog& base) const
{
    return withCalibration(base, {}, *this);
}

CatalogData CalibrationFit::rows(const std::string& kind) const
{
    CatalogData d;
    const bool isTraining = kind == "training";
    Source s;
    s.id = isTraining ? kTrainingSource : kInferenceSource;
    s.title =
        isTraining
            ? "Infraplan training calibration: achievable fraction of peak compute per device family, "
              "fitted by 'infraplan calibrate' to the published training runs of the validation cases that "
              "ship with Infraplan (model documentation, 'Calibration')"
            : "Infraplan serving calibration: achievable fractions of peak compute and memory "
              "bandwidth per device family, fitted by 'infraplan calibrate' to the published serving runs "
              "of the validation cases that ship with Infraplan (model documentation, 'Calibration')";
    s.date = "2026-12";
    d.sources.push_back(s);
    for (const FamilyFit& f : isTraining ? training : inference) {
        CatalogItem item;
        item.kind = ItemKind::Calibration;
        item.id = std::string(isTraining ? "cal-train-" : "cal-infer-") + f.family;
        item.name = std::string(isTraining ? "Training calibration, " : "Serving calibration, ") + f.family;
        item.vendor = "Infraplan";
        item.attributes["family"] = f.family;
        const CalibrationPrior prior = calibrationPrior(f.family);
        if (isTraining) {
            item.figures["compute_efficiency"] = {f.computeEfficiency, s.id, f.why};
            item.figures["tp_collective_sync_us"] = {std::round(f.tpCollectiveSyncS * 1e6), s.id, f.why};
            const std::string link =
                "prior, not fitted: about 80% of the link rate as collective bus bandwidth "
                "(nccl-tests busbw against the link's datasheet rate)";
            item.figures["scale_up_efficiency"] = {prior.values.scaleUpEfficiency, s.id, link};
            item.figures["scale_out_efficiency"] = {prior.values.scaleOutEfficiency, s.id, link};
        } else {
            item.figures["inference_compute_efficiency"] = {f.computeEfficiency, s.id, f.why};
            item.figures["memory_bw_efficiency"] = {f.memoryBwEfficiency, s.id, f.why};
        }
        d.items.push_back(std::move(item));
    }
    return d;
}

Calibrator::Calibrator(std::vector<ValidationCase> cases, const Catalog& catalog)
    : m_cases(std::move(cases)), m_catalog(catalog)
{
    for (const ValidationCase& c : m_cases) {
        const CatalogItem* a = catalog.find(c.system.value("accelerator", ""));
        m_family.push_back(a ? familyOf(*a) : std::string());
    }
    const std::vector<std::string> families = familiesOf(catalog, m_family);
    m_logPredicted.assign(m_cases.size(), {});
    const int threads = std::max(1, std::min(4, static_cast<int>(std::thread::hardware_concurrency())));

    // Serving grid first: the training grid runs with the serving fit's memory-bandwidth fractions.
    const size_t servingPoints = kComputePoints * kMemoryPoints;
    std::vector<size_t> servingCases, trainingCases;
    for (size_t i = 0; i < m_cases.size(); ++i) {
        (m_cases[i].kind == "training" ? trainingCases : servingCases).push_back(i);
        m_logPredicted[i].assign(m_cases[i].kind == "training" ? kTrainPoints * kSyncPoints : servingPoints,
                                 std::numeric_limits<double>::quiet_NaN());
    }
    parallelFor(servingPoints, threads, [&](int, size_t g) {
        const double compute = kComputeLo + kComputeStep * double(g / kMemoryPoints);
        const double memory = kMemoryLo + kMemoryStep * double(g % kMemoryPoints);
        const Catalog cat = withCalibration(catalog, families, uniformFit(families, 0.5, compute, memory));
        for (size_t i : servingCases) {
            const Prediction p = predictInferenceCase(m_cases[i], cat);
            const double e = logError(p, m_cases[i].measured);
            m_logPredicted[i][g] = std::isnan(e) ? e : std::log(p.value);
        }
    });
    m_predictable.assign(m_cases.size(), true);
    for (size_t i : servingCases)
        m_predictable[i] = std::any_of(m_logPredicted[i].begin(), m_logPredicted[i].end(),
                                       [](double v) { return !std::isnan(v); });
    m_servingFit = fitAll();
    parallelFor(kTrainPoints * kSyncPoints, threads, [&](int, size_t g) {
        CalibrationFit f = m_servingFit;
        for (FamilyFit& t : f.training) {
            t.computeEfficiency = kTrainLo + kTrainStep * double(g / kSyncPoints);
            t.tpCollectiveSyncS = kSyncStepS * double(g % kSyncPoints);
        }
        const Catalog cat = withCalibration(catalog, families, f);
        for (size_t i : trainingCases) {
            const Prediction p = predictTrainingCase(m_cases[i], cat);
            const double e = logError(p, m_cases[i].measured);
            m_logPredicted[i][g] = std::isnan(e) ? e : std::log(p.value);
        }
    });
    for (size_t i : trainingCases)
        m_predictable[i] = std::any_of(m_logPredicted[i].begin(), m_logPredicted[i].end(),
                                       [](double v) { return !std::isnan(v); });
}

double Calibrator::interpolatedLog(size_t i, bool training, double compute, double memory, double sync) const
{
    const std::vector<double>& t = m_logPredicted[i];
    if (t.empty())
        return std::numeric_limits<double>::quiet_NaN();
    auto axis = [](double v, double lo, double step, int n, int& k, double& w) {
        const double x = std::clamp((v - lo) / step, 0.0, double(n - 1));
        k = std::min(n - 2, static_cast<int>(std::floor(x)));
        w = x - k;
    };
    if (training) {
        int kc, ks;
        double wc, ws;
        axis(compute, kTrainLo, kTrainStep, kTrainPoints, kc, wc);
        axis(sync, 0, kSyncStepS, kSyncPoints, ks, ws);
        auto at = [&](int c, int s) { return t[size_t(c) * kSyncPoints + s]; };
        return (at(kc, ks) * (1 - ws) + at(kc, ks + 1) * ws) * (1 - wc) +
               (at(kc + 1, ks) * (1 - ws) + at(kc + 1, ks + 1) * ws) * wc;
    }
    int kc, km;
    double wc, wm;
    axis(compute, kComputeLo, kComputeStep, kComputePoints, kc, wc);
    axis(memory, kMemoryLo, kMemoryStep, kMemoryPoints, km, wm);
    auto at = [&](int c, int m) { return t[size_t(c) * kMemoryPoints + m]; };
    return (at(kc, km) * (1 - wm) + at(kc, km + 1) * wm) * (1 - wc) +
           (at(kc + 1, km) * (1 - wm) + at(kc + 1, km + 1) * wm) * wc;
}

double Calibrator::objective(const std::vector<size_t>& members, bool training, double compute, double memory,
                             double sync, const CalibrationPrior& prior) const
{
    double sum = 0;
    for (size_t i : members) {
        const double lp = interpolatedLog(i, training, compute, memory, sync);
        if (std::isnan(lp))
            sum += kUnpredictedPenalty;
        else {
            const double r = lp - std::log(m_cases[i].measured);
            sum += r * r;
        }
    }
    const double pc = std::log(compute / (training ? prior.values.computeEfficiency
                                                   : prior.values.inferenceComputeEfficiency)) /
                      kPriorSigma;
    sum += pc * pc;
    if (training && prior.tpSyncWidthS > 0) {
        const double ps = (sync - prior.values.tpCollectiveSyncS) / prior.tpSyncWidthS;
        sum += ps * ps;
    }
    if (!training) {
        const double pm = std::log(memory / prior.values.memoryBwEfficiency) / kPriorSigma;
        sum += pm * pm;
    }
    return sum;
}

FamilyFit Calibrator::fitFamily(const std::string& family, bool training,
                                const std::vector<size_t>& members) const
{
    FamilyFit f;
    f.family = family;
    f.kind = training ? "training" : "inference";
    for (size_t i : members)
        f.caseIds.push_back(m_cases[i].id);
    const CalibrationPrior prior = calibrationPrior(family);
    const double priorCompute =
        round2(training ? prior.values.computeEfficiency : prior.values.inferenceComputeEfficiency);
    const double priorMemory = round2(prior.values.memoryBwEfficiency);
    const double priorSync = prior.values.tpCollectiveSyncS;

    auto minimise = [&](const std::vector<size_t>& on, double& compute, double& memory, double& sync) {
        double best = std::numeric_limits<double>::infinity();
        const int cLo = training ? 20 : 10, cHi = training ? 95 : 90;
        const int mLo = training ? 0 : 40, mHi = training ? 0 : 95;
        const int sHi = training ? kSyncFitPoints - 1 : 0;
        for (int c = cLo; c <= cHi; ++c)
            for (int m = mLo; m <= mHi; ++m)
                for (int k = 0; k <= sHi; ++k) {
                    const double cv = c / 100.0, mv = training ? priorMemory : m / 100.0;
                    const double sv = kSyncFitStepS * k;
                    const double j = objective(on, training, cv, mv, sv, prior);
                    if (j < best - 1e-12) {
                        best = j;
                        compute = cv;
                        memory = mv;
                        sync = sv;
                    }
                }
    };
    auto absLogError = [&](size_t i, double compute, double memory, double sync) {
        const double lp = interpolatedLog(i, training, compute, memory, sync);
        return std::isnan(lp) ? std::log(10.0) : std::abs(lp - std::log(m_cases[i].measured));
    };

    f.computeEfficiency = priorCompute;
    f.memoryBwEfficiency = training ? 0 : priorMemory;
    f.tpCollectiveSyncS = training ? priorSync : 0;
    const std::string priorText =
        "prior " + two(priorCompute) + " = " + two(kMatmulShareOfMamf) + " x MAMF efficiency " +
        two(prior.matmulEfficiency > 0 ? prior.matmulEfficiency : kMedianMatmulEfficiency) + " (" +
        prior.matmulSource + "; 0.66 = 180 TFLOPS of A100 training with FlashAttention over its 271.2 MAMF)" +
        (training ? "" : "; memory bandwidth prior " + two(priorMemory) + " of the datasheet rate");
    std::string ids;
    for (const std::string& id : f.caseIds)
        ids += (ids.empty() ? "" : ", ") + id;

    if (members.size() >= kMinCasesToFit) {
        minimise(members, f.computeEfficiency, f.memoryBwEfficiency, f.tpCollectiveSyncS);
        f.fitted = true;
        f.why =
            "fitted by 'infraplan calibrate' (least squares on ln(predicted/measured) with the prior as one "
            "more residual, 0.01 grid) to " +
            std::to_string(members.size()) + " " + f.kind + " cases: " + ids + "; " + priorText;
    } else if (members.size() == 2) {
        // Two cases: keep the fit only if the fit to either predicts the other better than the prior does.
        bool carries = true;
        std::string evidence;
        for (size_t k = 0; k < 2; ++k) {
            double c = priorCompute, m = f.memoryBwEfficiency, sync = f.tpCollectiveSyncS;
            minimise({members[1 - k]}, c, m, sync);
            const double heldOut = absLogError(members[k], c, m, sync);
            const double withPrior =
                absLogError(members[k], priorCompute, f.memoryBwEfficiency, f.tpCollectiveSyncS);
            carries = carries && heldOut < withPrior;
            evidence += (evidence.empty() ? "" : "; ") + m_cases[members[k]].id + " held out " +
                        pct(100 * (std::exp(heldOut) - 1)) + " vs prior " +
                        pct(100 * (std::exp(withPrior) - 1));
        }
        if (carries) {
            minimise(members, f.computeEfficiency, f.memoryBwEfficiency, f.tpCollectiveSyncS);
            f.fitted = true;
            f.why = "fitted to 2 " + f.kind + " cases (" + ids +
                    ") because the fit to either predicts the other better than the prior (" + evidence +
                    "); least squares on ln error with the prior as one more residual; " + priorText;
        } else {
            f.why = "2 " + f.kind + " cases (" + ids +
                    "), too few to fit: the fit to one does not predict the other better than the prior (" +
                    evidence + "); " + priorText;
        }
    } else if (members.size() == 1) {
        f.why = "1 " + f.kind + " case (" + ids + "), too few to fit; " + priorText;
    } else {
        f.why = "no " + f.kind + " case for this family; " + priorText;
    }
    const std::string priorSyncText =
        priorSync > 0
            ? std::to_string(static_cast<long>(std::lround(priorSync * 1e6))) +
                  " us from Neuron's nccom-test small all-gather over 32 ranks (151 us) less its 31 "
                  "ring steps of 2.5 us"
            : std::string("0");
    if (training && f.fitted)
        f.why += "; fixed time per tensor-parallel collective " +
                 std::to_string(static_cast<long>(std::lround(f.tpCollectiveSyncS * 1e6))) + " us (prior " +
                 priorSyncText + ", fitted with the fraction on a 0.02 ms grid)";
    else if (training && priorSync > 0)
        f.why += "; fixed time per tensor-parallel collective: the prior, " + priorSyncText;
    double sq = 0, worst = 0;
    for (size_t i : members) {
        const double e = absLogError(i, f.computeEfficiency, f.memoryBwEfficiency, f.tpCollectiveSyncS);
        sq += e * e;
        worst = std::max(worst, 100 * (std::exp(e) - 1));
    }
    f.rmsLogError = members.empty() ? 0 : std::sqrt(sq / double(members.size()));
    f.maxAbsErrorPct = worst;
    return f;
}

CalibrationFit Calibrator::fit(const std::vector<bool>& use) const
{
    CalibrationFit out;
    const std::vector<std::string> families = familiesOf(m_catalog, m_family);
    for (const std::string& family : families) {
        std::vector<size_t> training, serving;
        for (size_t i = 0; i < m_cases.size(); ++i)
            if (use[i] && m_family[i] == family && m_predictable[i])
                (m_cases[i].kind == "training" ? training : serving).push_back(i);
        out.inference.push_back(fitFamily(family, false, serving));
        out.training.push_back(fitFamily(family, true, training));
        // The training engine uses the family's serving memory-bandwidth fraction.
        out.training.back().memoryBwEfficiency = out.inference.back().memoryBwEfficiency;
    }
    return out;
}

Prediction Calibrator::predict(size_t i, const CalibrationFit& fit) const
{
    const Catalog cat = fit.applyTo(m_catalog);
    return m_cases[i].kind == "training" ? predictTrainingCase(m_cases[i], cat)
                                         : predictInferenceCase(m_cases[i], cat);
}

namespace {

double errorPct(const Prediction& p, double measured)
{
    return (p.value - measured) / measured * 100.0;
}

bool usable(const Prediction& p)
{
    return p.predicted && std::isfinite(p.value) && p.value > 0;
}

} // namespace

CrossValidation crossValidate(const Calibrator& cal)
{
    CrossValidation cv;
    const size_t n = cal.cases().size();
    const int threads = std::max(1, std::min(4, static_cast<int>(std::thread::hardware_concurrency())));
    cv.fit = cal.fitAll();
    cv.rows.resize(n);
    for (size_t i = 0; i < n; ++i) {
        cv.rows[i].c = cal.cases()[i];
        cv.rows[i].family = cal.family(i);
    }
    const Catalog inSample = cv.fit.applyTo(cal.catalog());
    std::vector<std::string> families;
    for (size_t i = 0; i < n; ++i)
        if (std::find(families.begin(), families.end(), cal.family(i)) == families.end())
            families.push_back(cal.family(i));
    // One task per case (in sample and leave-one-case-out) and one per family (leave-one-family-out).
    parallelFor(n + families.size(), threads, [&](int, size_t task) {
        if (task < n) {
            const ValidationCase& c = cal.cases()[task];
            CrossValidation::Row& row = cv.rows[task];
            row.inSample =
                c.kind == "training" ? predictTrainingCase(c, inSample) : predictInferenceCase(c, inSample);
            std::vector<bool> use(n, true);
            use[task] = false;
            row.caseHeldOut = cal.predict(task, cal.fit(use));
            return;
        }
        const std::string& family = families[task - n];
        std::vector<bool> use(n, true);
        for (size_t i = 0; i < n; ++i)
            use[i] = cal.family(i) != family;
        const CalibrationFit fit = cal.fit(use);
        const Catalog cat = fit.applyTo(cal.catalog());
        for (size_t i = 0; i < n; ++i)
            if (!use[i])
                cv.rows[i].familyHeldOut = cal.cases()[i].kind == "training"
                                               ? predictTrainingCase(cal.cases()[i], cat)
                                               : predictInferenceCase(cal.cases()[i], cat);
    });
    std::vector<double> all[3], training[3], inference[3];
    for (CrossValidation::Row& row : cv.rows) {
        const Prediction* p[3] = {&row.inSample, &row.caseHeldOut, &row.familyHeldOut};
        double* e[3] = {&row.errorPct, &row.caseHeldOutErrorPct, &row.familyHeldOutErrorPct};
        for (int k = 0; k < 3; ++k) {
            if (!usable(*p[k]))
                continue;
            *e[k] = errorPct(*p[k], row.c.measured);
            all[k].push_back(std::abs(*e[k]));
            (row.c.kind == "training" ? training : inference)[k].push_back(std::abs(*e[k]));
        }
    }
    auto summary = [&](std::vector<double>* v) {
        return CrossValidation::Summary{errorStats(v[0]), errorStats(v[1]), errorStats(v[2])};
    };
    cv.all = summary(all);
    cv.training = summary(training);
    cv.inference = summary(inference);
    return cv;
}

} // namespace infraplan
