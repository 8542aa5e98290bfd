#include "resultformat.h"

#include "currency.h"

#include <cmath>
#include <QLocale>
#include <QObject>

namespace infraplan::ui::resultformat {

namespace {
QString sig(double v, int digits = 3)
{
    // Three significant digits, never scientific notation for the ranges shown here.
    const double a = std::abs(v);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
    return QLocale().toString(v, 'f', std::max(0, decimals - (3 - digits)));
}
} // namespace

QString usd(double d, const ExchangeRate& rate)
{
    // Kept in US dollars, shown in the project's currency; large sums in words, never "$2,926 B".
    const QString symbol =
        QString::fromUtf8(currencySymbol(rate.currency).data(), int(currencySymbol(rate.currency).size()));
    const double v = d * rate.perUsd, a = std::abs(v);
    if (a >= 1e9)
        return QObject::tr("%1%2 billion").arg(symbol, sig(v / 1e9));
    if (a >= 1e6)
        return QObject::tr("%1%2 million").arg(symbol, sig(v / 1e6));
    if (a >= 1000)
        return symbol + QLocale().toString(v, 'f', 0);
    return symbol + QLocale().toString(v, 'f', 2);
}

QString duration(double s)
{
    if (s < 1)
        return milliseconds(s * 1000);
    if (s < 120)
        return QObject::tr("%1 s").arg(sig(s));
    if (s < 7200)
        return QObject::tr("%1 min").arg(sig(s / 60));
    if (s < 86400 * 2)
        return QObject::tr("%1 h").arg(sig(s / 3600));
    return QObject::tr("%1 days").arg(sig(s / 86400));
}

QString milliseconds(double ms)
{
    if (ms >= 1000)
        return QObject::tr("%1 s").arg(sig(ms / 1000));
    return QObject::tr("%1 ms").arg(sig(ms));
}

QString watts(double w, bool published)
{
    if (!published)
        return QObject::tr("not published");
    if (std::abs(w) >= 1e6)
        return QObject::tr("%1 MW").arg(sig(w / 1e6));
    if (std::abs(w) >= 1e3)
        return QObject::tr("%1 kW").arg(sig(w / 1e3));
    return QObject::tr("%1 W").arg(sig(w));
}

QString energy(double kWh, bool published)
{
    if (!published)
        return QObject::tr("not published");
    if (std::abs(kWh) >= 1e6)
        return QObject::tr("%1 GWh").arg(sig(kWh / 1e6));
    if (std::abs(kWh) >= 1e3)
        return QObject::tr("%1 MWh").arg(sig(kWh / 1e3));
    return QObject::tr("%1 kWh").arg(sig(kWh));
}

QString bytes(double b)
{
    if (std::abs(b) >= 1e12)
        return QObject::tr("%1 TB").arg(sig(b / 1e12));
    if (std::abs(b) >= 1e9)
        return QObject::tr("%1 GB").arg(sig(b / 1e9));
    return QObject::tr("%1 MB").arg(sig(b / 1e6));
}

QString rate(double perSecond, const QString& unit)
{
    const double a = std::abs(perSecond);
    if (a >= 1e9)
        return QStringLiteral("%1 B %2/s").arg(sig(perSecond / 1e9), unit);
    if (a >= 1e6)
        return QStringLiteral("%1 M %2/s").arg(sig(perSecond / 1e6), unit);
    if (a >= 1e4)
        return QStringLiteral("%1 k %2/s").arg(sig(perSecond / 1e3), unit);
    return QStringLiteral("%1 %2/s").arg(sig(perSecond), unit);
}

QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(QLocale().toString(fraction * 100, 'f', fraction < 0.1 ? 1 : 0));
}

QString count(double n)
{
    if (n == std::floor(n) && std::abs(n) < 1e6)
        return QLocale().toString(static_cast<qlonglong>(n));
    return sig(n);
}

} // namespace infraplan::ui::resultformat
