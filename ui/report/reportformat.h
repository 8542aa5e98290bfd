#pragma once

#include "project.h"

#include <QString>

namespace infraplan::ui {

/// How the report writes figures: the model's figure formatting (figureformat.h) with units, as QString.
/// Tests format the model's results through these same functions and look for the text in the PDF.
namespace reportformat {

QString number(double value);
QString number(double value, const QString& unit); ///< "182 ms"; unit empty: just the number
/// Money kept in US dollars, shown in the project's currency `money`: "$412,300", "¥2,926,330".
QString usd(double value, const ExchangeRate& money);
QString usdPerMonth(double value, const ExchangeRate& money); ///< "$412,300/month"
QString cents(long long cents, Currency currency);            ///< a bill's amount to the cent: "$40,179.20"
/// A catalog price as the catalog states it, to the cent or, below a cent, to four significant figures:
/// "$98.32", "$0.0042", "$250,000".
QString price(double usd, const ExchangeRate& money);
QString percent(double fraction);  ///< "42.5%"
QString kilowatts(double watts);   ///< "812 kW"
QString megawattHours(double kWh); ///< "812 kWh", "1,234 MWh", "2.4 GWh"
QString days(double value);        ///< a duration given in days, said in its unit: "38 min", "38.2 days"
QString latency(double ms);        ///< "385 ms", "9,438 ms"; from ten seconds in seconds: "65.5 s"
QString yesNo(bool value);

/// "On-demand", "1-year reserved", "3-year reserved", "Spot", "Owned (amortized over 4 years)".
QString pricingMode(const Pricing& pricing);
/// "Training cluster" or "Inference fleet".
QString role(SketchRole role);
/// "Pre-training", "Full fine-tuning", "LoRA fine-tuning (rank 16)".
QString method(const TrainingJob& job);

} // namespace reportformat

} // namespace infraplan::ui
