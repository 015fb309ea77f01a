using InitVerify.Propagation.Verification;
using InitVerify.Statistical.Tests.Infrastructure;
using Xunit.Abstractions;

namespace InitVerify.Statistical.Tests.Propagation;

/// <summary>
/// Correct initializers: every layer's pooled pre-activation second moment matches the mean-field prediction
/// within the finite-width band (see <see cref="SignalPropagationTest"/>), each test at rate
/// r = <see cref="FailureBudget.PerAssertion"/>; the output prints the guaranteed detection.
/// </summary>
public class ForwardPropagationTests(ITestOutputHelper output)
{
    [Fact]
    public void HeNormal_Relu_PreservesVariance_256x50() => Check(Scenarios.HeNormalRelu);

    [Fact]
    public void HeUniform_Relu_PreservesVariance_128x100() => Check(Scenarios.HeUniformRelu);

    [Fact]
    public void HeNormal_Relu_PreservesVariance_1024x20() => Check(Scenarios.HeNormalReluWide);

    [Fact]
    public void LeCunNormal_Tanh_FollowsPowerLawDecay_256x50() => Check(Scenarios.LeCunTanh);

    [Fact]
    public void XavierUniform_Tanh_FollowsMeanField_512x20() => Check(Scenarios.XavierUniformTanh);

    [Fact]
    public void XavierGainFiveThirds_Tanh_ReachesFixedPoint_256x30() => Check(Scenarios.TanhGain);

    [Fact]
    public void XavierNormal_Identity_PreservesVariance_128x100() => Check(Scenarios.XavierIdentity);

    [Fact]
    public void HeFanIn_Relu_UnequalWidths_PreservesVariance() => Check(Scenarios.HeFanInUnequal);

    [Fact]
    public void LeCunNormal_Selu_StaysAtFixedPoint_256x20() => Check(Scenarios.LeCunSelu);

    [Fact]
    public void HeNormal_Relu_MeanFieldIsConstant()
    {
        // The prediction itself: q_l = q_1 for every layer (He is ReLU's critical point).
        var claim = Scenarios.HeNormalRelu.Claim(1.0);
        Assert.All(claim.PreActivationSecondMoments, q => Assert.Equal(2.0, q, 1e-12));
    }

    private void Check(Scenario scenario) =>
        PropagationAssert.Accepted(scenario.RunOnce().ForwardTest(FailureBudget.PerAssertion), scenario, "forward", output);
}
