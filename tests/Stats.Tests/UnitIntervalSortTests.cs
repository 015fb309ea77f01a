using InitVerify.Stats.Distributions;
using InitVerify.Stats.GoodnessOfFit;

namespace InitVerify.Stats.Tests;

/// <summary>
/// The bucket sort of CDF values behind the KS test of large samples against the library's own distributions, and the
/// general path (sort the sample, check F over it) that every other distribution takes.
/// </summary>
public class UnitIntervalSortTests
{
    public static TheoryData<string, int> Values => new()
    {
        { "uniform", 1 },
        { "uniform", 2 },
        { "uniform", 3 },
        { "uniform", 1024 },
        { "uniform", 100_001 },
        { "ties", 30_000 },
        { "one value", 2000 },
        { "piled at 0 and 1", 5000 },
        { "clustered", 50_000 },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Sorts_ExactlyAsArraySort(string kind, int n)
    {
        double[] values = MakeValues(kind, n);
        double[] copy = (double[])values.Clone();
        double[] sorted = new double[n];

        Assert.True(UnitIntervalSort.TrySort(values, sorted));

        Array.Sort(copy);
        Assert.Equal(copy, sorted);
    }

    [Fact]
    public void Sorts_AFirstLevelBucketOfExactlyTheCountingLimit()
    {
        // 16,384 values → 64 first-level buckets; all of them in [0, 1/64) fill bucket 0 with exactly CountingLimit
        // (2¹⁴) values, the largest bucket the counting pass takes (one more goes to introsort), which needs 2¹⁴ + 1
        // sub-bucket offsets: a scratch array one short (Rent(2¹⁴ − 1) gives 2¹⁴) fails here.
        double[] values = TestSupport.Uniforms(7, 16_384);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] /= 64;
        }

        double[] sorted = new double[values.Length];
        Assert.True(UnitIntervalSort.TrySort(values, sorted));
        double[] expected = (double[])values.Clone();
        Array.Sort(expected);
        Assert.Equal(expected, sorted);
    }

    [Theory]
    [InlineData(1.0000000000000002)]
    [InlineData(-1e-300)]
    [InlineData(double.NaN)]
    public void Declines_AValueOutsideTheUnitInterval(double bad)
    {
        double[] values = TestSupport.Uniforms(4, 3000);
        values[1234] = bad;
        Assert.False(UnitIntervalSort.TrySort(values, new double[3000]));
    }

    public static TheoryData<string, int> Samples => new()
    {
        { "normal", 1024 },
        { "normal", 5000 },
        { "normal", 200_000 },
        { "uniform", 4096 },
        { "truncated", 20_000 },
        { "far from the null", 5000 },
        { "ties", 30_000 },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Ks_OfTheLibrarysDistributions_EqualsTheGeneralPath(string kind, int n)
    {
        // The fast path sorts F(x_i); the general path (the same F behind an outside implementation) sorts x and
        // evaluates F in order. F is monotone to rounding, so the statistics agree to rounding and the p-values with them.
        (double[] sample, IContinuousDistribution f) = Make(kind, n);
        double[] copy = (double[])sample.Clone();
        KsResult fast = KolmogorovSmirnovTest.Test(sample, f);
        KsResult general = KolmogorovSmirnovTest.Test(sample, new FuncDistribution(f.Cdf, f));

        Assert.Equal(general.DPlus, fast.DPlus, 1e-15);
        Assert.Equal(general.DMinus, fast.DMinus, 1e-15);
        Assert.Equal(general.Method, fast.Method);
        Assert.Equal(general.PValue, fast.PValue, Math.Max(1e-300, 1e-9 * general.PValue));
        Assert.Equal(copy, sample);
    }

    [Fact]
    public void Declines_DecreasingCdf_AndTheTestsNameTheDistribution()
    {
        double[] sample = TestSupport.Normals(7, 3000);
        var decreasing = new FuncDistribution(v => NormalDistribution.Standard.Survival(v));
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
        ArgumentException ks = Assert.Throws<ArgumentException>(() => KolmogorovSmirnovTest.Test(sample, broken));
        Assert.Equal("distribution", ks.ParamName);
        Assert.Contains("outside [0, 1]", ks.Message, StringComparison.Ordinal);
        Assert.Equal("distribution", Assert.Throws<ArgumentException>(() => AndersonDarlingTest.Test(sample, broken)).ParamName);
    }

    [Fact]
    public void RoundingDecreases_AreAcceptedLikeTheSortedPath()
    {
        // F decreases by 4e-13 (below the 1e-12 rounding tolerance) at every 1/5000 step of x: an outside
        // distribution takes the general path (sort the sample, check F over it), which accepts such rounding-sized
        // decreases, and the statistics equal the plain computation.
        double[] sample = TestSupport.Uniforms(9, 20_000);
        var jagged = new FuncDistribution(v => Math.Clamp(v - (4e-13 * (Math.Floor(v * 5000) % 2)), 0, 1));
        (double dPlus, double dMinus) = TestSupport.KsStatistics(sample, jagged.Cdf);

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

    private static double[] MakeValues(string kind, int n) => kind switch
    {
        "uniform" => TestSupport.Uniforms(n, n),
        "ties" => TestSupport.Uniforms(n, n).Select(v => Math.Round(v, 3)).ToArray(),
        "one value" => Enumerable.Repeat(0.25, n).ToArray(),
        "piled at 0 and 1" => TestSupport.Uniforms(n, n).Select(v => v < 0.3 ? 0.0 : v > 0.7 ? 1.0 : v).ToArray(),
        _ => TestSupport.Uniforms(n, n).Select(v => 0.5 + (v * 1e-4)).ToArray(),
    };

    private static (double[] Sample, IContinuousDistribution F) Make(string kind, int n) => kind switch
    {
        "normal" => (TestSupport.Normals(n, n, 0.3, 2.0), new NormalDistribution(0.3, 2.0)),
        "uniform" => (TestSupport.Uniforms(n, n), new UniformDistribution(0, 1)),
        "truncated" => (TruncatedSample(n), new TruncatedNormalDistribution(0, 1, -2, 2)),
        "far from the null" => (TestSupport.Normals(n, n, 9, 1), NormalDistribution.Standard),
        _ => (TestSupport.Normals(n, n).Select(v => Math.Round(v, 2)).ToArray(), NormalDistribution.Standard),
    };

    private static double[] TruncatedSample(int n) => TestSupport.Normals(n, 3 * n).Where(v => Math.Abs(v) <= 2).Take(n).ToArray();

    /// <summary>An outside implementation around a CDF delegate (not <see cref="IMonotoneCdf"/>), e.g. a defective one.</summary>
    private sealed class FuncDistribution(Func<double, double> cdf, IContinuousDistribution? batch = null) : IContinuousDistribution
    {
        public void Cdf(ReadOnlySpan<double> x, Span<double> destination)
        {
            if (batch is null)
            {
                for (int i = 0; i < x.Length; i++)
                {
                    destination[i] = cdf(x[i]);
                }
            }
            else
            {
                batch.Cdf(x, destination);
            }
        }

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
