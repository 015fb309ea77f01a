using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Propagation.Network;

namespace InitVerify.Statistical.Tests.Network;

/// <summary>
/// The contract of <see cref="DenseStack"/>, <see cref="ForwardPass"/> and <see cref="LayerStatistics"/> on tiny
/// stacks whose every value is exact: constant weights 0.5 (or the power of two 2^100, which overflows float after
/// two products) make each product and sum exact in float, so the statistics are compared bit for bit.
/// </summary>
public class DenseStackContractTests
{
    /// <summary>2^100: exact in float; 2^100·2^100 = 2^200 exceeds float's maximum (about 2^128).</summary>
    private static readonly double Huge = Math.ScaleB(1.0, 100);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Forward_RefusesAnInputWhoseLengthIsNotAMultipleOfTheInputWidth(int length)
    {
        DenseStack stack = HalfStack();
        var error = Assert.Throws<ArgumentException>(() => stack.Forward(new float[length]));
        Assert.Equal("input", error.ParamName);
        Assert.Contains($"input has length {length}; it must be a positive multiple of the input width 2.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forward_RefusesAnEmptyInput()
    {
        DenseStack stack = HalfStack();
        // 0 is a multiple of every width, but a batch of no sample has no statistics.
        var error = Assert.Throws<ArgumentException>(() => stack.Forward(ReadOnlySpan<float>.Empty));
        Assert.Equal("input", error.ParamName);
        Assert.Contains("input has length 0; it must be a positive multiple of the input width 2.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forward_OfGivenInputs_TreatsEachRowOfInputWidthAsOneSample()
    {
        // Widths 2 → 3 → 2, identity, every weight 0.5: each unit of a layer is 0.5·(sum of the previous layer's row).
        DenseStack stack = HalfStack();
        ForwardPass pass = stack.Forward([1f, 2f, 3f, 4f], keepActivations: true);

        Assert.Equal(2, pass.Batch);
        // mean(x_0²) = (1 + 4 + 9 + 16)/4.
        Assert.Equal(7.5, pass.InputSecondMoment);

        // Layer 1: row [1, 2] gives 0.5·3 = 1.5 in all 3 units, row [3, 4] gives 0.5·7 = 3.5.
        Assert.Equal([1.5f, 1.5f, 1.5f, 3.5f, 3.5f, 3.5f], pass.Activations(1).ToArray());
        LayerStatistics first = pass.Layers[0];
        Assert.Equal(1, first.Layer);
        Assert.Equal(3, first.Width);
        Assert.Equal(2.5, first.PreActivationMean); // (1.5 + 3.5)/2
        Assert.Equal(7.25, first.PreActivationSecondMoment); // (1.5² + 3.5²)/2 = (2.25 + 12.25)/2
        Assert.Equal(0.0, first.CrossUnitVariance); // every unit of a row is equal
        Assert.Equal(1.0, first.PerUnitBatchVariance); // each unit takes 1.5 and 3.5: variance 1
        Assert.Equal(2.5, first.PostActivationMean); // identity: φ(y) = y
        Assert.Equal(7.25, first.PostActivationSecondMoment);
        Assert.Equal(1.0, first.PostActivationVariance); // 7.25 − 2.5²
        Assert.Equal(0, first.NonFiniteCount);
        Assert.True(first.UnitsIdentical);

        // Layer 2: 0.5·(3·1.5) = 2.25 and 0.5·(3·3.5) = 5.25 in both units.
        Assert.Equal([2.25f, 2.25f, 5.25f, 5.25f], pass.Activations(2).ToArray());
        Assert.Equal(16.3125, pass.Layers[1].PreActivationSecondMoment); // (2.25² + 5.25²)/2 = (5.0625 + 27.5625)/2
    }

    [Fact]
    public void HasActivations_TellsWhetherThePassKeptThem()
    {
        DenseStack stack = HalfStack();
        Assert.True(stack.Forward(1, keepActivations: true).HasActivations);
        Assert.False(stack.Forward(1).HasActivations);
        Assert.False(stack.Forward([1f, 2f]).HasActivations);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Activations_RefusesALayerOutsideOneToDepth(int layer)
    {
        ForwardPass pass = HalfStack().Forward(1, keepActivations: true);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => pass.Activations(layer).Length);
        Assert.Equal("layer", error.ParamName);
        Assert.Equal(layer, error.ActualValue);
        Assert.Contains("layer must be in 1..2.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void LayerAccessors_RefuseALayerOutsideOneToDepth(int layer)
    {
        DenseStack stack = HalfStack(new ConstantInitializer(0.25));
        Func<object>[] accessors =
        [
            () => stack.Weights(layer).Length,
            () => stack.Biases(layer).Length,
            () => stack.WeightVariance(layer),
            () => stack.BiasSecondMoment(layer),
        ];
        foreach (Func<object> accessor in accessors)
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(accessor);
            Assert.Equal("layer", error.ParamName);
            Assert.Equal(layer, error.ActualValue);
            Assert.Contains("layer must be in 1..2.", error.Message, StringComparison.Ordinal);
        }

        // Both ends of 1..Depth are valid: W_1 is [3, 2], W_2 is [2, 3]; b_1 has 3 entries, b_2 has 2.
        Assert.Equal(6, stack.Weights(1).Length);
        Assert.Equal(6, stack.Weights(2).Length);
        Assert.Equal(3, stack.Biases(1).Length);
        Assert.Equal(2, stack.Biases(2).Length);
    }

    [Fact]
    public void BiasSecondMoment_IsTheBiasVariancePlusItsSquaredMean()
    {
        // N(0.5, 0.25²): E[b²] = Var + mean² = 0.0625 + 0.25 (not the variance alone, 0.0625).
        DenseStack normal = HalfStack(new NormalInitializer(0.5, 0.25));
        Assert.Equal(0.3125, normal.BiasSecondMoment(1));
        Assert.Equal(0.3125, normal.BiasSecondMoment(2));
        // A constant −0.75 has no variance: E[b²] = 0.5625 (the square, not the signed mean).
        Assert.Equal(0.5625, HalfStack(new ConstantInitializer(-0.75)).BiasSecondMoment(1));
        // Without biases, E[b²] = 0.
        Assert.Equal(0.0, HalfStack().BiasSecondMoment(1));
    }

    [Fact]
    public void Backward_RefusesAnUndefinedOutputGradientMode()
    {
        DenseStack stack = HalfStack();
        ForwardPass pass = stack.Forward(1);
        var undefined = (OutputGradient)2;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => stack.Backward(pass, undefined));
        Assert.Equal("mode", error.ParamName);
        Assert.Equal(undefined, error.ActualValue);
        Assert.Contains("mode must be StandardNormal or SumOfOutputs.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Backward_RepeatedOnTheSameStack_GivesTheSameExactGradients()
    {
        // The second call reuses the transposed weights cached by the first.
        DenseStack stack = HalfStack();
        ForwardPass pass = stack.Forward(2);
        BackwardPass first = stack.Backward(pass, OutputGradient.SumOfOutputs);
        BackwardPass second = stack.Backward(pass, OutputGradient.SumOfOutputs);

        Assert.Equal(OutputGradient.SumOfOutputs, second.Mode);
        // Identity, loss = Σ x_2: δ_2 = 1; δ_1 = W_2ᵀ·1 = 2·0.5 = 1 per unit; input gradient W_1ᵀ·δ_1 = 3·0.5 = 1.5.
        Assert.Equal(new GradientStatistics(2, 2, 1.0, 0.0, 0), second.Layers[1]);
        Assert.Equal(new GradientStatistics(1, 3, 1.0, 0.0, 0), second.Layers[0]);
        Assert.Equal(new GradientStatistics(0, 2, 2.25, 0.0, 0), second.Input);
        Assert.Equal(first.Layers, second.Layers);
        Assert.Equal(first.Input, second.Input);
    }

    [Fact]
    public void Overflow_IsCountedPerElementAndMakesTheSecondMomentInfinite_ForwardAndBackward()
    {
        // Widths 4 → 4 → 4 → 4, identity, every weight 2^100, batch 2 (8 elements per layer).
        var stack = new DenseStack([4, 4, 4, 4], Activation.Identity, new ConstantInitializer(Huge), 7);
        ForwardPass pass = stack.Forward(2);

        // Forward: y_1 = 2^100·(sum of 4 N(0, 1) inputs) ≈ 2^101 is finite; y_2 = 4·2^100·y_1 ≈ 2^203 is not.
        Assert.Equal(0, pass.Layers[0].NonFiniteCount);
        Assert.True(double.IsFinite(pass.Layers[0].PreActivationSecondMoment));
        Assert.Equal(8, pass.Layers[1].NonFiniteCount);
        Assert.Equal(double.PositiveInfinity, pass.Layers[1].PreActivationSecondMoment);
        Assert.Equal(double.PositiveInfinity, pass.Layers[1].PostActivationSecondMoment);
        Assert.False(pass.Layers[1].IsFinite);
        Assert.False(pass.Layers[1].UnitsIdentical); // units are equal, but an overflowed layer proves nothing

        // Backward (loss = Σ x_3): δ_3 = 1; δ_2 = W_3ᵀ·1 = 4·2^100 = 2^102 (u_2 = 2^204, finite in double);
        // δ_1 = W_2ᵀ·δ_2 = 4·2^100·2^102 = 2^204, beyond float: +∞ in all 8 elements, and so is the input gradient.
        BackwardPass back = stack.Backward(pass, OutputGradient.SumOfOutputs);
        Assert.Equal(new GradientStatistics(3, 4, 1.0, 0.0, 0), back.Layers[2]);
        Assert.Equal(new GradientStatistics(2, 4, Math.ScaleB(1.0, 204), 0.0, 0), back.Layers[1]);
        Assert.Equal(8, back.Layers[0].NonFiniteCount);
        Assert.Equal(double.PositiveInfinity, back.Layers[0].SecondMoment);
        Assert.False(back.Layers[0].IsFinite);
        Assert.Equal(8, back.Input.NonFiniteCount);
        Assert.Equal(double.PositiveInfinity, back.Input.SecondMoment);
    }

    [Fact]
    public void NaNGradient_IsCountedAndReportedAsAnInfiniteSecondMoment_NotAsNaN()
    {
        // Widths 1 → 1 → 1 → 1 → 1, ReLU, every weight 2^100, every bias 1, input −1. Forward: y_1 = −2^100 + 1
        // (dead), y_2 = 0 + 1 = 1, y_3 = 2^100 + 1, y_4 = 2^200 → +∞ in float. Backward (loss = Σ x_4): δ_4 = 1,
        // δ_3 = 2^100, δ_2 = 2^200 → +∞ (y_2 > 0), δ_1 = +∞·ReLU′(y_1) = ∞·0 = NaN, and the input gradient 2^100·NaN.
        var stack = new DenseStack([1, 1, 1, 1, 1], Activation.Relu, new ConstantInitializer(Huge), 3, new ConstantInitializer(1.0));
        ForwardPass pass = stack.Forward([-1f]);
        Assert.Equal(double.PositiveInfinity, pass.Layers[3].PreActivationSecondMoment);

        BackwardPass back = stack.Backward(pass, OutputGradient.SumOfOutputs);
        Assert.Equal(new GradientStatistics(4, 1, 1.0, 0.0, 0), back.Layers[3]);
        Assert.Equal(new GradientStatistics(3, 1, Math.ScaleB(1.0, 200), 0.0, 0), back.Layers[2]);
        Assert.Equal(1, back.Layers[1].NonFiniteCount);
        Assert.Equal(double.PositiveInfinity, back.Layers[1].SecondMoment);
        Assert.Equal(1, back.Layers[0].NonFiniteCount);
        Assert.Equal(double.PositiveInfinity, back.Layers[0].SecondMoment); // the NaN layer: +∞, not NaN
        Assert.Equal(1, back.Input.NonFiniteCount);
        Assert.Equal(double.PositiveInfinity, back.Input.SecondMoment);
    }

    [Fact]
    public void GradientCrossUnitVariance_IsTheMeanOverSamplesOfEachRowsSpreadAcrossUnits()
    {
        // One ReLU layer of 8 units, loss = Σ x_1: δ_1 = ReLU′(y_1), 1 where the unit is active and 0 where not, so a
        // row with a fraction p of active units has spread p − p² across units; the statistic averages it over the
        // batch (not a sum), and the second moment is the fraction of active units overall.
        var stack = new DenseStack([3, 8], Activation.Relu, He.Normal(), 21);
        const int batch = 6;
        ForwardPass pass = stack.Forward(batch, keepActivations: true);
        float[] post = pass.Activations(1).ToArray();
        double spread = 0, active = 0;
        for (int b = 0; b < batch; b++)
        {
            double p = post.Skip(b * 8).Take(8).Count(x => x > 0) / 8.0;
            spread += p - p * p;
            active += p;
        }

        GradientStatistics layer = stack.Backward(pass, OutputGradient.SumOfOutputs).Layers[0];
        Assert.True(spread > 0.5); // the test is not vacuous: several rows mix active and dead units
        Assert.Equal(spread / batch, layer.CrossUnitVariance, 14);
        Assert.Equal(active / batch, layer.SecondMoment, 14);
    }

    [Fact]
    public void PostActivationVariance_IsTheSecondMomentMinusTheSquaredMean()
    {
        var stats = new LayerStatistics(1, 4, 0.0, 1.0, 0.5, 0.5, PostActivationMean: 0.5, PostActivationSecondMoment: 1.25, 0.0, 0);
        // 1.25 − 0.5² = 1 (not 1.25 − 0.5 = 0.75, nor 1.25 + 0.25 = 1.5).
        Assert.Equal(1.0, stats.PostActivationVariance);
    }

    [Theory]
    [InlineData(0L, 1.0, 0.0, true)]
    [InlineData(0L, 1.0, 1e-300, false)]
    [InlineData(3L, 1.0, 0.0, false)]
    [InlineData(0L, double.PositiveInfinity, 0.0, false)]
    public void UnitsIdentical_OnlyForAFiniteLayerWithoutAnySpreadAcrossUnits(long nonFinite, double secondMoment, double crossUnit, bool identical)
    {
        var stats = new LayerStatistics(2, 8, 0.0, secondMoment, crossUnit, 0.0, 0.0, secondMoment, 0.0, nonFinite);
        Assert.Equal(identical, stats.UnitsIdentical);
    }

    /// <summary>Widths 2 → 3 → 2, identity, every weight 0.5 (exact in float), optional bias.</summary>
    [Fact]
    public void Biases_OfLayerL_AreTheBiasInitializersFillOnStreamBiasStreamBasePlusLMinus1()
    {
        var bias = new NormalInitializer(0.5, 0.25);
        var stack = new DenseStack([2, 3, 2], Activation.Identity, new ConstantInitializer(0.5), 11, bias);
        for (int layer = 1; layer <= 2; layer++)
        {
            float[] expected = new float[stack.Biases(layer).Length];
            bias.Fill([expected.Length], expected, new Init.Random.Philox4x32(11, DenseStack.BiasStreamBase + (uint)(layer - 1)));
            Assert.Equal(expected, stack.Biases(layer).ToArray());
        }

        Assert.NotEqual(stack.Biases(1)[0], stack.Biases(2)[0]);
    }

    [Theory]
    [InlineData(0, 2, "width")]
    [InlineData(2, 0, "depth")]
    public void Uniform_RefusesAWidthOrDepthBelowOne(int width, int depth, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DenseStack.Uniform(width, depth, Activation.Identity, new ConstantInitializer(0.5), 1));
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains("must be ≥ 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_NamesWhatIsWrongWithTheWidths()
    {
        var init = new ConstantInitializer(0.5);
        var few = Assert.Throws<ArgumentOutOfRangeException>(() => new DenseStack([4], Activation.Identity, init, 1));
        Assert.Equal("widths", few.ParamName);
        Assert.Contains("must hold at least two widths (input and one layer)", few.Message, StringComparison.Ordinal);
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => new DenseStack([4, 0, 2], Activation.Identity, init, 1));
        Assert.Equal("widths", zero.ParamName);
        Assert.Contains("entry 1 must be ≥ 1", zero.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Backward_RefusesANullPassAndAPassOfAnotherStack()
    {
        DenseStack stack = HalfStack();
        Assert.Equal("forward", Assert.Throws<ArgumentNullException>(() => stack.Backward(null!)).ParamName);
        ForwardPass other = HalfStack().Forward(1);
        var error = Assert.Throws<ArgumentException>(() => stack.Backward(other));
        Assert.Equal("forward", error.ParamName);
        Assert.Contains("forward must be a forward pass of this stack.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Activations_OfAPassThatDidNotKeepThem_SaysHowToKeepThem()
    {
        ForwardPass pass = HalfStack().Forward(1);
        var error = Assert.Throws<InvalidOperationException>(() => pass.Activations(1).Length);
        Assert.Contains("call Forward(..., keepActivations: true)", error.Message, StringComparison.Ordinal);
    }

    private static DenseStack HalfStack(Initializer? biases = null) =>
        new([2, 3, 2], Activation.Identity, new ConstantInitializer(0.5), 1, biases);
}
