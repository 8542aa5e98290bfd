#pragma once

#include "pagecomposer.h"
#include "paper.h"
#include "reportdocument.h"

#include <QByteArray>
#include <vector>

namespace infraplan::ui {

/// A report drawn as PDF, in memory.
struct RenderedReport {
    QByteArray pdf;
    int pages = 0;
};

/// Draws a ReportDocument into a PDF (QPdfWriter): text as text in the shipped fonts, charts and rules as
/// vectors, the page size of `paper`.
class ReportPdf {
public:
    /// Device units per inch; fine enough that measured text lands where it is drawn.
    static constexpr int kResolutionDpi = 1200;

    static RenderedReport render(const ReportDocument& document, Paper paper);

    /// The pages as PageComposer lays them out for `paper`, without drawing them (for checks).
    static std::vector<ComposedPage> compose(const ReportDocument& document, Paper paper);
};

} // namespace infraplan::ui
