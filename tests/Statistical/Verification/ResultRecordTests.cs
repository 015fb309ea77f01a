using InitVerify.Propagation.Network;
using InitVerify.Propagation.Verification;

namespace InitVerify.Statistical.Tests.Verification;

/// <summary>Exact facts of the result records: how a verdict measures and prints its distance from the band.</summary>
public class ResultRecordTests
{
    private static readonly LogRatioBand Band = new(-0.1, 0.1, 0.05, 1e-6);

    private static PropagationTestResult Result(PropagationFailure failure, int failingLayer, params double[] meanLogRatios) =>
        new(failure, failingLayer, [1, 2, 3], [1, 2, 3], meanLogRatios, [Band, Band, Band], 4, 1e-6);

    [Fact]
    public void WorstExcess_IsZeroInsideInSdsOutsideAndInfiniteForNonFinite()
    {
        Assert.Equal(0.0, Result(PropagationFailure.None, 0, 0, 0.05, -0.05).WorstExcessInSds());
        double above = (0.5 - Band.Upper) / Band.StandardDeviation;
        Assert.Equal(above, Result(PropagationFailure.OutOfBand, 2, 0, 0.5, 0).WorstExcessInSds(), 12);
        double below = (Band.Lower + 0.9) / Band.StandardDeviation;
        Assert.Equal(below, Result(PropagationFailure.OutOfBand, 3, 0, 0, -0.9).WorstExcessInSds(), 12);
        Assert.Equal(double.PositiveInfinity, Result(PropagationFailure.NonFinite, 1, double.NaN, 0, 0).WorstExcessInSds());
    }

    [Fact]
    public void ToString_NamesThePassOrTheFailingLayer()
    {
        Assert.StartsWith("passed: 4 nets, 3 layers", Result(PropagationFailure.None, 0, 0, 0, 0).ToString(), StringComparison.Ordinal);
        Assert.StartsWith("OutOfBand at layer 2: mean log-ratio 0.5", Result(PropagationFailure.OutOfBand, 2, 0, 0.5, 0).ToString(), StringComparison.Ordinal);
        Assert.False(Result(PropagationFailure.Collapsed, 1, 0, 0, 0).Passed);
    }

    [Fact]
    public void DetectablePerLayerGain_DividesByTheDistanceFromTheAnchor()
    {
        var result = new PropagationTestResult(PropagationFailure.None, 0, [1, 2], [0, 4], [0, 0], [Band, Band], 4, 1e-6);
        Assert.Equal(Band.DetectableDeviation(0.999999) / 4, result.DetectablePerLayerLogGain(0.999999), 12);
        Assert.Equal(Band.DetectableDeviation(0.999999), result.DetectableLogDeviation(0.999999), 12);
    }

    [Fact]
    public void DetectableLogDeviation_IsTheWidestBandsDeviation_TheGuaranteeThatHoldsAtEveryLayer()
    {
        var wide = new LogRatioBand(-0.2, 0.1, 0.08, 1e-6);
        var result = new PropagationTestResult(PropagationFailure.None, 0, [1, 2, 3], [1, 2, 3], [0, 0, 0], [Band, wide, Band], 4, 1e-6);
        double expected = wide.DetectableDeviation(0.99);
        Assert.True(expected > Band.DetectableDeviation(0.99));
        Assert.Equal(expected, result.DetectableLogDeviation(0.99));
    }

    [Fact]
    public void DetectablePerLayerGain_SkipsTheAnchorLayer_EvenWhenItsBandHasZeroWidth()
    {
        // A band of zero width detects any shift (deviation 0); at distance 0 it says nothing about a per-layer gain
        // (0/0), so only layer 2 counts: 0/2 = 0.
        var point = new LogRatioBand(0, 0, 0, 1e-6);
        Assert.Equal(0.0, point.DetectableDeviation(0.5));
        var result = new PropagationTestResult(PropagationFailure.None, 0, [1, 2], [0, 2], [0, 0], [point, point], 1, 1e-6);
        Assert.Equal(0.0, result.DetectablePerLayerLogGain(0.5));
        // Only anchor layers: no per-layer gain is detectable.
        var anchorOnly = new PropagationTestResult(PropagationFailure.None, 0, [1], [0], [0], [Band], 1, 1e-6);
        Assert.Equal(double.PositiveInfinity, anchorOnly.DetectablePerLayerLogGain(0.5));
    }

    [Fact]
    public void GradientStatistics_IsFiniteOnlyWithoutOverflow()
    {
        Assert.True(new GradientStatistics(1, 8, 0.5, 0.1, 0).IsFinite);
        Assert.False(new GradientStatistics(1, 8, double.PositiveInfinity, 0.1, 0).IsFinite);
        Assert.False(new GradientStatistics(1, 8, 0.5, 0.1, 3).IsFinite);
    }
}
