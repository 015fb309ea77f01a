using InitVerify.Stats.Design;
using InitVerify.Stats.Distributions;
using InitVerify.Stats.GoodnessOfFit;
using InitVerify.Stats.Moments;
using InitVerify.Verification;

namespace InitVerify.Properties;

/// <summary>
/// The gate's contract, exactly (no randomness): which five assertions it makes, in which order, each computed by the
/// statistics core with the design's per-assertion rate, and how the verdict reads. The samples are fixed numbers
/// (quantile grids), so every expectation here is a recomputation, not a probability.
/// </summary>
public class DistributionCheckTests
{
    private const int N = 40;

    // r = 4e-6 over four statistical assertions: r_i = 1e-6.
    private static readonly VerificationDesign Design = new(4e-6);

    /// <summary>F⁻¹((i + ½)/n): a sample every assertion accepts.</summary>
    private static double[] QuantileGrid(IContinuousDistribution distribution, int n) =>
        Enumerable.Range(0, n).Select(i => distribution.Quantile((i + 0.5) / n)).ToArray();

    [Fact]
    public void Check_MakesFiveAssertionsInOrder_EachFromTheStatisticsCoreAtTheDesignsRate()
    {
        // σ = 2: σ and σ² differ, so the mean's detectable shift must scale by σ, not divide by it.
        var expected = new NormalDistribution(0.5, 2);
        double[] sample = QuantileGrid(expected, N);
        double r = Design.AssertionFalseFailureRate;
        double f = Design.FalsePassRate;

        Verdict verdict = DistributionCheck.Run(sample, expected, Design);

        Assert.Equal(["support", "mean", "variance", "ks", "ad"], verdict.Assertions.Select(a => a.Name));
        Assert.True(verdict.Passed);
        Assert.All(verdict.Assertions, a => Assert.True(a.Passed, a.ToString()));
        Assert.Equal([0, r, r, r, r], verdict.Assertions.Select(a => a.FalseFailureRate));
        Assert.Equal(N, verdict.SampleSize);

        MomentTestResult mean = MeanTest.KnownVariance(sample, 0.5, 4);
        Assert.Equal(mean.Statistic, verdict["mean"].Statistic);
        Assert.Equal(mean.PValue, verdict["mean"].PValue);
        Assert.Equal(MeanTestDesign.DetectableShift(N, r, f) * 2, verdict["mean"].Detectable);

        // Normal data: the exact χ²(n) test of the second moment about the known mean.
        MomentTestResult variance = VarianceTest.ChiSquareNormal(sample, 4, knownMean: 0.5);
        Assert.Equal(variance.PValue, verdict["variance"].PValue);
        Assert.Equal(variance.Estimate / 4, verdict["variance"].Statistic);
        Assert.StartsWith(FormattableString.Invariant($"s²/σ² = {variance.Estimate / 4:F5}, p = "), verdict["variance"].Detail, StringComparison.Ordinal);
        Assert.Equal(VarianceTestDesign.DetectableRelativeError(N, r, f, 3), verdict["variance"].Detectable);

        KsResult ks = KolmogorovSmirnovTest.Test(sample, expected);
        Assert.Equal(ks.Statistic, verdict["ks"].Statistic);
        Assert.Equal(Dkw.Epsilon(N, r), verdict["ks"].Threshold);
        Assert.Equal(Dkw.DetectableDiscrepancy(N, r, f), verdict["ks"].Detectable);

        AdResult ad = AndersonDarlingTest.Test(sample, expected);
        Assert.Equal(ad.Statistic, verdict["ad"].Statistic);
        Assert.Equal(ad.PValue, verdict["ad"].PValue);
        Assert.Equal(r, verdict["ad"].Threshold);
    }

    [Fact]
    public void Variance_OfNonNormalData_UsesTheFourthMomentTest()
    {
        var expected = new UniformDistribution(-1, 3);
        double[] sample = QuantileGrid(expected, N);

        Verdict verdict = DistributionCheck.Run(sample, expected, Design);

        MomentTestResult variance = VarianceTest.FourthMoment(sample, expected.Variance, expected.FourthCentralMoment, knownMean: expected.Mean);
        Assert.Equal(variance.PValue, verdict["variance"].PValue);
        Assert.Equal(variance.Estimate / expected.Variance, verdict["variance"].Statistic);
        Assert.NotEqual(VarianceTest.ChiSquareNormal(sample, expected.Variance, knownMean: expected.Mean).PValue, verdict["variance"].PValue);
    }

