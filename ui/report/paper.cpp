#include "paper.h"

#include <QLocale>

namespace infraplan::ui {

Paper paperForLocale(const QLocale& locale)
{
    // Canada uses Letter although it measures in metric, so the territory decides before the system does.
    const auto territory = locale.territory();
    if (territory == QLocale::UnitedStates || territory == QLocale::Canada)
        return Paper::Letter;
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? Paper::Letter : Paper::A4;
}

std::optional<Paper> parsePaper(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        return Paper::A4;
    if (n == QLatin1String("letter"))
        return Paper::Letter;
    return std::nullopt;
}

QString paperName(Paper paper)
{
    return paper == Paper::A4 ? QStringLiteral("A4") : QStringLiteral("Letter");
}

QPageSize pageSize(Paper paper)
{
    return QPageSize(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter);
}

} // namespace infraplan::ui
