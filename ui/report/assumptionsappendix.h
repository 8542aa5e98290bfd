#pragma once

#include <QCoreApplication>

#include "reportdocument.h"
#include "reportinput.h"

namespace infraplan::ui {

/// Appendix A: what the figures assume — currency and the length of a month, each site's electricity price,
/// PUE and space rate, each sketch's pricing mode and utilization, and the calibration factors of every
/// accelerator family used — each with its catalog source.
class AssumptionsAppendix {
    Q_DECLARE_TR_FUNCTIONS(infraplan::ui::AssumptionsAppendix)

public:
    static void append(ReportDocument& document, const ReportInput& input);

private:
    static void appendProjectPricing(ReportDocument& document, const ReportInput& input);
    static void appendSites(ReportDocument& document, const ReportInput& input);
    static void appendSketches(ReportDocument& document, const ReportInput& input);
    static void appendCalibration(ReportDocument& document, const ReportInput& input);
};

/// Appendix B: every catalog source behind the items the sketches use, numbered as the sketch pages cite
/// them.
class SourcesAppendix {
    Q_DECLARE_TR_FUNCTIONS(infraplan::ui::SourcesAppendix)

public:
    static void append(ReportDocument& document, const ReportInput& input);
};

} // namespace infraplan::ui
