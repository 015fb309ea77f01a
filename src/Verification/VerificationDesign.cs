using InitVerify.Stats.Design;
using InitVerify.Stats.Distributions;

namespace InitVerify.Verification;

/// <summary>
/// The error budget of one distribution check: its false-failure rate r (shared by its statistical assertions,
/// Bonferroni), the false-pass rate f it guarantees against the smallest errors it promises to catch, and those
/// errors: a relative variance error and a CDF discrepancy. The sample size follows from these numbers.
/// </summary>
/// <param name="FalseFailureRate">r: probability that a correct initializer fails the check, in (0, 1).</param>
/// <param name="FalsePassRate">f: probability that an initializer off by at least the stated errors passes, in (0, 1).</param>
/// <param name="RelativeVarianceError">δ_v: the smallest |Var_actual/Var_expected − 1| the check must detect, &gt; 0.</param>
/// <param name="CdfDiscrepancy">δ_F: the smallest sup-distance between actual and expected CDF it must detect, in (0, 1).</param>
public sealed record VerificationDesign(
    double FalseFailureRate,
    double FalsePassRate = 1e-6,
    double RelativeVarianceError = 0.05,
    double CdfDiscrepancy = 0.02)
{
    /// <summary>
    /// The statistical assertions of a check that can fail by chance: mean, variance, Kolmogorov-Smirnov (DKW
    /// envelope) and Anderson-Darling. The support assertion is exact and spends no budget.
    /// </summary>
    public const int StatisticalAssertions = 4;

    /// <summary>r_i = r / 4: each statistical assertion's false-failure rate.</summary>
    public double AssertionFalseFailureRate => ErrorBudget.Split(FalseFailureRate, StatisticalAssertions);

    /// <summary>
    /// n = max(DKW samples for δ_F, variance-test samples for δ_v) at (r_i, f): enough for both guarantees.
    /// </summary>
    /// <param name="expected">The expected distribution (its kurtosis sets the variance test's n).</param>
    public int SamplesNeeded(IContinuousDistribution expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        double kurtosis = expected.FourthCentralMoment / (expected.Variance * expected.Variance);
        return Math.Max(
            Dkw.SamplesNeeded(CdfDiscrepancy, AssertionFalseFailureRate, FalsePassRate),
            VarianceTestDesign.SamplesNeeded(RelativeVarianceError, AssertionFalseFailureRate, FalsePassRate, kurtosis));
    }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant(
        $"r={FalseFailureRate:G3} (r_i={AssertionFalseFailureRate:G3}), f={FalsePassRate:G3}, δ_var={RelativeVarianceError:G3}, δ_cdf={CdfDiscrepancy:G3}");
}
