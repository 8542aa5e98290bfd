#include "figureformat.h"

#include "currency.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace infraplan {

namespace {
std::string withSeparators(double value)
{
    const long long whole = std::llround(std::fabs(value));
    std::string digits = std::to_string(whole);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return (value < 0 && whole != 0 ? "-" : "") + out;
}
} // namespace

std::string formatWith(const char* format, double value)
{
    char buf[128];
    std::snprintf(buf, sizeof buf, format, value);
    return buf;
}

std::string formatFixed(double value, int decimals)
{
    char buf[128];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

std::string formatGigabytes(double bytes)
{
    return formatWith("%.1f GB", bytes / 1e9);
}

std::string formatNumber(double value)
{
    if (std::isnan(value))
        return "–";
    if (std::isinf(value))
        return value > 0 ? "∞" : "-∞";
    const double a = std::fabs(value);
    if (a == 0)
        return "0";
    if (a >= 999.5)
        return withSeparators(value);
    // Whole numbers (counts, round figures from the catalog) need no decimals.
    if (std::fabs(value - std::round(value)) < 1e-9)
        return formatWith("%.0f", value);
    if (a >= 99.95)
        return formatWith("%.0f", value);
    if (a >= 9.995)
        return formatWith("%.1f", value);
    if (a >= 0.9995)
        return formatWith("%.2f", value);
    // Three significant figures for small values (0.0456, 0.00123).
    const int decimals = std::min(9, 2 - static_cast<int>(std::floor(std::log10(a))));
    char format[16];
    std::snprintf(format, sizeof format, "%%.%df", decimals);
    return formatWith(format, value);
}

std::string formatMoney(double usd, const ExchangeRate& rate)
{
    if (std::isnan(usd))
        return "–";
    const double value = usd * rate.perUsd;
    const std::string n = formatNumber(std::fabs(value));
    return (value < 0 ? "-" : "") + std::string(currencySymbol(rate.currency)) + n;
}

std::string formatPrice(double usd, const ExchangeRate& rate)
{
    const double value = usd * rate.perUsd, a = std::fabs(value);
    if (std::isnan(value))
        return "–";
    const std::string sign = (value < 0 ? "-" : "") + std::string(currencySymbol(rate.currency));
    if (a >= 999.5 || a == 0)
        return sign + formatNumber(a);
    if (a >= 0.01)
        return sign + formatWith("%.2f", a);
    // Four significant figures in plain decimals: "$0.00005585", never "$5.585e-05".
    const int decimals = std::min(12, 3 - static_cast<int>(std::floor(std::log10(a))));
    char format[16];
    std::snprintf(format, sizeof format, "%%.%df", decimals);
    return sign + formatWith(format, a);
}

std::string formatCents(long long cents, Currency currency)
{
    const long long a = cents < 0 ? -cents : cents;
    return (cents < 0 ? "-" : "") + std::string(currencySymbol(currency)) +
           withSeparators(static_cast<double>(a / 100)) + formatWith(".%02.0f", static_cast<double>(a % 100));
}

std::string formatPercent(double fraction)
{
    if (std::isnan(fraction))
        return "–";
    return formatWith("%.1f%%", fraction * 100.0);
}

std::string formatRatio(double ratio)
{
    if (!std::isfinite(ratio))
        return "∞×";
    if (ratio >= 9.95)
        return formatWith("%.0f×", ratio);
    if (ratio >= 1.095)
        return formatWith("%.1f×", ratio);
    return formatWith("%.2f×", ratio);
}

std::string formatShare(double fraction)
{
    // Rounded half away from zero, as a reader rounds (printf would give "62%" for 62.5).
    const double p = std::fabs(fraction) * 100;
    return p >= 9.95 ? formatWith("%.0f%%", std::round(p)) : formatWith("%.1f%%", std::round(p * 10) / 10);
}

std::string formatTimes(double ratio)
{
    const double r = std::round(ratio * 10) / 10;
    return formatWith(std::fabs(r - std::round(r)) < 1e-9 ? "%.0f" : "%.1f", r);
}

std::string formatCostChange(double cost, double reference)
{
    if (!(reference > 0) || !std::isfinite(cost))
        return "–";
    const double ratio = cost / reference;
    if (std::fabs(ratio - 1) < 0.0005)
        return "the same";
    if (ratio < 1)
        return formatShare(1 - ratio) + " less";
    if (ratio < 2)
        return formatShare(ratio - 1) + " more";
    return formatTimes(ratio) + " times as much";
}

std::string formatDuration(double seconds)
{
    return english(durationPhrase(seconds));
}

Phrase durationPhrase(double seconds)
{
    if (!std::isfinite(seconds))
        return textPhrase("–");
    const double s = std::fabs(seconds);
    if (s < 90)
        return phrase(PhraseId::DurationSeconds, {textPhrase(formatNumber(std::round(seconds)))});
    if (s < 90 * 60)
        return phrase(PhraseId::DurationMinutes, {textPhrase(formatNumber(std::round(seconds / 60)))});
    if (s < 48 * 3600)
        return phrase(PhraseId::DurationHours, {textPhrase(formatNumber(seconds / 3600))});
    if (s < 730 * 86400)
        return phrase(s < 1.5 * 86400 ? PhraseId::DurationDay : PhraseId::DurationDays,
                      {textPhrase(formatNumber(seconds / 86400))});
    return phrase(PhraseId::DurationYears, {textPhrase(formatNumber(seconds / (365.0 * 86400)))});
}

} // namespace infraplan
