#include "catalogdata.h"

#include <algorithm>

namespace infraplan {

namespace {
template <typename T> void upsert(std::vector<T>& into, T&& row)
{
    auto it = std::find_if(into.begin(), into.end(), [&](const T& r) { return r.id == row.id; });
    if (it == into.end())
        into.push_back(std::move(row));
    else
        *it = std::move(row);
}
} // namespace

void CatalogData::merge(CatalogData other)
{
    for (auto& s : other.sources)
        upsert(sources, std::move(s));
    for (auto& i : other.items)
        upsert(items, std::move(i));
}

} // namespace infraplan
