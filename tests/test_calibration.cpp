#include "calibrationfit.h"
#include "calibrationpriors.h"
#include "catalog.h"
#include "catalogdatabase.h"
#include "textfile.h"
#include "validation.h"

#include <cmath>
#include <QtTest>

using namespace infraplan;

namespace {

Catalog shipped()
{
    return Catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
}

std::vector<ValidationCase> publicCases()
{
    std::string error;
    auto text = readTextFile(INFRAPLAN_SOURCE_DIR "/data/validation/cases.json", error);
    if (!text)
        qFatal("%s", error.c_str());
    Problems problems;
    auto cases = parseValidationFile(*text, problems);
    if (!cases || !problems.empty())
        qFatal("data/validation/cases.json does not parse");
    return *cases;
}

// One calibrator for the whole test: it runs the engines over the grid once.
const Calibrator& calibrator()
{
    static const Catalog catalog = shipped();
    static const Calibrator c(publicCases(), catalog);
    return c;
}

} // namespace

class TestCalibration : public QObject {
    Q_OBJECT
private slots:
    void priorsFollowTheMatmulCeiling()
    {
        // H100 SXM: MAMF 794.5 of 989 TFLOPS = 0.803; times the 0.66 share whole steps sustain = 0.530.
        const CalibrationPrior hopper = calibrationPrior("nvidia-hopper");
        QVERIFY(std::abs(hopper.values.computeEfficiency - 0.66 * 0.803) < 1e-12);
        // A family nobody measured gets the median ceiling, 0.78 x 0.66 = 0.515.
        QVERIFY(std::abs(calibrationPrior("aws-neuron").values.computeEfficiency - 0.66 * 0.78) < 1e-12);
        QCOMPARE(calibrationPrior("aws-neuron").values.memoryBwEfficiency, 0.80);
    }

    void neuronKeepsItsMeasuredCollectiveCostWithoutCases()
    {
        // nccom-test: a 1 KiB all-gather over the 32 NeuronCores of a trn1.32xlarge takes 151 us; the
        // alpha-beta model charges 31 ring steps x (1.5 us NeuronLink + 1 us step) = 77.5 us, so the fixed
        // cost per collective is 151 - 77.5 = 73.5 us. NCCL families keep 0 (their alpha-beta steps reproduce
        // nccl-tests).
        QVERIFY(std::abs(calibrationPrior("aws-neuron").values.tpCollectiveSyncS - 73.5e-6) < 1e-12);
        QCOMPARE(calibrationPrior("nvidia-hopper").values.tpCollectiveSyncS, 0.0);
        // With its cases held out, the Neuron family falls back to that prior, not to 0.
        const Calibrator& cal = calibrator();
        std::vector<bool> use(cal.cases().size(), true);
        size_t neuron = 0;
        for (size_t k = 0; k < use.size(); ++k)
            if (cal.family(k) == "aws-neuron") {
                use[k] = false;
                ++neuron;
            }
        QVERIFY(neuron >= 3);
        QCOMPARE(cal.fit(use).valuesFor("aws-neuron").tpCollectiveSyncS, 73.5e-6);
    }

    void shippedCalibrationIsWhatCalibrateProduces()
    {
        // The shipped rows must be exactly what `infraplan calibrate data/validation/cases.json --write`
        // writes: rerun the fit and compare every value and note with the catalog's calibration rows.
        const Catalog& catalog = calibrator().catalog();
        const CalibrationFit fit = calibrator().fitAll();
        size_t compared = 0;
        for (const std::string kind : {"training", "inference"}) {
            const CatalogData rows = fit.rows(kind);
            for (const CatalogItem& produced : rows.items) {
                const CatalogItem* item = catalog.find(produced.id);
                QVERIFY2(item, ("the catalog lacks the calibration row " + produced.id +
                                ": rerun infraplan calibrate --write")
                                   .c_str());
                for (const auto& [field, figure] : produced.figures) {
                    auto it = item->figures.find(field);
                    QVERIFY2(it != item->figures.end(), (produced.id + " lacks " + field).c_str());
                    QVERIFY2(it->second.value == figure.value,
                             (produced.id + "." + field + ": shipped " + std::to_string(it->second.value) +
                              ", calibrate produces " + std::to_string(figure.value) +
                              ": rerun infraplan calibrate data/validation/cases.json --kind " + kind +
                              " --write data/catalog/calibration-" + kind + ".json")
                                 .c_str());
                    QCOMPARE(it->second.note, figure.note);
                    ++compared;
                }
            }
        }
        QVERIFY(compared > 20);
    }

