namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>The outcome of a one-sample Kolmogorov-Smirnov test.</summary>
/// <param name="Statistic">The statistic of the chosen alternative: D = max(D⁺, D⁻) for two-sided, D⁺ for
/// <see cref="KsAlternative.Greater"/>, D⁻ for <see cref="KsAlternative.Less"/>.</param>
/// <param name="DPlus">D⁺ = max_i (i/n − F(x₍ᵢ₎)).</param>
/// <param name="DMinus">D⁻ = max_i (F(x₍ᵢ₎) − (i−1)/n).</param>
/// <param name="PValue">P(statistic ≥ observed) under the null hypothesis, from a survival-function formula
/// (so small p-values keep their relative accuracy).</param>
/// <param name="N">The sample size n.</param>
/// <param name="Alternative">The alternative tested.</param>
/// <param name="Method">The algorithm that produced <paramref name="PValue"/>.</param>
public sealed record KsResult(
    double Statistic,
    double DPlus,
    double DMinus,
    double PValue,
    int N,
    KsAlternative Alternative,
    KsMethod Method)
{
    /// <summary>True when <see cref="PValue"/> is exact up to rounding (see <see cref="KsMethodExtensions.IsExact"/>).</summary>
    public bool IsExact => Method.IsExact();
}
