using InitVerify.Propagation.Network;
using InitVerify.Propagation.Theory;
using InitVerify.Propagation.Verification;

namespace InitVerify.Statistical.Tests.Verification;

/// <summary>
/// Bad input to the propagation library: an <see cref="ArgumentOutOfRangeException"/> naming the parameter and its
/// range, before anything is computed (the shared throw helpers of src/Shared).
/// </summary>
public class BadParameterTests
{
    public static TheoryData<string, string, Action> BadParameters => new()
    {
        { "centerLow", "must be finite", () => _ = new LogRatioBand(double.NaN, 0, 1, 0.01) },
        { "centerHigh", "must be ≥ centerLow", () => _ = new LogRatioBand(1, 0, 1, 0.01) },
        { "standardDeviation", "finite and ≥ 0", () => _ = new LogRatioBand(0, 0, -1, 0.01) },
        { "standardDeviation", "finite and ≥ 0", () => _ = new LogRatioBand(0, 0, double.PositiveInfinity, 0.01) },
        { "falseFailureRate", "must lie in (0, 1)", () => _ = new LogRatioBand(0, 0, 1, 0) },
        { "falseFailureRate", "must lie in (0, 1)", () => _ = new LogRatioBand(0, 0, 1, 1) },
        { "p", "must lie in (0, 1)", () => LogRatioBand.UpperQuantile(double.NaN) },
        { "q", "finite and ≥ 0", () => MeanField.ActivationSecondMoment(Activation.Relu, -1e-300) },
        { "weightVariance", "finite and ≥ 0", () => MeanField.LengthMap(Activation.Tanh, double.NaN, 0, 1) },
        { "q", "finite and > 0", () => MeanField.LengthMapSlope(Activation.Tanh, 1, 0) },
        { "weightVariance", "finite and ≥ 0", () => MeanField.LengthMapSlope(Activation.Tanh, -2, 1) },
        { "weightVariance", "finite and ≥ 0", () => MeanField.Chi(Activation.Relu, double.NaN, 1) },
        { "layers", "must be ≥ 0", () => MeanField.Iterate(Activation.Tanh, 1, 0, 1, -1) },
        { "start", "finite and > 0", () => MeanField.FixedPoint(Activation.Tanh, 1, 0, double.NegativeInfinity) },
        { "layer", "must be ≥ 1", () => FiniteWidthSpread.ReluForwardVariance(64, 0) },
        { "width", "must be ≥ 1", () => FiniteWidthSpread.ReluForwardVariance(0, 3) },
        { "negativeSlope", "must be finite", () => Activation.LeakyRelu(double.NaN) },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public void BadParameter_ThrowsNamingItAndItsRange(string parameter, string rule, Action call)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }
}
