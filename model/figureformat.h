#pragma once

#include "currency.h"
#include "phrase.h"

#include <string>

namespace infraplan {

/// One number through a printf format with one conversion ("%.1f ms", "%.3g"): the engines' warnings and the
/// command line's columns, where the format says the precision.
std::string formatWith(const char* format, double value);
/// A number to a fixed count of decimals, without separators: "12.50", "1234.5".
std::string formatFixed(double value, int decimals);
/// Bytes as gigabytes to one decimal: "80.0 GB".
std::string formatGigabytes(double bytes);

/// A number as a planner reads it: whole numbers with thousands separators from 1000 up ("412,300"), three
/// significant figures below ("12.3", "0.456"), "0" for zero, "–" for not-a-number.
std::string formatNumber(double value);

/// A money figure kept in US dollars, shown in the currency of `money` (the project's): "$412,300",
/// "$12.30", "¥2,926,330". The rate is passed, never taken from global state, so two projects (or a report
/// exported while another is open) cannot pick up each other's currency.
std::string formatMoney(double usd, const ExchangeRate& money);
/// A unit price as the price list states it, in the currency of `money`: to the cent, or four significant
/// figures below a cent without an exponent: "$55.04", "$0.004200", "$0.00005585", "$250,000".
std::string formatPrice(double usd, const ExchangeRate& money);
/// An amount already in a currency's cents (a bill's line): "$40,179.20", "¥285,272.32".
std::string formatCents(long long cents, Currency currency);

/// A fraction (0..1) as a percentage with one decimal: "42.5%".
std::string formatPercent(double fraction);

/// How many times one figure is another: "4.8×" below 10, "12×" from 10, "1.04×" just above 1.
std::string formatRatio(double ratio);

/// A share as a reader says it when comparing costs: "79%", "8.3%" (one decimal below 10%).
std::string formatShare(double fraction);

/// A multiple to one decimal, without a trailing ".0": "4.8", "4", "12.5".
std::string formatTimes(double ratio);

/// How `cost` compares with `reference`, in the words a finance reader uses: "79% less", "25% more",
/// "4.8 times as much"; never "1.08× less".
std::string formatCostChange(double cost, double reference);

/// A length of time in the unit a planner would say it in: "45 s", "12 min", "5.5 h", "38.2 days",
/// "2.4 years".
std::string formatDuration(double seconds);
/// The same length of time as a phrase, so the interface says its unit in the reader's language.
Phrase durationPhrase(double seconds);

} // namespace infraplan
