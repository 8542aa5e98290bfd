#pragma once

#include "vectorstate.h"

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace infraplan {

/// Calls fn(worker, i) for every i in [0, count) on `threads` threads (the caller's is worker 0), handing out
/// indices one at a time so uneven items balance themselves. Each worker index is used by one thread only, so
/// per-worker state indexed by it needs no locking.
template <class Fn> void parallelFor(size_t count, int threads, Fn fn)
{
    std::atomic<size_t> next{0};
    auto work = [&](int worker) {
        clearUpperVectorState(); // a thread inherits its parent's dirty vector state (vectorstate.h)
        for (size_t i = next++; i < count; i = next++)
            fn(worker, i);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (std::thread& th : pool)
        th.join();
}

} // namespace infraplan
