#include "reportformat.h"

#include "figureformat.h"
#include "phrasetext.h"

#include <QCoreApplication>

#include <cmath>

namespace infraplan::ui::reportformat {

QString number(double value)
{
    return QString::fromStdString(formatNumber(value));
}

QString number(double value, const QString& unit)
{
    return unit.isEmpty() ? number(value) : number(value) + QLatin1Char(' ') + unit;
}

QString usd(double value, const ExchangeRate& money)
{
    return QString::fromStdString(formatMoney(value, money));
}

QString cents(long long cents, Currency currency)
{
    return QString::fromStdString(formatCents(cents, currency));
}

QString usdPerMonth(double value, const ExchangeRate& money)
{
    return usd(value, money) + QCoreApplication::translate("infraplan::ui::ReportFormat", "/month");
}

QString price(double value, const ExchangeRate& money)
{
    return QString::fromStdString(formatPrice(value, money));
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
    // Energy in the unit that keeps the figure readable: kWh for a short run, MWh, then GWh.
    if (std::fabs(kWh) < 1000)
        return number(kWh, QStringLiteral("kWh"));
    if (std::fabs(kWh) < 1e6)
        return number(kWh / 1000.0, QStringLiteral("MWh"));
    return number(kWh / 1e6, QStringLiteral("GWh"));
}

QString days(double value)
{
    // A duration in the unit a reader would say it in: "38 min", "5.2 h", "38.2 days".
    return phraseText(durationPhrase(value * 86400));
}

QString latency(double ms)
{
    // Milliseconds are how latency targets are set; past ten seconds a reader counts in seconds.
    return std::fabs(ms) < 10000 ? number(ms, QStringLiteral("ms")) : number(ms / 1000, QStringLiteral("s"));
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("infraplan::ui::ReportFormat", "Yes")
                 : QCoreApplication::translate("infraplan::ui::ReportFormat", "No");
}

QString pricingMode(const Pricing& pricing)
{
    switch (pricing.mode) {
    case PricingMode::OnDemand:
        return QCoreApplication::translate("infraplan::ui::ReportFormat", "On-demand");
    case PricingMode::Reserved1y:
        return QCoreApplication::translate("infraplan::ui::ReportFormat", "1-year reserved");
    case PricingMode::Reserved3y:
        return QCoreApplication::translate("infraplan::ui::ReportFormat", "3-year reserved");
    case PricingMode::Spot:
        return QCoreApplication::translate("infraplan::ui::ReportFormat", "Spot");
    case PricingMode::Owned:
        return QCoreApplication::translate("infraplan::ui::ReportFormat", "Owned (amortized over %1 years)")
            .arg(number(pricing.amortizationYears));
    }
    return QString();
}

QString role(SketchRole r)
{
    return r == SketchRole::Training
               ? QCoreApplication::translate("infraplan::ui::ReportFormat", "Training cluster")
               : QCoreApplication::translate("infraplan::ui::ReportFormat", "Inference fleet");
}

QString method(const TrainingJob& job)
{
    switch (job.method) {
    case TrainingMethod::Pretrain:
        return QCoreApplication::translate("infraplan::ui::ReportFormat", "Pre-training");
    case TrainingMethod::FullFinetune:
        return QCoreApplication::translate("infraplan::ui::ReportFormat", "Full fine-tuning");
    case TrainingMethod::Lora:
        return QCoreApplication::translate("infraplan::ui::ReportFormat", "LoRA fine-tuning (rank %1)")
            .arg(job.loraRank);
    }
    return QString();
}

} // namespace infraplan::ui::reportformat
