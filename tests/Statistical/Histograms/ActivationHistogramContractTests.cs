using InitVerify.Init.Initializers;
using InitVerify.Propagation.Histograms;
using InitVerify.Propagation.Network;

namespace InitVerify.Statistical.Tests.Histograms;

/// <summary>
/// Exact facts of <see cref="ActivationHistogram"/>: its bin edges, its degenerate cases (no values, no finite
/// value) and the range it chooses for an unbounded activation. Every value below is a power of two or a small
/// dyadic fraction, so the counts and moments are exact.
/// </summary>
public class ActivationHistogramContractTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void Edge_RefusesABinOutsideZeroToBinCount(int bin)
    {
        ActivationHistogram h = ActivationHistogram.Create([0.5f], 0.1, 1.0, 3);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => h.Edge(bin));
        Assert.Equal("bin", error.ParamName);
        Assert.Equal(bin, error.ActualValue);
        Assert.Contains("bin must be in 0..3.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Edge_OfZeroIsMin_AndOfBinCountIsMaxExactly()
    {
        ActivationHistogram h = ActivationHistogram.Create([0.5f], 0.1, 1.0, 3);
        Assert.Equal(0.1, h.Edge(0));
        // Min + 3·BinWidth = 0.1 + 3·0.3 rounds to 0.9999999999999999: the last edge must be Max itself.
        Assert.NotEqual(1.0, h.Min + 3 * h.BinWidth);
        Assert.Equal(1.0, h.Edge(3));
    }

    [Fact]
    public void EmptyHistogram_HasZeroFractionsAndNaNMoments()
    {
        ActivationHistogram h = ActivationHistogram.Create(ReadOnlySpan<float>.Empty, -1, 1, 4);
        Assert.Equal(0, h.Total);
        // 0 rather than 0/0: no value lies anywhere.
        Assert.Equal(0.0, h.FractionOfBinsWithin(-1, 1));
        Assert.Equal(double.NaN, h.Mean);
        Assert.Equal(double.NaN, h.StandardDeviation);
    }

    [Fact]
    public void HistogramOfOnlyNonFiniteValues_CountsThemAndHasNaNMoments()
    {
        ActivationHistogram h = ActivationHistogram.Create([float.NaN, float.PositiveInfinity, float.NegativeInfinity], -1, 1, 2);
        Assert.Equal(3, h.Total);
        Assert.Equal(3, h.NonFiniteCount);
        Assert.Equal(0, h.Below);
        Assert.Equal(0, h.Above);
        Assert.Equal([0L, 0L], h.Counts);
        // The non-finite values stay in the denominator: 0 of 3 values in the bins.
        Assert.Equal(0.0, h.FractionOfBinsWithin(-1, 1));
        // No finite value: the mean and standard deviation are undefined, not 0.
        Assert.Equal(double.NaN, h.Mean);
        Assert.Equal(double.NaN, h.StandardDeviation);
    }

    [Fact]
    public void FromForward_OfAnUnboundedActivation_SpansTheLargestFiniteMagnitude_IgnoringOverflow()
    {
        // Widths 2 → 2, identity, every weight 2^30. Rows [0.5, 0.5] → 2^30, [−1, −1] → −2^31,
        // [2^100, 2^100] → 2^131 = +∞ in float.
        var stack = new DenseStack([2, 2], Activation.Identity, new ConstantInitializer(Math.ScaleB(1.0, 30)), 1);
        float big = MathF.ScaleB(1f, 100);
        ForwardPass pass = stack.Forward([0.5f, 0.5f, -1f, -1f, big, big], keepActivations: true);

        ActivationHistogram h = ActivationHistogram.FromForward(pass, 1, bins: 4);

        // m = the largest finite |φ(y)| = 2^31 (the ∞ values are skipped): range [−2^31, 2^31], bin width 2^30.
        double m = Math.ScaleB(1.0, 31);
        Assert.Equal(1, h.Layer);
        Assert.Equal(-m, h.Min);
        Assert.Equal(m, h.Max);
        // −2^31 falls in bin 0; 2^30 = Min + 3·2^30 starts bin 3.
        Assert.Equal([2L, 0L, 0L, 2L], h.Counts);
        Assert.Equal(2, h.NonFiniteCount);
        Assert.Equal(6, h.Total);
        // Finite values {2^30, 2^30, −2^31, −2^31}: mean −2^29; E[v²] = (2^60 + 2^62)/2, variance 9·2^58, sd 3·2^29.
        Assert.Equal(-Math.ScaleB(1.0, 29), h.Mean);
        Assert.Equal(3 * Math.ScaleB(1.0, 29), h.StandardDeviation);
    }

    [Fact]
    public void FromForward_WithNoNonZeroFiniteActivation_UsesMinusOneToOne()
    {
        // All weights 0: every activation is 0, so the largest magnitude is 0 and the range falls back to [−1, 1].
        var zero = new DenseStack([2, 2], Activation.Identity, ConstantInitializer.Zeros, 1);
        ActivationHistogram zeros = ActivationHistogram.FromForward(zero.Forward(2, keepActivations: true), 1, bins: 4);
        Assert.Equal(-1.0, zeros.Min);
        Assert.Equal(1.0, zeros.Max);
        // The 2 × 2 zeros fall in bin 2 = [0, 0.5).
        Assert.Equal([0L, 0L, 4L, 0L], zeros.Counts);

        // All activations overflow (2^100·2^100 per product): no finite magnitude at all, same fallback.
        var huge = new DenseStack([2, 2], Activation.Identity, new ConstantInitializer(Math.ScaleB(1.0, 100)), 1);
        float big = MathF.ScaleB(1f, 100);
        ActivationHistogram infinite = ActivationHistogram.FromForward(huge.Forward([big, big], keepActivations: true), 1, bins: 4);
        Assert.Equal(-1.0, infinite.Min);
        Assert.Equal(1.0, infinite.Max);
        Assert.Equal(2, infinite.NonFiniteCount);
        Assert.Equal([0L, 0L, 0L, 0L], infinite.Counts);
    }

    [Fact]
    public void FromForward_OfABoundedActivation_UsesItsFixedRange()
    {
        DenseStack tanh = DenseStack.Uniform(4, 2, Activation.Tanh, new NormalInitializer(0, 0.5), 3);
        ActivationHistogram t = ActivationHistogram.FromForward(tanh.Forward(2, keepActivations: true), 2, bins: 4);
        Assert.Equal((-1.0, 1.0), (t.Min, t.Max));
        Assert.Equal(2, t.Layer);

        DenseStack sigmoid = DenseStack.Uniform(4, 2, Activation.Sigmoid, new NormalInitializer(0, 0.5), 3);
        ActivationHistogram s = ActivationHistogram.FromForward(sigmoid.Forward(2, keepActivations: true), 1, bins: 4);
        Assert.Equal((0.0, 1.0), (s.Min, s.Max));
        // Every σ(y) lies in (0, 1): all 8 values are binned.
        Assert.Equal(8L, s.Counts.Sum());
    }

    [Fact]
    public void FractionOfBinsWithin_CountsTheBinsWhoseCentreIsInside_OverAllValues()
    {
        // Bins of [0, 1) in quarters, centres 0.125, 0.375, 0.625, 0.875; one value per bin, one above, one NaN: 6 in all.
        ActivationHistogram h = ActivationHistogram.Create([0.1f, 0.3f, 0.6f, 0.9f, 2f, float.NaN], 0.0, 1.0, 4);
        Assert.Equal(2.0 / 6, h.FractionOfBinsWithin(0.375, 0.625)); // both ends are centres: inclusive
        Assert.Equal(1.0 / 6, h.FractionOfBinsWithin(0.2, 0.5));
        Assert.Equal(0.0, h.FractionOfBinsWithin(0.4, 0.6));
        Assert.Equal(4.0 / 6, h.FractionOfBinsWithin(-1, 1));
        Assert.Equal(4.0 / 6, h.FractionOfBinsWithin(-10, 10)); // a range past the last centre reads only the 4 bins
    }

    [Fact]
    public void Moments_AreThoseOfTheFiniteValues()
    {
        // Values 1, 2, 4 and an infinity: mean 7/3 of the finite ones, E[x²] = 21/3 = 7, std = √(7 − 49/9).
        ActivationHistogram h = ActivationHistogram.Create([1f, 2f, 4f, float.PositiveInfinity], 0.0, 8.0, 4);
        Assert.Equal(7.0 / 3, h.Mean, 1e-15);
        Assert.Equal(Math.Sqrt(7 - (49.0 / 9)), h.StandardDeviation, 1e-15);
    }

    [Theory]
    [InlineData(double.NaN, 1.0, 4, 0, "min", "must be finite")]
    [InlineData(0.0, double.PositiveInfinity, 4, 0, "max", "must be finite")]
    [InlineData(1.0, 1.0, 4, 0, "max", "must exceed min = 1")]
    [InlineData(0.0, 1.0, 0, 0, "bins", "must be ≥ 1")]
    [InlineData(0.0, 1.0, 4, -1, "layer", "must be ≥ 0")]
    public void Create_RefusesBadParameters(double min, double max, int bins, int layer, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ActivationHistogram.Create([0.5f], min, max, bins, layer));
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromForward_AndAllLayers_RefuseANullPass()
    {
        Assert.Equal("pass", Assert.Throws<ArgumentNullException>(() => ActivationHistogram.FromForward(null!, 1)).ParamName);
        Assert.Equal("pass", Assert.Throws<ArgumentNullException>(() => ActivationHistogram.AllLayers(null!)).ParamName);
    }
}
