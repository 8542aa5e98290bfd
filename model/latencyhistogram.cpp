#include "latencyhistogram.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

double LatencyHistogram::lowerBound(int bucket)
{
    const int exponent = (bucket >> kMantissaBits) + kMinExponent;
    const int mantissa = bucket & ((1 << kMantissaBits) - 1);
    return std::ldexp(1.0 + mantissa / double(1 << kMantissaBits), exponent);
}

double LatencyHistogram::percentile(double p) const
{
    if (m_count == 0)
        return 0;
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * static_cast<double>(m_count);
    uint64_t seen = 0;
    for (int b = 0; b < kBuckets; ++b) {
        seen += m_buckets[b];
        if (m_buckets[b] > 0 && static_cast<double>(seen) >= rank) {
            if (b == 0)
                return 0;
            return 0.5 * (lowerBound(b) + lowerBound(b + 1 < kBuckets ? b + 1 : b));
        }
    }
    return lowerBound(kBuckets - 1);
}

void LatencyHistogram::merge(const LatencyHistogram& o)
{
    for (int b = 0; b < kBuckets; ++b)
        m_buckets[b] += o.m_buckets[b];
    m_count += o.m_count;
    m_sum += o.m_sum;
}

} // namespace infraplan
