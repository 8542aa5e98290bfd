#include "chartssection.h"

#include "chartstyle.h"
#include "costlatencychart.h"
#include "dailytrafficchart.h"
#include "latencythroughputchart.h"
#include "monthlycostchart.h"
#include "pagecomposer.h"
#include "powerchart.h"
#include "sketchpalette.h"
#include "tcochart.h"
#include "trainingscalingchart.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <QAbstractSeries>
#include <QChart>

namespace infraplan::ui {

const std::vector<ChartsSection::Builder>& ChartsSection::builders()
{
    static const std::vector<Builder> list = {
        &MonthlyCostChart::build,  &TcoChart::build,   &LatencyThroughputChart::build,
        &CostLatencyChart::build,  &PowerChart::build, &TrainingScalingChart::build,
        &DailyTrafficChart::build,
    };
    return list;
}

QStringList ChartsSection::titles(const Project& project, const ComparisonAnalysis& analysis)
{
    const SketchPalette palette(project);
    QStringList out;
    for (const Builder& build : builders()) {
        const std::unique_ptr<QChart> chart(build(analysis, palette));
        out << chart->title();
    }
    return out;
}

void ChartsSection::append(ReportDocument& doc, const ReportInput& in)
{
    doc.heading(tr("Charts"));
    // Two charts share a page; the first page also holds the heading.
    const double contentHeightPt = PageGeometry::of(in.options.paper, 72).content.height();
    const double chartHeightPt = std::floor((contentHeightPt - 48) / 2 - 10);
    const auto palette = std::make_shared<const SketchPalette>(in.project);
    const ComparisonAnalysis* analysis = &in.analysis;
    for (const Builder& build : builders()) {
        const std::unique_ptr<QChart> probe(build(*analysis, *palette));
        ChartBlock block;
        block.title = probe->title();
        block.emptyReason = chartstyle::emptyReason(probe.get());
        // The legend is printed under the chart, two entries to a row: a chart with many series gets the
        // height its legend takes, up to a page of its own.
        int entries = 0;
        for (const QAbstractSeries* series : probe->series())
            entries += series->name().isEmpty() ? 0 : 1;
        const double legendRowsPt = 11 * std::max(0, (entries + 1) / 2 - 2);
        block.heightPt =
            block.emptyReason.isEmpty() ? std::min(chartHeightPt + legendRowsPt, contentHeightPt - 40) : 64;
        // The analysis outlives the document's rendering (ReportBuilder holds both).
        block.build = [build, analysis, palette] {
            return std::unique_ptr<QChart>(build(*analysis, *palette));
        };
        doc.add(block);
    }
    doc.pageBreak();
}

} // namespace infraplan::ui
