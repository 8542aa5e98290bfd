#pragma once

#include "project.h"

#include <set>
#include <string>

namespace infraplan::ui {

/// Hands out ids no part of a project uses yet, remembering the ones it gave so that several new parts
/// made for one edit (a paste, a duplicated frame) never collide with each other.
class IdAllocator {
public:
    explicit IdAllocator(const Project& project);

    /// `prefix` followed by the lowest number that is free, e.g. "fleet-3".
    std::string next(const std::string& prefix);
    /// `wanted` itself when it is free, otherwise next(wanted + "-").
    std::string keepOrNext(const std::string& wanted);
    bool isUsed(const std::string& id) const { return m_used.count(id) != 0; }

private:
    std::set<std::string> m_used;
};

} // namespace infraplan::ui
