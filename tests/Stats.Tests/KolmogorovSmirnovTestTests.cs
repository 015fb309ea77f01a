using InitVerify.Stats.Design;
using InitVerify.Stats.Distributions;
using InitVerify.Stats.GoodnessOfFit;

namespace InitVerify.Stats.Tests;

public class KolmogorovSmirnovTestTests
{
    private static readonly double[] ScipySample = [-1.23, 0.06, -0.6, 0.17, 0.66, -0.17, -0.08, 0.27, -0.98, -0.99];

    [Fact]
    public void Ks_MatchesScipyFixture_TenPointSample()
    {
        // Provenance: statistics.md, scipy ks_1samp test-suite values against N(0, 1).
        KsResult r = KolmogorovSmirnovTest.Test(ScipySample, NormalDistribution.Standard);
        KolmogorovDistributionTests.AssertRelative(0.293580126801961, r.Statistic, 1e-13);
        KolmogorovDistributionTests.AssertRelative(0.293408463684361, r.PValue, 1e-12);
        Assert.Equal(10, r.N);
        Assert.True(r.IsExact);
    }

    [Fact]
    public void Ks_MatchesScipyFixture_LinspaceMinusOneToOne()
    {
        // Provenance: statistics.md, scipy ks_1samp, x = linspace(−1, 1, 9) against N(0, 1).
        double[] x = Enumerable.Range(0, 9).Select(i => -1 + (2.0 * i / 8)).ToArray();
        KsResult r = KolmogorovSmirnovTest.Test(x, NormalDistribution.Standard);
        KolmogorovDistributionTests.AssertRelative(0.15865525393145705, r.Statistic, 1e-14);
        KolmogorovDistributionTests.AssertRelative(0.9516406920151839, r.PValue, 1e-13);
    }

    [Fact]
    public void Ks_MatchesScipyFixture_LinspaceMinusFifteenToFifteen()
    {
        // Provenance: statistics.md, scipy ks_1samp, x = linspace(−15, 15, 9) against N(0, 1).
        double[] x = Enumerable.Range(0, 9).Select(i => -15 + (30.0 * i / 8)).ToArray();
        KsResult r = KolmogorovSmirnovTest.Test(x, NormalDistribution.Standard);
        KolmogorovDistributionTests.AssertRelative(0.4443560271592436, r.Statistic, 1e-14);
        KolmogorovDistributionTests.AssertRelative(0.038850140086788665, r.PValue, 1e-12);
    }

    [Fact]
    public void Ks_FuncOverload_MatchesDistributionOverload()
    {
        var normal = NormalDistribution.Standard;
        KsResult a = KolmogorovSmirnovTest.Test(ScipySample, normal);
        KsResult b = KolmogorovSmirnovTest.Test(ScipySample, normal.Cdf);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Ks_OneSided_UsesDPlusOrDMinusAndTheExactSmirnovSf()
    {
        KsResult two = KolmogorovSmirnovTest.Test(ScipySample, NormalDistribution.Standard);
        KsResult greater = KolmogorovSmirnovTest.Test(ScipySample, NormalDistribution.Standard, KsAlternative.Greater);
        KsResult less = KolmogorovSmirnovTest.Test(ScipySample, NormalDistribution.Standard, KsAlternative.Less);
        Assert.Equal(two.DPlus, greater.Statistic);
        Assert.Equal(two.DMinus, less.Statistic);
        Assert.Equal(Math.Max(two.DPlus, two.DMinus), two.Statistic);
        Assert.Equal(KolmogorovDistribution.OneSidedSf(10, two.DPlus), greater.PValue);
        Assert.Equal(KolmogorovDistribution.OneSidedSf(10, two.DMinus), less.PValue);
        Assert.Equal(KsMethod.Smirnov, greater.Method);
    }

    [Fact]
    public void Ks_StatisticsMatchDefinition_OnAllOnePointSample()
    {
        // n = 1, F(x) = 0.3: D⁺ = 1 − 0.3, D⁻ = 0.3 − 0; p = P(D_1 > 0.7) = 1 − (2·0.7 − 1).
        KsResult r = KolmogorovSmirnovTest.Test([0.3], new UniformDistribution(0, 1));
        Assert.Equal(0.7, r.DPlus, 1e-15);
        Assert.Equal(0.3, r.DMinus, 1e-15);
        Assert.Equal(0.6, r.PValue, 1e-15);
    }

    [Theory]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(5000)]
    public void Ks_LargeSamplePath_MatchesBruteForce(int n)
    {
        // n ≥ 1024 takes the bucket sort of the CDF values, n = 1023 the plain sort; both must equal the definition.
        double[] x = TestSupport.Normals(42 + n, n, 0.1, 1.2);
        var normal = new NormalDistribution(0.1, 1.2);
        (double dPlus, double dMinus) = TestSupport.KsStatistics(x, normal.Cdf);

        double[] copy = (double[])x.Clone();
        KsResult r = KolmogorovSmirnovTest.Test(x, normal);
        Assert.Equal(dPlus, r.DPlus);
        Assert.Equal(dMinus, r.DMinus);
        Assert.Equal(copy, x); // the sample is not modified
    }

