#pragma once

namespace infraplan {

/// Prompt tokens one iteration may prefill: TensorRT-LLM's max_num_tokens and vLLM's max_num_batched_tokens
/// default to 8192. Prompts join an iteration while they fit; a longer prompt is prefilled alone.
inline constexpr double kPrefillTokenBudget = 8192;

/// The time to first token of one continuous-batching replica in a fleet at a steady load, as a
/// distribution rather than the latency of one prompt (docs/model.md, §7.2 "Time to first token"):
///
///     TTFT = W + D + A(S) + G
///
/// W waiting for a free slot (Erlang C over the replica's request slots), D waiting for the decode iteration
/// in progress to end, A(S) the iteration that prefills the request's own prompt of S tokens beside the
/// decoding batch, and G the other prompts prefilled in that same iteration: the prompts that queued while
/// it waited (head-of-line blocking behind other requests' prefill work). Their count is Poisson with the
/// mean λ·E[A²]/(2·E[A]), the arrivals during the mean residual of a prefill iteration (the
/// Pollaczek–Khinchine residual, Kleinrock, *Queueing Systems* vol. 1, §5.2): in a fleet the first replica to
/// reach an iteration boundary takes them all, so the wait is short but the prompts gathered are those a
/// prefill iteration's rest would gather, as far as they fit in the iteration's kPrefillTokenBudget. The tail
/// of the sum is the heavy-tailed "one big jump" approximation P(X + Y > t) ≈ P(X > t − E[Y]) + P(Y > t −
/// E[X]) (Asmussen, *Applied Probability and Queues*, 2nd ed., §X.1), and a compound Poisson sum's P(G > y) ≈
/// E[N]·P(g(S) > y) likewise.
struct FirstTokenTime {
    /// A(s) = a0 + a1·s + a2·s²: the iteration carrying a prompt of s tokens; g(s) = a1·s + a2·s² is what
    /// one more prompt adds to an iteration.
    double a0 = 0, a1 = 0, a2 = 0;
    /// Prompt lengths: log-normal with these parameters of ln S when sigma > 0, else all `fixedTokens`.
    double mu = 0, sigma = 0, fixedTokens = 0;
    double sharingPrompts = 0; ///< mean count of other prompts prefilled in the same iteration
    double decodeWaitS = 0;    ///< mean wait for the decode iteration in progress
    /// Waiting for a slot: P(W > w) = slotWaitShare · exp(−slotDrainPerS · w).
    double slotWaitShare = 0, slotDrainPerS = 0;

    /// The prompt lengths, log-normal with this mean and sigma of ln S (fixed when sigma is 0), and what
    /// follows from them alone.
    void setPrompts(double meanTokens, double sigmaOfLog);
    /// Once a0..a2 are set: the moments of A(S) and sharingPrompts for `arrivalsPerS` per replica.
    void prepare(double arrivalsPerS);

    /// E[S^k; S > s]: the part of the k-th moment (k = 0..4) of the prompt length above s tokens.
    double promptMomentAbove(int k, double tokens) const;
    double promptMoment(int k) const { return promptMomentAbove(k, 0); }
    /// Tokens whose prefill adds `seconds` beyond `fixedS` to an iteration: a1·s + a2·s² = seconds − fixedS.
    double promptTokensFor(double seconds, double fixedS) const;

    double ownMeanS() const { return m_ownMean; }         ///< E[A(S)]
    double sharingMeanS() const { return m_sharingMean; } ///< E[G]
    double slotWaitMeanS() const;                         ///< E[W]
    double meanS() const { return slotWaitMeanS() + decodeWaitS + ownMeanS() + sharingMeanS(); }
    /// P(A(S) > x), P(G > y), P(W > w).
    double ownAbove(double seconds) const;
    double sharingAbove(double seconds) const;
    double slotWaitAbove(double seconds) const;
    /// P(TTFT > t): the share of requests whose first token comes later than t.
    double missShare(double seconds) const;
    /// The TTFT that the share `q` of requests meets (q = 0.99: the p99).
    double percentileS(double q) const;

private:
    double m_promptMoments[5] = {1, 0, 0, 0, 0}; ///< E[S^k]
    double m_ownMean = 0, m_sharingMean = 0;
    double m_aboveBudget = 0; ///< share of prompts longer than the iteration's token budget
};

} // namespace infraplan
