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

    [Theory]
    // sech²(y), mpmath at 40 digits rounded to double. Saturated inputs keep a relative accuracy: 1 − tanh²(y)
    // computed from a rounded tanh is exactly 0 from |y| ≈ 19.1 on, a vanishing gradient made into a zero one.
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 0.7864477329659274)]
    [InlineData(-3.0, 0.00986603716544019)]
    [InlineData(20.0, 1.6993417021166355e-17)]
    [InlineData(-40.0, 7.219405551381661e-35)]
    [InlineData(300.0, 1.0601586212017243e-260)]
    public void TanhDerivative_IsSechSquared_RelativelyAccurateInSaturation(double y, double expected)
    {
        Assert.Equal(expected, Activation.Tanh.Derivative(y), expected * 1e-14);
    }

    [Theory]
    // σ(y)(1 − σ(y)), mpmath at 40 digits rounded to double; σ(1 − σ) from a rounded σ is 0 from y ≈ 36.7 on.
    [InlineData(2.0, 0.10499358540350652)]
    [InlineData(-10.0, 4.5395807735951673e-05)]
    [InlineData(40.0, 4.248354255291589e-18)]
    [InlineData(-700.0, 9.85967654375977e-305)]
    public void SigmoidDerivative_IsRelativelyAccurateInSaturation(double y, double expected)
    {
        Assert.Equal(expected, Activation.Sigmoid.Derivative(y), expected * 1e-14);
    }

    [Theory]
    // λα(eʸ − 1) for y ≤ 0, mpmath at 60 digits rounded to double; eʸ − 1 from a rounded eʸ (double.ExpM1) keeps only
    // ~6 digits at y = −1e-10.
    [InlineData(-1e-10, -1.7580993407594719e-10)]
    [InlineData(-1e-6, -1.7580984617979995e-06)]
    [InlineData(-0.01, -0.01749338072690946)]
    [InlineData(-2.0, -1.520166468595695)]
    public void Selu_IsRelativelyAccurateNearZeroFromBelow(double y, double expected)
    {
        Assert.Equal(expected, Activation.Selu.Value(y), Math.Abs(expected) * 1e-15);
    }

    [Fact]
    public void TanhAndSigmoidDerivatives_AreZeroAtInfinity_AndPropagateNaN()
    {
        Assert.Equal(0.0, Activation.Tanh.Derivative(double.PositiveInfinity));
        Assert.Equal(0.0, Activation.Sigmoid.Derivative(double.NegativeInfinity));
        Assert.True(double.IsNaN(Activation.Tanh.Derivative(double.NaN)));
        Assert.True(double.IsNaN(Activation.Sigmoid.Derivative(double.NaN)));
    }

    [Fact]
    public void IsSaturated_IsStrictAtTheThreshold_OnBothSides()
    {
        // The remarks: tanh is saturated where |φ| > 0.99, sigmoid where φ > 0.99 or φ < 1 − 0.99 — strictly.
        Activation tanh = Activation.Tanh;
        Assert.False(tanh.IsSaturated(0.99));
        Assert.False(tanh.IsSaturated(-0.99));
        Assert.True(tanh.IsSaturated(Math.BitIncrement(0.99)));
        Assert.True(tanh.IsSaturated(-Math.BitIncrement(0.99)));

        const double lower = 1.0 - Activation.SaturationThreshold;
        Assert.False(Activation.Sigmoid.IsSaturated(lower));
        Assert.True(Activation.Sigmoid.IsSaturated(Math.BitDecrement(lower)));
    }

    [Theory]
    [InlineData(ActivationKind.Identity)]
    [InlineData(ActivationKind.Relu)]
    [InlineData(ActivationKind.LeakyRelu)]
    [InlineData(ActivationKind.Selu)]
    public void IsSaturated_IsNeverTrue_ForTheUnboundedActivations(ActivationKind kind)
    {
        Activation phi = Of(kind);
        foreach (double activated in new[] { 0.0, 0.995, -0.995, 1e300, double.PositiveInfinity })
        {
            Assert.False(phi.IsSaturated(activated));
        }
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
