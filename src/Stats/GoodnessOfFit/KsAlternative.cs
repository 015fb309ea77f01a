namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>The alternative hypothesis of a one-sample Kolmogorov-Smirnov test (scipy's naming).</summary>
public enum KsAlternative
{
    /// <summary>F_n ≠ F somewhere; statistic D = max(D⁺, D⁻), p-value from the two-sided distribution.</summary>
    TwoSided,

    /// <summary>
    /// The sample's CDF lies above F somewhere (values smaller than F predicts); statistic
    /// D⁺ = max_i (i/n − F(x₍ᵢ₎)), p-value from the exact one-sided (Birnbaum-Tingey) survival function.
    /// </summary>
    Greater,

    /// <summary>
    /// The sample's CDF lies below F somewhere (values larger than F predicts); statistic
    /// D⁻ = max_i (F(x₍ᵢ₎) − (i−1)/n), p-value from the exact one-sided survival function.
    /// </summary>
    Less,
}
