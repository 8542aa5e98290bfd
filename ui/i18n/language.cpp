#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

// The compiled translations live in this static library: nothing would pull them into the program without
// this call.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(translations);
}

namespace infraplan::ui::language {

namespace {
constexpr auto kKey = "view/language";
} // namespace

QStringList available()
{
    return {"en", "zh_CN"};
}

QString nativeName(const QString& language)
{
    if (language == "zh_CN")
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString setting()
{
    const QString value = QSettings().value(kKey).toString();
    return available().contains(value) ? value : QString();
}

void setSetting(const QString& language)
{
    if (language.isEmpty())
        QSettings().remove(kKey);
    else
        QSettings().setValue(kKey, language);
}

QString resolve(const QString& requested)
{
    if (available().contains(requested))
        return requested;
    if (const QString chosen = setting(); !chosen.isEmpty())
        return chosen;
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese && system.script() != QLocale::TraditionalChineseScript &&
        system.territory() != QLocale::Taiwan && system.territory() != QLocale::HongKong &&
        system.territory() != QLocale::Macau)
        return "zh_CN";
    return "en";
}

bool install(QCoreApplication& app, const QString& language)
{
    if (!available().contains(language))
        return false;
    if (language == "en") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::system().territory()));
        return true;
    }
    initTranslationResources();
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/infraplan/i18n/infraplan_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own texts (Cancel, Yes, No in standard dialogs), when the system has them.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(language));
    return true;
}

} // namespace infraplan::ui::language
