#include "modelspec.h"

#include <algorithm>

namespace infraplan {

double kvValuesPerToken(const ModelSpec& m)
{
    const double layers = m.layers;
    if (m.kvLoraRank > 0)
        return layers * (m.kvLoraRank + m.qkRopeHeadDim);
    const double heads = std::max(1, m.heads);
    const double kvHeads = m.kvHeads > 0 ? m.kvHeads : heads;
    const double headDim = m.headDim > 0 ? m.headDim : m.hidden / heads;
    return layers * 2 * kvHeads * headDim;
}

} // namespace infraplan