    void fewCasesKeepThePrior()
    {
        const CalibrationFit fit = calibrator().fitAll();
        for (const auto* list : {&fit.training, &fit.inference})
            for (const FamilyFit& f : *list) {
                if (f.caseIds.size() >= 2)
                    continue;
                const CalibrationPrior p = calibrationPrior(f.family);
                const double prior =
                    f.kind == "training" ? p.values.computeEfficiency : p.values.inferenceComputeEfficiency;
                QVERIFY2(!f.fitted, f.family.c_str());
                QVERIFY2(std::abs(f.computeEfficiency - std::round(prior * 100) / 100) < 1e-12,
                         f.family.c_str());
            }
    }

    void crossValidationHoldsOutWhatItSays()
    {
        const Calibrator& cal = calibrator();
        const CrossValidation cv = crossValidate(cal);
        QCOMPARE(cv.rows.size(), cal.cases().size());
        const size_t n = cv.rows.size();
        for (size_t i = 0; i < n; ++i) {
            // Leave-one-case-out: the fit never sees the case it predicts.
            std::vector<bool> use(n, true);
            use[i] = false;
            const CalibrationFit without = cal.fit(use);
            for (const auto* list : {&without.training, &without.inference})
                for (const FamilyFit& f : *list)
                    QVERIFY(std::find(f.caseIds.begin(), f.caseIds.end(), cv.rows[i].c.id) ==
                            f.caseIds.end());
            // Leave-one-family-out: the family is back to its sourced prior.
            for (size_t k = 0; k < n; ++k)
                use[k] = cal.family(k) != cal.family(i);
            const CalibrationFit noFamily = cal.fit(use);
            const Calibration got = noFamily.valuesFor(cal.family(i));
            const Calibration prior = calibrationPrior(cal.family(i)).values;
            QCOMPARE(got.computeEfficiency, std::round(prior.computeEfficiency * 100) / 100);
            QCOMPARE(got.inferenceComputeEfficiency,
                     std::round(prior.inferenceComputeEfficiency * 100) / 100);
            QCOMPARE(got.memoryBwEfficiency, std::round(prior.memoryBwEfficiency * 100) / 100);
            QCOMPARE(got.tpCollectiveSyncS, prior.tpCollectiveSyncS);
            const Prediction p = cal.predict(i, noFamily);
            QCOMPARE(p.predicted, cv.rows[i].familyHeldOut.predicted);
            if (p.predicted)
                QCOMPARE(p.value, cv.rows[i].familyHeldOut.value);
        }
        QVERIFY(cv.all.caseHeldOut.count + 1 >= n);
    }

    void servingHeldOutErrorsStayWhereDocsSayTheyAre()
    {
        // Regression guard at the state docs/validation.md reports for the serving cases (issue 14 asks
        // leave-one-case-out median <= 10% and no case above 35%; not met yet, the largest errors are listed
        // there).
        const CrossValidation cv = crossValidate(calibrator());
        QVERIFY2(cv.inference.caseHeldOut.median <= 11.5,
                 qPrintable(QString::number(cv.inference.caseHeldOut.median)));
        QVERIFY2(cv.inference.caseHeldOut.max <= 205,
                 qPrintable(QString::number(cv.inference.caseHeldOut.max)));
        QVERIFY2(cv.inference.familyHeldOut.median <= 14,
                 qPrintable(QString::number(cv.inference.familyHeldOut.median)));
    }
};

QTEST_APPLESS_MAIN(TestCalibration)
#include "test_calibration.moc"
