using InitVerify.Stats.Design;
using InitVerify.Stats.Distributions;
using InitVerify.Stats.GoodnessOfFit;

namespace InitVerify.Stats.Tests;

public class AndersonDarlingTests
{
    /// <summary>
    /// Marsaglia and Marsaglia's short adinf: the paper states |error| &lt; 2e-6 for z &lt; 2, but against the
    /// full series (AndersonDarlingLimit.Cdf) the measured maximum is 1.95e-5 near z = 0.97 (the
    /// constants are the widely reproduced ones); 2.5e-5 bounds it on (0, 12].
    /// </summary>
    private const double ShortAdInfError = 2.5e-5;

    [Theory]
    // Provenance: statistics.md (full-series ADinf(1) = 0.642733326785981, ADinf(2) = 0.908163225058748), and the
    // Anderson-Darling (1954) series evaluated with mpmath at 40 digits (quad on [0, ∞), 17 digits kept) for 0.5 and 4.
    [InlineData(0.5, 0.25318562646965552)]
    [InlineData(1, 0.642733326785981)]
    [InlineData(2, 0.908163225058748)]
    [InlineData(4, 0.99128181308608671)]
    public void Limit_Cdf_ReproducesTheSeriesReferenceValues(double z, double expected)
    {
        Assert.Equal(expected, AndersonDarlingLimit.Cdf(z), 1e-13);
    }

    [Theory]
    // Provenance: 1 − the Anderson-Darling (1954) series, mpmath at 40 digits (17 kept). Tolerance: 2e-15 absolute,
    // about ten ulps of the series near 1 (1 − Σ is formed in double): 2e-12 relative at z = 6, 2.7e-4 at z = 24.
    [InlineData(6, 0.00096745194152092292)]
    [InlineData(8, 0.00011381415572658301)]
    [InlineData(10, 1.3815035410685864e-5)]
    [InlineData(12, 1.7102869993221187e-6)]
    [InlineData(15, 7.6332231802342023e-8)]
    [InlineData(20, 4.4650715383119218e-10)]
    [InlineData(24, 7.4752259659921381e-12)]
    public void Limit_Sf_HasRelativeAccuracyInTheTail(double z, double expected)
    {
        double actual = AndersonDarlingLimit.Sf(z);
        Assert.True(Math.Abs(actual - expected) <= 2e-15, $"z = {z}: {actual:R} vs {expected:R} (relative {actual / expected - 1:G3})");
    }

    [Theory]
    // Provenance: mpmath at 40 digits (as above). From z = 25 on, Sf is the leading asymptotic √3·erfc(√z) (λ₁ = ½ and
    // Π_{j≥2}(1 − 2/(j(j+1))) = 1/3), low by −0.30/z to leading order: −1.19% at 25, −1.00% at 30, −0.75% at 40.
    [InlineData(25, 2.6951386239223036e-12, -0.01194)]
    [InlineData(30, 1.659548952778318e-14, -0.0099852)]
    [InlineData(40, 6.5341264414759556e-19, -0.0075235)]
    public void Limit_Sf_FarOutIsTheLeadingAsymptotic(double z, double exact, double relativeError)
    {
        double actual = AndersonDarlingLimit.Sf(z);
        Assert.Equal(relativeError, actual / exact - 1, 1e-4);
        Assert.Equal(Math.Sqrt(3) * MathNet.Numerics.SpecialFunctions.Erfc(Math.Sqrt(z)), actual, actual * 1e-15);
    }

