#include "idallocator.h"

namespace infraplan::ui {

IdAllocator::IdAllocator(const Project& project)
{
    for (const auto& j : project.trainingJobs)
        m_used.insert(j.id);
    for (const auto& s : project.services)
        m_used.insert(s.id);
    for (const auto& s : project.sketches) {
        m_used.insert(s.id);
        for (const auto& n : s.nodes)
            m_used.insert(n.id);
    }
}

std::string IdAllocator::next(const std::string& prefix)
{
    for (int i = 1;; ++i) {
        std::string candidate = prefix + std::to_string(i);
        if (m_used.insert(candidate).second)
            return candidate;
    }
}

std::string IdAllocator::keepOrNext(const std::string& wanted)
{
    if (!wanted.empty() && m_used.insert(wanted).second)
        return wanted;
    return next((wanted.empty() ? std::string("item") : wanted) + "-");
}

} // namespace infraplan::ui
