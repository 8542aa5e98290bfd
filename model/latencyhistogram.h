#pragma once

#include <array>
#include <cstdint>
#include <cstring>

namespace infraplan {

/// Streaming percentiles of latencies: log-bucketed counts with 2^-6 relative resolution (1.6%), from 1 ns to
/// beyond a day, in a fixed array. Recording takes a few integer operations (the bucket is read from the
/// double's exponent and top mantissa bits, as HdrHistogram does), so millions of requests cost nothing.
class LatencyHistogram {
public:
    static constexpr int kMantissaBits = 6;
    static constexpr int kMinExponent = -30; ///< 2^-30 s ~ 1 ns
    static constexpr int kMaxExponent = 17;  ///< 2^17 s ~ 36 h
    static constexpr int kBuckets = (kMaxExponent - kMinExponent + 1) << kMantissaBits;

    void record(double seconds)
    {
        ++m_count;
        m_sum += seconds;
        ++m_buckets[bucketOf(seconds)];
    }
    uint64_t count() const { return m_count; }
    double mean() const { return m_count ? m_sum / static_cast<double>(m_count) : 0; }
    /// The p-th percentile (0..100): the middle of the bucket holding that rank.
    double percentile(double p) const;
    void merge(const LatencyHistogram& o);

private:
    static int bucketOf(double seconds)
    {
        if (!(seconds > 0))
            return 0;
        uint64_t bits;
        std::memcpy(&bits, &seconds, sizeof bits);
        const int exponent = static_cast<int>((bits >> 52) & 0x7ff) - 1023;
        if (exponent < kMinExponent)
            return 0;
        if (exponent > kMaxExponent)
            return kBuckets - 1;
        const int mantissa = static_cast<int>((bits >> (52 - kMantissaBits)) & ((1 << kMantissaBits) - 1));
        return ((exponent - kMinExponent) << kMantissaBits) | mantissa;
    }
    static double lowerBound(int bucket);

    std::array<uint64_t, kBuckets> m_buckets{};
    uint64_t m_count = 0;
    double m_sum = 0;
};

} // namespace infraplan
