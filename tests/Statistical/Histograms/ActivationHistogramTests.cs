using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Propagation.Histograms;
using InitVerify.Propagation.Network;
using InitVerify.Propagation.Theory;
using InitVerify.Propagation.Verification;
using InitVerify.Statistical.Tests.Infrastructure;
using Xunit.Abstractions;

namespace InitVerify.Statistical.Tests.Histograms;

/// <summary>
/// The per-layer activation histograms of the weight-initialisation articles (5 layers of width 256, 500 N(0, 1)
/// inputs, tanh or ReLU; weights N(0, 1), N(0, 0.01²), Xavier, He), with their shapes asserted in numbers.
/// Each shape assertion draws one slot r_i of the budget: tolerances on a layer-5 standard deviation are
/// ½·(|μ_5| + V_5/2 + z_{r_i/2}·1.25·√V_5) in log (the forward band of <see cref="SignalPropagationTest"/>, halved
/// because std ∝ v^½ at most); fractions use binomial sds over the 256 units (≥ 5.5 sd margins).
/// </summary>
public class ActivationHistogramTests(ITestOutputHelper output)
{
    private const int Width = 256;
    private const int Depth = 5;
    private const int Batch = 500;

    [Fact]
    public void StdOne_Tanh_MostMassSaturatedNearPlusMinusOne()
    {
        (ForwardPass pass, IReadOnlyList<ActivationHistogram> h) = Run(Activation.Tanh, new NormalInitializer(0, 1), "hist-std1-tanh");
        // Mean field q ≈ 243..256: P(|tanh(y)| > 0.9) = 2Φ(−atanh(0.9)/√q) ≈ 0.93; still ≥ 0.8 at q/e^1.5 (far beyond the band).
        double outer = h[^1].FractionOfBinsWithin(-1, -0.9) + h[^1].FractionOfBinsWithin(0.9, 1);
        Assert.True(outer > 0.6, $"outer mass {outer}");
        Assert.True(pass.Layers[^1].SaturatedFraction > 0.5);
    }

    [Fact]
    public void SmallStd_Tanh_CollapsesToZero()
    {
        (ForwardPass pass, IReadOnlyList<ActivationHistogram> h) = Run(Activation.Tanh, new NormalInitializer(0, 0.01), "hist-std001-tanh");
        // Mean field: q_l ≈ (256·1e−4)^l, std of layer 5 ≈ 1.05e−4 (tanh ≈ identity there).
        double predicted = Math.Sqrt(Prediction(pass).PreActivationSecondMoments[^1]);
        output.WriteLine($"layer-5 std {h[^1].StandardDeviation:G3}, mean field {predicted:G3}");
        Assert.InRange(h[^1].StandardDeviation, 1e-12, 1e-3);
        Assert.True(h[^1].FractionOfBinsWithin(-0.05, 0.05) > 0.999);
    }

    [Fact]
    public void Xavier_Tanh_StaysSpread()
    {
        (ForwardPass pass, IReadOnlyList<ActivationHistogram> h) = Run(Activation.Tanh, Xavier.Normal(), "hist-xavier-tanh");
        MeanFieldPrediction p = Prediction(pass);
        double predicted = Math.Sqrt(MeanField.ActivationSecondMoment(Activation.Tanh, p.PreActivationSecondMoments[^1]));
        AssertStdNear(h[^1].StandardDeviation, predicted, p);
        Assert.True(pass.Layers[^1].SaturatedFraction < 0.05);
    }

    [Fact]
    public void He_Relu_StaysSpread_HalfTheUnitsOff()
    {
        (ForwardPass pass, IReadOnlyList<ActivationHistogram> h) = Run(Activation.Relu, He.Normal(), "hist-he-relu");
        MeanFieldPrediction p = Prediction(pass);
        double q = p.PreActivationSecondMoments[^1];
        // Var[relu(√q z)] = q(1/2 − 1/(2π)).
        AssertStdNear(h[^1].StandardDeviation, Math.Sqrt(q * (0.5 - 1 / (2 * Math.PI))), p);
        int zeros = 0;
        foreach (float a in pass.Activations(Depth))
        {
            zeros += a == 0 ? 1 : 0;
        }

        // Each input's off-fraction is Bin(256, ½)/256 given the previous layer: sd 0.031; 0.2 is 6.4 sd.
        Assert.InRange(zeros / (double)(Width * Batch), 0.3, 0.7);
    }

    [Fact]
    public void Histogram_CountsEveryValueOnce()
    {
        float[] values = [-2f, -1f, -0.5f, 0f, 0.25f, 1f, 3f, float.NaN];
        ActivationHistogram h = ActivationHistogram.Create(values, -1, 1, 4);
        Assert.Equal([1L, 1L, 2L, 1L], h.Counts);
        Assert.Equal(1, h.Below);
        Assert.Equal(1, h.Above);
        Assert.Equal(1, h.NonFiniteCount);
        Assert.Equal(8, h.Total);
        Assert.Equal(-0.5, h.Edge(1));
        Assert.Equal(0.75, h.Center(3));
        Assert.Equal("max", Assert.Throws<ArgumentOutOfRangeException>(() => ActivationHistogram.Create(values, 1, 1, 4)).ParamName);
    }

    private (ForwardPass, IReadOnlyList<ActivationHistogram>) Run(Activation activation, Initializer init, string name)
    {
        var stack = DenseStack.Uniform(Width, Depth, activation, init, TestSeeds.For(name, 0));
        ForwardPass pass = stack.Forward(Batch, keepActivations: true);
        IReadOnlyList<ActivationHistogram> h = ActivationHistogram.AllLayers(pass);
        foreach (ActivationHistogram layer in h)
        {
            output.WriteLine($"{name} layer {layer.Layer}: mean {layer.Mean:G3}, std {layer.StandardDeviation:G3}, saturated {pass.Layers[layer.Layer - 1].SaturatedFraction:G3}, range [{layer.Min:G3}, {layer.Max:G3}]");
        }

        return (pass, h);
    }

    private static MeanFieldPrediction Prediction(ForwardPass pass) => MeanField.Predict(pass.Stack, pass.InputSecondMoment);

    private void AssertStdNear(double measured, double predicted, MeanFieldPrediction p)
    {
        FiniteWidthSpread s = FiniteWidthSpread.Compute(p);
        double v = s.ForwardVariance[^1];
        double tolerance = 0.5 * (Math.Abs(s.ForwardMean[^1]) + v / 2
            + LogRatioBand.UpperQuantile(FailureBudget.PerAssertion / 2) * SignalPropagationTest.DefaultSafetyFactor * Math.Sqrt(v));
        output.WriteLine($"layer-5 std {measured:G4} vs mean field {predicted:G4}: |log ratio| {Math.Abs(Math.Log(measured / predicted)):G3} ≤ {tolerance:G3}");
        Assert.InRange(Math.Abs(Math.Log(measured / predicted)), 0, tolerance);
    }
}
