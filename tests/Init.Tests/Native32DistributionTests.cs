using System.Numerics;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;
using InitVerify.Stats.Design;
using InitVerify.Stats.Distributions;
using InitVerify.Stats.GoodnessOfFit;
using Xunit.Abstractions;

namespace InitVerify.Init.Tests;

/// <summary>
/// The float32 streams' fills (FloatStream.Native32 on Philox words, FloatStream.Native32Ars on ARS-7 words) follow
/// their distributions: goodness of fit by the project's own Kolmogorov-Smirnov
/// and Anderson-Darling tests (src/Stats), the first two moments, and the normal tails beyond 5σ and 6σ.
/// Every test uses fixed seeds, so each outcome is a fixed fact of this implementation; the budgets below are the
/// probability that a correct sampler would fail on a seed drawn at random, i.e. how unlucky a pinned seed may be.
/// </summary>
public class Native32DistributionTests(ITestOutputHelper output)
{
    // Goodness of fit: n = 2¹⁶ per distribution, four assertions per stream (KS and AD for the normal, KS for the
    // uniform and for the truncated normal), eight in all, sharing a false-failure budget of 1e-6 (Bonferroni: each
    // p-value must exceed 1.25e-7). Smallest CDF discrepancy the KS assertion is sure to catch (DKW with Massart's
    // constant, false-pass rate 1e-6): sup|F_n − F| ≥ 0.0218 (Dkw.DetectableDiscrepancy; asserted below). AD weights
    // the tails and detects smaller tail errors at this n. No AD for the truncated normal either: a value rounded onto
    // a float bound has F = 0 or 1 (probability ≈ 1e-3 per sample of 2¹⁶ for the bounds below).
    // No AD for the float uniform: rounding to float gives fl(high) itself probability ≈ 2⁻²⁴ per element (U(−1, 3):
    // 3 − 2⁻²³ is a tie that rounds to 3), i.e. ≈ 0.4% that a sample of 2¹⁶ holds a point where F = 1, and AD's
    // ln(1 − F) is infinite there: AD would fail ~0.4% of seeds for a correct sampler. KS is unaffected (an atom moves
    // the empirical CDF by 1/n), and the bounds themselves are asserted exactly in Native32SamplerTests.
    private const int FitSize = 1 << 16;
    private const double FitBudget = 1e-6;
    private const int FitAssertions = 8;

    // Moments: n = 2²⁰, four assertions per stream (mean and variance, normal and uniform), each failing beyond ±5.33
    // standard errors (two-sided normal tail 1e-7 each, 8e-7 for the eight; n is large enough for the CLT to hold to that level with
    // a light-tailed parent). Detectable: a mean off by 10.7 standard errors (0.0104σ), a variance off by 1.5%.
    private const int MomentSize = 1 << 20;
    private const double MomentZ = 5.33;

    // Elements per chunk of the tail test (a tensor fill's chunk size; a multiple of the 64-element tile).
    private const int Chunk = ElementSampler.ChunkSize;

    public static TheoryData<FloatStream> Streams => new() { FloatStream.Native32, FloatStream.Native32Ars };

