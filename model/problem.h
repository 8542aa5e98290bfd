#pragma once

#include "phrase.h"

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

/// A problem as a phrase: where it is, and its sentence as a term the interface translates where it has
/// it (the fixed sentences; one built with names stays as written). Reads as `toString()`.
inline Phrase problemPhrase(const Problem& p)
{
    return p.where.empty() ? termPhrase(p.message)
                           : phrase(PhraseId::ProblemAt, {textPhrase(p.where), termPhrase(p.message)});
}

} // namespace infraplan
