#include "sourceindex.h"

#include "billofmaterials.h"

namespace infraplan::ui {

SourceIndex::SourceIndex(const Project& project, const Catalog& catalog) : m_catalog(&catalog)
{
    for (const Sketch& sketch : project.sketches)
        for (const CatalogItem* item : itemsUsedBy(project, sketch, catalog))
            for (const auto& [field, figure] : item->figures)
                add(figure.sourceId);
}

void SourceIndex::add(const std::string& sourceId)
{
    if (!m_catalog || sourceId.empty() || m_numbers.count(sourceId))
        return;
    const Source* source = m_catalog->source(sourceId);
    if (!source)
        return;
    m_sources.push_back(source);
    m_numbers[sourceId] = static_cast<int>(m_sources.size());
}

int SourceIndex::number(const std::string& sourceId) const
{
    auto it = m_numbers.find(sourceId);
    return it == m_numbers.end() ? 0 : it->second;
}

QString SourceIndex::cite(const std::string& sourceId) const
{
    const int n = number(sourceId);
    return n ? QStringLiteral("[%1]").arg(n) : QString();
}

QString SourceIndex::citeWithTitle(const std::string& sourceId) const
{
    const int n = number(sourceId);
    if (!n)
        return QStringLiteral("—");
    const Source* s = m_sources[size_t(n - 1)];
    return QStringLiteral("[%1] %2 (%3)")
        .arg(n)
        .arg(QString::fromStdString(s->title), QString::fromStdString(s->date));
}

} // namespace infraplan::ui
