#include "reportdocument.h"

// Blocks are constructed in place: GCC 12 warns falsely about moving a temporary std::variant.
namespace infraplan::ui {

void ReportDocument::text(TextRole role, const QString& t, bool keepWithNext)
{
    blocks.emplace_back(std::in_place_type<TextBlock>, TextBlock{role, t, keepWithNext});
}

void ReportDocument::heading(const QString& t)
{
    text(TextRole::Heading, t, true);
}

void ReportDocument::subheading(const QString& t)
{
    text(TextRole::Subheading, t, true);
}

void ReportDocument::paragraph(const QString& t)
{
    text(TextRole::Body, t);
}

void ReportDocument::space(double points)
{
    blocks.emplace_back(std::in_place_type<SpaceBlock>, SpaceBlock{points});
}

void ReportDocument::pageBreak()
{
    blocks.emplace_back(std::in_place_type<PageBreakBlock>);
}

void ReportDocument::add(TableBlock block)
{
    blocks.emplace_back(std::in_place_type<TableBlock>, std::move(block));
}

void ReportDocument::add(CalloutBlock block)
{
    blocks.emplace_back(std::in_place_type<CalloutBlock>, std::move(block));
}

void ReportDocument::add(ChartBlock block)
{
    blocks.emplace_back(std::in_place_type<ChartBlock>, std::move(block));
}

void ReportDocument::add(SideBySideBlock block)
{
    blocks.emplace_back(std::in_place_type<SideBySideBlock>, std::move(block));
}

} // namespace infraplan::ui