    [Fact]
    public void Ks_NullPValues_AreUniform()
    {
        // Calibration: 2,000 seeded null samples (sizes 7, 25, 60, 140, 300, so MTW, Pomeranz, Smirnov and
        // Pelz-Good all serve) give p-values whose empirical CDF must lie within the DKW envelope of U(0, 1).
        // Budget: false-failure rate r = 1e-6 (DKW-Massart, guaranteed for every seed);
        // detects any CDF discrepancy of the p-values above ε(2000, 1e-6) + ε(2000, 1e-6) = 0.120 with
        // false-pass rate ≤ 1e-6.
        int[] sizes = [7, 25, 60, 140, 300];
        var pValues = new double[2000];
        var uniform = new UniformDistribution(0, 1);
        for (int s = 0; s < pValues.Length; s++)
        {
            double[] sample = TestSupport.Uniforms(1000 + s, sizes[s % sizes.Length]);
            pValues[s] = KolmogorovSmirnovTest.Test(sample, uniform).PValue;
        }

        KsResult calibration = KolmogorovSmirnovTest.Test(pValues, uniform);
        Assert.True(calibration.Statistic <= Dkw.Epsilon(pValues.Length, 1e-6), $"p-values not uniform: D = {calibration.Statistic}");
    }

    [Fact]
    public void Ks_RejectsShiftedMean()
    {
        // Power: N(0.3, 1) against N(0, 1), n = 200. One sample's miss rate at α = 0.05 is about 4.2%
        // (4,000 simulations); requiring ≥ 3 of 5 seeded samples rejected fails for a correct implementation
        // with probability ≈ C(5,3)·0.042³ ≈ 7e-4 per seed choice.
        int rejected = Enumerable.Range(0, 5)
            .Count(s => KolmogorovSmirnovTest.Test(TestSupport.Normals(500 + s, 200, 0.3, 1), NormalDistribution.Standard).PValue < 0.05);
        Assert.True(rejected >= 3, $"only {rejected} of 5 rejected");
    }

    [Fact]
    public void Ks_RejectsRescaledSample()
    {
        // Power: N(0, 1.5²) against N(0, 1), n = 200: one sample's miss rate at α = 0.05 ≈ 3.2%;
        // ≥ 3 of 5 rejected fails with probability ≈ 3e-4.
        int rejected = Enumerable.Range(0, 5)
            .Count(s => KolmogorovSmirnovTest.Test(TestSupport.Normals(600 + s, 200, 0, 1.5), NormalDistribution.Standard).PValue < 0.05);
        Assert.True(rejected >= 3, $"only {rejected} of 5 rejected");
    }

