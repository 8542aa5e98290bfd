#include "phrasetext.h"

#include "figureformat.h"

#include <QCoreApplication>

namespace infraplan::ui {

namespace {
// Units the comparison rows carry that read as English words.
[[maybe_unused]] constexpr const char* kUnitTerms[] = {
    QT_TRANSLATE_NOOP("infraplan::Term", "/month"),
    QT_TRANSLATE_NOOP("infraplan::Term", "samples/s"),
};
} // namespace

QString phraseText(const Phrase& p)
{
    switch (p.id) {
    case PhraseId::Text:
        return QString::fromStdString(p.text);
    case PhraseId::Term:
        return termText(p.text);
    case PhraseId::List: {
        QStringList items;
        for (const Phrase& a : p.args)
            items << phraseText(a);
        return items.join(QCoreApplication::translate("infraplan::Phrase", ", "));
    }
    default:
        break;
    }
    const std::string_view source = phraseTemplate(p.id);
    const QString pattern = QCoreApplication::translate("infraplan::Phrase", std::string(source).c_str());
    std::vector<std::string> args;
    args.reserve(p.args.size());
    for (const Phrase& a : p.args)
        args.push_back(phraseText(a).toStdString());
    // The model's own filling, so a translated template is filled exactly as the English one is.
    return QString::fromStdString(fillTemplate(pattern.toStdString(), args));
}

QString termText(const std::string& word)
{
    return QCoreApplication::translate("infraplan::Term", word.c_str());
}

QString rowLabelText(const ComparisonRow& row, bool withUnit)
{
    const QString label = termText(row.label);
    if (!withUnit)
        return label;
    // labelWithUnit() is the label followed by its unit in the display currency: " (CNY/month)".
    const std::string full = row.labelWithUnit();
    QString unit = QString::fromStdString(full.substr(std::min(full.size(), row.label.size())));
    // The per-month of a money unit ("CNY/month") in the reader's language; the currency code stays.
    unit.replace(QLatin1String("/month"), QCoreApplication::translate("infraplan::Term", "/month"));
    return label + unit;
}

QString rowValueText(const ComparisonRow& row, size_t column)
{
    if (row.kind == FigureUnit::YesNo && column < row.values.size() && row.values[column])
        return *row.values[column] != 0 ? QCoreApplication::translate("infraplan::Term", "Yes")
                                        : QCoreApplication::translate("infraplan::Term", "No");
    // A duration in the unit the model picks, said in the reader's language; other units as the row has them
    // but for the ones a reader would otherwise see in English.
    if (row.kind == FigureUnit::Other && column < row.values.size() && row.values[column]) {
        if (row.unit == "days")
            return phraseText(durationPhrase(*row.values[column] * 86400));
        if (row.unit == "samples/s")
            return QString::fromStdString(formatNumber(*row.values[column])) + QLatin1Char(' ') +
                   termText(row.unit);
    }
    return QString::fromStdString(row.text(column));
}

} // namespace infraplan::ui
