#include "recommendationsummary.h"

#include <QCoreApplication>

#include "phrasetext.h"
#include "reportformat.h"

#include <QStringList>

namespace infraplan::ui {

QString recommendationSummary(const Project& project, const ComparisonAnalysis& analysis)
{
    QStringList sentences;
    QStringList failed;
    int computed = 0;
    for (const SketchSummary& s : analysis.summaries) {
        if (s.computed)
            ++computed;
        else
            failed << QStringLiteral("%1 (%2)").arg(
                QString::fromStdString(s.name),
                QString::fromStdString(s.error.empty() ? "not simulated" : s.error));
    }
    const int total = static_cast<int>(analysis.summaries.size());
    if (total == 0)
        return QCoreApplication::translate(
                   "infraplan::ui::RecommendationSummary",
                   "The project “%1” has no sketches yet: draw a training cluster or an inference "
                   "fleet to compare.")
            .arg(QString::fromStdString(project.name));
    if (computed == 0)
        return QCoreApplication::translate(
                   "infraplan::ui::RecommendationSummary",
                   "None of the %1 sketches could be simulated, so this report lists their hardware, "
                   "prices and assumptions but no performance or cost results and no recommendation. "
                   "Not simulated: %2.")
            .arg(total)
            .arg(failed.join(QStringLiteral("; ")));

    const Finding* largestSaving = nullptr;
    for (const Finding& f : analysis.findings) {
        if (f.kind == FindingKind::CheapestMeetingTargets || f.kind == FindingKind::NoOptionMeetsTargets)
            sentences << phraseText(f.title);
        else if (f.savingUsdPerMonth > 0 &&
                 (!largestSaving || f.savingUsdPerMonth > largestSaving->savingUsdPerMonth))
            largestSaving = &f;
    }
    if (largestSaving) {
        // Findings usually state their saving; the figure is added only where the sentence lacks it.
        const QString title = phraseText(largestSaving->title);
        const QString saving = reportformat::usd(largestSaving->savingUsdPerMonth, analysis.money);
        sentences << (title.contains(saving)
                          ? QCoreApplication::translate("infraplan::ui::RecommendationSummary",
                                                        "The largest saving found: %1")
                                .arg(title)
                          : QCoreApplication::translate("infraplan::ui::RecommendationSummary",
                                                        "The largest saving found: %1 (%2 less).")
                                .arg(title.endsWith('.') ? title.chopped(1) : title,
                                     reportformat::usdPerMonth(largestSaving->savingUsdPerMonth,
                                                               analysis.money)));
    }
    if (sentences.isEmpty())
        sentences << QCoreApplication::translate(
            "infraplan::ui::RecommendationSummary",
            "The model found no option to prefer and no saving to act on; the side-by-side "
            "figures follow.");
    if (!failed.isEmpty())
        sentences << QCoreApplication::translate(
                         "infraplan::ui::RecommendationSummary",
                         "%1 of %2 sketches could not be simulated and are left out of the comparison: "
                         "%3.")
                         .arg(failed.size())
                         .arg(total)
                         .arg(failed.join(QStringLiteral("; ")));
    return sentences.join(QLatin1Char(' '));
}

} // namespace infraplan::ui
