using InitVerify.Propagation.Network;
using InitVerify.Propagation.Theory;

namespace InitVerify.Statistical.Tests.Theory;

/// <summary>
/// Reference values from shared/reference/propagation.md ("derived, by exact iteration of the map"), re-derived
/// here: each literal is compared at the number of digits the reference gives (half a unit in its last place).
/// </summary>
public class MeanFieldTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(7.0)]
    public void ReluMap_IsSigmaW2TimesHalfQ(double q)
    {
        Assert.Equal(q, MeanField.LengthMap(Activation.Relu, 2.0, 0.0, q), 1e-15);
        Assert.Equal(q / 2 + 0.1, MeanField.LengthMap(Activation.Relu, 1.0, 0.1, q), 1e-15);
        // The general quadrature path agrees with the closed form (leaky ReLU with slope 0 is ReLU).
        Assert.Equal(q / 2, MeanField.ActivationSecondMoment(Activation.LeakyRelu(0.0), q), 1e-12 * q);
    }

    [Theory]
    [InlineData(10, 0.05220, 5e-6)]
    [InlineData(50, 0.010219, 5e-7)]
    [InlineData(100, 0.005069, 5e-7)]
    [InlineData(1000, 0.000501, 5e-7)]
    public void TanhUnitSigma_DecaysLikeAPower(int layers, double expected, double halfUlp)
    {
        double q = MeanField.Iterate(Activation.Tanh, 1.0, 0.0, 1.0, layers);
        Assert.Equal(expected, q, halfUlp);
    }

    [Fact]
    public void TanhGainFiveThirds_FixedPointAndGains()
    {
        double sw = 25.0 / 9.0;
        double q = MeanField.FixedPoint(Activation.Tanh, sw, 0.0);
        Assert.Equal(1.1784805, q, 5e-8);
        Assert.Equal(0.424253, MeanField.ActivationSecondMoment(Activation.Tanh, q), 5e-7);
        Assert.Equal(0.4309, MeanField.LengthMapSlope(Activation.Tanh, sw, q), 5e-5);
        Assert.Equal(1.2098, MeanField.Chi(Activation.Tanh, sw, q), 5e-5);
        // Converges within ~10 layers from q = 1 (slope 0.43: 0.43^10 ≈ 2e-4 of the initial gap 0.18).
        Assert.Equal(q, MeanField.Iterate(Activation.Tanh, sw, 0.0, 1.0, 10), 1e-4);
    }

    [Fact]
    public void Chi_OfReluAtHe_IsOne()
    {
        Assert.Equal(1.0, MeanField.Chi(Activation.Relu, 2.0, 1.3), 1e-12);
        Assert.Equal(0.5, MeanField.Chi(Activation.Relu, 1.0, 1.3), 1e-12);
    }

    [Fact]
    public void Selu_LeCun_HasFixedPointOne()
    {
        // Klambauer et al. (2017) chose λ, α so that E[selu(z)²] = 1 for z ~ N(0, 1).
        Assert.Equal(1.0, MeanField.LengthMap(Activation.Selu, 1.0, 0.0, 1.0), 1e-9);
    }

    [Fact]
    public void StdOneTanh_SaturatesWithHugeQAndBackwardGain()
    {
        // N(0,1) weights at n = 256: σ_w² = 256; q ≈ 243 and χ ≈ 8.7 (propagation.md).
        double q = MeanField.FixedPoint(Activation.Tanh, 256.0, 0.0);
        Assert.InRange(q, 240, 246);
        Assert.InRange(MeanField.Chi(Activation.Tanh, 256.0, q), 8.6, 8.8);
    }

    [Fact]
    public void Predict_UsesFanInForwardAndFanOutBackward()
    {
        int[] widths = [100, 200, 50];
        double[] variances = [2.0 / 100, 2.0 / 200];
        MeanFieldPrediction p = MeanField.Predict(Activation.Relu, widths, variances, null, 1.5);
        Assert.Equal(3.0, p.PreActivationSecondMoments[0], 1e-12);
        Assert.Equal(3.0, p.PreActivationSecondMoments[1], 1e-12);
        // Backward from δ_2 to δ_1: n_2·Var(W_2)·E[relu′²] = 50·(2/200)·½ = 0.25.
        Assert.Equal(0.25, p.BackwardGain(2), 1e-12);
        Assert.Equal(200 * 0.02, p.BackwardGain(1), 1e-12);
        double[] u = p.GradientSecondMoments(1.0);
        Assert.Equal(0.25, u[0], 1e-15);
        Assert.Equal(1.0, u[1]);
    }

    [Fact]
    public void Predict_MismatchedLengths_Throw()
    {
        var e = Assert.Throws<ArgumentException>(() => MeanField.Predict(Activation.Relu, [4, 4], [1.0, 1.0], null, 1.0));
        Assert.Equal("weightVariances", e.ParamName);
    }
}
