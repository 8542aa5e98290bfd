#include "frameplacement.h"

#include <algorithm>
#include <limits>

namespace infraplan::ui {

namespace {
struct Box {
    double left, top, right, bottom;
};

bool overlaps(const Box& a, const Box& b)
{
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
} // namespace

Point freePlaceFor(const std::vector<Sketch>& frames, Point wanted, Size size, double gap)
{
    std::vector<Box> taken;
    taken.reserve(frames.size());
    for (const Sketch& s : frames) // grown by the gap so that neighbours never touch
        taken.push_back({s.position.x - gap, s.position.y - gap, s.position.x + s.size.width + gap,
                         s.position.y + s.size.height + gap});
    const auto isFree = [&](Point p) {
        const Box box{p.x, p.y, p.x + size.width, p.y + size.height};
        return std::none_of(taken.begin(), taken.end(), [&](const Box& t) { return overlaps(box, t); });
    };
    if (isFree(wanted))
        return wanted;

    std::vector<Point> candidates;
    double rightmost = wanted.x;
    for (const Box& t : taken) {
        candidates.push_back({t.right, wanted.y});             // right of it
        candidates.push_back({t.left - size.width, wanted.y}); // left of it
        candidates.push_back({wanted.x, t.bottom});            // below it
        candidates.push_back({wanted.x, t.top - size.height}); // above it
        candidates.push_back({t.right, t.top + gap});          // beside it, tops aligned
        candidates.push_back({t.left + gap, t.bottom});        // under it, lefts aligned
        rightmost = std::max(rightmost, t.right);
    }
    Point best{rightmost, wanted.y};
    double bestDistance = std::numeric_limits<double>::infinity();
    for (const Point& c : candidates) {
        const double dx = c.x - wanted.x, dy = c.y - wanted.y;
        const double d = dx * dx + dy * dy;
        if (d < bestDistance && isFree(c)) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace infraplan::ui
