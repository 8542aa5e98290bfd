#include "arguments.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

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

std::optional<double> Arguments::parseNumber(const std::string& text)
{
    if (text.empty() || std::isspace(static_cast<unsigned char>(text.front())))
        return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (*end != '\0' || errno == ERANGE || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string Arguments::checkNumbers(std::initializer_list<NumberOption> options) const
{
    auto text = [](double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.10g", v);
        return std::string(buf);
    };
    for (const NumberOption& o : options) {
        const auto v = option(o.name);
        if (!v)
            continue;
        const auto n = parseNumber(*v);
        const std::string name = std::string("--") + o.name;
        if (!n)
            return name + " takes a number, not '" + *v + "'";
        if (o.whole && *n != std::floor(*n))
            return name + " takes a whole number, not '" + *v + "'";
        if (*n < o.min || *n > o.max)
            return name + " must be between " + text(o.min) + " and " + text(o.max) + ", not " + *v;
    }
    return {};
}

} // namespace infraplan::cli
