using InitVerify.Statistical.Tests.Infrastructure;
using Xunit.Abstractions;

namespace InitVerify.Statistical.Tests.Propagation;

/// <summary>
/// Backward pass: δ_l = ∂loss/∂y_l for a random N(0, 1) output gradient; every layer's pooled E[δ_l²] matches the
/// mean-field prediction anchored at the measured E[δ_L²], each test at rate r = <see cref="FailureBudget.PerAssertion"/>.
/// </summary>
public class BackwardPropagationTests(ITestOutputHelper output)
{
    [Fact]
    public void HeNormal_Relu_PreservesGradient_256x50() => Check(Scenarios.HeNormalRelu);

    [Fact]
    public void HeUniform_Relu_PreservesGradient_128x100() => Check(Scenarios.HeUniformRelu);

    [Fact]
    public void LeCunNormal_Tanh_GradientFollowsMeanField() => Check(Scenarios.LeCunTanh);

    [Fact]
    public void TanhGainFiveThirds_GradientGrowsByChi1() => Check(Scenarios.TanhGain);

    [Fact]
    public void XavierNormal_Identity_PreservesGradient() => Check(Scenarios.XavierIdentity);

    [Fact]
    public void HeFanOut_Relu_UnequalWidths_PreservesGradient()
    {
        // fan_out: n_l·Var(W_l)·E[relu′²] = 2·½ = 1 for every layer, whatever the widths.
        var claim = Scenarios.HeFanOutUnequal.Claim(1.0);
        for (int l = 2; l <= claim.Depth; l++)
        {
            Assert.Equal(1.0, claim.BackwardGain(l), 1e-12);
        }

        Check(Scenarios.HeFanOutUnequal);
    }

    private void Check(Scenario scenario) =>
        PropagationAssert.Accepted(scenario.RunOnce().BackwardTest(FailureBudget.PerAssertion), scenario, "backward", output);
}
