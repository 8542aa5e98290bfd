#pragma once

#include <QCoreApplication>

#include "reportdocument.h"
#include "reportinput.h"

namespace infraplan::ui {

/// "How far to trust these figures": each sketch's regime and the range of its headline figures, a warning
/// for hardware whose family has no validated runs, the error table by regime with its provenance, and the
/// validated cases behind the regimes the project uses.
class TrustSection {
    Q_DECLARE_TR_FUNCTIONS(infraplan::ui::TrustSection)

public:
    static void append(ReportDocument& document, const ReportInput& input);

private:
    static void appendSketches(ReportDocument& document, const ReportInput& input);
    static void appendRegimes(ReportDocument& document, const ErrorRegimeTable& table);
    static void appendCases(ReportDocument& document, const ReportInput& input,
                            const ErrorRegimeTable& table);
};

} // namespace infraplan::ui
