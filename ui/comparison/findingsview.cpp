#include "findingsview.h"

#include "figureformat.h"
#include "phrasetext.h"
#include "recommendations.h"
#include "sketchpalette.h"

namespace infraplan::ui {

namespace {
struct Tag {
    QString text;
    QString color;
};

Tag tagFor(FindingKind kind)
{
    switch (kind) {
    case FindingKind::CheapestMeetingTargets:
        return {QObject::tr("Best option"), "#2E9D4A"};
    case FindingKind::NoOptionMeetsTargets:
        return {QObject::tr("Targets missed"), "#C0392B"};
    case FindingKind::TrainingClassServing:
        return {QObject::tr("Hardware"), "#1F6FB2"};
    case FindingKind::IdleAccelerators:
        return {QObject::tr("Idle accelerators"), "#D68910"};
    case FindingKind::LowerPrecision:
        return {QObject::tr("Precision"), "#7D3C98"};
    case FindingKind::OverProvisioned:
        return {QObject::tr("Over-provisioned"), "#D68910"};
    }
    return {QObject::tr("Finding"), "#555555"};
}
} // namespace

FindingsView::FindingsView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName("findings");
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
}

void FindingsView::setMessage(const QString& message)
{
    m_count = 0;
    setHtml(QString("<h3>%1</h3><p><i>%2</i></p>").arg(tr("Recommendations"), message.toHtmlEscaped()));
}

void FindingsView::setFindings(const std::vector<Finding>& findings, const SketchPalette& palette,
                               const ExchangeRate& money)
{
    m_count = static_cast<int>(findings.size());
    QString html = QString("<h3>%1</h3>").arg(tr("Recommendations"));
    if (findings.empty())
        html += QString("<p><i>%1</i></p>")
                    .arg(tr("No findings: no cheaper hardware, precision or fleet size was found for these "
                            "sketches."));
    for (const Finding& f : findings) {
        const Tag tag = tagFor(f.kind);
        html += "<table width='100%' cellspacing='0' cellpadding='2' style='margin-bottom:10px'><tr>";
        html += QString("<td width='5' bgcolor='%1'></td><td>").arg(palette.color(f.sketchId).name());
        html += QString("<span style='color:%1; font-weight:600; font-size:small'>%2</span>")
                    .arg(tag.color, tag.text.toUpper());
        if (f.savingUsdPerMonth > 0)
            html += QString(" &nbsp;<span style='color:#2E9D4A; font-weight:600; font-size:small'>%1</span>")
                        .arg(tr("SAVES %1/MONTH")
                                 .arg(QString::fromStdString(formatMoney(f.savingUsdPerMonth, money))));
        html += QString("<br><b>%1</b>").arg(phraseText(f.title).toHtmlEscaped());
        if (!f.evidence.empty()) {
            html += "<ul style='margin-top:2px; margin-bottom:0px; -qt-list-indent:1'>";
            for (const Phrase& e : f.evidence)
                html += QString("<li>%1</li>").arg(phraseText(e).toHtmlEscaped());
            html += "</ul>";
        }
        html += "</td></tr></table>";
    }
    setHtml(html);
}

} // namespace infraplan::ui
