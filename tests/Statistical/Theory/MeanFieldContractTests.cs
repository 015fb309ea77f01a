using InitVerify.Propagation.Network;
using InitVerify.Propagation.Theory;

namespace InitVerify.Statistical.Tests.Theory;

/// <summary>
/// The argument contract of <see cref="MeanField.Predict(Activation, IReadOnlyList{int}, IReadOnlyList{double}, IReadOnlyList{double}?, double)"/>,
/// of <see cref="MeanFieldPrediction"/> and of <see cref="FiniteWidthSpread.Compute"/>, with exact values on
/// identity stacks (E[φ(√q z)²] = q, so every q_l is a product of the inputs).
/// </summary>
public class MeanFieldContractTests
{
    [Fact]
    public void Predict_RefusesFewerThanTwoWidths()
    {
        var error = Assert.Throws<ArgumentException>(() => MeanField.Predict(Activation.Identity, [4], [], null, 1.0));
        Assert.Equal("weightVariances", error.ParamName);
        // One width is only the input: depth 0, even though the (empty) variance list has that length.
        Assert.Contains("need n_0..n_L (got 1 widths) and exactly L = 0 weight variances (got 0)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Predict_RefusesAWeightVarianceCountOtherThanTheDepth(int count)
    {
        double[] variances = Enumerable.Repeat(0.5, count).ToArray();
        var error = Assert.Throws<ArgumentException>(() => MeanField.Predict(Activation.Identity, [2, 2, 2], variances, null, 1.0));
        Assert.Equal("weightVariances", error.ParamName);
        Assert.Contains($"(got 3 widths) and exactly L = 2 weight variances (got {count})", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Predict_RefusesABiasMomentCountOtherThanTheDepth(int count)
    {
        double[] biases = Enumerable.Repeat(0.25, count).ToArray();
        var error = Assert.Throws<ArgumentException>(() => MeanField.Predict(Activation.Identity, [2, 2, 2], [0.5, 0.5], biases, 1.0));
        Assert.Equal("weightVariances", error.ParamName);
        // The widths and variances agree (L = 2, 2 variances): only the bias moments are wrong.
        Assert.Contains("exactly L = 2 weight variances (got 2) and bias moments.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_AddsOneBiasMomentPerLayer()
    {
        // σ_w² = 2·0.5 = 1, identity: q_1 = 1·1 + 0.25, q_2 = 1·1.25 + 0.25.
        MeanFieldPrediction p = MeanField.Predict(Activation.Identity, [2, 2, 2], [0.5, 0.5], [0.25, 0.25], 1.0);
        Assert.Equal([1.25, 1.5], p.PreActivationSecondMoments);
    }

    [Fact]
    public void Prediction_UsesFanInForwardAndFanOutBackward()
    {
        // Widths 2 → 4 → 8, Var(W) = 0.5 then 0.125.
        MeanFieldPrediction p = MeanField.Predict(Activation.Identity, [2, 4, 8], [0.5, 0.125], null, 1.0);
        // Forward σ_w² = n_{l−1}·Var(W_l): 2·0.5, 4·0.125.
        Assert.Equal([1.0, 0.5], p.ForwardWeightVariances);
        // Backward σ_w² = n_l·Var(W_l): 4·0.5, 8·0.125.
        Assert.Equal([2.0, 1.0], p.BackwardWeightVariances);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void BackwardGain_RefusesALayerOutsideOneToDepth(int layer)
    {
        MeanFieldPrediction p = MeanField.Predict(Activation.Identity, [2, 4, 8], [0.5, 0.125], null, 1.0);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => p.BackwardGain(layer));
        Assert.Equal("layer", error.ParamName);
        Assert.Equal(layer, error.ActualValue);
        Assert.Contains("layer must be in 1..2.", error.Message, StringComparison.Ordinal);
        // Both ends are valid: n_1·Var(W_1) = 2 for layer 1; identity has φ′ = 1, so layer 2 gives n_2·Var(W_2) = 1.
        Assert.Equal(2.0, p.BackwardGain(1));
        Assert.Equal(1.0, p.BackwardGain(2), 1e-12);
    }

    [Theory]
    // Var(W_2) = 0: q_2 = 0 (nothing to be log-normal about), found at the second layer, not only the first.
    [InlineData(new[] { 2, 2, 2 }, new[] { 0.5, 0.0 }, 1.0, "found 0.")]
    // σ_w² = 4·1e308 overflows: q_2 = +∞ (printed "Infinity" under the invariant culture).
    [InlineData(new[] { 2, 4, 4 }, new[] { 0.5, 1e308 }, 1.0, "found Infinity.")]
    // σ_w² = +∞ times mean(x_0²) = 0: q_1 = NaN.
    [InlineData(new[] { 4, 4 }, new[] { 1e308 }, 0.0, "found NaN.")]
    public void FiniteWidthSpread_RefusesAPredictionWithAQThatIsNotFiniteAndPositive(int[] widths, double[] variances, double input, string found)
    {
        MeanFieldPrediction p = MeanField.Predict(Activation.Identity, widths, variances, null, input);
        Assert.False(p.PreActivationSecondMoments.All(q => q > 0 && double.IsFinite(q)));
        var error = Assert.Throws<ArgumentException>(() => FiniteWidthSpread.Compute(p));
        Assert.Equal("prediction", error.ParamName);
        Assert.Contains("every q_l must be finite and > 0 for a finite-width spread; " + found, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LengthMap_RefusesANegativeOrNonFiniteBiasSecondMoment_AndPredictANullStack()
    {
        foreach (double moment in new[] { -0.1, double.NaN, double.PositiveInfinity })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => MeanField.LengthMap(Activation.Relu, 2.0, moment, 1.0));
            Assert.Equal("biasSecondMoment", error.ParamName);
            Assert.Contains("must be finite and ≥ 0", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal("stack", Assert.Throws<ArgumentNullException>(() => MeanField.Predict(null!, 1.0)).ParamName);
    }

    [Fact]
    public void FixedPoint_WithoutAnAttractingFixedPoint_StopsAndSaysSo()
    {
        // Identity with σ_w² = 1, σ_b² = 1: q ↦ q + 1 has no fixed point; after 100,000 steps q = 100,001.
        var error = Assert.Throws<InvalidOperationException>(() => MeanField.FixedPoint(Activation.Identity, 1.0, 1.0));
        Assert.Contains("with σ_w² = 1, σ_b² = 1 did not converge from q = 1.", error.Message, StringComparison.Ordinal);
    }
}
