#include "reportformat.h"

#include "figureformat.h"

#include <cmath>
#include <cstdlib>

namespace infraplan::ui::reportformat {

QString number(double value)
{
    return QString::fromStdString(formatNumber(value));
}

QString number(double value, const QString& unit)
{
    return unit.isEmpty() ? number(value) : number(value) + QLatin1Char(' ') + unit;
}

QString usd(double value)
{
    return QString::fromStdString(formatUsd(value));
}

QString cents(long long cents)
{
    const long long whole = std::llabs(cents) / 100;
    QString digits = QString::number(whole);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return QStringLiteral("%1$%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString(), digits)
        .arg(std::llabs(cents) % 100, 2, 10, QLatin1Char('0'));
}

QString usdPerMonth(double value)
{
    return usd(value) + QStringLiteral("/month");
}

QString price(double value)
{
    const double a = std::fabs(value);
    if (a >= 999.5 || a == 0)
        return usd(value);
    const QString sign = value < 0 ? QStringLiteral("-$") : QStringLiteral("$");
    if (a >= 0.01)
        return sign + QString::number(a, 'f', 2);
    return sign + QString::number(a, 'g', 4);
}

QString percent(double fraction)
{
    return QString::fromStdString(formatPercent(fraction));
}

QString kilowatts(double watts)
{
    return number(watts / 1000.0, QStringLiteral("kW"));
}

QString megawattHours(double kWh)
{
    return number(kWh / 1000.0, QStringLiteral("MWh"));
}

QString days(double value)
{
    return number(value, QStringLiteral("days"));
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Yes") : QStringLiteral("No");
}

QString pricingMode(const Pricing& pricing)
{
    switch (pricing.mode) {
    case PricingMode::OnDemand:
        return QStringLiteral("On-demand");
    case PricingMode::Reserved1y:
        return QStringLiteral("1-year reserved");
    case PricingMode::Reserved3y:
        return QStringLiteral("3-year reserved");
    case PricingMode::Spot:
        return QStringLiteral("Spot");
    case PricingMode::Owned:
        return QStringLiteral("Owned (amortized over %1 years)").arg(number(pricing.amortizationYears));
    }
    return QString();
}

QString role(SketchRole r)
{
    return r == SketchRole::Training ? QStringLiteral("Training cluster") : QStringLiteral("Inference fleet");
}

QString method(const TrainingJob& job)
{
    switch (job.method) {
    case TrainingMethod::Pretrain:
        return QStringLiteral("Pre-training");
    case TrainingMethod::FullFinetune:
        return QStringLiteral("Full fine-tuning");
    case TrainingMethod::Lora:
        return QStringLiteral("LoRA fine-tuning (rank %1)").arg(job.loraRank);
    }
    return QString();
}

} // namespace infraplan::ui::reportformat