    [Fact]
    public void Ks_EmptySample_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => KolmogorovSmirnovTest.Test(ReadOnlySpan<double>.Empty, NormalDistribution.Standard));
        Assert.Equal("sample", e.ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Ks_NonFiniteSample_Throws(double bad)
    {
        double[] x = [0.1, bad, 0.3];
        Assert.Equal("sample", Assert.Throws<ArgumentException>(() => KolmogorovSmirnovTest.Test(x, NormalDistribution.Standard)).ParamName);
        Assert.Equal("sample", Assert.Throws<ArgumentException>(() => AndersonDarlingTest.Test(x, NormalDistribution.Standard)).ParamName);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Ks_CdfOutsideUnitInterval_Throws(double value)
    {
        double[] x = [0.1, 0.2, 0.3];
        Assert.Equal("cdf", Assert.Throws<ArgumentException>(() => KolmogorovSmirnovTest.Test(x, _ => value)).ParamName);
    }

    [Fact]
    public void Ks_DecreasingCdf_Throws()
    {
        double[] x = [0.1, 0.2, 0.3];
        Assert.Equal("cdf", Assert.Throws<ArgumentException>(() => KolmogorovSmirnovTest.Test(x, v => 1 - v)).ParamName);
        double[] big = TestSupport.Uniforms(3, 2000);
        Assert.Equal("cdf", Assert.Throws<ArgumentException>(() => KolmogorovSmirnovTest.Test(big, v => 1 - v)).ParamName);
    }

    [Fact]
    public void Ks_NullArguments_Throw()
    {
        double[] x = [0.1];
        Assert.Equal("distribution", Assert.Throws<ArgumentNullException>(() => KolmogorovSmirnovTest.Test(x, (IContinuousDistribution)null!)).ParamName);
        Assert.Equal("cdf", Assert.Throws<ArgumentNullException>(() => KolmogorovSmirnovTest.Test(x, (Func<double, double>)null!)).ParamName);
        Assert.Equal("alternative", Assert.Throws<ArgumentOutOfRangeException>(() => KolmogorovSmirnovTest.Test(x, NormalDistribution.Standard, (KsAlternative)7)).ParamName);
    }

    [Fact]
    public void Ks_CdfOverload_ChecksTheSampleAndTheAlternativeToo()
    {
        Func<double, double> cdf = NormalDistribution.Standard.Cdf;
        Assert.Equal("sample", Assert.Throws<ArgumentException>(() => KolmogorovSmirnovTest.Test([0.1, double.NaN], cdf)).ParamName);
        Assert.Equal("sample", Assert.Throws<ArgumentException>(() => KolmogorovSmirnovTest.Test([], cdf)).ParamName);
        Assert.Equal("alternative", Assert.Throws<ArgumentOutOfRangeException>(() => KolmogorovSmirnovTest.Test([0.1], cdf, (KsAlternative)(-1))).ParamName);
    }

    [Fact]
    public void Ks_CdfErrors_SayWhatAndWhereInTheSortedSample()
    {
        // Sorted sample 0.1, 0.2, 0.3, 0.4: the CDF drops to exactly 0 at sorted position 2 (a decrease, not a value
        // outside [0, 1]), or returns 1.5 there.
        double[] x = [0.4, 0.1, 0.3, 0.2];
        var drop = Assert.Throws<ArgumentException>(() => KolmogorovSmirnovTest.Test(x, v => v < 0.25 ? v : v < 0.35 ? 0 : 1));
        Assert.Contains("decreases over the sorted sample (0.2 then 0 at sorted position 2)", drop.Message, StringComparison.Ordinal);
        var rise = Assert.Throws<ArgumentException>(() => KolmogorovSmirnovTest.Test(x, v => v < 0.25 ? v : v < 0.35 ? 1.5 : 1));
        Assert.Contains("returned 1.5, outside [0, 1], at sorted position 2", rise.Message, StringComparison.Ordinal);
        var top = Assert.Throws<ArgumentException>(() => KolmogorovSmirnovTest.Test(x, v => v < 0.35 ? 1 : 0.5));
        Assert.Contains("decreases over the sorted sample (1 then 0.5 at sorted position 3)", top.Message, StringComparison.Ordinal);
    }
}
