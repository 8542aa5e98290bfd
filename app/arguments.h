#pragma once

#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace infraplan::cli {

/// Command-line words after the subcommand: positionals, flags (--json) and options (--kind K, --kind=K).
class Arguments {
public:
    /// valueOptions lists the options that take a value; anything else starting with -- is a flag.
    Arguments(const std::vector<std::string>& words, const std::set<std::string>& valueOptions);

    const std::vector<std::string>& positionals() const { return m_positionals; }
    bool flag(const std::string& name) const { return m_flags.count(name) > 0; }
    std::optional<std::string> option(const std::string& name) const;
    /// The first problem found while parsing (an option without its value, an unknown flag), or empty.
    const std::string& error() const { return m_error; }
    /// Reports flags that are not in the allowed set.
    bool onlyFlags(const std::set<std::string>& allowed);

    /// A numeric option: its name, the range it accepts and whether it must be a whole number.
    struct NumberOption {
        const char* name;
        double min;
        double max;
        bool whole;
    };
    /// Checks the given options that are present; returns what is wrong with the first bad one (trailing
    /// text, not finite, out of range, a fraction where a count is wanted), or empty when all are fine.
    std::string checkNumbers(std::initializer_list<NumberOption> options) const;
    /// The whole text as a finite number, or nullopt ("5abc", "nan", "1e400" are not numbers).
    static std::optional<double> parseNumber(const std::string& text);

private:
    std::vector<std::string> m_positionals;
    std::set<std::string> m_flags;
    std::vector<std::pair<std::string, std::string>> m_options;
    std::string m_error;
};

} // namespace infraplan::cli
