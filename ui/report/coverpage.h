#pragma once

#include <QCoreApplication>

#include "reportdocument.h"
#include "reportinput.h"

namespace infraplan::ui {

/// Page 1: the project's name and description, the date, the recommendation in one paragraph and every
/// sketch at a glance (hardware, monthly cost, headline result or why it has none).
class CoverPage {
    Q_DECLARE_TR_FUNCTIONS(infraplan::ui::CoverPage)

public:
    static void append(ReportDocument& document, const ReportInput& input);

    /// "64 × AWS p5.48xlarge" (node groups joined with " + "), from the catalog names.
    static QString hardwareLine(const Sketch& sketch, const Catalog& catalog);
    /// The headline result of a sketch in a few words: time and cost to train, or latency and targets.
    static QString headline(const SketchSummary& summary);
};

} // namespace infraplan::ui
