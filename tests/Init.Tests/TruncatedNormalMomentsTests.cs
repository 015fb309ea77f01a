using InitVerify.Init.Sampling;

namespace InitVerify.Init.Tests;

/// <summary>
/// Mean and variance of N(0, 1) truncated to [α, β] (what <see cref="WeightDistribution.ExpectedValue"/> and
/// <see cref="WeightDistribution.Variance"/> report for a truncated normal) against mpmath.
/// </summary>
/// <remarks>
/// References: mpmath 1.3 at 80 and 160 digits (agreeing to 40 digits) of E = (φ(α) − φ(β))/P and
/// Var = 1 + (αφ(α) − βφ(β))/P − E², P from erfc on the interval's side, evaluated at the exact double values of
/// the bounds (script: mpmath.mpf(float(bound))). Compared within 2e-14 relative: the largest error measured is
/// 7e-15 (the one-sided tails, where the integral sums ~20 panels); the closed forms, where still used, within 1e-14
/// (8e-15 at worst on 3,000 random such intervals, checked in Python against mpmath). Before the integrated path the closed forms gave, e.g.,
/// −1.3e-10 instead of 3.3e-13 for [−1e-6, 1e-6] and 3% too much for [5, 5.0001].
/// </remarks>
public class TruncatedNormalMomentsTests
{
    [Theory]
    // Narrow windows: the variance is ≈ width²/12, far below the closed forms' rounding.
    [InlineData(-1e-6, 1e-6, 0.0, 3.3333333333328886e-13)]
    [InlineData(-1e-9, 1e-3, 0.00049999945833329307, 8.3333497222293439e-8)]
    [InlineData(1, 1.000001, 1.0000004999999166, 8.3333333319615283e-14)]
    [InlineData(5, 5.0001, 5.0000499958332916, 8.3333332263479637e-10)]
    [InlineData(0.5, 0.5001, 0.50004999958329166, 8.333333329511845e-10)]
    [InlineData(2, 2.1, 2.0482934302550996, 0.00083130912547843822)]
    [InlineData(-3, -2.9, -2.9475460408656944, 0.00082944546438804041)]
    [InlineData(-7, -6.99, -6.9949417132807276, 8.3312672197471843e-6)]
    [InlineData(-0.25, 0.25, 0.0, 0.020660241054482109)]
    [InlineData(-0.3, 0.2, -0.048966998541879793, 0.020659605384467695)]
    // One tail: the variance (≈ 1/α²) is a small difference of numbers of order α² in closed form.
    [InlineData(0, double.PositiveInfinity, 0.79788456080286536, 0.36338022763241866)]
    [InlineData(3, double.PositiveInfinity, 3.2830986549304365, 0.070559186785268117)]
    [InlineData(10, double.PositiveInfinity, 10.098093233962512, 0.0094453778256562612)]
    [InlineData(30, double.PositiveInfinity, 30.033259667433677, 0.001103771511890091)]
    [InlineData(1000, double.PositiveInfinity, 1000.000999998, 9.9999400004999948e-7)]
    [InlineData(1e6, 1000001, 1000000.000001, 9.99999999994e-13)]
    [InlineData(double.NegativeInfinity, -40, -40.024968847207264, 0.00062266837859138877)]
    [InlineData(1, 2, 1.3831690466315528, 0.072742886100601289)]
    // Around zero and at least ClosedFormWidth wide: the closed forms.
    [InlineData(-2, 2, 0.0, 0.77374130354992325)]
    [InlineData(-1, 3, 0.28278611072715401, 0.6161417353578293)]
    // ... down to the narrowest such intervals, where the closed forms cancel most (1 wide, 0 at one end).
    [InlineData(-1e-6, 1.0, 0.45986169182840615, 0.079651978913197833)]
    [InlineData(-0.5, 0.5, 0.0, 0.080589154600811698)]
    // Nearly symmetric, or far longer on one side: the mean is a small difference of densities, φ(α) − φ(β), which the
    // plain subtraction (or the mixture of the two halves' means) gets only to an absolute 1e-17.
    [InlineData(double.NegativeInfinity, 30, -1.4736461348785476e-196, 1.0)]
    [InlineData(-8, 20, 5.052271083536895e-15, 0.9999999999999596)]
    [InlineData(-2, 2.000000001, 1.1312935749415647e-10, 0.7737413037324156)]
    [InlineData(-0.006882682994562293, 0.00687607174600983, -3.3055721294195225e-06, 1.577517812407146e-05)]
    [InlineData(-0.25, 0.25000001, 4.89669878805265e-09, 0.020660241873988905)]
    [InlineData(-1e-06, 1.0000001e-06, 5.00000000754789e-14, 3.333333666666231e-13)]
    [InlineData(-3, 1e-3, -0.7905239717768238, 0.3476306847411232)]
    // ... and the other side longer, up to +∞ (φ(β) = 0 there, so φ(α) is the factor).
    [InlineData(-1, double.PositiveInfinity, 0.2875999709391784, 0.6296862857766053)]
    [InlineData(-0.3, 45, 0.6172208536127345, 0.4338721617817471)]
    public void MeanAndVariance_MatchMpmath(double alpha, double beta, double mean, double variance)
    {
        Assert.Equal(mean, TruncatedNormalMoments.StandardMean(alpha, beta), Math.Max(Math.Abs(mean), 1e-300) * 2e-14);
        Assert.Equal(variance, TruncatedNormalMoments.StandardVariance(alpha, beta), variance * 2e-14);
    }

