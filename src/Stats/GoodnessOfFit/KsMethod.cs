namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>Which algorithm produced a Kolmogorov distribution value (and so a KS p-value).</summary>
public enum KsMethod
{
    /// <summary>The value is trivially 0 or 1 (d ≤ 0, d ≥ 1, n d ≤ ½) or saturated in double precision
    /// (n &gt; 140: SF = 0 for n d² ≥ 370, where the true value underflows; CDF = 1 for n d² ≥ 18, where the
    /// true SF is below 2e^−36 ≈ 5e-16). Exact to double precision.</summary>
    Saturated,

    /// <summary>Ruben and Gambino's closed form for n d ≤ 1: CDF = n!/nⁿ (2 n d − 1)ⁿ. Exact.</summary>
    RubenGambinoSmall,

    /// <summary>Ruben and Gambino's closed form for n d ≥ n − 1: SF = 2 (1 − d)ⁿ. Exact.</summary>
    RubenGambinoLarge,

    /// <summary>Marsaglia, Tsang and Wang's (2003) matrix power. Exact up to rounding (~1e-13 relative).</summary>
    MarsagliaTsangWang,

    /// <summary>Pomeranz's (1974) recursion. Exact up to rounding.</summary>
    Pomeranz,

    /// <summary>Birnbaum and Tingey's one-sided formula: exact for a one-sided test, and 2·smirnov(n, d)
    /// is the exact two-sided SF for d ≥ ½ (the two one-sided events are then disjoint).</summary>
    Smirnov,

    /// <summary>SF ≈ 2·smirnov(n, d) for d &lt; ½ in the far tail (n ≤ 140 with n d² &gt; 4, or n &gt; 140 with
    /// n d² ≥ 2.2): an upper bound whose relative error is about e^(−6 n d²) (below 2e-6, and below 1e-10 for
    /// n ≤ 140).</summary>
    SmirnovApproximation,

    /// <summary>Pelz and Good's (1976) asymptotic expansion to order n^(−3/2) (n &gt; 140): absolute error
    /// around 1e-6 or better, none relative in the far tail.</summary>
    PelzGood,
}

/// <summary>Helpers on <see cref="KsMethod"/>.</summary>
public static class KsMethodExtensions
{
    /// <summary>
    /// True when the method is exact up to floating-point rounding; false for
    /// <see cref="KsMethod.SmirnovApproximation"/> and <see cref="KsMethod.PelzGood"/>.
    /// </summary>
    /// <param name="method">The method.</param>
    public static bool IsExact(this KsMethod method) =>
        method is not (KsMethod.SmirnovApproximation or KsMethod.PelzGood);
}