    [Theory]
    [MemberData(nameof(Streams))]
    public void Normal_PassesKolmogorovSmirnovAndAndersonDarling(FloatStream floatStream)
    {
        float[] sample = Fill(WeightDistribution.Normal(0.5, 2), FitSize, seed: 20261124, stream: 11, floatStream);
        double[] values = sample.Select(x => (double)x).ToArray();
        var law = new NormalDistribution(0.5, 2);
        KsResult ks = KolmogorovSmirnovTest.Test(values, law);
        AdResult ad = AndersonDarlingTest.Test(values, law);
        output.WriteLine($"{floatStream}: N(0.5, 2²), n = {FitSize}: KS D = {ks.Statistic:G4} (p = {ks.PValue:G4}), AD A² = {ad.Statistic:G4} (p = {ad.PValue:G4})");
        Assert.True(ks.PValue > ErrorBudget.Split(FitBudget, FitAssertions), $"KS p = {ks.PValue:G4}");
        Assert.True(ad.PValue > ErrorBudget.Split(FitBudget, FitAssertions), $"AD p = {ad.PValue:G4}");
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void Uniform_PassesKolmogorovSmirnov(FloatStream floatStream)
    {
        float[] sample = Fill(WeightDistribution.Uniform(-1, 3), FitSize, seed: 20261124, stream: 12, floatStream);
        double[] values = sample.Select(x => (double)x).ToArray();
        var law = new UniformDistribution(-1, 3);
        KsResult ks = KolmogorovSmirnovTest.Test(values, law);
        output.WriteLine($"{floatStream}: U(-1, 3), n = {FitSize}: KS D = {ks.Statistic:G4} (p = {ks.PValue:G4})");
        Assert.True(ks.PValue > ErrorBudget.Split(FitBudget, FitAssertions), $"KS p = {ks.PValue:G4}");
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void TruncatedNormal_PassesKolmogorovSmirnov(FloatStream floatStream)
    {
        // N(0.5, 2²) on [−0.5, 5] (α = −0.5, β = 2.25): the normal-rejection regime, a third of the proposals redrawn.
        float[] sample = Fill(WeightDistribution.TruncatedNormal(0.5, 2, -0.5, 5), FitSize, seed: 20261124, stream: 15, floatStream);
        double[] values = sample.Select(x => (double)x).ToArray();
        var law = new TruncatedNormalDistribution(0.5, 2, -0.5, 5);
        KsResult ks = KolmogorovSmirnovTest.Test(values, law);
        output.WriteLine($"{floatStream}: N(0.5, 2²) on [-0.5, 5], n = {FitSize}: KS D = {ks.Statistic:G4} (p = {ks.PValue:G4})");
        Assert.True(ks.PValue > ErrorBudget.Split(FitBudget, FitAssertions), $"KS p = {ks.PValue:G4}");
    }

    [Fact]
    public void FitSampleSize_DetectsACdfErrorOfAboutTwoPercent()
    {
        double detectable = Dkw.DetectableDiscrepancy(FitSize, FitBudget, falsePassRate: 1e-6, FitAssertions);
        output.WriteLine($"n = {FitSize}: detectable sup|F_n − F| = {detectable:G4}");
        Assert.InRange(detectable, 0.0217, 0.0218);
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void Normal_MeanAndVarianceMatchWithinTheirStandardErrors(FloatStream floatStream)
    {
        // N(0.5, 2²): SE(mean) = σ/√n; SE(s²) = σ²·√(2/n) (normal fourth moment 3σ⁴).
        const double mean = 0.5;
        const double std = 2;
        float[] sample = Fill(WeightDistribution.Normal(mean, std), MomentSize, seed: 20261124, stream: 13, floatStream);
        (double m, double v) = Moments(sample);
        double seMean = std / Math.Sqrt(MomentSize);
        double seVariance = std * std * Math.Sqrt(2.0 / MomentSize);
        output.WriteLine($"{floatStream}: N(0.5, 2²): mean {m:G6} ({(m - mean) / seMean:F2} SE), variance {v:G6} ({(v - std * std) / seVariance:F2} SE)");
        Assert.InRange((m - mean) / seMean, -MomentZ, MomentZ);
        Assert.InRange((v - (std * std)) / seVariance, -MomentZ, MomentZ);
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void Uniform_MeanAndVarianceMatchWithinTheirStandardErrors(FloatStream floatStream)
    {
        // U(−1, 3): mean 1, variance w²/12 = 4/3, fourth central moment w⁴/80 = 3.2; SE(s²) = √((μ₄ − σ⁴)/n).
        float[] sample = Fill(WeightDistribution.Uniform(-1, 3), MomentSize, seed: 20261124, stream: 14, floatStream);
        (double m, double v) = Moments(sample);
        const double variance = 16.0 / 12;
        double seMean = Math.Sqrt(variance / MomentSize);
        double seVariance = Math.Sqrt((3.2 - (variance * variance)) / MomentSize);
        output.WriteLine($"{floatStream}: U(-1, 3): mean {m:G6} ({(m - 1) / seMean:F2} SE), variance {v:G6} ({(v - variance) / seVariance:F2} SE)");
        Assert.InRange((m - 1) / seMean, -MomentZ, MomentZ);
        Assert.InRange((v - variance) / seVariance, -MomentZ, MomentZ);
    }

    [OptimizedBuildTheory]
    [MemberData(nameof(Streams))]
    [Trait("Category", "Heavy")] // 2²⁷ draws: left out of the mutation gate's runs (stryker-config.json), which mutates no sampler
    public void Normal_TailFrequenciesBeyondFiveAndSixSigmaMatchTheBinomialLaw(FloatStream floatStream)
    {
        // 2²⁷ ≈ 134M standard normals (seed 20261124, stream 9, in the parallel chunks of a tensor fill). The counts
        // of |z| > 5 and |z| > 6 are Binomial(n, p) with p = 2Q(5) = 5.733e-7 (≈ 77 expected) and 2Q(6) = 1.973e-9
        // (≈ 0.26 expected). Each count must lie in its two-sided acceptance interval at false-failure rate 1e-9
        // (2e-9 per stream), computed exactly from MathNet's binomial CDF: [30, 136] beyond 5σ, [0, 7] beyond 6σ.
        // Power: a sampler whose tails stop at 5σ (24-bit uniforms: 5.8σ) gives 0 or almost nothing beyond 5 and fails;
        // one that doubles the > 5 rate (mean 154) exceeds 136 with probability ≈ 0.92; one with 50× the > 6 rate
        // (mean 13) fails with probability ≈ 0.95. The float radius grid (2⁻⁴⁰) is fine enough: u₁ near
        // e^(−12.5) = 3.7e-6 has relative spacing 2⁻²², so the 5σ crossing is placed to float accuracy.
        const int n = 1 << 27;
        const double falseFailure = 1e-9;
        var generator = new Philox4x32(20261124, stream: 9);
        long beyond5 = 0;
        long beyond6 = 0;
        float largest = 0;
        object gate = new();

        // Chunks of 2¹⁶ elements (a tensor fill's chunks), each filled and counted on one thread while it is in cache.
        Parallel.For(
            0,
            n / Chunk,
            () => (Buffer: new float[Chunk], Over5: 0L, Over6: 0L, Largest: 0f),
            (c, _, local) =>
            {
                ElementSampler.Fill(WeightDistribution.Normal(0, 1), local.Buffer, (long)c * Chunk, generator, floatStream);
                (long over5, long over6, float max) = TailCounts(local.Buffer);
                return (local.Buffer, local.Over5 + over5, local.Over6 + over6, Math.Max(local.Largest, max));
            },
            local =>
            {
                lock (gate)
                {
                    beyond5 += local.Over5;
                    beyond6 += local.Over6;
                    largest = Math.Max(largest, local.Largest);
                }
            });

        foreach ((long count, double c) in new[] { (beyond5, 5.0), (beyond6, 6.0) })
        {
            double p = 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -c);
            (int lower, int upper) = BinomialBand.Acceptance(p, n, falseFailure);

            output.WriteLine($"{floatStream}: |z| > {c}: {count} of {n} (expected {n * p:F3}, acceptance [{lower}, {upper}])");
            Assert.InRange(count, lower, upper);
        }

        output.WriteLine($"largest |z|: {largest:R}");
        Assert.True(beyond5 > 0, "5σ must be reachable");
        Assert.True(largest <= (float)Math.Sqrt(82 * Math.Log(2)) * 1.000001f, "no |z| beyond the reach √(82 ln 2)");
    }

    private static float[] Fill(WeightDistribution target, int n, ulong seed, uint stream, FloatStream floatStream)
    {
        var sample = new float[n];
        DistributionSampler.Fill(target, sample, new Philox4x32(seed, stream), floatStream);
        return sample;
    }

    /// <summary>How many |z| exceed 5 and 6, and the largest |z|.</summary>
    private static (long Over5, long Over6, float Largest) TailCounts(float[] values)
    {
        var five = new Vector<float>(5);
        var six = new Vector<float>(6);
        Vector<int> over5 = Vector<int>.Zero;
        Vector<int> over6 = Vector<int>.Zero;
        Vector<float> largest = Vector<float>.Zero;
        for (int i = 0; i < values.Length; i += Vector<float>.Count)
        {
            Vector<float> a = Vector.Abs(new Vector<float>(values, i));
            over5 -= Vector.GreaterThan(a, five);
            over6 -= Vector.GreaterThan(a, six);
            largest = Vector.Max(largest, a);
        }

        float max = 0;
        for (int lane = 0; lane < Vector<float>.Count; lane++)
        {
            max = Math.Max(max, largest[lane]);
        }

        return (Vector.Sum(over5), Vector.Sum(over6), max);
    }

    private static (double Mean, double Variance) Moments(float[] sample)
    {
        double mean = sample.Average(x => (double)x);
        double variance = sample.Sum(x => (x - mean) * (x - mean)) / (sample.Length - 1);
        return (mean, variance);
    }
}
