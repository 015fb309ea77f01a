using InitVerify.Stats.Distributions;
using InitVerify.Stats.GoodnessOfFit;
using InitVerify.Stats.Moments;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace InitVerify.Stats.Tests;

public class MomentTests
{
    private static readonly double[] Small = [1.0, 2.0, 4.0, 7.0];

    [Fact]
    public void KnownVariance_ZStatisticPValueAndInterval()
    {
        // x̄ = 3.5, n = 4, σ² = 4: z = (3.5 − 2)/(2/2) = 1.5, p = erfc(1.5/√2).
        MomentTestResult r = MeanTest.KnownVariance(Small, 2, 4);
        Assert.Equal(3.5, r.Estimate, 1e-15);
        Assert.Equal(1.5, r.Statistic, 1e-15);
        Assert.Equal(SpecialFunctions.Erfc(1.5 / Math.Sqrt(2)), r.PValue, 1e-15);
        Assert.Equal(3.5 - 1.959963984540054, r.Interval.Lower, 1e-12);
        Assert.Equal(3.5 + 1.959963984540054, r.Interval.Upper, 1e-12);
        Assert.Equal(0.95, r.Interval.Level);
    }

    [Fact]
    public void EstimatedVariance_IsStudentT()
    {
        // S² = Σ(x − 3.5)²/3 = 21/3 = 7; t = (3.5 − 2)/√(7/4).
        MomentTestResult r = MeanTest.EstimatedVariance(Small, 2, 0.9);
        double t = 1.5 / Math.Sqrt(7.0 / 4);
        Assert.Equal(t, r.Statistic, 1e-14);
        Assert.Equal(2 * StudentT.CDF(0, 1, 3, -t), r.PValue, 1e-14);
        Assert.Equal(3.5 + (StudentT.InvCDF(0, 1, 3, 0.95) * Math.Sqrt(7.0 / 4)), r.Interval.Upper, 1e-12);
    }

    [Fact]
    public void ChiSquare_UnknownAndKnownMean()
    {
        // Unknown mean: X = 3·7/σ² with σ² = 5 → 4.2 on 3 dof. Known mean 0: Σx² = 70, X = 14 on 4 dof.
        MomentTestResult r = VarianceTest.ChiSquareNormal(Small, 5);
        Assert.Equal(7, r.Estimate, 1e-14);
        Assert.Equal(4.2, r.Statistic, 1e-14);
        double lower = ChiSquared.CDF(3, 4.2);
        Assert.Equal(2 * Math.Min(lower, 1 - lower), r.PValue, 1e-14);
        Assert.Equal(21 / ChiSquared.InvCDF(3, 0.975), r.Interval.Lower, 1e-10);
        MomentTestResult k = VarianceTest.ChiSquareNormal(Small, 5, knownMean: 0);
        Assert.Equal(70.0 / 4, k.Estimate, 1e-14);
        Assert.Equal(14, k.Statistic, 1e-14);
        Assert.Equal(2 * (1 - ChiSquared.CDF(4, 14)), k.PValue, 1e-12);
    }

    [Fact]
    public void ChiSquare_TinyPValueKeepsRelativeAccuracy()
    {
        // σ² = 1 hypothesised, data with variance ~9 (n = 50): the upper χ² tail is far below 1e-16, where
        // 1 − CDF would return 0; it must come out positive and match 2·Q(25, X/2).
        double[] x = TestSupport.Normals(3, 50, 0, 3);
        MomentTestResult r = VarianceTest.ChiSquareNormal(x, 1, knownMean: 0);
        Assert.True(r.PValue > 0 && r.PValue < 1e-30, $"p = {r.PValue}");
        Assert.Equal(2 * SpecialFunctions.GammaUpperRegularized(25, r.Statistic / 2), r.PValue);
    }

