using InitVerify.Init.Initializers;
using InitVerify.Propagation.Network;
using InitVerify.Propagation.Theory;
using InitVerify.Propagation.Verification;

namespace InitVerify.Statistical.Tests.Verification;

/// <summary>
/// The argument contract of <see cref="SignalPropagationTest"/> (every refusal names "claims" or "safetyFactor"),
/// and its verdict when networks collapse or overflow: deterministic facts, no statistical assertion (so no slot of
/// the failure budget is used).
/// </summary>
public class SignalPropagationTestContractTests
{
    private const double Rate = 0.01;

    [Fact]
    public void Forward_RefusesZeroNetworks()
    {
        var error = Assert.Throws<ArgumentException>(() => SignalPropagationTest.Forward([], [], Rate));
        Assert.Equal("claims", error.ParamName);
        Assert.Contains("need k ≥ 1 passes and one claim per pass (got 0 passes, 0 claims).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    public void Forward_RefusesAClaimCountOtherThanTheNetworkCount(int networks, int claims)
    {
        (ForwardPass pass, MeanFieldPrediction claim) = Tiny(2);
        ForwardPass[] passes = Enumerable.Repeat(pass, networks).ToArray();
        MeanFieldPrediction[] predictions = Enumerable.Repeat(claim, claims).ToArray();
        var error = Assert.Throws<ArgumentException>(() => SignalPropagationTest.Forward(passes, predictions, Rate));
        Assert.Equal("claims", error.ParamName);
        Assert.Contains($"(got {networks} passes, {claims} claims).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forward_RefusesClaimsOfDifferentDepths()
    {
        (ForwardPass shallow, MeanFieldPrediction shallowClaim) = Tiny(2);
        (ForwardPass deep, MeanFieldPrediction deepClaim) = Tiny(3);
        var error = Assert.Throws<ArgumentException>(() => SignalPropagationTest.Forward([shallow, deep], [shallowClaim, deepClaim], Rate));
        Assert.Equal("claims", error.ParamName);
        Assert.Contains("every claim must have the same depth.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.999)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Forward_RefusesASafetyFactorThatIsNotFiniteAndAtLeastOne(double safetyFactor)
    {
        (ForwardPass pass, MeanFieldPrediction claim) = Tiny(2);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SignalPropagationTest.Forward([pass], [claim], Rate, safetyFactor));
        Assert.Equal("safetyFactor", error.ParamName);
        Assert.Equal(safetyFactor, error.ActualValue);
        Assert.Contains("safetyFactor must be finite and ≥ 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forward_AcceptsASafetyFactorOfExactlyOne()
    {
        (ForwardPass pass, MeanFieldPrediction claim) = Tiny(2);
        PropagationTestResult result = SignalPropagationTest.Forward([pass], [claim], Rate, safetyFactor: 1.0);
        Assert.Equal(1, result.Networks);
        Assert.Equal([1, 2], result.Layers);
    }

    [Fact]
    public void Backward_RefusesDepthOne_ForLayerOneIsTheAnchor()
    {
        var stack = DenseStack.Uniform(4, 1, Activation.Relu, He.Normal(), 5);
        ForwardPass pass = stack.Forward(2);
        BackwardPass back = stack.Backward(pass);
        MeanFieldPrediction claim = MeanField.Predict(stack, pass.InputSecondMoment);
        var error = Assert.Throws<ArgumentException>(() => SignalPropagationTest.Backward([back], [claim], Rate));
        Assert.Equal("claims", error.ParamName);
        Assert.Contains("a backward test needs depth ≥ 2 (layer L is the anchor).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Forward_ReportsNonFinite_NotCollapsed_WhenOneNetOverflowsAndAnotherCollapsesAtTheSameLayer(bool overflowFirst)
    {
        ForwardPass overflow = Overflowing();
        ForwardPass collapsed = Collapsed();
        ForwardPass[] passes = overflowFirst ? [overflow, collapsed] : [collapsed, overflow];

        PropagationTestResult result = SignalPropagationTest.Forward(passes, [IdentityClaim, IdentityClaim], Rate);

        // Overflow outranks collapse whichever net comes first; the mean log-ratio of a non-finite layer is NaN.
        Assert.Equal(PropagationFailure.NonFinite, result.Failure);
        Assert.Equal(1, result.FirstFailingLayer);
        Assert.False(result.Passed);
        Assert.Equal([double.NaN, double.NaN], result.MeanLogRatios);
    }

    [Fact]
    public void Forward_ReportsCollapsedAtLayerOne_WhenEveryNetCollapses()
    {
        PropagationTestResult result = SignalPropagationTest.Forward([Collapsed(), Collapsed()], [IdentityClaim, IdentityClaim], Rate);
        Assert.Equal(PropagationFailure.Collapsed, result.Failure);
        Assert.Equal(1, result.FirstFailingLayer);
        // log(0/1) = −∞ for both nets, so the mean is −∞ at every layer.
        Assert.Equal([double.NegativeInfinity, double.NegativeInfinity], result.MeanLogRatios);
    }

    /// <summary>Identity, widths 2 → 2 → 2, Var(W) = 0.5: q_l = 1 for mean(x_0²) = 1 (finite and positive, so a valid claim).</summary>
    private static MeanFieldPrediction IdentityClaim => MeanField.Predict(Activation.Identity, [2, 2, 2], [0.5, 0.5], null, 1.0);

    /// <summary>Every weight 2^100 and inputs 2^64: y_1 = 2·2^164 overflows float, and so does every later layer.</summary>
    private static ForwardPass Overflowing()
    {
        var stack = new DenseStack([2, 2, 2], Activation.Identity, new ConstantInitializer(Math.ScaleB(1.0, 100)), 1);
        float big = MathF.ScaleB(1f, 64);
        ForwardPass pass = stack.Forward([big, big]);
        Assert.Equal(double.PositiveInfinity, pass.Layers[0].PreActivationSecondMoment);
        return pass;
    }

    /// <summary>Every weight 0: y_l = 0 at every layer.</summary>
    private static ForwardPass Collapsed()
    {
        var stack = new DenseStack([2, 2, 2], Activation.Identity, ConstantInitializer.Zeros, 2);
        ForwardPass pass = stack.Forward(1);
        Assert.Equal(0.0, pass.Layers[0].PreActivationSecondMoment);
        return pass;
    }

    [Fact]
    public void Backward_RefusesWhatForwardRefuses_BeforeReadingAnyPass()
    {
        (BackwardPass back, MeanFieldPrediction claim) = TinyBackward(3);

        // Two passes, one claim: refused by name (not an index error from reading a claim that is not there).
        var count = Assert.Throws<ArgumentException>(() => SignalPropagationTest.Backward([back, back], [claim], Rate));
        Assert.Equal("claims", count.ParamName);
        Assert.Contains("(got 2 passes, 1 claims).", count.Message, StringComparison.Ordinal);

        var factor = Assert.Throws<ArgumentOutOfRangeException>(() => SignalPropagationTest.Backward([back], [claim], Rate, safetyFactor: 0.5));
        Assert.Equal("safetyFactor", factor.ParamName);
        Assert.Contains("safetyFactor must be finite and ≥ 1.", factor.Message, StringComparison.Ordinal);

        var rate = Assert.Throws<ArgumentOutOfRangeException>(() => SignalPropagationTest.Backward([back], [claim], 1.0));
        Assert.Equal("falseFailureRate", rate.ParamName);
        Assert.Equal(1.0, rate.ActualValue);
    }

    [Theory]
    [InlineData(2, new[] { 1 }, new[] { 1 })]
    [InlineData(4, new[] { 1, 2, 3 }, new[] { 3, 2, 1 })]
    public void Backward_TestsLayersOneToLMinusOne_AtTheirDistanceFromTheOutputAnchor(int depth, int[] layers, int[] distances)
    {
        // Depth 2 is the smallest backward test: layer 1, one layer gain below the anchor u_L.
        (BackwardPass back, MeanFieldPrediction claim) = TinyBackward(depth);
        PropagationTestResult result = SignalPropagationTest.Backward([back], [claim], Rate);
        Assert.Equal(layers, result.Layers);
        Assert.Equal(distances, result.LayerDistances);
        Assert.Equal(depth - 1, result.Bands.Count);
    }

    [Fact]
    public void Forward_TestsEveryLayer_AtItsDistanceFromTheInput()
    {
        (ForwardPass pass, MeanFieldPrediction claim) = Tiny(3);
        PropagationTestResult result = SignalPropagationTest.Forward([pass], [claim], Rate);
        Assert.Equal([1, 2, 3], result.Layers);
        Assert.Equal([1, 2, 3], result.LayerDistances);
    }

    [Fact]
    public void ForwardAndBackward_RefuseNullPasses()
    {
        (_, MeanFieldPrediction claim) = Tiny(2);
        Assert.Equal("passes", Assert.Throws<ArgumentNullException>(() => SignalPropagationTest.Forward(null!, [claim], Rate)).ParamName);
        Assert.Equal("passes", Assert.Throws<ArgumentNullException>(() => SignalPropagationTest.Backward(null!, [claim], Rate)).ParamName);
    }

    private static (BackwardPass Pass, MeanFieldPrediction Claim) TinyBackward(int depth)
    {
        var stack = DenseStack.Uniform(4, depth, Activation.Relu, He.Normal(), 13);
        ForwardPass pass = stack.Forward(2);
        return (stack.Backward(pass), MeanField.Predict(stack, pass.InputSecondMoment));
    }

    private static (ForwardPass Pass, MeanFieldPrediction Claim) Tiny(int depth)
    {
        var stack = DenseStack.Uniform(4, depth, Activation.Relu, He.Normal(), 11);
        ForwardPass pass = stack.Forward(2);
        return (pass, MeanField.Predict(stack, pass.InputSecondMoment));
    }
}
