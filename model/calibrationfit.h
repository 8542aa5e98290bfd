#pragma once

#include "calibrationpriors.h"
#include "catalog.h"
#include "catalogdata.h"
#include "validation.h"
#include "validationcase.h"

#include <string>
#include <vector>

namespace infraplan {

/// What the calibration decided for one device family and one engine ("training" or "inference"): the
/// fractions, whether they were fitted or kept from the prior, from which cases, and the error that remains.
struct FamilyFit {
    std::string family;
    std::string kind;
    std::vector<std::string> caseIds; ///< the family's cases of this kind that the fit saw
    bool fitted = false;              ///< false: the sourced prior is kept
    double computeEfficiency = 0;  ///< training: compute_efficiency; inference: inference_compute_efficiency
    double memoryBwEfficiency = 0; ///< inference only (training uses the serving fit's)
    double tpCollectiveSyncS = 0;  ///< training only: fixed time per tensor-parallel collective
    double rmsLogError = 0;        ///< root mean square of ln(predicted / measured) over caseIds
    double maxAbsErrorPct = 0;     ///< largest |error| over caseIds, in percent
    std::string why;               ///< how the value was chosen, in a sentence
};

/// A whole calibration: every family's fractions for both engines.
struct CalibrationFit {
    std::vector<FamilyFit> training, inference;

    /// The fractions a family gets from this fit (scale-up and scale-out: the prior).
    Calibration valuesFor(const std::string& family) const;
    /// The catalog with its calibration rows replaced by this fit's.
    Catalog applyTo(const Catalog& base) const;
    /// The calibration rows of one engine ("training" or "inference") with their provenance, in the format
    /// of data/catalog/calibration-*.json.
    CatalogData rows(const std::string& kind) const;
};

/// Fits the achievable fractions per device family to published cases by least squares on the log error
/// (docs/model.md, "Calibration"): the serving fractions (compute, memory bandwidth) from the inference
/// cases, then the training compute fraction from the training cases. The engines are run once per point of
/// a coarse grid for every case; a fit then searches a 0.01 grid with the predictions interpolated in
/// between, so that refitting without some cases (cross-validation) costs no engine runs.
class Calibrator {
public:
    Calibrator(std::vector<ValidationCase> cases, const Catalog& catalog);

    const std::vector<ValidationCase>& cases() const { return m_cases; }
    const Catalog& catalog() const { return m_catalog; }
    /// The family of each case's accelerator ("" when unknown).
    const std::string& family(size_t caseIndex) const { return m_family[caseIndex]; }
    /// Fit with the cases for which `use` is true.
    CalibrationFit fit(const std::vector<bool>& use) const;
    CalibrationFit fitAll() const { return fit(std::vector<bool>(m_cases.size(), true)); }
    /// The engine's prediction of one case under a fit (not interpolated: the engine is run).
    Prediction predict(size_t caseIndex, const CalibrationFit& fit) const;

private:
    double objective(const std::vector<size_t>& members, bool training, double compute, double memory,
                     double sync, const CalibrationPrior& prior) const;
    FamilyFit fitFamily(const std::string& family, bool training, const std::vector<size_t>& members) const;
    double interpolatedLog(size_t caseIndex, bool training, double compute, double memory, double sync) const;

    std::vector<ValidationCase> m_cases;
    const Catalog& m_catalog;
    std::vector<std::string> m_family;
    /// ln(prediction) per case and grid point (NaN where the engine gives none).
    std::vector<std::vector<double>> m_logPredicted;
    std::vector<bool>
        m_predictable;           ///< the engine predicts the case somewhere on the grid (else not fitted to)
    CalibrationFit m_servingFit; ///< the serving fit on all cases, which the training grid runs with
};

/// Leave-one-case-out and leave-one-family-out predictions of every case.
struct CrossValidation {
    struct Row {
        ValidationCase c;
        std::string family;
        Prediction inSample, caseHeldOut, familyHeldOut;
        double errorPct = 0, caseHeldOutErrorPct = 0, familyHeldOutErrorPct = 0;
    };
    using Stats = ErrorStats;
    struct Summary {
        Stats inSample, caseHeldOut, familyHeldOut;
    };
    std::vector<Row> rows;
    Summary all, training, inference;
    CalibrationFit fit; ///< on all cases
};

CrossValidation crossValidate(const Calibrator& calibrator);

} // namespace infraplan