    [Fact]
    public void Limit_EdgesAndRefusals()
    {
        Assert.Equal(0, AndersonDarlingLimit.Cdf(0));
        Assert.Equal(0, AndersonDarlingLimit.Cdf(-1));
        Assert.Equal(1, AndersonDarlingLimit.Cdf(double.PositiveInfinity));
        Assert.Equal(1, AndersonDarlingLimit.Sf(0));
        Assert.Equal(1, AndersonDarlingLimit.Sf(-3));
        Assert.Equal(0, AndersonDarlingLimit.Sf(double.PositiveInfinity));
        Assert.Equal("z", Assert.Throws<ArgumentOutOfRangeException>(() => AndersonDarlingLimit.Cdf(double.NaN)).ParamName);
        var nan = Assert.Throws<ArgumentOutOfRangeException>(() => AndersonDarlingLimit.Sf(double.NaN));
        Assert.Equal("z", nan.ParamName);
        Assert.Contains("must not be NaN", nan.Message, StringComparison.Ordinal);

        // From z = 25 on the CDF is 1 − the asymptotic tail: below 1, not above it.
        Assert.Equal(1 - AndersonDarlingLimit.Sf(30), AndersonDarlingLimit.Cdf(30));
        Assert.True(AndersonDarlingLimit.Cdf(30) < 1);
    }

