#pragma once

#include <cmath>

namespace infraplan {

/// The root of a function that falls through zero between `lo` and `hi` (`gLo` = g(lo) > 0 >= `gHi` =
/// g(hi)): regula falsi with the Illinois modification, which lands in a few evaluations where the function
/// is nearly straight or piecewise linear, and keeps a bracket where it jumps. Stops when the bracket is
/// within `relativeTolerance` of `hi`, or at the root to rounding; returns the end at or past the root.
template <class Function>
double fallingRoot(const Function& g, double lo, double hi, double gLo, double gHi, double relativeTolerance)
{
    int kept = 0; // the end that moved last (-1 lo, 1 hi): when it moves again, halve the other end's g
    for (int i = 0; i < 60 && hi - lo > relativeTolerance * hi; ++i) {
        double x = hi - gHi * (hi - lo) / (gHi - gLo);
        if (!(x > lo && x < hi))
            x = 0.5 * (lo + hi);
        const double gx = g(x);
        if (gx > 0) {
            lo = x, gLo = gx;
            if (kept == -1)
                gHi *= 0.5;
            kept = -1;
        } else {
            hi = x, gHi = gx;
            if (gx == 0)
                break;
            if (kept == 1)
                gLo *= 0.5;
            kept = 1;
        }
        if (std::abs(gx) <= 1e-12 * x) {
            hi = x; // the root to rounding, whichever side it fell on
            break;
        }
    }
    return hi;
}

} // namespace infraplan
