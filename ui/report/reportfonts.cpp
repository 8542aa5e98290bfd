#include "reportfonts.h"

#include <QFontDatabase>
#include <QStringList>

// The resource lives in a static library: its initializer has to be referenced or the linker drops it.
static void initFontResource()
{
    Q_INIT_RESOURCE(fonts);
}

namespace infraplan::ui {

QString ReportFonts::family()
{
    static const QString name = [] {
        initFontResource();
        QString found;
        for (const char* file :
             {":/infraplan/fonts/DejaVuSans.ttf", ":/infraplan/fonts/DejaVuSans-Bold.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            if (id >= 0 && found.isEmpty())
                found = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        // Only reachable with a broken build (the resource is compiled in); the system's default sans serif
        // then still gives readable text.
        return found.isEmpty() ? QStringLiteral("DejaVu Sans") : found;
    }();
    return name;
}

QFont ReportFonts::font(double points, bool bold)
{
    QFont f(family());
    // DejaVu has no Chinese: CJK text (a translated report, a project named in Chinese) takes its glyphs
    // from the CJK font the package depends on (fonts-wqy-microhei), or Noto CJK where that is installed.
    f.setFamilies({family(), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")});
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    return f;
}

} // namespace infraplan::ui
