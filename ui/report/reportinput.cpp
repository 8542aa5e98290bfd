#include "reportinput.h"

#include "pagecomposer.h"

namespace infraplan::ui {

const SketchSummary* ReportInput::summary(const std::string& sketchId) const
{
    for (const SketchSummary& s : analysis.summaries)
        if (s.sketchId == sketchId)
            return &s;
    return nullptr;
}

double ReportInput::textWidthPt() const
{
    return PageGeometry::of(options.paper, 72).content.width();
}

} // namespace infraplan::ui
