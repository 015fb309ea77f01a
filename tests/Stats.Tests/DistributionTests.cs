using InitVerify.Stats.Distributions;
using InitVerify.Stats.GoodnessOfFit;
using MathNet.Numerics;

namespace InitVerify.Stats.Tests;

public class DistributionTests
{
    /// <summary>Φ by Laplace's continued fraction at depth 3,000 (converged for |z| ≥ 1): independent of erfc.</summary>
    private static double LowerTailReference(double z)
    {
        double t = -z, tail = 0;
        for (int k = 3000; k >= 1; k--)
        {
            tail = k / (t + tail);
        }

        // exp(−t²/2) with t² split exactly (FMA), so the reference carries no z²·ε argument error.
        double p = t * t, e = Math.FusedMultiplyAdd(t, t, -p);
        return Math.Exp(-0.5 * p) * (1 - (0.5 * e)) / Math.Sqrt(2 * Math.PI) / (t + tail);
    }

    [Fact]
    public void Normal_FastCdf_IsAccurateToAFewUlps()
    {
        // Relative error against the continued fraction in the lower tail: measured ≤ 9e-16; 2e-15 allowed.
        // (MathNet's ½ erfc(−z/√2) is off by up to z²·ε ≈ 1.5e-14 there, from rounding z/√2.)
        var rng = new Random(5);
        for (int i = 0; i < 20000; i++)
        {
            double z = -12 + (11 * rng.NextDouble());
            double expected = LowerTailReference(z);
            KolmogorovDistributionTests.AssertRelative(expected, NormalDistribution.Standard.Cdf(z), 2e-15);
            KolmogorovDistributionTests.AssertRelative(expected, NormalDistribution.Standard.Survival(-z), 2e-15);
        }

        // Centre: against MathNet, whose argument rounding costs at most ~1e-16 for |z| ≤ 1.5.
        for (int i = 0; i < 20000; i++)
        {
            double z = -1.5 + (3 * rng.NextDouble());
            KolmogorovDistributionTests.AssertRelative(0.5 * SpecialFunctions.Erfc(-z / Constants.Sqrt2), NormalDistribution.Standard.Cdf(z), 1.5e-15);
        }
    }

    [Fact]
    public void Normal_BatchCdf_EqualsScalarCdf()
    {
        var normal = new NormalDistribution(0.5, 2);
        double[] x = TestSupport.Normals(9, 3000, 0.5, 6);
        x[0] = -40;
        x[1] = 40;
        x[2] = 0.5;
        x[3] = -17.5; // z = −9 exactly: the table's first node (its first coefficients sit at index 0)
        x[4] = 18.5; // z = 9 exactly: the table's last end
        var u = new double[x.Length];
        normal.Cdf(x, u);
        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(normal.Cdf(x[i]), u[i]);
        }

