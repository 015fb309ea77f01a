namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>The outcome of an Anderson-Darling test.</summary>
/// <param name="Statistic">A²; +∞ when a sample point lies at or beyond the support's edge (F = 0 or 1).</param>
/// <param name="PValue">P(A² ≥ observed) under the null hypothesis (Marsaglia and Marsaglia 2004; absolute
/// accuracy ~1e-6).</param>
/// <param name="N">The sample size n.</param>
public sealed record AdResult(double Statistic, double PValue, int N)
{
    /// <summary>True when n ≥ 7, the range the p-value approximation is meant for; below it the p-value is
    /// still returned but only indicative.</summary>
    public bool IsPValueReliable => N >= AndersonDarlingDistribution.MinimumReliableN;
}
