#include "arguments.h"

namespace infraplan::cli {

Arguments::Arguments(const std::vector<std::string>& words, const std::set<std::string>& valueOptions)
{
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (w.rfind("--", 0) == 0 && w.size() > 2) {
            const auto eq = w.find('=');
            const std::string name = w.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
            if (valueOptions.count(name)) {
                if (eq != std::string::npos) {
                    m_options.emplace_back(name, w.substr(eq + 1));
                } else if (i + 1 < words.size()) {
                    m_options.emplace_back(name, words[++i]);
                } else if (m_error.empty()) {
                    m_error = "option --" + name + " needs a value";
                }
            } else {
                m_flags.insert(name);
            }
        } else if (w == "-o" && valueOptions.count("output")) {
            if (i + 1 < words.size())
                m_options.emplace_back("output", words[++i]);
            else if (m_error.empty())
                m_error = "option -o needs a file name";
        } else {
            m_positionals.push_back(w);
        }
    }
}

std::optional<std::string> Arguments::option(const std::string& name) const
{
    for (auto it = m_options.rbegin(); it != m_options.rend(); ++it)
        if (it->first == name)
            return it->second;
    return std::nullopt;
}

bool Arguments::onlyFlags(const std::set<std::string>& allowed)
{
    for (const auto& f : m_flags)
        if (!allowed.count(f)) {
            if (m_error.empty())
                m_error = "unknown option --" + f;
            return false;
        }
    return true;
}

} // namespace infraplan::cli
