#include "reportpdf.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace infraplan::ui {

namespace {
void setUp(QPdfWriter& writer, const ReportDocument& document, Paper paper)
{
    writer.setResolution(ReportPdf::kResolutionDpi);
    writer.setPageSize(pageSize(paper));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(document.title);
    writer.setCreator(document.footerLeft);
}
} // namespace

RenderedReport ReportPdf::render(const ReportDocument& document, Paper paper)
{
    RenderedReport out;
    QBuffer buffer(&out.pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUp(writer, document, paper);
        const auto pages = PageComposer(&writer, PageGeometry::of(paper, kResolutionDpi)).compose(document);
        QPainter painter(&writer);
        painter.setRenderHint(QPainter::Antialiasing);
        for (size_t i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            for (const PlacedItem& item : pages[i].items) {
                painter.save();
                item.paint(painter);
                painter.restore();
            }
        }
        painter.end();
        out.pages = static_cast<int>(pages.size());
    }
    return out;
}

std::vector<ComposedPage> ReportPdf::compose(const ReportDocument& document, Paper paper)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    setUp(writer, document, paper);
    return PageComposer(&writer, PageGeometry::of(paper, kResolutionDpi)).compose(document);
}

} // namespace infraplan::ui
