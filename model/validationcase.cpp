#include "validationcase.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace infraplan {

std::string ValidationCase::citation() const
{
    // Sources read "publication: where in it; quote: ..." (../shared/validation/README.md); a table row has
    // room for the publication only.
    constexpr std::array<std::string_view, 4> kEnds{"; ", ": ", ", read via", " (rendered in"};
    size_t end = source.size();
    for (std::string_view e : kEnds)
        end = std::min(end, source.find(e));
    std::string s = source.substr(0, end);
    constexpr size_t kMax = 100;
    if (s.size() > kMax) {
        const size_t cut = s.rfind(' ', kMax);
        s = s.substr(0, cut == std::string::npos ? kMax : cut) + "…";
    }
    return s;
}

} // namespace infraplan