    [Fact]
    public void VanishingWindows_TendToTheUniformAndTheExponentialLimits()
    {
        // [−ε, ε] with ε = 1e-150: uniform to relative O(ε²), Var = (2ε)²/12.
        Assert.Equal(4e-300 / 12, TruncatedNormalMoments.StandardVariance(-1e-150, 1e-150), 4e-300 / 12 * 1e-13);
        // [α, ∞) for huge α: Exp(α) shifted by α to relative O(1/α²): E = α, Var = 1/α² (mpmath: 1/α² − 6/α⁴ rounds to
        // it). At 1e151, √(α² + 80) rounds to α; at 1e155, α² overflows (from 1.34e154) and Var is subnormal.
        Assert.Equal(1e151, TruncatedNormalMoments.StandardMean(1e151, double.PositiveInfinity), 1e151 * 1e-15);
        Assert.Equal(1e-302, TruncatedNormalMoments.StandardVariance(1e151, double.PositiveInfinity), 1e-302 * 1e-13);
        Assert.Equal(1e155, TruncatedNormalMoments.StandardMean(1e155, double.PositiveInfinity), 1e155 * 1e-15);
        Assert.Equal(1e-310, TruncatedNormalMoments.StandardVariance(1e155, double.PositiveInfinity), 1e-310 * 1e-12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(3.0)]
    [InlineData(1e3)]
    [InlineData(1e8)]
    [InlineData(1e150)]
    [InlineData(1e151)]
    [InlineData(1e155)]
    [InlineData(1e300)]
    public void Reach_IsWhereTheLogDensityHasFallenByLogCut(double x)
    {
        // The quadrature of g(u) = exp(−u(x + u/2)) stops at u = Reach(x), where u(x + u/2) = LogCut exactly.
        double reach = TruncatedNormalMoments.Reach(x);
        Assert.Equal(TruncatedNormalMoments.LogCut, reach * (x + 0.5 * reach), TruncatedNormalMoments.LogCut * 1e-14);
    }

    [Theory]
    [InlineData(0.0, double.PositiveInfinity)]
    [InlineData(0.0, 1.0)]
    [InlineData(0.3, 1e-4)]
    [InlineData(3.0, double.PositiveInfinity)]
    [InlineData(100.0, double.PositiveInfinity)]
    [InlineData(100.0, 0.05)]
    [InlineData(1e6, double.PositiveInfinity)]
    public void Panels_ShareTheLogChangeEvenly_AtMostTwicePerPanelOnAverageAndNoMoreThanNeeded(double x, double width)
    {
        double length = Math.Min(width, TruncatedNormalMoments.Reach(x));
        int panels = TruncatedNormalMoments.PanelCount(x, length);
        double h = length / panels;
        double total = length * (x + 0.5 * length);
        double perPanel = TruncatedNormalMoments.LogChangePerPanel;

        // Log g is concave: the last panel takes the largest change, below twice the average, so below 2·LogChangePerPanel.
        for (int p = 0; p < panels; p++)
        {
            Assert.True(h * (x + (p + 0.5) * h) < 2 * perPanel, $"panel {p} of {panels}");
        }

        // ... and no more panels than that needs (⌈total/LogChangePerPanel⌉ + 1).
        Assert.InRange(panels, 2, (total / perPanel) + 2);
    }

    [Fact]
    public void WholeLineAndHugeSymmetricIntervals_AreTheStandardNormal()
    {
        // (−∞, ∞): α + β is NaN; ±1e308: β − α overflows, so the difference of squares is formed as (β/2 − α/2)(β + α).
        Assert.Equal(0.0, TruncatedNormalMoments.StandardMean(double.NegativeInfinity, double.PositiveInfinity));
        Assert.Equal(1.0, TruncatedNormalMoments.StandardVariance(double.NegativeInfinity, double.PositiveInfinity), 1e-15);
        Assert.Equal(0.0, TruncatedNormalMoments.StandardMean(-1e308, 1e308));
        Assert.Equal(1.0, TruncatedNormalMoments.StandardVariance(-1e308, 1e308), 1e-15);
    }

    [Fact]
    public void MirroredIntervals_HaveOppositeMeansAndEqualVariances()
    {
        foreach ((double a, double b) in new[] { (1.0, 1.000001), (3.0, double.PositiveInfinity), (-1e-9, 1e-3), (-1.0, 3.0) })
        {
            Assert.Equal(-TruncatedNormalMoments.StandardMean(a, b), TruncatedNormalMoments.StandardMean(-b, -a), 15);
            Assert.Equal(TruncatedNormalMoments.StandardVariance(a, b), TruncatedNormalMoments.StandardVariance(-b, -a), TruncatedNormalMoments.StandardVariance(a, b) * 1e-14);
        }
    }

    [Fact]
    public void WeightDistribution_ReportsThemScaled()
    {
        // TN(μ = 1, σ = 2) on [1 + 2·5, 1 + 2·5.0001] is 1 + 2·Z, Z on [5, 5.0001] (bounds exact in binary up to rounding of 5.0001·2).
        WeightDistribution target = WeightDistribution.TruncatedNormal(1, 2, 11, 11.0002);
        double alpha = 5, beta = (11.0002 - 1) / 2;
        Assert.Equal(1 + 2 * TruncatedNormalMoments.StandardMean(alpha, beta), target.ExpectedValue, 1e-14);
        Assert.Equal(4 * TruncatedNormalMoments.StandardVariance(alpha, beta), target.Variance, 4 * 8.3e-10 * 1e-13);
        Assert.True(target.Variance > 0);
    }
}
