#include "phrasetext.h"

#include <QCoreApplication>

namespace infraplan::ui {

QString phraseText(const Phrase& p)
{
    switch (p.id) {
    case PhraseId::Text:
        return QString::fromStdString(p.text);
    case PhraseId::Term:
        return QCoreApplication::translate("infraplan::Term", p.text.c_str());
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

} // namespace infraplan::ui
