#pragma once

#include "comparison.h"
#include "project.h"

#include <string>
#include <vector>

namespace infraplan::ui {

/// The comparison table as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line
/// breaks quoted, quotes doubled; UTF-8 without byte-order mark) for spreadsheets. One row per figure, one
/// column per sketch after "Figure" and "Unit", and a last column naming the best sketch(es). Values are the
/// model's numbers in full (shortest exact decimal form, no thousands separators or currency signs); yes/no
/// figures are "yes" or "no"; shares are fractions from 0 to 1; a figure that does not apply is empty.
class ComparisonCsv {
public:
    static std::string text(const ComparisonTable& table, const Project& project);

    /// One field, quoted when it has to be.
    static std::string field(const std::string& value);
    /// A number in the shortest form that reads back to the same double.
    static std::string number(double value);
    /// The unit column of a row ("USD/month", "fraction", "yes/no").
    static std::string unit(const ComparisonRow& row);
};

} // namespace infraplan::ui
