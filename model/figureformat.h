#pragma once

#include <string>

namespace infraplan {

/// A number as a planner reads it: whole numbers with thousands separators from 1000 up ("412,300"), three
/// significant figures below ("12.3", "0.456"), "0" for zero, "–" for not-a-number.
std::string formatNumber(double value);

/// US dollars: "$412,300", "$12.30", "$0.0042".
std::string formatUsd(double usd);

/// A fraction (0..1) as a percentage with one decimal: "42.5%".
std::string formatPercent(double fraction);

/// How many times one figure is another: "4.8×" below 10, "12×" from 10, "1.04×" just above 1.
std::string formatRatio(double ratio);

/// A length of time in the unit a planner would say it in: "45 s", "12 min", "5.5 h", "38.2 days",
/// "2.4 years".
std::string formatDuration(double seconds);

} // namespace infraplan
