using InitVerify.Propagation.Network;

namespace InitVerify.Statistical.Tests.Network;

/// <summary>
/// Exact facts of <see cref="Activation"/>: which nonlinearities can saturate, the derivative of every branch that
/// the propagation suites do not reach, and how an activation names itself.
/// </summary>
public class ActivationContractTests
{
    [Theory]
    [InlineData(ActivationKind.Tanh, true)]
    [InlineData(ActivationKind.Sigmoid, true)]
    [InlineData(ActivationKind.Identity, false)]
    [InlineData(ActivationKind.Relu, false)]
    [InlineData(ActivationKind.LeakyRelu, false)]
    [InlineData(ActivationKind.Selu, false)]
    public void CanSaturate_IsTrueExactlyForTheBoundedActivations(ActivationKind kind, bool bounded)
    {
        Activation phi = Of(kind);
        Assert.Equal(kind, phi.Kind);
        Assert.Equal(bounded, phi.CanSaturate);
    }

    [Fact]
    public void LeakyReluDerivative_IsTheNegativeSlopeUpToAndIncludingZero_AndOneAbove()
    {
        Activation phi = Activation.LeakyRelu(0.2);
        Assert.Equal(0.2, phi.Derivative(-3.0));
        // The kink y = 0 takes the left derivative (the remarks: as PyTorch does for ReLU).
        Assert.Equal(0.2, phi.Derivative(0.0));
        // The smallest positive double is already on the right branch.
        Assert.Equal(1.0, phi.Derivative(double.Epsilon));
        Assert.Equal(1.0, phi.Derivative(5.0));
    }

    [Fact]
    public void SigmoidDerivative_IsSigmaTimesOneMinusSigma()
    {
        Activation phi = Activation.Sigmoid;
        // σ(0) = ½ exactly, so σ′(0) = ½·½ = 0.25 exactly.
        Assert.Equal(0.25, phi.Derivative(0.0));
        // σ(ln 3) = 1/(1 + ⅓) = ¾, so σ′(ln 3) = ¾·¼ = 3/16 (exp rounds in its last place only).
        Assert.Equal(0.1875, phi.Derivative(Math.Log(3.0)), 1e-15);
        // σ′ is even: σ(−y) = 1 − σ(y).
        Assert.Equal(phi.Derivative(Math.Log(3.0)), phi.Derivative(-Math.Log(3.0)), 1e-15);
    }

    [Theory]
    [InlineData(0.995, true)]
    [InlineData(0.005, true)]
    [InlineData(0.99, false)]
    [InlineData(0.02, false)]
    [InlineData(0.5, false)]
    public void SigmoidIsSaturated_OutsideOnePercentOfEitherEnd(double activated, bool saturated)
    {
        // Saturated means σ > 0.99 or σ < 1 − 0.99 (strict: 0.99 itself is not saturated).
        Assert.Equal(saturated, Activation.Sigmoid.IsSaturated(activated));
    }

    [Fact]
    public void ToString_OfLeakyRelu_CarriesItsNegativeSlope_OthersAreTheirKind()
    {
        Assert.Equal("LeakyRelu(0.2)", Activation.LeakyRelu(0.2).ToString());
        // PyTorch's default slope.
        Assert.Equal("LeakyRelu(0.01)", Activation.LeakyRelu().ToString());
        // Slope 0 is still named as a leaky ReLU, not as ReLU.
        Assert.Equal("LeakyRelu(0)", Activation.LeakyRelu(0.0).ToString());
        Assert.Equal("Tanh", Activation.Tanh.ToString());
        Assert.Equal("Relu", Activation.Relu.ToString());
        Assert.Equal("Identity", Activation.Identity.ToString());
    }

    [Fact]
    public void Values_OfTheSimpleBranches_AreTheirFormulas()
    {
        // Leaky ReLU with slope 0.1: 0.1·(−2) = −0.2 below 0, the identity above, 0 at 0.
        Activation leaky = Activation.LeakyRelu(0.1);
        Assert.Equal(0.1 * -2.0, leaky.Value(-2.0));
        Assert.Equal(3.0, leaky.Value(3.0));
        Assert.Equal(0.0, leaky.Value(0.0));

        // Sigmoid: 1/(1 + e^{−y}); ½ at 0 exactly, below ½ for y < 0.
        Assert.Equal(0.5, Activation.Sigmoid.Value(0.0));
        Assert.Equal(1.0 / (1.0 + Math.Exp(-2.0)), Activation.Sigmoid.Value(2.0));
        Assert.Equal(1.0 / (1.0 + Math.Exp(2.0)), Activation.Sigmoid.Value(-2.0));
    }

    [Fact]
    public void ReluDerivative_IsZeroAtZero_TheSubgradientConvention()
    {
        Assert.Equal(0.0, Activation.Relu.Derivative(0.0));
        Assert.Equal(1.0, Activation.Relu.Derivative(double.Epsilon));
        Assert.Equal(0.0, Activation.Relu.Derivative(-1.0));
    }

    [Fact]
    public void SeluDerivative_IsLambdaAbove0_AndLambdaAlphaEToTheYAtAndBelow()
    {
        // Klambauer et al. (2017): λ = 1.0507009873554805, α = 1.6732632423543772; φ′(y) = λ for y > 0, λα·e^y else.
        const double lambda = 1.0507009873554805;
        const double alpha = 1.6732632423543772;
        Activation selu = Activation.Selu;
        Assert.Equal(lambda, selu.Derivative(0.5));
        Assert.Equal(lambda * alpha, selu.Derivative(0.0));
        Assert.Equal(lambda * alpha * Math.Exp(-1.0), selu.Derivative(-1.0));
    }

    private static Activation Of(ActivationKind kind) => kind switch
    {
        ActivationKind.Identity => Activation.Identity,
        ActivationKind.Relu => Activation.Relu,
        ActivationKind.LeakyRelu => Activation.LeakyRelu(),
        ActivationKind.Tanh => Activation.Tanh,
        ActivationKind.Sigmoid => Activation.Sigmoid,
        _ => Activation.Selu,
    };
}
