#pragma once

#include "catalog.h"
#include "project.h"

#include <map>
#include <QString>
#include <string>
#include <vector>

namespace infraplan::ui {

/// The catalog sources behind every item a project's sketches use, numbered in order of first use, so the
/// sketch pages cite "[3]" and the appendix lists [3] with its title, date and address.
class SourceIndex {
public:
    SourceIndex() = default;
    SourceIndex(const Project& project, const Catalog& catalog);

    /// Adds a source id (no effect when already numbered or unknown to the catalog).
    void add(const std::string& sourceId);
    /// 1-based number, 0 when the id is not in the index.
    int number(const std::string& sourceId) const;
    /// "[3]", or empty for an unknown id.
    QString cite(const std::string& sourceId) const;
    /// "[3] AWS EC2 on-demand pricing (2025-01-15)", or "—" when there is no source.
    QString citeWithTitle(const std::string& sourceId) const;
    /// The sources in number order.
    const std::vector<const Source*>& sources() const { return m_sources; }

private:
    const Catalog* m_catalog = nullptr;
    std::vector<const Source*> m_sources;
    std::map<std::string, int> m_numbers;
};

} // namespace infraplan::ui