    [Fact]
    public void FourthMoment_UsesTheDocumentedEstimatorVariances()
    {
        double[] x = TestSupport.Uniforms(8, 400).Select(u => (u - 0.5) * 2 * Math.Sqrt(3)).ToArray();
        var uniform = new UniformDistribution(-Math.Sqrt(3), Math.Sqrt(3));
        int n = x.Length;
        // Unknown mean: Var(S²) = (μ₄ − σ⁴(n−3)/(n−1))/n.
        MomentTestResult r = VarianceTest.FourthMoment(x, 1, uniform.FourthCentralMoment);
        double xbar = x.Average();
        double s2 = x.Sum(v => (v - xbar) * (v - xbar)) / (n - 1);
        double sd = Math.Sqrt((uniform.FourthCentralMoment - ((n - 3.0) / (n - 1))) / n);
        Assert.Equal(s2, r.Estimate, 1e-13);
        Assert.Equal((s2 - 1) / sd, r.Statistic, 1e-11);
        // Known mean: Var(V) = (μ₄ − σ⁴)/n.
        MomentTestResult k = VarianceTest.FourthMoment(x, 1, uniform.FourthCentralMoment, knownMean: 0);
        double v = x.Sum(t => t * t) / n;
        Assert.Equal((v - 1) / Math.Sqrt((uniform.FourthCentralMoment - 1) / n), k.Statistic, 1e-11);
        Assert.Equal(SpecialFunctions.Erfc(Math.Abs(k.Statistic) / Math.Sqrt(2)), k.PValue, 1e-15);
    }

    [Fact]
    public void KnownVarianceInterval_HasNominalCoverage()
    {
        // 1,000 seeded samples of n = 30 from N(0.7, 4): the number of 95% intervals covering 0.7 is
        // Binomial(1000, 0.95) (mean 950, sd 6.9); the band [916, 984] (±4.9 sd) fails for a correct
        // implementation with probability ≈ 1e-6.
        int covered = Enumerable.Range(0, 1000)
            .Count(s => MeanTest.KnownVariance(TestSupport.Normals(3000 + s, 30, 0.7, 2), 0.7, 4).Interval.Contains(0.7));
        Assert.InRange(covered, 916, 984);
    }

