using System.Globalization;
using InitVerify.Stats.Design;
using InitVerify.Stats.Distributions;
using InitVerify.Stats.GoodnessOfFit;
using InitVerify.Stats.Moments;

namespace InitVerify.Verification;

/// <summary>
/// The gate: checks an iid sample against its expected distribution with five assertions under one error budget.
/// <list type="number">
/// <item>support — every value inside [Lower, Upper] (exact: no false failures);</item>
/// <item>mean — two-sided z-test with the known σ, p ≥ r_i; catches |Δμ| ≥ (z_{r_i/2} + z_f)·σ/√n;</item>
/// <item>variance — the second moment about the known mean: exact χ²(n) for normal data, the fourth-moment
/// asymptotic test otherwise; p ≥ r_i; catches relative variance errors ≥ δ_v at n from the design;</item>
/// <item>ks — Kolmogorov-Smirnov D ≤ ε(n, r_i) = √(ln(2/r_i)/(2n)) (DKW with Massart's constant: false-failure
/// ≤ r_i for every n); catches CDF discrepancies ≥ ε(n, r_i) + ε(n, f);</item>
/// <item>ad — Anderson-Darling p ≥ r_i (Marsaglia and Marsaglia 2004, with the exact limiting law's tail beyond
/// A² = 6: <see cref="AndersonDarlingDistribution.Sf"/>); false-failure ≈ r_i (at n ≈ 10⁵ its p-values are the limiting
/// law's within 0.3%, and the finite-n tail is taken to be the limiting one); the tail-weighted complement of KS, with
/// no closed-form power guarantee. (Before the tail was spliced on, Marsaglia and Marsaglia's p-values stopped at
/// 0.0006/n, so at the property suite's n ≈ 9.9·10⁴ and r_i ≈ 5.2·10⁻⁹ this assertion could not reject.)</item>
/// </list>
/// By Bonferroni the whole check fails a correct initializer with probability ≤ r = 4·r_i.
/// </summary>
public static class DistributionCheck
{
    /// <summary>Runs the check.</summary>
    /// <param name="sample">The values, iid under the null hypothesis; n ≥ 7 (Anderson-Darling's range).</param>
    /// <param name="expected">The expected distribution.</param>
    /// <param name="design">The error budget.</param>
    public static Verdict Run(ReadOnlySpan<double> sample, IContinuousDistribution expected, VerificationDesign design)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(design);
        if (sample.Length < 7)
        {
            throw new ArgumentOutOfRangeException(nameof(sample), sample.Length, "sample must hold at least 7 values (Anderson-Darling's range).");
        }

        int n = sample.Length;
        double r = design.AssertionFalseFailureRate;
        double f = design.FalsePassRate;
        var assertions = new List<AssertionResult>(5)
        {
            Support(sample, expected),
            Mean(sample, expected, n, r, f),
            Variance(sample, expected, n, r, f),
        };

        KsResult ks = KolmogorovSmirnovTest.Test(sample, expected);
        double envelope = Dkw.Epsilon(n, r);
        double ksDetectable = Dkw.DetectableDiscrepancy(n, r, f);
        assertions.Add(new AssertionResult("ks", ks.Statistic <= envelope, ks.Statistic, envelope, ks.PValue, r, ksDetectable,
            Invariant($"D = {ks.Statistic:G4} vs DKW envelope {envelope:G4} (exact p = {ks.PValue:G3}); catches CDF discrepancy ≥ {ksDetectable:G3}")));

        AdResult ad = AndersonDarlingTest.Test(sample, expected);
        assertions.Add(new AssertionResult("ad", ad.PValue >= r, ad.Statistic, r, ad.PValue, r, double.NaN,
            Invariant($"A² = {ad.Statistic:G4}, p = {ad.PValue:G3} vs r_i = {r:G3}")));

        return new Verdict(expected.ToString(), n, design, assertions);
    }

    private static AssertionResult Support(ReadOnlySpan<double> sample, IContinuousDistribution expected)
    {
        double lower = expected.Lower;
        double upper = expected.Upper;
        int outside = 0;
        double worst = double.NaN;
        foreach (double x in sample)
        {
            if (!(x >= lower && x <= upper))
            {
                outside++;
                worst = x;
            }
        }

        return new AssertionResult("support", outside == 0, outside, 0, double.NaN, 0, 1,
            Invariant($"{outside} of {sample.Length} values outside [{expected.Lower:G6}, {expected.Upper:G6}]{(outside > 0 ? $", e.g. {worst:G6}" : "")}"));
    }

    private static AssertionResult Mean(ReadOnlySpan<double> sample, IContinuousDistribution expected, int n, double r, double f)
    {
        MomentTestResult test = MeanTest.KnownVariance(sample, expected.Mean, expected.Variance);
        double detectable = MeanTestDesign.DetectableShift(n, r, f) * Math.Sqrt(expected.Variance);
        return new AssertionResult("mean", test.PValue >= r, test.Statistic, r, test.PValue, r, detectable,
            Invariant($"z = {test.Statistic:G4}, p = {test.PValue:G3} vs r_i = {r:G3}; catches |Δμ| ≥ {detectable:G3}"));
    }

    private static AssertionResult Variance(ReadOnlySpan<double> sample, IContinuousDistribution expected, int n, double r, double f)
    {
        double sigma2 = expected.Variance;
        double kurtosis = expected.FourthCentralMoment / (sigma2 * sigma2);
        MomentTestResult test = expected is NormalDistribution
            ? VarianceTest.ChiSquareNormal(sample, sigma2, knownMean: expected.Mean)
            : VarianceTest.FourthMoment(sample, sigma2, expected.FourthCentralMoment, knownMean: expected.Mean);
        double detectable = VarianceTestDesign.DetectableRelativeError(n, r, f, kurtosis);
        return new AssertionResult("variance", test.PValue >= r, test.Estimate / sigma2, r, test.PValue, r, detectable,
            Invariant($"s²/σ² = {test.Estimate / sigma2:F5}, p = {test.PValue:G3} vs r_i = {r:G3}; catches relative error ≥ {detectable:G3}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
