#pragma once

#include <cmath>
#include <cstdint>

namespace infraplan {

/// xoshiro256** (Blackman and Vigna 2018) seeded through splitmix64: a small, fast generator whose streams
/// are reproducible on every platform, unlike the standard library's distributions.
class FastRandom {
public:
    explicit FastRandom(uint64_t seed)
    {
        for (uint64_t& s : m_s)
            s = splitmix64(seed);
    }
    uint64_t next()
    {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    /// Uniform in (0, 1): never 0, so its logarithm is finite.
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }
    /// Exponential with the given mean.
    double exponential(double mean) { return -std::log(uniform()) * mean; }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static uint64_t splitmix64(uint64_t& x)
    {
        uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    uint64_t m_s[4];
};

} // namespace infraplan