    [Fact]
    public void ChiSquarePValues_AreUniformUnderTheNull()
    {
        // 500 seeded normal samples (n = 12): exact χ² p-values are uniform (two-sided p of a continuous
        // statistic). False-failure rate of the assertion: 1e-6 (KS p-value threshold, exact-ish at n = 500).
        var uniform = new UniformDistribution(0, 1);
        double[] p = Enumerable.Range(0, 500).Select(s => VarianceTest.ChiSquareNormal(TestSupport.Normals(4000 + s, 12, 1, 3), 9).PValue).ToArray();
        Assert.True(KolmogorovSmirnovTest.Test(p, uniform).PValue > 1e-6);
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Equal("sample", Assert.Throws<ArgumentException>(() => MeanTest.KnownVariance(ReadOnlySpan<double>.Empty, 0, 1)).ParamName);
        Assert.Equal("sample", Assert.Throws<ArgumentException>(() => MeanTest.EstimatedVariance([1.0], 0)).ParamName);
        Assert.Equal("sample", Assert.Throws<ArgumentException>(() => MeanTest.EstimatedVariance([1.0, 1.0], 0)).ParamName);
        Assert.Equal("variance", Assert.Throws<ArgumentOutOfRangeException>(() => MeanTest.KnownVariance(Small, 0, -1)).ParamName);
        Assert.Equal("confidenceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => MeanTest.KnownVariance(Small, 0, 1, 1.0)).ParamName);
        Assert.Equal("sigma2", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTest.ChiSquareNormal(Small, 0)).ParamName);
        Assert.Equal("mu4", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTest.FourthMoment(Small, 2, 3)).ParamName);
        Assert.Equal("knownMean", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTest.ChiSquareNormal(Small, 1, double.NaN)).ParamName);
        Assert.Equal("sample", Assert.Throws<ArgumentException>(() => VarianceTest.ChiSquareNormal([double.NaN, 1.0], 1)).ParamName);
    }

    [Fact]
    public void KnownVariance_DividesByTheStandardError()
    {
        // x̄ = 3.5, n = 4, σ² = 1: se = 1/2, z = (3.5 − 2)/(1/2) = 3.
        Assert.Equal(3.0, MeanTest.KnownVariance(Small, 2, 1).Statistic, 1e-15);
    }

    [Fact]
    public void EstimatedVariance_IntervalIsSymmetricAboutTheMean()
    {
        MomentTestResult r = MeanTest.EstimatedVariance(Small, 2, 0.9);
        double half = StudentT.InvCDF(0, 1, 3, 0.95) * Math.Sqrt(7.0 / 4);
        Assert.Equal(3.5 - half, r.Interval.Lower, 1e-12);
        Assert.Equal(3.5 + half, r.Interval.Upper, 1e-12);
    }

    [Fact]
    public void EstimatedVariance_NeedsTwoDistinctFiniteValues()
    {
        Assert.Equal(2, MeanTest.EstimatedVariance([1.0, 2.0], 0).N);
        var one = Assert.Throws<ArgumentException>(() => MeanTest.EstimatedVariance([1.0], 0));
        Assert.Equal("sample", one.ParamName);
        Assert.Contains("at least two values", one.Message, StringComparison.Ordinal);
        var flat = Assert.Throws<ArgumentException>(() => MeanTest.EstimatedVariance([2.0, 2.0, 2.0], 0));
        Assert.Contains("zero spread", flat.Message, StringComparison.Ordinal);
        Assert.Equal("mean", Assert.Throws<ArgumentOutOfRangeException>(() => MeanTest.EstimatedVariance(Small, double.NaN)).ParamName);
        Assert.Equal("mean", Assert.Throws<ArgumentOutOfRangeException>(() => MeanTest.KnownVariance(Small, double.PositiveInfinity, 1)).ParamName);
        Assert.Equal("confidenceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => MeanTest.EstimatedVariance(Small, 0, 1.5)).ParamName);
        Assert.Equal("sample", Assert.ThrowsAny<ArgumentException>(() => MeanTest.EstimatedVariance([1.0, double.NaN], 0)).ParamName);
    }

    [Fact]
    public void ChiSquare_IntervalInvertsTheChiSquareQuantiles()
    {
        // Unknown mean: S² = 7 on 3 dof; 95%: [3·7/χ²₃(0.975), 3·7/χ²₃(0.025)].
        MomentTestResult r = VarianceTest.ChiSquareNormal(Small, 5);
        Assert.Equal(21 / ChiSquared.InvCDF(3, 0.975), r.Interval.Lower, 1e-12);
        Assert.Equal(21 / ChiSquared.InvCDF(3, 0.025), r.Interval.Upper, 1e-10);
        Assert.Equal("sample", Assert.Throws<ArgumentException>(() => VarianceTest.ChiSquareNormal([1.0], 5)).ParamName);
        Assert.Equal(2, VarianceTest.ChiSquareNormal([1.0, 2.0], 5).N);
    }

    [Fact]
    public void FourthMoment_IntervalAndItsRangeOfKurtosis()
    {
        // Known mean 0: estimate Σx²/n = 70/4 = 17.5; factor κ − 1 with κ = μ₄/σ⁴ = 48/16 = 3;
        // half-width z_{0.025}·17.5·√(2/4).
        MomentTestResult r = VarianceTest.FourthMoment(Small, 4, 48, knownMean: 0);
        double half = 1.959963984540054 * 17.5 * Math.Sqrt(2.0 / 4);
        Assert.Equal(17.5, r.Estimate, 1e-14);
        Assert.Equal(17.5 - half, r.Interval.Lower, 1e-12);
        Assert.Equal(17.5 + half, r.Interval.Upper, 1e-12);

        Assert.Equal("mu4", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTest.FourthMoment(Small, 4, 0)).ParamName);
        var light = Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTest.FourthMoment(Small, 2, 3));
        Assert.Equal("mu4", light.ParamName);
        Assert.Contains("must be ≥ sigma2² = 4 (every distribution has kurtosis ≥ 1)", light.Message, StringComparison.Ordinal);
        // κ = 1 exactly is a distribution (two points ±σ), but its known-mean estimator has variance 0: no test.
        var degenerate = Assert.Throws<ArgumentException>(() => VarianceTest.FourthMoment(Small, 2, 4, knownMean: 0));
        Assert.Equal("sample", degenerate.ParamName);
        Assert.Contains("non-positive estimator variance", degenerate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleMean_CorrectsItsFirstPass()
    {
        // Ten 0.1s: the plain sum gives 0.9999999999999999, /10 = 0.09999999999999999; the correction pass restores 0.1.
        double[] tenths = Enumerable.Repeat(0.1, 10).ToArray();
        Assert.NotEqual(0.1, tenths.Sum() / 10);
        Assert.Equal(0.1, SampleMoments.Mean(tenths));
    }

    [Fact]
    public void SampleMean_IsExact_ForValuesSymmetricAboutARepresentableMean()
    {
        // 2,000 values M ± k·2⁻²⁰ (k = 1…1,000) around M = fl(1e6 + 1/3): all exact doubles, exact mean M. The two
        // passes give M to the bit: the first pass is off by a few ulps of the 2e9 sum, the deviations v − m are exact
        // (Sterbenz) and so is their sum. The first pass is what makes the second exact: from a first pass far from
        // M (its sum negated, or multiplied by n instead of divided) the deviations are ~2e6 or ~4e12, their rounding
        // is 2⁻³² … 2⁻¹¹ each, and the result is off by 1e-8 or more (ulp(M) = 1.2e-10).
        double m = 1e6 + (1.0 / 3.0);
        double[] x = new double[2000];
        for (int k = 1; k <= 1000; k++)
        {
            x[(2 * k) - 2] = m + (k * Math.ScaleB(1, -20));
            x[(2 * k) - 1] = m - (k * Math.ScaleB(1, -20));
        }

        Assert.Equal(m, SampleMoments.Mean(x));
    }

    [Fact]
    public void ConfidenceInterval_ContainsBothEnds()
    {
        var interval = new ConfidenceInterval(-1.5, 2.5, 0.95);
        Assert.True(interval.Contains(-1.5));
        Assert.True(interval.Contains(2.5));
        Assert.False(interval.Contains(Math.BitDecrement(-1.5)));
        Assert.False(interval.Contains(Math.BitIncrement(2.5)));
    }

    [Fact]
    public void BadInput_NamesTheRuleThatWasBroken()
    {
        // Each refusal names its own rule, not a later symptom: a non-finite value in the sample (not "zero spread"),
        // an infinite μ₄ (which would otherwise pass the kurtosis check and return NaN), the level of the variance tests,
        // and a variance from a single value.
        var nan = Assert.Throws<ArgumentException>(() => MeanTest.EstimatedVariance([1.0, double.NaN, 2.0], 0));
        Assert.Equal("sample", nan.ParamName);
        Assert.Contains("sample must hold finite values only; sample[1] = NaN", nan.Message, StringComparison.Ordinal);

        var mu4 = Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTest.FourthMoment(Small, 1, double.PositiveInfinity));
        Assert.Equal("mu4", mu4.ParamName);
        Assert.Contains("must be finite and > 0", mu4.Message, StringComparison.Ordinal);

        foreach (double level in new[] { 0.0, 1.0, double.NaN })
        {
            Assert.Equal("confidenceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTest.ChiSquareNormal(Small, 1, confidenceLevel: level)).ParamName);
            Assert.Equal("confidenceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTest.FourthMoment(Small, 1, 3, confidenceLevel: level)).ParamName);
        }

        var single = Assert.Throws<ArgumentException>(() => VarianceTest.ChiSquareNormal([1.0], 1));
        Assert.Equal("sample", single.ParamName);
        Assert.Contains("sample must hold at least two values to estimate a variance with an unknown mean", single.Message, StringComparison.Ordinal);
    }
}