    [Fact]
    public void Support_IncludesItsBounds_AndACleanSampleSaysSoPlainly()
    {
        // U(0, 1) can return its bounds' neighbours; the bounds themselves are inside the closed support.
        double[] sample = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 1.0];

        AssertionResult support = DistributionCheck.Run(sample, new UniformDistribution(0, 1), Design)["support"];

        Assert.True(support.Passed);
        Assert.Equal(0.0, support.Statistic);
        Assert.Equal("0 of 8 values outside [0, 1]", support.Detail);
        Assert.Equal("pass support: 0 of 8 values outside [0, 1]", support.ToString());
    }

    [Fact]
    public void Check_AcceptsItsSmallestSample_AndSaysWhyItRefusesASmallerOne()
    {
        double[] seven = QuantileGrid(NormalDistribution.Standard, 7);
        Assert.Equal(7, DistributionCheck.Run(seven, NormalDistribution.Standard, Design).SampleSize);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DistributionCheck.Run(seven.AsSpan(0, 6), NormalDistribution.Standard, Design));
        Assert.Contains("at least 7 values (Anderson-Darling's range)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AndersonDarling_RejectsASampleBunchedOnOneSide()
    {
        // Every value in the lowest quarter of U(0, 1), n = 2,000.
        double[] bunched = QuantileGrid(new UniformDistribution(0, 0.25), 2000);

        Verdict verdict = DistributionCheck.Run(bunched, new UniformDistribution(0, 1), Design);

        Assert.False(verdict["ad"].Passed, verdict.ToString());
        Assert.False(verdict.Passed);
        Assert.StartsWith("FAIL ad: A² = ", verdict["ad"].ToString(), StringComparison.Ordinal);
        Assert.EndsWith("vs r_i = 1E-06", verdict["ad"].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AndersonDarling_RejectsAtAnyN_ItsPValuesHaveNoFloor()
    {
        // The same sample at n = 40: A² = 39.0 (by hand from the grid). Marsaglia and Marsaglia's finite-n formula
        // alone stops at p = 0.0006/40 = 1.5e-5 ≥ r_i = 1e-6 and could not reject; with the limiting law's tail beyond
        // A² = 6 the p-value is 1.0085·√3·erfc(√39) ≈ 6e-18 (the scale at n = 40 is within 1% of 1.0085).
        double[] bunched = QuantileGrid(new UniformDistribution(0, 0.25), N);

        AssertionResult ad = DistributionCheck.Run(bunched, new UniformDistribution(0, 1), Design)["ad"];

        Assert.False(ad.Passed);
        Assert.Equal(39.03, ad.Statistic, 0.01);
        Assert.InRange(ad.PValue, 1e-18, 1e-16);
    }

    [Fact]
    public void Verdict_ReadsAsAHeaderAndOneIndentedLinePerAssertion()
    {
        Verdict verdict = DistributionCheck.Run(QuantileGrid(NormalDistribution.Standard, N), NormalDistribution.Standard, Design);

        string[] lines = verdict.ToString().Split(Environment.NewLine);

        Assert.Equal($"PASS against {NormalDistribution.Standard}, n = {N}, {Design}", lines[0]);
        Assert.Equal(verdict.Assertions.Select(a => "  " + a), lines.Skip(1));
        Assert.Throws<InvalidOperationException>(() => verdict["kurtosis"]);
    }

    [Fact]
    public void SamplesNeeded_IsTheLargerOfTheKsAndTheVarianceRequirements()
    {
        double r = Design.AssertionFalseFailureRate;
        int dkw = Dkw.SamplesNeeded(Design.CdfDiscrepancy, r, Design.FalsePassRate);
        int variance = VarianceTestDesign.SamplesNeeded(Design.RelativeVarianceError, r, Design.FalsePassRate, 3);
        Assert.NotEqual(dkw, variance);

        Assert.Equal(Math.Max(dkw, variance), Design.SamplesNeeded(NormalDistribution.Standard));
    }

    [Fact]
    public void ConstantTargets_AreSentToTheExactComparison()
    {
        var error = Assert.Throws<ArgumentException>(() => ExpectedDistribution.For(InitVerify.Init.WeightDistribution.Constant(1)));
        Assert.StartsWith("A Constant target has no continuous distribution; compare it exactly.", error.Message, StringComparison.Ordinal);
    }
}
