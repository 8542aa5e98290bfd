#pragma once

#include "project.h"

#include <vector>

namespace infraplan::ui {

/// Where a new frame of `size` goes when the user drops it at `wanted`: there when it covers no existing
/// frame (keeping `gap` between frames), otherwise the free place nearest to `wanted` beside one of them.
/// There is always one: right of the rightmost frame.
Point freePlaceFor(const std::vector<Sketch>& frames, Point wanted, Size size, double gap = 20);

} // namespace infraplan::ui