        Assert.Throws<ArgumentException>(() => normal.Cdf(x, new double[3]));
    }

    [Fact]
    public void Normal_MomentsQuantileAndParameters()
    {
        var normal = new NormalDistribution(1, 2);
        Assert.Equal(1, normal.Mean);
        Assert.Equal(4, normal.Variance);
        Assert.Equal(48, normal.FourthCentralMoment);
        Assert.Equal(double.NegativeInfinity, normal.Lower);
        Assert.Equal(1 + (2 * 1.959963984540054), normal.Quantile(0.975), 1e-12);
        Assert.Equal(double.PositiveInfinity, normal.Quantile(1));
        Assert.Equal(double.NegativeInfinity, normal.Quantile(0));
        Assert.Equal("N(μ=1, σ=2)", normal.ToString());
        Assert.Equal("std", Assert.Throws<ArgumentOutOfRangeException>(() => new NormalDistribution(0, 0)).ParamName);
        Assert.Equal("mean", Assert.Throws<ArgumentOutOfRangeException>(() => new NormalDistribution(double.NaN, 1)).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => normal.Quantile(1.5)).ParamName);
    }

    [Fact]
    public void Normal_FarOutsideTheTable_IsZeroOrOne_NotNaN()
    {
        // |z| ≥ 1.35e154: z² overflows, and the exact split of z² (fma(z, z, −∞) = −∞) would make φ(z) = 0·∞ = NaN.
        // Found when the density moved to src/Shared (2026-12-01): Φ(±1e200) was NaN before.
        var normal = new NormalDistribution(0, 1);
        Assert.Equal(0.0, normal.Cdf(-1e200));
        Assert.Equal(1.0, normal.Cdf(1e200));
        Assert.Equal(0.0, normal.Survival(1e200));
        Assert.Equal(0.0, NormalDensity.At(-1e200));
        Assert.Equal(0.0, NormalDensity.At(double.PositiveInfinity));
        double[] cdf = new double[2];
        normal.Cdf(new[] { -1e160, 1e160 }, cdf);
        Assert.Equal(new[] { 0.0, 1.0 }, cdf);
    }

    [Fact]
    public void Uniform_CdfMomentsQuantile()
    {
        var u = new UniformDistribution(-2, 6);
        Assert.Equal(0, u.Cdf(-3));
        Assert.Equal(0.25, u.Cdf(0));
        Assert.Equal(1, u.Cdf(7));
        Assert.Equal(0.75, u.Survival(0));
        Assert.Equal(2, u.Mean);
        Assert.Equal(64.0 / 12, u.Variance, 1e-15);
        Assert.Equal(4096.0 / 80, u.FourthCentralMoment, 1e-12);
        Assert.Equal(4, u.Quantile(0.75));
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => new UniformDistribution(1, 1)).ParamName);
    }

    /// <summary>Standard truncated-normal raw moments by the recursion m_k = (k−1)m_{k−2} − (β^{k−1}φ(β) − α^{k−1}φ(α))/Z.</summary>
    private static double[] RawMomentsByRecursion(double alpha, double beta)
    {
        double phiA = Math.Exp(-0.5 * alpha * alpha) / Math.Sqrt(2 * Math.PI);
        double phiB = Math.Exp(-0.5 * beta * beta) / Math.Sqrt(2 * Math.PI);
        double z = 0.5 * (SpecialFunctions.Erf(beta / Constants.Sqrt2) - SpecialFunctions.Erf(alpha / Constants.Sqrt2));
        var m = new double[5];
        m[0] = 1;
        m[1] = (phiA - phiB) / z;
        for (int k = 2; k <= 4; k++)
        {
            m[k] = ((k - 1) * m[k - 2]) - (((Math.Pow(beta, k - 1) * phiB) - (Math.Pow(alpha, k - 1) * phiA)) / z);
        }

        return m;
    }

    [Theory]
    [InlineData(-2, 2)]
    [InlineData(-1, 3)]
    [InlineData(0.5, 2.5)]
    [InlineData(-3, -0.5)]
    public void TruncatedNormal_MomentsMatchClosedFormRecursion(double alpha, double beta)
    {
        // Moderate bounds: the closed forms do not cancel badly, so they serve as the reference (1e-12).
        double[] m = RawMomentsByRecursion(alpha, beta);
        double mean = m[1];
        double variance = m[2] - (mean * mean);
        double mu4 = m[4] - (4 * mean * m[3]) + (6 * mean * mean * m[2]) - (3 * mean * mean * mean * mean);
        var tn = new TruncatedNormalDistribution(1, 2, 1 + (2 * alpha), 1 + (2 * beta));
        Assert.Equal(1 + (2 * mean), tn.Mean, 1e-12);
        KolmogorovDistributionTests.AssertRelative(4 * variance, tn.Variance, 1e-12);
        KolmogorovDistributionTests.AssertRelative(16 * mu4, tn.FourthCentralMoment, 1e-11);
    }

    [Fact]
    public void TruncatedNormal_StandardTwoSigma_VarianceFactor()
    {
        // Provenance: the Init docs' 0.8796·std for [μ − 2σ, μ + 2σ]; closed form 1 − 4φ(2)/(Φ(2) − Φ(−2)).
        var tn = new TruncatedNormalDistribution(0, 1, -2, 2);
        double expected = 1 - (4 * Math.Exp(-2) / Math.Sqrt(2 * Math.PI) / SpecialFunctions.Erf(Math.Sqrt(2)));
        Assert.Equal(expected, tn.Variance, 1e-14);
        Assert.Equal(0.8796, Math.Sqrt(tn.Variance), 1e-4);
        Assert.Equal(0, tn.Mean, 1e-16);
    }

    [Theory]
    [InlineData(30, 31)]
    [InlineData(8, 8.5)]
    [InlineData(40, double.PositiveInfinity)]
    [InlineData(5, 100)]
    public void TruncatedNormal_FarTail_MatchesIndependentIntegration(double a, double b)
    {
        // Reference: density e^(−αy − y²/2) on [0, b − a] integrated by one 256-node Gauss-Legendre rule over
        // the whole range (independent of the class's Mills-ratio CDF and panelled moments); relative 1e-11.
        double w = Math.Min(b - a, 60.0 / a);
        double Moment(Func<double, double> f) => Integrate.GaussLegendre(y => f(y) * Math.Exp(-(a * y) - (0.5 * y * y)), 0, w, 256);
        double m0 = Moment(_ => 1);
        double meanY = Moment(y => y) / m0;
        double variance = Moment(y => (y - meanY) * (y - meanY)) / m0;
        double mu4 = Moment(y => Math.Pow(y - meanY, 4)) / m0;
        var upper = new TruncatedNormalDistribution(0, 1, a, b);
        KolmogorovDistributionTests.AssertRelative(a + meanY, upper.Mean, 1e-13);
        KolmogorovDistributionTests.AssertRelative(variance, upper.Variance, 1e-11);
        KolmogorovDistributionTests.AssertRelative(mu4, upper.FourthCentralMoment, 1e-10);
        foreach (double frac in new[] { 0.001, 0.01, 0.1, 0.3 })
        {
            double x = a + (frac * w);
            double cdf = Integrate.GaussLegendre(y => Math.Exp(-(a * y) - (0.5 * y * y)), 0, x - a, 64) / m0;
            KolmogorovDistributionTests.AssertRelative(cdf, upper.Cdf(x), 1e-11);
            double survival = Integrate.GaussLegendre(y => Math.Exp(-(a * y) - (0.5 * y * y)), x - a, w, 256) / m0;
            KolmogorovDistributionTests.AssertRelative(survival, upper.Survival(x), 1e-11);
        }

        // Mirror image in the lower tail.
        var lower = new TruncatedNormalDistribution(0, 1, -b, -a);
        KolmogorovDistributionTests.AssertRelative(-(a + meanY), lower.Mean, 1e-13);
        KolmogorovDistributionTests.AssertRelative(variance, lower.Variance, 1e-11);
        double probe = -(a + (0.05 * w));
        Assert.Equal(upper.Survival(-probe), lower.Cdf(probe), 1e-15);
    }

    [Theory]
    [InlineData(0, 1, -2, 2)]
    [InlineData(0, 1, 30, 31)]
    [InlineData(3, 0.5, -1, 2)]
    [InlineData(0, 1, double.NegativeInfinity, -6)]
    public void TruncatedNormal_QuantileInvertsCdf(double mean, double std, double a, double b)
    {
        var tn = new TruncatedNormalDistribution(mean, std, a, b);
        foreach (double p in new[] { 1e-10, 0.001, 0.1, 0.5, 0.9, 0.999 })
        {
            double q = tn.Quantile(p);
            Assert.InRange(q, a, b);
            Assert.Equal(p, tn.Cdf(q), Math.Max(1e-13, 1e-9 * p));
        }

        Assert.Equal(a, tn.Quantile(0));
        Assert.Equal(b, tn.Quantile(1));
    }

    [Fact]
    public void TruncatedNormal_CdfIsMonotoneAndBounded()
    {
        var tn = new TruncatedNormalDistribution(0, 1, -1.5, 2.5);
        double previous = 0;
        for (double x = -2; x <= 3; x += 0.001)
        {
            double c = tn.Cdf(x);
            Assert.InRange(c, 0, 1);
            Assert.True(c >= previous - 1e-15);
            Assert.Equal(1, c + tn.Survival(x), 1e-14);
            previous = c;
        }
    }

    [Fact]
    public void TruncatedNormal_BadParameters_Throw()
    {
        Assert.Equal("b", Assert.Throws<ArgumentOutOfRangeException>(() => new TruncatedNormalDistribution(0, 1, 2, 1)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentOutOfRangeException>(() => new TruncatedNormalDistribution(0, 1, double.NaN, 1)).ParamName);
        Assert.Equal("std", Assert.Throws<ArgumentOutOfRangeException>(() => new TruncatedNormalDistribution(0, -1, 0, 1)).ParamName);
    }

    [Fact]
    public void Sphere_Dimension3_IsUniform()
    {
        // Archimedes: one coordinate of a uniform point on S² is U(−1, 1).
        var s = new SphereCoordinateDistribution(3, 2);
        foreach (double x in new[] { -1.9, -1, -0.3, 0, 0.4, 1.2, 1.99 })
        {
            Assert.Equal((x / 2 + 1) / 2, s.Cdf(x), 1e-14);
        }

        Assert.Equal(4.0 / 3, s.Variance, 1e-15);
        Assert.Equal(3 * 16.0 / 15, s.FourthCentralMoment, 1e-14);
    }

    [Fact]
    public void Sphere_Dimension2_IsArcsine()
    {
        var s = new SphereCoordinateDistribution(2, 1);
        foreach (double t in new[] { -0.999, -0.7, -0.1, 0, 0.25, 0.8, 0.9999 })
        {
            Assert.Equal(0.5 + (Math.Asin(t) / Math.PI), s.Cdf(t), 1e-14);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(10)]
    [InlineData(257)]
    public void Sphere_MomentsMatchIntegratedDensity(int m)
    {
        // Density ∝ (1 − t²)^((m−3)/2) on [−1, 1], integrated numerically; scale 0.5.
        double Moment(int k) => Integrate.DoubleExponential(t => Math.Pow(t, k) * Math.Pow(1 - (t * t), (m - 3) / 2.0), -1, 1, 1e-14);
        double z = Moment(0);
        var s = new SphereCoordinateDistribution(m, 0.5);
        KolmogorovDistributionTests.AssertRelative(0.25 * Moment(2) / z, s.Variance, 1e-9);
        KolmogorovDistributionTests.AssertRelative(0.0625 * Moment(4) / z, s.FourthCentralMoment, 1e-9);
        double cdfAtHalf = Integrate.DoubleExponential(t => Math.Pow(1 - (t * t), (m - 3) / 2.0), -1, 0.2, 1e-14) / z;
        Assert.Equal(cdfAtHalf, s.Cdf(0.1), 1e-9);
    }

    [Fact]
    public void Sphere_MatchesRandomUnitVectors()
    {
        // Coordinates of seeded uniform unit vectors in ℝ⁵ (normalized Gaussians), one per vector, tested by
        // KS against the class. False-failure rate of this assertion: 1e-6 (p-value threshold, exact KS).
        const int m = 5, n = 2000;
        double[] g = TestSupport.Normals(77, m * n);
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            double norm = 0;
            for (int j = 0; j < m; j++)
            {
                norm += g[(i * m) + j] * g[(i * m) + j];
            }

            x[i] = 1.5 * g[i * m] / Math.Sqrt(norm);
        }

        Assert.True(KolmogorovSmirnovTest.Test(x, new SphereCoordinateDistribution(m, 1.5)).PValue > 1e-6);
    }

    [Fact]
    public void Sphere_Dimension1_IsTwoPointMasses()
    {
        var s = new SphereCoordinateDistribution(1, 3);
        Assert.Equal(0, s.Cdf(-3.1));
        Assert.Equal(0.5, s.Cdf(-3));
        Assert.Equal(0.5, s.Cdf(2.9));
        Assert.Equal(1, s.Cdf(3));
        Assert.Equal(9, s.Variance);
        Assert.Equal(81, s.FourthCentralMoment);
        Assert.Equal(-3, s.Quantile(0.5));
        Assert.Equal(3, s.Quantile(0.51));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Sphere_SurvivalIsTheComplementOfTheClosedForm_EverywhereIncludingOutsideTheSupport(int m)
    {
        // Closed forms on the scale s = 2: m = 1 two point masses ±s, m = 2 arcsine, m = 3 uniform (Archimedes).
        var s = new SphereCoordinateDistribution(m, 2);
        foreach (double x in new[] { -5, -2, -1.99, -1.5, -0.2, 0, 0.3, 1.5, 1.999, 2, 7 })
        {
            double t = Math.Clamp(x / 2, -1, 1);
            double cdf = m switch
            {
                1 => x < -2 ? 0 : x < 2 ? 0.5 : 1,
                2 => 0.5 + (Math.Asin(t) / Math.PI),
                _ => (t + 1) / 2,
            };
            Assert.Equal(cdf, s.Cdf(x), 1e-14);
            Assert.Equal(1 - cdf, s.Survival(x), 1e-14);
        }

        Assert.True(double.IsNaN(s.Cdf(double.NaN)));
        Assert.True(double.IsNaN(s.Survival(double.NaN)));
        Assert.Equal(-2, s.Quantile(0));
        Assert.Equal(2, s.Quantile(1));
    }

    [Fact]
    public void Sphere_QuantileInvertsCdf_AndBadParametersThrow()
    {
        var s = new SphereCoordinateDistribution(50, 2);
        foreach (double p in new[] { 1e-8, 0.1, 0.5, 0.77 })
        {
            Assert.Equal(p, s.Cdf(s.Quantile(p)), Math.Max(1e-14, 1e-9 * p));
        }

        Assert.Equal("dimension", Assert.Throws<ArgumentOutOfRangeException>(() => new SphereCoordinateDistribution(0, 1)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => new SphereCoordinateDistribution(3, 0)).ParamName);
    }

    [Fact]
    public void Uniform_RefusesBoundsWithoutAFiniteWidth()
    {
        Assert.Equal("low", Assert.Throws<ArgumentOutOfRangeException>(() => new UniformDistribution(double.NaN, 1)).ParamName);
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => new UniformDistribution(0, double.PositiveInfinity)).ParamName);
        var empty = Assert.Throws<ArgumentOutOfRangeException>(() => new UniformDistribution(1, 1));
        Assert.Equal("high", empty.ParamName);
        Assert.Contains("must exceed low = 1 by a finite amount", empty.Message, StringComparison.Ordinal);
        // Both bounds finite, the width not: 1e308 − (−1e308) overflows.
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => new UniformDistribution(-1e308, 1e308)).ParamName);
        var p = Assert.Throws<ArgumentOutOfRangeException>(() => new UniformDistribution(0, 1).Quantile(1.5));
        Assert.Equal("p", p.ParamName);
        Assert.Contains("must lie in [0, 1]", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uniform_SurvivalIsZeroOrOneOutsideTheSupport()
    {
        var u = new UniformDistribution(-1, 3);
        Assert.Equal(1.0, u.Survival(-2));
        Assert.Equal(0.0, u.Survival(4));
        Assert.Equal(0.75, u.Survival(0));
    }

    [Fact]
    public void Normal_SurvivalStandardizesByTheStd()
    {
        // P(N(1, 2²) > 3) = Φ(−1) = 0.15865525393145705 (mpmath: ncdf(-1)).
        Assert.Equal(0.15865525393145705, new NormalDistribution(1, 2).Survival(3), 1e-16);
    }

    [Fact]
    public void InterfaceDefaults_SurvivalIsOneMinusF_AndTheBatchCdfChecksLengths()
    {
        IContinuousDistribution d = new ExponentialForTests();
        Assert.Equal(Math.Exp(-2), d.Survival(2), 1e-16);
        var values = new double[3];
        d.Cdf([0.0, 1.0, 2.0], values);
        Assert.Equal([0, 1 - Math.Exp(-1), 1 - Math.Exp(-2)], values);
        var error = Assert.Throws<ArgumentException>(() => d.Cdf([0.0, 1.0], new double[3]));
        Assert.Equal("destination", error.ParamName);
        Assert.Contains("destination must have the length of x (2), not 3.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Guards_SayWhatIsWrong()
    {
        double[] sample = [1.0, 2.0, 4.0];
        Assert.Contains("must be finite", Assert.Throws<ArgumentOutOfRangeException>(() => new NormalDistribution(double.NaN, 1)).Message, StringComparison.Ordinal);
        Assert.Contains("must be finite and > 0", Assert.Throws<ArgumentOutOfRangeException>(() => new NormalDistribution(0, 0)).Message, StringComparison.Ordinal);
        Assert.Contains("must be ≥ 1", Assert.Throws<ArgumentOutOfRangeException>(() => InitVerify.Stats.Design.Dkw.Epsilon(0, 0.1)).Message, StringComparison.Ordinal);
        Assert.Contains("must be one of TwoSided, Greater, Less", Assert.Throws<ArgumentOutOfRangeException>(() => KolmogorovSmirnovTest.Test(sample, NormalDistribution.Standard, (KsAlternative)7)).Message, StringComparison.Ordinal);
        Assert.Contains("sample must hold at least one value.", Assert.ThrowsAny<ArgumentException>(() => KolmogorovSmirnovTest.Test([], NormalDistribution.Standard)).Message, StringComparison.Ordinal);
        Assert.Contains("sample must hold finite values only; sample[1] = NaN", Assert.ThrowsAny<ArgumentException>(() => KolmogorovSmirnovTest.Test([1.0, double.NaN], NormalDistribution.Standard)).Message, StringComparison.Ordinal);
    }

    [Theory]
    // Provenance: mpmath 1.3 at 50 digits, F(x) = (Φ(z) − Φ(α))/P and S(x) = (Φ(β) − Φ(z))/P with z = (x − μ)/σ, on σ = 2
    // (compared within 1e-15 relative, all pass at that)
    // and μ = 1 so that standardizing is exercised; each layout (around the mean, upper tail, lower tail) and, around
    // the mean, each of the mass formulas (|z| > 1 through the tail ratio, |z| ≤ 1 through erf).
    [InlineData(1, 2, -5, 4, -4.5, 0.0017490772341571331, 0.99825092276584287)]
    [InlineData(1, 2, -5, 4, -2, 0.070244998580866757, 0.92975500141913324)]
    [InlineData(1, 2, -5, 4, 0, 0.32965604015844141, 0.67034395984155859)]
    [InlineData(1, 2, -5, 4, 2, 0.74058895842242535, 0.25941104157757465)]
    [InlineData(1, 2, -5, 4, 3.5, 0.9583163939234403, 0.041683606076559703)]
    [InlineData(1, 2, -5, 4, 3.9, 0.99278627509449908, 0.0072137249055009176)]
    [InlineData(1, 2, 3, 9, 3.5, 0.33415888965461533, 0.66584111034538467)]
    [InlineData(1, 2, 3, 9, 5, 0.85677753382484802, 0.14322246617515198)]
    [InlineData(1, 2, 3, 9, 8, 0.99873311500222753, 0.001266884997772468)]
    [InlineData(1, 2, -9, -1, -8, 1.960872455611601e-5, 0.99998039127544388)]
    [InlineData(1, 2, -9, -1, -3, 0.14339195101577908, 0.85660804898422092)]
    [InlineData(1, 2, -9, -1, -1.5, 0.66590721252934882, 0.33409278747065118)]
    public void TruncatedNormal_CdfAndSurvivalMatchMpmathInEveryLayout(double mu, double std, double a, double b, double x, double cdf, double survival)
    {
        var d = new TruncatedNormalDistribution(mu, std, a, b);
        Assert.Equal(cdf, d.Cdf(x), cdf * 1e-15);
        Assert.Equal(survival, d.Survival(x), survival * 1e-15);
        Assert.Equal(0.0, d.Cdf(a));
        Assert.Equal(1.0, d.Cdf(b));
        Assert.Equal(1.0, d.Survival(a));
        Assert.Equal(0.0, d.Survival(b));
    }

    [Fact]
    public void TruncatedNormal_RefusesBoundsItCannotTruncateTo()
    {
        var a = Assert.Throws<ArgumentOutOfRangeException>(() => new TruncatedNormalDistribution(0, 1, double.NaN, 1));
        Assert.Equal("a", a.ParamName);
        Assert.Contains("must be finite or −∞", a.Message, StringComparison.Ordinal);
        foreach (double b in new[] { 2.0, 1.0, double.NaN, double.NegativeInfinity })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => new TruncatedNormalDistribution(0, 1, 2, b));
            Assert.Equal("b", error.ParamName);
            Assert.Contains("must be finite or +∞ and > a = 2", error.Message, StringComparison.Ordinal);
        }

        // Distinct bounds that standardize to the same number: (1e-300 − 0)/1e30 and (2e-300 − 0)/1e30 both underflow to 0.
        var std = Assert.Throws<ArgumentOutOfRangeException>(() => new TruncatedNormalDistribution(0, 1e30, 1e-300, 2e-300));
        Assert.Equal("std", std.ParamName);
        Assert.Contains("leaves standardized bounds", std.Message, StringComparison.Ordinal);
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => new TruncatedNormalDistribution(0, 1, -1, 1).Quantile(-0.1)).ParamName);
    }

    [Theory]
    // Provenance: mpmath 1.3 at 40 digits, (1 − ncdf(x))/npdf(x); R(0) = √(π/2). Below 1: the erfc form.
    [InlineData(0.0, 1.2533141373155003)]
    [InlineData(0.5, 0.87636445645369235)]
    [InlineData(0.9, 0.69173366587134832)]
    public void MillsRatio_BelowOne_MatchesMpmath(double x, double expected) =>
        Assert.Equal(expected, StandardNormal.MillsRatio(x), expected * 1e-15);

    [Theory]
    // One coordinate of a uniform point on the sphere S^(m−1) of radius s has density ∝ (1 − t²)^((m−3)/2), t = x/s:
    // m = 3 is uniform, F = (1 + t)/2; m = 5 has F = 1/2 + (3/4)(t − t³/3). Exact references on both sides of 0.
    [InlineData(3, -0.8)]
    [InlineData(3, -0.3)]
    [InlineData(3, 0.6)]
    [InlineData(5, -0.9)]
    [InlineData(5, -0.25)]
    [InlineData(5, 0.5)]
    public void SphereCoordinate_CdfAndSurvivalMatchTheExactPolynomials(int dimension, double t)
    {
        const double scale = 2;
        var d = new SphereCoordinateDistribution(dimension, scale);
        double cdf = dimension == 3 ? (1 + t) / 2 : 0.5 + (0.75 * (t - (t * t * t / 3)));
        Assert.Equal(cdf, d.Cdf(scale * t), 1e-14);
        Assert.Equal(1 - cdf, d.Survival(scale * t), 1e-14);
        Assert.Equal(-scale, d.Lower);
        Assert.Equal(0.0, d.Cdf(-scale));
        Assert.Equal(1.0, d.Survival(-scale));
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => d.Quantile(1.5)).ParamName);
    }

    [Theory]
    // Provenance: mpmath 1.3 at 50 digits, x = μ + σ·Φ⁻¹(Φ(α) + p·(Φ(β) − Φ(α))); σ = 2 so that the bisection's bracket
    // (a few σ around the mean or the near bound) must scale with σ to contain the extreme quantiles.
    [InlineData(1, 2, -5, 4, 0.001, -4.6726662608761628)]
    [InlineData(1, 2, -5, 4, 0.5, 0.83573838935557417)]
    [InlineData(1, 2, -5, 4, 0.999, 3.985687529012557)]
    [InlineData(1, 2, 3, 9, 0.001, 3.001311527333325)]
    [InlineData(1, 2, 3, 9, 0.5, 3.8190030342410631)]
    [InlineData(1, 2, 3, 9, 0.999, 8.1063797550564971)]
    [InlineData(1, 2, -9, -1, 0.001, -6.2005460135515167)]
    [InlineData(1, 2, -9, -1, 0.5, -1.8192154780816733)]
    [InlineData(1, 2, -9, -1, 0.999, -1.0013117869117243)]
    public void TruncatedNormal_QuantileMatchesMpmathInEveryLayout(double mu, double std, double a, double b, double p, double expected) =>
        Assert.Equal(expected, new TruncatedNormalDistribution(mu, std, a, b).Quantile(p), 1e-12);

    [Fact]
    public void Guards_SayWhichCheckFailed()
    {
        double[] small = [1.0, 2.0, 4.0, 7.0];
        Assert.Contains("finite values only", Assert.ThrowsAny<ArgumentException>(() => InitVerify.Stats.Moments.MeanTest.EstimatedVariance([1.0, double.NaN, 2.0], 0)).Message, StringComparison.Ordinal);
        Assert.Contains("must be finite and > 0", Assert.Throws<ArgumentOutOfRangeException>(() => InitVerify.Stats.Moments.VarianceTest.FourthMoment(small, 4, 0)).Message, StringComparison.Ordinal);
        Assert.Equal("confidenceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => InitVerify.Stats.Moments.VarianceTest.ChiSquareNormal(small, 5, confidenceLevel: 1.5)).ParamName);
        Assert.Contains("at least two values", Assert.Throws<ArgumentException>(() => InitVerify.Stats.Moments.VarianceTest.ChiSquareNormal([1.0], 5)).Message, StringComparison.Ordinal);
        Assert.Contains("must be finite and > 0", Assert.Throws<ArgumentOutOfRangeException>(() => InitVerify.Stats.Design.VarianceTestDesign.SamplesNeeded(0, 1e-6, 1e-6, 3)).Message, StringComparison.Ordinal);
        Assert.Contains("must be finite", Assert.Throws<ArgumentOutOfRangeException>(() => new UniformDistribution(0, double.NaN)).Message, StringComparison.Ordinal);
        var batch = Assert.Throws<ArgumentException>(() => NormalDistribution.Standard.Cdf([0.0, 1.0], new double[1]));
        Assert.Equal("destination", batch.ParamName);
        Assert.Contains("destination must have the length", batch.Message, StringComparison.Ordinal);
    }

    /// <summary>Exp(1), implementing only what the interface requires (so its defaults are the ones tested).</summary>
    private sealed class ExponentialForTests : IContinuousDistribution
    {
        public double Mean => 1;

        public double Variance => 1;

        public double FourthCentralMoment => 9;

        public double Lower => 0;

        public double Upper => double.PositiveInfinity;

        public double Cdf(double x) => x <= 0 ? 0 : 1 - Math.Exp(-x);

        public double Quantile(double p) => -Math.Log(1 - p);

        public override string ToString() => "Exp(1)";
    }

    [Fact]
    public void Sphere_SupportEndsAndQuantileRefusals()
    {
        // m = 7: 1 − F(s·u) ~ (1 − u²)³ near u = 1, so F rounds to 1 well before s; the quantiles of 0 and 1 are the
        // support's ends exactly, not the first point where F rounds to 0 or 1.
        var s = new SphereCoordinateDistribution(7, 2);
        Assert.Equal(-2.0, s.Lower);
        Assert.Equal(2.0, s.Upper);
        Assert.Equal(-2.0, s.Quantile(0));
        Assert.Equal(2.0, s.Quantile(1));

        // The quantile is the smallest double x with F(x) ≥ p: F is ½ in double on a small interval around 0
        // (|x| ≲ 1e-16), so the median is that interval's left end (−5.9e-17), not the first x where F exceeds ½.
        double median = s.Quantile(0.5);
        Assert.True(s.Cdf(median) >= 0.5 && s.Cdf(Math.BitDecrement(median)) < 0.5, $"median {median:R}");
        foreach (double p in new[] { -0.1, 1.5, double.NaN })
        {
            Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => s.Quantile(p)).ParamName);
        }
    }

    [Theory]
    // P(T > u) = I_{1−u²}((m−1)/2, ½)/2, mpmath at 60 digits: tiny tails, where ½ − I_{u²}(½, (m−1)/2)/2 would
    // cancel to 0 (m = 1000, u = 0.5 gave 0 with the switch at u² = ½). Within 1e-11 relative: MathNet's incomplete
    // beta is good to ~2e-13 (1.1e-13 off at the first case), and ½ − I/2 just below the switch (m = 1000, u = 0.05:
    // I = 0.886, the tail 0.057) multiplies that by up to ~10 (1.9e-12 measured).
    [InlineData(100, 0.99, 2.508999692695607e-86)]
    [InlineData(100, 0.9, 8.811575169921292e-38)]
    [InlineData(10, 0.999, 9.241927910213683e-14)]
    [InlineData(6, 0.9999, 9.602859577541904e-11)]
    [InlineData(1000, 0.5, 9.859563897714099e-65)]
    // Either side of the switch (u² = 1.5/((m−1)/2 + 2.5)): 0.00299 for m = 1000, 0.0556 for m = 50, 0.43 for m = 3.
    [InlineData(1000, 0.05, 0.05694570456903901)]
    [InlineData(1000, 0.06, 0.028870904984940816)]
    [InlineData(50, 0.3, 0.016223889308374113)]
    [InlineData(3, 0.6, 0.2)]
    public void Sphere_FarTails_AreRelativelyAccurate(int m, double u, double expected)
    {
        var s = new SphereCoordinateDistribution(m, 2);
        Assert.Equal(expected, s.Survival(2 * u), expected * 1e-11);
        Assert.Equal(expected, s.Cdf(-2 * u), expected * 1e-11);
    }

    [Fact]
    public void Sphere_OutsideItsSupport_IsZeroOrOne()
    {
        var s = new SphereCoordinateDistribution(5, 2);
        foreach (double x in new[] { -2.0, -2.5, double.NegativeInfinity })
        {
            Assert.Equal(0.0, s.Cdf(x));
            Assert.Equal(1.0, s.Survival(x));
        }

        foreach (double x in new[] { 2.0, 3.0, double.PositiveInfinity })
        {
            Assert.Equal(1.0, s.Cdf(x));
            Assert.Equal(0.0, s.Survival(x));
        }

        Assert.Equal(0.5, s.Cdf(0));
        Assert.Equal(0.5, s.Survival(0));
        Assert.True(double.IsNaN(s.Cdf(double.NaN)) && double.IsNaN(s.Survival(double.NaN)));
    }

    [Fact]
    public void Uniform_IsClampedOutsideItsSupport_AndPropagatesNaN()
    {
        var u = new UniformDistribution(-2, 6);
        Assert.Equal(0.0, u.Cdf(double.NegativeInfinity));
        Assert.Equal(1.0, u.Cdf(double.PositiveInfinity));
        Assert.Equal(1.0, u.Survival(double.NegativeInfinity));
        Assert.Equal(0.0, u.Survival(double.PositiveInfinity));
        Assert.Equal((0.0, 1.0), (u.Cdf(-2), u.Survival(-2)));
        Assert.Equal((1.0, 0.0), (u.Cdf(6), u.Survival(6)));
        Assert.Equal(0.0, u.Survival(1e300));
        Assert.True(double.IsNaN(u.Cdf(double.NaN)) && double.IsNaN(u.Survival(double.NaN)));
    }

    [Fact]
    public void StandardNormal_EdgesOfItsDomain()
    {
        Assert.Equal(0.0, StandardNormal.MillsRatio(double.PositiveInfinity));
        Assert.True(double.IsNaN(StandardNormal.CdfAccurate(double.NaN)));
        Assert.Equal(0.0, StandardNormal.CdfAccurate(double.NegativeInfinity));
        Assert.Equal(1.0, StandardNormal.CdfAccurate(double.PositiveInfinity));

        // The tail difference to +∞ is the Mills ratio itself, exactly.
        foreach (double x in new[] { 0.0, 0.5, 1.0, 2.5, 40.0 })
        {
            Assert.Equal(StandardNormal.MillsRatio(x), StandardNormal.TailDifference(x, double.PositiveInfinity));
        }
    }

    [Theory]
    [InlineData(-1.5, 2.0)]
    [InlineData(-0.001, 40.0)]
    [InlineData(-30.0, 0.5)]
    public void TruncatedNormal_StraddlingCdf_IsMonotoneWithinTheUnitInterval(double a, double b)
    {
        // One formula per function across the whole interval (no switch at 0): F nondecreasing, F and S in [0, 1],
        // F + S = 1 to rounding, F(a) = 0 and F(b) = 1 exactly.
        var t = new TruncatedNormalDistribution(0, 1, a, b);
        double previous = 0;
        for (int i = 0; i <= 4000; i++)
        {
            double x = a + (b - a) * i / 4000;
            double f = t.Cdf(x);
            double s = t.Survival(x);
            Assert.InRange(f, previous, 1.0);
            Assert.InRange(s, 0.0, 1.0);
            Assert.Equal(1.0, f + s, 2e-16 * 4);
            previous = f;
        }

        Assert.Equal((0.0, 1.0), (t.Cdf(a), t.Cdf(b)));
    }

    [Theory]
    [InlineData(-1.0, 2.0)]
    [InlineData(0.5, 3.0)]
    [InlineData(8.0, 12.0)]
    [InlineData(-3.0, -0.5)]
    [InlineData(double.NegativeInfinity, -0.5)]
    [InlineData(0.5, double.PositiveInfinity)]
    [InlineData(-1.0, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, 2.0)]
    [InlineData(double.NegativeInfinity, double.PositiveInfinity)]
    public void TruncatedNormal_IsZeroOrOneAtAndOutsideItsBounds_InEveryLayout(double a, double b)
    {
        // F = 0, S = 1 at a and below it, down to −∞; F = 1, S = 0 at b and above it, up to +∞ — exactly, in the
        // straddling, upper-tail and lower-tail layouts (whose tail formulas, fed a point beyond the bounds, would
        // give 0 × ∞ or e^−∞ rather than 0 or 1).
        var t = new TruncatedNormalDistribution(0.25, 1.5, a, b);
        foreach (double x in new[] { double.NegativeInfinity, -1e300, a - 100, a })
        {
            if (x <= a)
            {
                Assert.Equal((0.0, 1.0), (t.Cdf(x), t.Survival(x)));
            }
        }

        foreach (double x in new[] { b, b + 100, 1e300, double.PositiveInfinity })
        {
            if (x >= b)
            {
                Assert.Equal((1.0, 0.0), (t.Cdf(x), t.Survival(x)));
            }
        }
    }

    [Theory]
    [InlineData(-1.0, 2.0)]
    [InlineData(0.5, 3.0)]
    [InlineData(double.NegativeInfinity, -0.5)]
    public void TruncatedNormal_NaN_GivesNaN_InEveryLayout(double a, double b)
    {
        var t = new TruncatedNormalDistribution(0.25, 1.5, a, b);
        Assert.True(double.IsNaN(t.Cdf(double.NaN)));
        Assert.True(double.IsNaN(t.Survival(double.NaN)));
    }

    [Fact]
    public void MonotoneInverse_ReturnsTheSmallestDoubleReachingP()
    {
        // A step CDF: the smallest x with F(x) ≥ ½ is 0.3 itself, found to the bit from any bracket around it,
        // also the widest finite one (about 2,100 halvings).
        static double Step(double x) => x >= 0.3 ? 1 : 0;
        Assert.Equal(0.3, MonotoneInverse.Quantile(Step, 0.5, 0, 1));
        Assert.Equal(0.3, MonotoneInverse.Quantile(Step, 0.5, -8.9e307, 8.9e307));
        Assert.Equal(1e-300, MonotoneInverse.Quantile(x => x >= 1e-300 ? 1 : 0, 0.5, -8.9e307, 8.9e307));
        Assert.Equal(Math.BitIncrement(0.3), MonotoneInverse.Quantile(Step, 0.5, 0.3, Math.BitIncrement(0.3)));
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(2.0, 1.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(0.0, double.NaN)]
    [InlineData(double.NegativeInfinity, 0.0)]
    [InlineData(0.0, double.PositiveInfinity)]
    [InlineData(-1e308, 1e308)]
    public void MonotoneInverse_RefusesABracketWithoutAFinitePositiveWidth(double lo, double hi)
    {
        // A NaN end would never end the loop; an infinite width has no midpoint.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => MonotoneInverse.Quantile(x => x, 0.5, lo, hi));
        Assert.Equal("lo", error.ParamName);
        Assert.Contains("must be below hi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uniform_NamesANonFiniteUpperBound()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new UniformDistribution(0, double.NaN));
        Assert.Equal("high", e.ParamName);
        Assert.Contains("must be finite", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("must exceed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BatchCdf_NamesTheLengthMismatch()
    {
        var e = Assert.Throws<ArgumentException>(() => new NormalDistribution(0, 1).Cdf(new double[4], new double[3]));
        Assert.Equal("destination", e.ParamName);
        Assert.Contains("destination must have the length of x (4), not 3.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Provenance: mpmath 1.3 at 150 digits (findroot on log Φ or log of the upper tail), 17 digits kept. The quantiles sit
    // 8–21σ from the mean, far enough that the bisection's bracket must reach them in units of σ (μ ± 40σ; 39σ from the
    // near bound in the tail layouts): a bracket in absolute units would clamp them. p = 1 − 2⁻⁵³ is the largest double
    // below 1; there F(x) in double is 1 − 2⁻⁵³ for every x whose exact F is within half an ulp of it, so the quantile
    // (the smallest x with F(x) ≥ p in double) is checked by that definition and to 2% of the exact value (it is
    // 0.6% and 1.2% below it), while the far-low quantiles (p = 1e-100, F well resolved) match to 1e-12.
    [InlineData(1, 2, -1000, 1000, 1e-100, -41.54690712193065)]
    [InlineData(1, 4, -1000, 1000, 1 - (1.0 / (1L << 53)), 33.83814460640555)]
    [InlineData(0, 2, -1000, -2, 1e-100, -42.71926120291735)]
    [InlineData(0, 4, 2, 1000, 1 - (1.0 / (1L << 53)), 33.39829956181911)]
    public void TruncatedNormal_FarQuantiles_AreReachedInEveryLayout(double mean, double std, double a, double b, double p, double expected)
    {
        var d = new TruncatedNormalDistribution(mean, std, a, b);
        double q = d.Quantile(p);
        Assert.True(d.Cdf(q) >= p && d.Cdf(Math.BitDecrement(q)) < p, $"q = {q:R}");
        Assert.Equal(expected, q, Math.Abs(expected) * (p > 0.5 ? 2e-2 : 1e-12));
    }
}
