using InitVerify.Stats.Distributions;
using InitVerify.Stats.GoodnessOfFit;

namespace InitVerify.Stats.Tests;

/// <summary>
/// The CDF-keyed bucket sort behind the KS and AD tests of large samples: when it accepts, its output is exactly
/// the sorted sample with F at each sorted point; when F is not a CDF over the sample it declines, and the tests
/// fall back to sorting and report the precise error.
/// </summary>
public class CdfBucketSortTests
{
    public static TheoryData<string, int> Samples => new()
    {
        { "normal", 1024 },
        { "normal", 5000 },
        { "normal", 100_000 },
        { "uniform", 4096 },
        { "truncated", 20_000 },
        { "far-from-null", 5000 },
        { "ties", 30_000 },
        { "one-value", 2000 },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Accepts_AndEqualsSortingThenEvaluating(string kind, int n)
    {
        (double[] sample, IContinuousDistribution f) = Make(kind, n);
        double[] copy = (double[])sample.Clone();
        double[] x = new double[n], u = new double[n];

        Assert.True(CdfBucketSort.TrySort(sample, f, x, u));

        double[] expectedX = (double[])sample.Clone();
        Array.Sort(expectedX);
        double[] expectedU = new double[n];
        f.Cdf(expectedX, expectedU);
        Assert.Equal(expectedX, x);
        Assert.Equal(expectedU, u);
        Assert.Equal(copy, sample);
    }

    [Fact]
    public void Declines_DecreasingCdf_AndTheTestsNameTheDistribution()
    {
        double[] sample = TestSupport.Normals(7, 3000);
        var decreasing = new FuncDistribution(v => NormalDistribution.Standard.Survival(v));
        Assert.False(CdfBucketSort.TrySort(sample, decreasing, new double[3000], new double[3000]));

        ArgumentException ks = Assert.Throws<ArgumentException>(() => KolmogorovSmirnovTest.Test(sample, decreasing));
        Assert.Equal("distribution", ks.ParamName);
        Assert.Contains("decreases", ks.Message, StringComparison.Ordinal);
        Assert.Equal("distribution", Assert.Throws<ArgumentException>(() => AndersonDarlingTest.Test(sample, decreasing)).ParamName);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-1e-300)]
    [InlineData(double.NaN)]
    public void Declines_ValuesOutsideUnitInterval_AndTheTestsNameTheDistribution(double bad)
    {
        double[] sample = TestSupport.Normals(8, 3000);
        var broken = new FuncDistribution(v => v > 1 ? bad : NormalDistribution.Standard.Cdf(v));
        Assert.False(CdfBucketSort.TrySort(sample, broken, new double[3000], new double[3000]));

        ArgumentException ks = Assert.Throws<ArgumentException>(() => KolmogorovSmirnovTest.Test(sample, broken));
        Assert.Equal("distribution", ks.ParamName);
        Assert.Contains("outside [0, 1]", ks.Message, StringComparison.Ordinal);
        Assert.Equal("distribution", Assert.Throws<ArgumentException>(() => AndersonDarlingTest.Test(sample, broken)).ParamName);
    }

    [Fact]
    public void RoundingDecreases_AreAcceptedLikeTheSortedPath()
    {
        // F decreases by 4e-13 (below the 1e-12 rounding tolerance) at every 1/5000 step of x: the bucket order
        // may then disagree with the x order, the sort falls back, and the statistics equal the plain computation.
        int n = 20_000;
        double[] sample = TestSupport.Uniforms(9, n);
        var jagged = new FuncDistribution(v => Math.Clamp(v - (4e-13 * (Math.Floor(v * 5000) % 2)), 0, 1));
        double[] sorted = (double[])sample.Clone();
        Array.Sort(sorted);
        double dPlus = 0, dMinus = 0;
        for (int i = 0; i < n; i++)
        {
            double ui = jagged.Cdf(sorted[i]);
            dPlus = Math.Max(dPlus, ((i + 1.0) / n) - ui);
            dMinus = Math.Max(dMinus, ui - ((double)i / n));
        }

        KsResult r = KolmogorovSmirnovTest.Test(sample, jagged);
        Assert.Equal(dPlus, r.DPlus);
        Assert.Equal(dMinus, r.DMinus);
    }

    [Fact]
    public void AndersonDarling_LargeSample_EqualsTheDefinition()
    {
        int n = 50_000;
        var f = new NormalDistribution(0.2, 0.9);
        double[] sample = TestSupport.Normals(10, n, 0.2, 0.9);
        double[] sorted = (double[])sample.Clone();
        Array.Sort(sorted);
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += (((2.0 * (i + 1)) - 1) * Math.Log(f.Cdf(sorted[i]))) + (((2.0 * (n - i)) - 1) * Math.Log(f.Survival(sorted[i])));
        }

        Assert.Equal(-n - (sum / n), AndersonDarlingTest.Test(sample, f).Statistic);
    }

    private static (double[] Sample, IContinuousDistribution F) Make(string kind, int n) => kind switch
    {
        "normal" => (TestSupport.Normals(n, n, 0.3, 2.0), new NormalDistribution(0.3, 2.0)),
        "uniform" => (TestSupport.Uniforms(n, n), new UniformDistribution(0, 1)),
        "truncated" => (TruncatedSample(n), new TruncatedNormalDistribution(0, 1, -2, 2)),
        "far-from-null" => (TestSupport.Normals(n, n, 9, 1), NormalDistribution.Standard),
        "ties" => (TestSupport.Normals(n, n).Select(v => Math.Round(v, 2)).ToArray(), NormalDistribution.Standard),
        _ => (Enumerable.Repeat(0.25, n).ToArray(), NormalDistribution.Standard),
    };

    private static double[] TruncatedSample(int n) => TestSupport.Normals(n, 3 * n).Where(v => Math.Abs(v) <= 2).Take(n).ToArray();

    /// <summary>A "distribution" that is only a CDF delegate, for feeding defective CDFs to the tests.</summary>
    private sealed class FuncDistribution(Func<double, double> cdf) : IContinuousDistribution
    {
        public double Mean => 0;

        public double Variance => 1;

        public double FourthCentralMoment => 3;

        public double Lower => double.NegativeInfinity;

        public double Upper => double.PositiveInfinity;

        public double Cdf(double x) => cdf(x);

        public double Quantile(double p) => throw new NotSupportedException();

        public override string ToString() => "F(x) from a delegate";
    }
}
