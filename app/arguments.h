#pragma once

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

private:
    std::vector<std::string> m_positionals;
    std::set<std::string> m_flags;
    std::vector<std::pair<std::string, std::string>> m_options;
    std::string m_error;
};

} // namespace infraplan::cli
