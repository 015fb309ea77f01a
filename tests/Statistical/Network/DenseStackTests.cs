using InitVerify.Init.Initializers;
using InitVerify.Init.Random;
using InitVerify.Propagation.Network;

namespace InitVerify.Statistical.Tests.Network;

public class DenseStackTests
{
    [Fact]
    public void Forward_MatchesNaiveDoubleProduct_ForEveryWidthUpTo40()
    {
        // Widths 1..40 exercise the 4-row blocks, the row tail and the Vector<float> tail of the dot product.
        for (int n = 1; n <= 40; n++)
        {
            int[] widths = [n, n + 3, Math.Max(1, n - 1)];
            var stack = new DenseStack(widths, Activation.Tanh, LeCun.Normal(), (ulong)n, new NormalInitializer(0, 0.1));
            ForwardPass pass = stack.Forward(3, keepActivations: true);
            double[] x = ReferenceInput(stack, 3);
            for (int l = 1; l <= 2; l++)
            {
                double[] y = Naive(x, 3, widths[l - 1], stack.Weights(l), widths[l], stack.Biases(l));
                double secondMoment = y.Sum(v => v * v) / y.Length;
                // Float products of ≤ 43 terms: relative error ≪ 1e-5.
                Assert.Equal(secondMoment, pass.Layers[l - 1].PreActivationSecondMoment, 1e-5 * Math.Max(1, secondMoment));
                x = y.Select(Math.Tanh).ToArray();
                ReadOnlySpan<float> a = pass.Activations(l);
                for (int k = 0; k < x.Length; k++)
                {
                    Assert.Equal(x[k], a[k], 1e-4);
                }
            }
        }
    }

    [Fact]
    public void Backward_MatchesExplicitChainRule()
    {
        int[] widths = [7, 9, 5, 6];
        var stack = new DenseStack(widths, Activation.Tanh, LeCun.Normal(), 3);
        ForwardPass pass = stack.Forward(2);
        BackwardPass back = stack.Backward(pass, OutputGradient.SumOfOutputs);
        // Explicit double computation.
        double[] x = ReferenceInput(stack, 2);
        var ys = new List<double[]>();
        for (int l = 1; l <= 3; l++)
        {
            double[] y = Naive(x, 2, widths[l - 1], stack.Weights(l), widths[l], []);
            ys.Add(y);
            x = y.Select(Math.Tanh).ToArray();
        }

        double[] delta = ys[2].Select(v => 1 - Math.Tanh(v) * Math.Tanh(v)).ToArray();
        Assert.Equal(delta.Sum(d => d * d) / delta.Length, back.Layers[2].SecondMoment, 1e-5);
        for (int l = 3; l >= 2; l--)
        {
            double[] wt = Transpose(stack.Weights(l), widths[l], widths[l - 1]);
            double[] g = Naive(delta, 2, widths[l], wt, widths[l - 1], []);
            double[] y = ys[l - 2];
            delta = g.Select((v, k) => v * (1 - Math.Tanh(y[k]) * Math.Tanh(y[k]))).ToArray();
            Assert.Equal(delta.Sum(d => d * d) / delta.Length, back.Layers[l - 2].SecondMoment, 1e-5);
        }
    }

    [Fact]
    public void SameSeed_SameBits_AndLayerStreamsAreTheInitializers()
    {
        var a = DenseStack.Uniform(33, 4, Activation.Relu, He.Uniform(), 99);
        var b = DenseStack.Uniform(33, 4, Activation.Relu, He.Uniform(), 99);
        Assert.Equal(a.Forward(5).Layers, b.Forward(5).Layers);
        var w3 = new float[33 * 33];
        He.Uniform().Fill([33, 33], w3, new Philox4x32(99, 2));
        Assert.True(a.Weights(3).SequenceEqual(w3));
        var c = DenseStack.Uniform(33, 4, Activation.Relu, He.Uniform(), 100);
        Assert.False(a.Weights(1).SequenceEqual(c.Weights(1)));
    }

    [Fact]
    public void Overflow_IsReportedNotThrown()
    {
        // N(0,1) + ReLU at n = 128: the magnitude grows ×√64 = 8 per layer, past float's 3.4e38 near layer 43.
        var stack = DenseStack.Uniform(128, 60, Activation.Relu, new NormalInitializer(0, 1), 1);
        ForwardPass pass = stack.Forward(2);
        Assert.False(pass.Layers[^1].IsFinite);
        Assert.True(double.IsPositiveInfinity(pass.Layers[^1].PreActivationSecondMoment));
        Assert.True(pass.Layers[0].IsFinite);
        BackwardPass back = stack.Backward(pass);
        Assert.NotNull(back);
    }

    [Fact]
    public void InvalidArguments_NameTheParameter()
    {
        Assert.Equal("widths", Assert.Throws<ArgumentOutOfRangeException>(() => new DenseStack([4], Activation.Relu, He.Normal(), 1)).ParamName);
        Assert.Equal("widths", Assert.Throws<ArgumentOutOfRangeException>(() => new DenseStack([4, 0], Activation.Relu, He.Normal(), 1)).ParamName);
        var stack = DenseStack.Uniform(4, 2, Activation.Relu, He.Normal(), 1);
        Assert.Equal("batch", Assert.Throws<ArgumentOutOfRangeException>(() => stack.Forward(0)).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => stack.Forward(new float[5])).ParamName);
        Assert.Equal("layer", Assert.Throws<ArgumentOutOfRangeException>(() => stack.WeightVariance(3)).ParamName);
        var other = DenseStack.Uniform(4, 2, Activation.Relu, He.Normal(), 1);
        Assert.Equal("forward", Assert.Throws<ArgumentException>(() => stack.Backward(other.Forward(1))).ParamName);
        Assert.Throws<InvalidOperationException>(() => stack.Forward(1).Activations(1).Length);
        // He needs rank 2: as a bias initializer it is rejected before anything is drawn.
        Assert.Throws<ArgumentOutOfRangeException>(() => DenseStack.Uniform(4, 2, Activation.Relu, He.Normal(), 1, He.Normal()));
    }

    private static double[] ReferenceInput(DenseStack stack, int batch)
    {
        var input = new float[batch * stack.Widths[0]];
        new NormalInitializer(0, 1).Fill([batch, stack.Widths[0]], input, new Philox4x32(stack.Seed, DenseStack.InputStream));
        return input.Select(v => (double)v).ToArray();
    }

    private static double[] Naive(double[] x, int batch, int nIn, ReadOnlySpan<float> w, int nOut, ReadOnlySpan<float> bias)
    {
        var y = new double[batch * nOut];
        for (int b = 0; b < batch; b++)
        {
            for (int i = 0; i < nOut; i++)
            {
                double s = bias.IsEmpty ? 0 : bias[i];
                for (int j = 0; j < nIn; j++)
                {
                    s += x[b * nIn + j] * w[i * nIn + j];
                }

                y[b * nOut + i] = s;
            }
        }

        return y;
    }

    private static double[] Transpose(ReadOnlySpan<float> w, int rows, int cols)
    {
        var t = new double[rows * cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                t[j * rows + i] = w[i * cols + j];
            }
        }

        return t;
    }

    private static double[] Naive(double[] x, int batch, int nIn, double[] w, int nOut, ReadOnlySpan<float> bias) =>
        Naive(x, batch, nIn, w.Select(v => (float)v).ToArray(), nOut, bias);
}
