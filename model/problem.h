#pragma once

#include <string>
#include <vector>

namespace infraplan {

/// One thing wrong with user input: where (a JSON path, file:line or item id) and why, in plain English.
struct Problem {
    std::string where;
    std::string message;

    std::string toString() const { return where.empty() ? message : where + ": " + message; }
    bool operator==(const Problem&) const = default;
};

using Problems = std::vector<Problem>;

} // namespace infraplan
