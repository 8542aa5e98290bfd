#include "catalogtext.h"

#include "catalogschema.h"
#include "hardwarerow.h"

#include <array>
#include <cmath>
#include <QLocale>
#include <QObject>
#include <QRegularExpression>

namespace infraplan::ui {

PaletteCategory categoryOf(const CatalogItem& item)
{
    switch (item.kind) {
    case ItemKind::Accelerator:
        return isCpuDevice(item) ? PaletteCategory::Cpu : PaletteCategory::Accelerator;
    case ItemKind::Instance:
        return PaletteCategory::Instance;
    case ItemKind::Link:
        return PaletteCategory::Link;
    case ItemKind::Storage:
        return PaletteCategory::Storage;
    case ItemKind::Region:
        return PaletteCategory::Region;
    case ItemKind::Model:
    case ItemKind::Calibration:
        return PaletteCategory::Model;
    }
    return PaletteCategory::Model;
}

QString categoryTitle(PaletteCategory category)
{
    switch (category) {
    case PaletteCategory::Accelerator:
        return QObject::tr("Accelerators");
    case PaletteCategory::Cpu:
        return QObject::tr("CPUs");
    case PaletteCategory::Instance:
        return QObject::tr("Servers and cloud instances");
    case PaletteCategory::Link:
        return QObject::tr("Interconnects");
    case PaletteCategory::Storage:
        return QObject::tr("Storage");
    case PaletteCategory::Region:
        return QObject::tr("Regions");
    case PaletteCategory::Model:
        return QObject::tr("Model presets");
    }
    return {};
}

namespace catalogtext {

QString number(double v)
{
    const QLocale locale;
    const double a = std::abs(v);
    if (a >= 1e15)
        return QString::number(v, 'g', 3);
    if (a >= 1e12)
        return locale.toString(v / 1e12, 'g', 3) + QObject::tr(" T");
    if (a >= 1e9)
        return locale.toString(v / 1e9, 'g', 3) + QObject::tr(" B");
    if (a >= 1e6)
        return locale.toString(v / 1e6, 'g', 3) + QObject::tr(" M");
    if (a >= 1000)
        return locale.toString(v, 'f', 0);
    if (a >= 100 || a == std::floor(a))
        return locale.toString(v, 'f', a == std::floor(a) ? 0 : 1);
    if (a >= 1)
        return locale.toString(v, 'g', 3);
    return locale.toString(v, 'g', 2);
}

QString shortName(const CatalogItem& item)
{
    QString name = QString::fromStdString(item.name);
    static const QRegularExpression trailingNote(
        R"(\s*\([^)]*\)\s*$)"); // compiled once: canvas syncs call this
    name.remove(trailingNote);
    const QString vendor = QString::fromStdString(item.vendor);
    for (const QString& prefix :
         {vendor, QStringLiteral("AWS"), QStringLiteral("GCP"), QStringLiteral("Azure"),
          QStringLiteral("Google Cloud"), QStringLiteral("Google")}) {
        if (!prefix.isEmpty() && name.startsWith(prefix + ' ')) {
            name = name.mid(prefix.size() + 1);
            break;
        }
    }
    return name.trimmed().isEmpty() ? QString::fromStdString(item.id) : name.trimmed();
}

QString displayName(const Catalog& catalog, const std::string& id)
{
    const CatalogItem* item = catalog.find(id);
    return item ? QString::fromStdString(item->name) : QString::fromStdString(id);
}

QString figureText(const CatalogItem& item, const std::string& field)
{
    auto value = item.figure(field);
    if (!value)
        return {};
    const FieldSpec* spec = fieldSpec(item.kind, field);
    QString unit = spec ? QString::fromUtf8(spec->unit.data(), spec->unit.size()) : QString();
    if (unit == "USD/h")
        return QStringLiteral("$%1/h").arg(QLocale().toString(*value, 'f', *value < 10 ? 3 : 2));
    if (unit == "USD")
        return QStringLiteral("$%1").arg(QLocale().toString(*value, 'f', 0));
    if (unit == "parameters" || unit == "ratio" || unit == "fraction" || unit.isEmpty())
        return number(*value);
    return number(*value) + ' ' + unit;
}

QString tooltip(const Catalog& catalog, const CatalogItem& item)
{
    QString html = QStringLiteral("<b>%1</b><br><span style='color:gray'>%2%3%4</span>")
                       .arg(QString::fromStdString(item.name).toHtmlEscaped(),
                            QString::fromStdString(std::string(kindName(item.kind))),
                            item.vendor.empty()
                                ? QString()
                                : QStringLiteral(" · ") + QString::fromStdString(item.vendor).toHtmlEscaped(),
                            item.origin == ItemOrigin::User ? QObject::tr(" · your catalog") : QString());
    if (const std::string acc = acceleratorIdOf(item); !acc.empty())
        html += QStringLiteral("<br>%1").arg(displayName(catalog, acc).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    int shown = 0;
    for (const std::string_view key : keyFields(item.kind)) {
        const std::string field(key);
        auto it = item.figures.find(field);
        if (it == item.figures.end())
            continue;
        const FieldSpec* spec = fieldSpec(item.kind, field);
        const Source* source = catalog.source(it->second.sourceId);
        QString from =
            source ? QString::fromStdString(source->title) : QString::fromStdString(it->second.sourceId);
        if (from.size() > 60)
            from = from.left(57) + QStringLiteral("…");
        if (source && !source->date.empty())
            from += QStringLiteral(", ") + QString::fromStdString(source->date);
        html += QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;<b>%2</b>&nbsp;</td>"
                               "<td style='color:gray'>%3</td></tr>")
                    .arg(spec ? QString::fromUtf8(spec->label.data(), spec->label.size()).toHtmlEscaped()
                              : QString::fromStdString(field),
                         figureText(item, field).toHtmlEscaped(), from.toHtmlEscaped());
        if (++shown == 8)
            break;
    }
    html += QStringLiteral("</table>");
    if (shown == 0)
        html += QObject::tr("<i>No figures</i>");
    html += QStringLiteral("<br><span style='color:gray'>%1</span>").arg(QString::fromStdString(item.id));
    return html;
}

} // namespace catalogtext
} // namespace infraplan::ui
