#include "firsttokentime.h"

#include "fallingroot.h"

#include <algorithm>
#include <cmath>

namespace infraplan {

namespace {

double upperNormal(double z)
{
    return 0.5 * std::erfc(z * 0.70710678118654752);
}

} // namespace

double FirstTokenTime::promptMomentAbove(int k, double tokens) const
{
    if (tokens <= 0)
        return m_promptMoments[k];
    if (sigma <= 0)
        return fixedTokens > tokens ? m_promptMoments[k] : 0;
    // Log-normal partial moment: E[S^k; S > s] = exp(k mu + k^2 sigma^2 / 2) Phi((mu + k sigma^2 - ln s) /
    // sigma).
    return m_promptMoments[k] * upperNormal((std::log(tokens) - mu - k * sigma * sigma) / sigma);
}

double FirstTokenTime::promptTokensFor(double seconds, double fixedS) const
{
    const double x = seconds - fixedS;
    if (x <= 0)
        return 0;
    if (a2 <= 0)
        return a1 > 0 ? x / a1 : 1e300;
    return 2 * x / (a1 + std::sqrt(a1 * a1 + 4 * a2 * x)); // the positive root, without cancellation
}

void FirstTokenTime::setPrompts(double meanTokens, double sigmaOfLog)
{
    sigma = std::max(0.0, sigmaOfLog);
    mu = std::log(meanTokens) - sigma * sigma / 2;
    fixedTokens = meanTokens;
    // E[S^k] = mean^k exp(k (k - 1) sigma^2 / 2) for a log-normal (sigma 0: a fixed length).
    const double v = std::exp(sigma * sigma);
    m_promptMoments[1] = meanTokens;
    m_promptMoments[2] = meanTokens * meanTokens * v;
    m_promptMoments[3] = m_promptMoments[2] * meanTokens * v * v;
    m_promptMoments[4] = m_promptMoments[3] * meanTokens * v * v * v;
    m_aboveBudget = promptMomentAbove(0, kPrefillTokenBudget);
}

void FirstTokenTime::prepare(double arrivalsPerS)
{
    const double m1 = m_promptMoments[1], m2 = m_promptMoments[2], m3 = m_promptMoments[3],
                 m4 = m_promptMoments[4];
    m_ownMean = a0 + a1 * m1 + a2 * m2;
    const double square =
        a0 * a0 + 2 * a0 * a1 * m1 + (a1 * a1 + 2 * a0 * a2) * m2 + 2 * a1 * a2 * m3 + a2 * a2 * m4;
    sharingPrompts = m_ownMean > 0 ? arrivalsPerS * square / (2 * m_ownMean) : 0;
    m_sharingMean = sharingPrompts * (a1 * m1 + a2 * m2);
}

double FirstTokenTime::slotWaitMeanS() const
{
    return slotDrainPerS > 0 ? slotWaitShare / slotDrainPerS : 0;
}

double FirstTokenTime::ownAbove(double seconds) const
{
    return std::min(1.0, promptMomentAbove(0, promptTokensFor(seconds, a0)));
}

double FirstTokenTime::sharingAbove(double seconds) const
{
    // A prompt within the token budget is prefilled with the request's own (or just before it); a longer one
    // runs alone, on whichever replica takes it, while the others take the next prompts.
    const double tokens = promptTokensFor(seconds, 0);
    if (tokens >= kPrefillTokenBudget)
        return 0;
    return std::min(1.0, sharingPrompts * (promptMomentAbove(0, tokens) - m_aboveBudget));
}

double FirstTokenTime::slotWaitAbove(double w) const
{
    if (w <= 0)
        return slotWaitShare;
    return slotDrainPerS > 0 ? slotWaitShare * std::exp(-slotDrainPerS * w) : 0;
}

double FirstTokenTime::missShare(double t) const
{
    // The sum of independent heavy-tailed parts exceeds t mostly when one of them alone does, the others
    // near their means ("one big jump"); the decode iteration's rest is short and enters by its mean. A long
    // prompt of its own leaves less of the iteration's token budget to share: the prompts gathered beside it
    // are at most what fits.
    const double own = ownMeanS(), sharing = sharingMeanS(), wait = slotWaitMeanS(), t0 = t - decodeWaitS;
    const double room = std::max(0.0, kPrefillTokenBudget - promptTokensFor(t0 - wait, a0));
    const double beside = std::min(sharing, a1 * room);
    return std::min(1.0, ownAbove(t0 - beside - wait) + sharingAbove(t0 - own - wait) +
                             slotWaitAbove(t0 - own - sharing));
}

double FirstTokenTime::percentileS(double q) const
{
    // ln(missShare(t) / (1 - q)) falls through 0 as t grows, nearly straight where a log-normal tail
    // decides it: bracket the root, then regula falsi with the Illinois modification, which keeps a bracket
    // even where the share jumps (fixed prompt lengths).
    const double logShare = std::log(1 - q);
    auto h = [&](double t) { return std::log(std::max(1e-300, missShare(t))) - logShare; };
    // The own prefill of the p99 prompt with every mean beside it is near the p99 in most cases.
    const double s99 = sigma > 0 ? std::exp(mu + 2.3263478740408408 * sigma) : fixedTokens;
    double lo = 0, hi = std::max(1e-9, a0 + a1 * s99 + a2 * s99 * s99 + meanS() - ownMeanS());
    double gLo = h(lo), gHi = h(hi);
    for (int i = 0; i < 200 && gHi > 0; ++i) {
        lo = hi, gLo = gHi;
        hi *= 2;
        gHi = h(hi);
    }
    if (gLo <= 0)
        return lo;
    return fallingRoot(h, lo, hi, gLo, gHi, 1e-4);
}

} // namespace infraplan