    [Fact]
    public void Sf_EdgesAndRefusals()
    {
        // A² > 0 for every sample, so P(A² ≥ a2) = 1 for a2 ≤ 0.
        Assert.Equal(1, AndersonDarlingDistribution.Sf(7, 0));
        Assert.Equal(1, AndersonDarlingDistribution.Sf(7, -1));
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => AndersonDarlingDistribution.Sf(0, 1)).ParamName);
        Assert.Equal("a2", Assert.Throws<ArgumentOutOfRangeException>(() => AndersonDarlingDistribution.Sf(7, double.NaN)).ParamName);
    }

    [Fact]
    public void Limit_AtTheSplice_IsTheStoredConstant()
    {
        Assert.Equal(AndersonDarlingDistribution.LimitingSfAtTailFrom, AndersonDarlingLimit.Sf(AndersonDarlingDistribution.TailFrom), 1e-12 * AndersonDarlingDistribution.LimitingSfAtTailFrom);
    }

    [Theory]
    [InlineData(1, 0.642733326785981)]
    [InlineData(2, 0.908163225058748)]
    public void AdInf_MatchesFullSeriesReference(double z, double expected)
    {
        // Provenance: statistics.md; tolerance: the short form's measured error (see ShortAdInfError).
        Assert.Equal(expected, AndersonDarlingDistribution.AdInf(z), ShortAdInfError);
    }

    [Fact]
    public void AdInf_StaysWithinItsErrorOfTheFullSeries()
    {
        for (double z = 0.1; z <= 8; z += 0.1)
        {
            Assert.Equal(AndersonDarlingLimit.Cdf(z), AndersonDarlingDistribution.AdInf(z), ShortAdInfError);
        }
    }

    [Theory]
    // Provenance: statistics.md, asymptotic critical values of A².
    [InlineData(0.10, 1.93296)]
    [InlineData(0.05, 2.49237)]
    [InlineData(0.01, 3.87813)]
    [InlineData(0.001, 5.96940)]
    public void AdInf_CriticalValues(double alpha, double critical)
    {
        Assert.Equal(1 - alpha, AndersonDarlingDistribution.AdInf(critical), ShortAdInfError);
        Assert.Equal(1 - alpha, AndersonDarlingLimit.Cdf(critical), 1e-6);
    }

    [Theory]
    // Provenance: Marsaglia and Marsaglia (2004), errfix(n, x) from the paper's C code (a transcription of the constants
    // made separately from this library's), evaluated at 40 digits in mpmath on the double constants and the double x,
    // with the C code's double comparisons; rounded to 17 digits. Points in each branch: x < c = 0.01265 + 0.1757/n
    // (x = 0.001), c ≤ x ≤ 0.8 (0.1, 0.5, 0.8), x > 0.8 (0.9, 0.99).
    [InlineData(7, 0.001, -0.00056287401321733421)]
    [InlineData(7, 0.1, 0.0027939211984315518)]
    [InlineData(7, 0.5, 0.0053007478567642659)]
    [InlineData(7, 0.8, 2.4896824799993466e-5)]
    [InlineData(7, 0.9, -0.0016873777142665795)]
    [InlineData(7, 0.99, -0.00067219285118085812)]
    [InlineData(10, 0.001, -0.00030897085843987078)]
    [InlineData(10, 0.1, 0.0020984594255522837)]
    [InlineData(10, 0.5, 0.0036384965182876923)]
    [InlineData(10, 0.9, -0.0011811643999866057)]
    [InlineData(100, 0.001, -1.6479215430705904e-5)]
    [InlineData(100, 0.1, 0.00023499244038774169)]
    [InlineData(100, 0.5, 0.00034897349328759415)]
    [InlineData(100, 0.99, -4.7053499582660068e-5)]
    public void ErrFix_MatchesThePublishedPolynomials(int n, double x, double expected)
    {
        // The x > 0.8 polynomial cancels terms near 2,000 down to ~1e-2: its double evaluation is good to a few ulps of
        // 2,000 over n (measured 1.6e-14 at n = 7); 1e-13 absolute bounds that and is far below every value here.
        Assert.Equal(expected, AndersonDarlingDistribution.ErrFix(n, x), 1e-13);
    }

    [Theory]
    [InlineData(7, -0.00096660260066717923, -1.4252323428571429e-6)]
    [InlineData(10, -0.00047950678599212754, -9.8442233500000006e-7)]
    [InlineData(100, -1.8678844343476191e-5, -9.5661769450000006e-8)]
    public void ErrFix_AtHalfTheFirstSplit_AndAtTheSplit(int n, double atHalf, double atSplit)
    {
        // Provenance as above, at x = c/2 and x = c (c as the paper computes it in double). At x = c the lower branch
        // would vanish ((1 − t) = 0); the paper's split takes the middle branch, −0.00022633·(0.04213 + 0.01365/n)/n.
        double c = 0.01265 + (0.1757 / n);
        KolmogorovDistributionTests.AssertRelative(atHalf, AndersonDarlingDistribution.ErrFix(n, c / 2), 1e-13);
        KolmogorovDistributionTests.AssertRelative(atSplit, AndersonDarlingDistribution.ErrFix(n, c), 1e-13);
    }

    [Theory]
    // Provenance: the paper's short adinf evaluated at 40 digits in mpmath (as above). z = 2 takes the second
    // form, which differs from the first by 8e-9 there.
    [InlineData(0.5, 0.2531822723400073)]
    [InlineData(1.0, 0.64271396326818188)]
    [InlineData(1.9999999999, 0.90816425591552305)]
    [InlineData(2.0, 0.90816424771488885)]
    [InlineData(3.5, 0.98463498860636169)]
    public void AdInf_MatchesThePublishedForms(double z, double expected)
    {
        KolmogorovDistributionTests.AssertRelative(expected, AndersonDarlingDistribution.AdInf(z), 1e-14);
    }

    [Theory]
    // Provenance: adinf(z) rounded to double, plus errfix(n, that) at 40 digits (mpmath), as the paper composes them.
    [InlineData(7, 0.5, 0.25919539007916305)]
    [InlineData(10, 1.0, 0.6449370326014388)]
    [InlineData(10, 3.0, 0.97169496367521851)]
    [InlineData(100, 0.2, 0.0095737981572101191)]
    public void Cdf_IsAdInfPlusErrFix(int n, double a2, double expected)
    {
        KolmogorovDistributionTests.AssertRelative(expected, AndersonDarlingDistribution.Cdf(n, a2), 1e-13);
        KolmogorovDistributionTests.AssertRelative(1 - expected, AndersonDarlingDistribution.Sf(n, a2), 1e-12);
    }

    [Fact]
    public void Statistic_MatchesReference_NinePointsAgainstUniform()
    {
        // Provenance: statistics.md, A² of {0.1, ..., 0.9} against U(0, 1) = 0.154946837.
        double[] x = Enumerable.Range(1, 9).Select(i => i / 10.0).ToArray();
        AdResult r = AndersonDarlingTest.Test(x, new UniformDistribution(0, 1));
        Assert.Equal(0.154946837, r.Statistic, 1e-9);
        Assert.True(r.IsPValueReliable);
        Assert.Equal(1 - AndersonDarlingDistribution.Cdf(9, r.Statistic), r.PValue, 1e-15);
    }

    [Fact]
    public void Cdf_IsClampedToUnitInterval_ForSmallN()
    {
        // Provenance: statistics.md, AD(5, 0.1) comes out slightly negative without the clamp.
        double raw = AndersonDarlingDistribution.AdInf(0.1) + AndersonDarlingDistribution.ErrFix(5, AndersonDarlingDistribution.AdInf(0.1));
        Assert.True(raw < 0);
        Assert.Equal(0, AndersonDarlingDistribution.Cdf(5, 0.1));
        for (double z = 0; z < 20; z += 0.05)
        {
            foreach (int n in new[] { 1, 2, 5, 7, 10, 100, 10000 })
            {
                Assert.InRange(AndersonDarlingDistribution.Cdf(n, z), 0, 1);
            }
        }
    }

    [Fact]
    public void SmallSample_IsMarkedUnreliable()
    {
        AdResult r = AndersonDarlingTest.Test([0.2, 0.5, 0.7], new UniformDistribution(0, 1));
        Assert.False(r.IsPValueReliable);
        Assert.InRange(r.PValue, 0, 1);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-3.0)]
    [InlineData(5.0)]
    public void PointAtOrBeyondSupportEdge_GivesInfiniteStatisticAndZeroP(double edge)
    {
        double[] x = [0.2, 0.4, 0.6, 0.8, 0.3, 0.5, 0.7, edge];
        AdResult r = AndersonDarlingTest.Test(x, new UniformDistribution(0, 1));
        Assert.Equal(double.PositiveInfinity, r.Statistic);
        Assert.Equal(0, r.PValue);
    }

    [Fact]
    public void NullPValues_AreUniform()
    {
        // Calibration: 1,000 seeded null samples of n = 20 against U(0, 1). The AD p-values carry ~2e-5 absolute
        // error, far below the envelope. Budget: false-failure rate 1e-6 (DKW-Massart, every seed);
        // detects a p-value CDF discrepancy above 2·ε(1000, 1e-6) = 0.170.
        var uniform = new UniformDistribution(0, 1);
        double[] p = Enumerable.Range(0, 1000).Select(s => AndersonDarlingTest.Test(TestSupport.Uniforms(7000 + s, 20), uniform).PValue).ToArray();
        Assert.True(KolmogorovSmirnovTest.Test(p, uniform).Statistic <= Dkw.Epsilon(p.Length, 1e-6));
    }

    [Fact]
    public void RejectsRescaledSample()
    {
        // Power: N(0, 1.5²) against N(0, 1), n = 200: miss rate at α = 0.01 ≈ 1e-3 (4,000 simulations),
        // so this single seeded assertion fails for a correct implementation with probability ≈ 1e-3.
        AdResult r = AndersonDarlingTest.Test(TestSupport.Normals(900, 200, 0, 1.5), NormalDistribution.Standard);
        Assert.True(r.PValue < 0.01, $"p = {r.PValue}");
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Equal("sample", Assert.Throws<ArgumentException>(() => AndersonDarlingTest.Test(ReadOnlySpan<double>.Empty, NormalDistribution.Standard)).ParamName);
        Assert.Equal("distribution", Assert.Throws<ArgumentNullException>(() => AndersonDarlingTest.Test([1.0], null!)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => AndersonDarlingDistribution.Cdf(0, 1)).ParamName);
        Assert.Equal("a2", Assert.Throws<ArgumentOutOfRangeException>(() => AndersonDarlingDistribution.Cdf(10, double.NaN)).ParamName);
        var nan = Assert.Throws<ArgumentOutOfRangeException>(() => AndersonDarlingDistribution.AdInf(double.NaN));
        Assert.Equal("z", nan.ParamName);
        Assert.Contains("must not be NaN", nan.Message, StringComparison.Ordinal);
        Assert.Equal(1, AndersonDarlingDistribution.Cdf(10, double.PositiveInfinity));
        Assert.Equal(0, AndersonDarlingDistribution.AdInf(0));
        Assert.Equal(1, AndersonDarlingDistribution.AdInf(double.PositiveInfinity));
    }

    [Fact]
    public void PValue_IsReliableFromSevenPointsOn()
    {
        var uniform = new UniformDistribution(0, 1);
        Assert.False(AndersonDarlingTest.Test([0.1, 0.2, 0.35, 0.5, 0.6, 0.9], uniform).IsPValueReliable);
        Assert.True(AndersonDarlingTest.Test([0.1, 0.2, 0.35, 0.5, 0.6, 0.75, 0.9], uniform).IsPValueReliable);
    }

    [Fact]
    public void ErrFix_EndsAtItsFitResidual_WhichWouldFloorThePValuesAt0p0006OverN()
    {
        // g₃(1) of the paper's errfix = −130.2137 + 745.2337 − 1705.091 + 1950.646 − 1116.360 + 255.7844 = −0.0006
        // (to 2e-13: the constants' rounding): 1 − AD(n, z) alone would tend to 0.0006/n, not 0 — why Sf splices on the
        // limiting law's tail beyond z = 6.
        foreach (int n in new[] { 40, 600, 98831 })
        {
            Assert.Equal(-0.0006 / n, AndersonDarlingDistribution.ErrFix(n, 1.0), 0.0006 / n * 1e-9);
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(40)]
    [InlineData(100)]
    [InlineData(1000)]
    [InlineData(98831)]
    public void Sf_IsContinuousAtTheSplice_DecreasingBeyond_AndTendsToZero(int n)
    {
        double z0 = AndersonDarlingDistribution.TailFrom;
        double atSplice = AndersonDarlingDistribution.Sf(n, z0);
        Assert.Equal(1 - AndersonDarlingDistribution.Cdf(n, z0), atSplice);
        Assert.Equal(atSplice, AndersonDarlingDistribution.Sf(n, Math.BitIncrement(z0)), atSplice * 1e-12);

        double previous = atSplice;
        for (double z = z0 + 0.25; z <= 60; z += 0.25)
        {
            double p = AndersonDarlingDistribution.Sf(n, z);
            Assert.True(p < previous, $"n = {n}: Sf({z}) = {p:R} is not below Sf({z - 0.25}) = {previous:R}");
            Assert.Equal(1 - p, AndersonDarlingDistribution.Cdf(n, z));
            previous = p;
        }

        Assert.True(AndersonDarlingDistribution.Sf(n, 40) < 1e-18);
        Assert.Equal(0, AndersonDarlingDistribution.Sf(n, double.PositiveInfinity));
        Assert.Equal(1, AndersonDarlingDistribution.Cdf(n, double.PositiveInfinity));
    }

    [Theory]
    // The scale Sf(n, 6)/P(A²_∞ ≥ 6) that carries Marsaglia and Marsaglia's finite-n value at z = 6 into the tail
    // (their value at 6 by the paper's formulas in double; P(A²_∞ ≥ 6) by mpmath): the far-tail p-values of a large
    // sample are the limiting law's within 0.3%.
    [InlineData(7, 1.1525)]
    [InlineData(100, 1.0085)]
    [InlineData(1000, 0.9987)]
    [InlineData(98831, 0.9976)]
    public void Sf_BeyondTheSplice_IsTheLimitingTailScaled(int n, double scale)
    {
        foreach (double z in new[] { 8.0, 15.0, 20.0, 30.0 })
        {
            Assert.Equal(scale, AndersonDarlingDistribution.Sf(n, z) / AndersonDarlingLimit.Sf(z), 1e-4);
        }
    }
}
