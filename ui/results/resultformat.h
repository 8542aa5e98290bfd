#pragma once

#include "currency.h"

#include <QString>

namespace infraplan::ui::resultformat {

/// Display formats for figures the engines computed. Formatting only: every number comes from a
/// SketchSummary.
/// Money kept in US dollars in the project's currency `money`: "$1.23 million", "$48,200", "¥0.42"
QString usd(double dollars, const ExchangeRate& money);
QString duration(double seconds); ///< "38 ms", "2.4 s", "3.1 h", "12.5 days"
QString milliseconds(double ms);  ///< "38 ms", "2.4 s"
/// "850 W", "412 kW", "1.2 MW"; "not published" for a draw the vendor does not publish (PowerDraw::published)
QString watts(double w, bool published = true);
/// "412 kWh", "10.7 MWh", "1.2 GWh"; "not published" as for watts
QString energy(double kWh, bool published = true);
QString bytes(double b);                             ///< "80 GB", "1.5 TB"
QString rate(double perSecond, const QString& unit); ///< "1.25 M tokens/s"
QString percent(double fraction);                    ///< "43%"
QString count(double n);                             ///< "512", "1.5 k"

} // namespace infraplan::ui::resultformat
