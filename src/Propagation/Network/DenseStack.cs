using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Init.Random;

namespace InitVerify.Propagation.Network;

/// <summary>
/// A stack of L dense layers y_l = W_l·x_{l−1} + b_l, x_l = φ(y_l) (l = 1..L, x_0 the input), with W_l of shape
/// [n_l, n_{l−1}] (PyTorch layout [out, in]) filled by an <see cref="Initializer"/>, held in float.
/// </summary>
/// <remarks>
/// Randomness is explicit: one seed, one Philox sub-stream per purpose. Layer l's weights use stream l − 1,
/// its bias stream <see cref="BiasStreamBase"/> + l − 1, the standard-normal inputs stream
/// <see cref="InputStream"/> and the random output gradient stream <see cref="OutputGradientStream"/>; so the
/// same seed gives the same network, inputs and gradients bit for bit, whatever the thread count.
/// Precision: weights, activations and gradients are float (IEEE binary32); products accumulate in float (see
/// <see cref="DenseKernels"/>), statistics in double. Signals that leave float's range overflow to ∞ (reported
/// by <see cref="LayerStatistics.NonFiniteCount"/>) or underflow to 0, as they would in a float32 framework.
/// </remarks>
public sealed class DenseStack
{
    /// <summary>The first Philox stream used for biases (layer l uses BiasStreamBase + l − 1).</summary>
    public const uint BiasStreamBase = 0x4000_0000u;

    /// <summary>The Philox stream of the standard-normal inputs of <see cref="Forward(int, bool)"/>.</summary>
    public const uint InputStream = 0x8000_0000u;

    /// <summary>The Philox stream of the random output gradient of <see cref="Backward"/>.</summary>
    public const uint OutputGradientStream = 0x8000_0001u;

    private readonly int[] _widths;
    private readonly float[][] _weights;
    private readonly float[]?[] _biases;
    private readonly float[]?[] _transposed;

    /// <summary>Builds a stack and draws its weights (and biases).</summary>
    /// <param name="widths">n_0 (input width), n_1, …, n_L: at least two entries, each ≥ 1.</param>
    /// <param name="activation">φ, applied after every layer including the last.</param>
    /// <param name="weights">Fills each W_l of shape [n_l, n_{l−1}].</param>
    /// <param name="seed">The seed of every random draw of this stack.</param>
    /// <param name="biases">Fills each b_l of shape [n_l] (must accept rank 1, e.g. a constant, normal or uniform); null for no bias.</param>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than two widths or a width &lt; 1, or an initializer that rejects the shape.</exception>
    public DenseStack(IReadOnlyList<int> widths, Activation activation, Initializer weights, ulong seed, Initializer? biases = null)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(weights);
        if (widths.Count < 2)
        {
            Guard.ThrowOutOfRange(nameof(widths), widths.Count, "must hold at least two widths (input and one layer)");
        }

        for (int i = 0; i < widths.Count; i++)
        {
            if (widths[i] < 1)
            {
                Guard.ThrowOutOfRange(nameof(widths), widths[i], $"entry {i} must be ≥ 1");
            }
        }

        _widths = [.. widths];
        Activation = activation;
        WeightInitializer = weights;
        BiasInitializer = biases;
        Seed = seed;
        int depth = _widths.Length - 1;
        _weights = new float[depth][];
        _biases = new float[]?[depth];
        _transposed = new float[]?[depth];

        // Validate every shape before drawing anything.
        for (int l = 1; l <= depth; l++)
        {
            weights.Target([_widths[l], _widths[l - 1]]);
            biases?.Target([_widths[l]]);
        }

        Parallel.For(0, depth, i =>
        {
            int[] shape = [_widths[i + 1], _widths[i]];
            var w = new float[shape[0] * shape[1]];
            weights.Fill(shape, w, new Philox4x32(seed, (uint)i));
            _weights[i] = w;
            if (biases is not null)
            {
                var b = new float[shape[0]];
                biases.Fill([shape[0]], b, new Philox4x32(seed, BiasStreamBase + (uint)i));
                _biases[i] = b;
            }
        });
    }

    /// <summary>A stack of equal widths: input width n and L layers of width n.</summary>
    /// <param name="width">n ≥ 1.</param>
    /// <param name="depth">L ≥ 1.</param>
    /// <param name="activation">φ.</param>
    /// <param name="weights">The weight initializer.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="biases">The bias initializer, or null.</param>
    public static DenseStack Uniform(int width, int depth, Activation activation, Initializer weights, ulong seed, Initializer? biases = null)
    {
        Guard.AtLeast(width, 1, nameof(width));
        Guard.AtLeast(depth, 1, nameof(depth));
        return new DenseStack(Enumerable.Repeat(width, depth + 1).ToArray(), activation, weights, seed, biases);
    }

    /// <summary>n_0, n_1, …, n_L.</summary>
    public IReadOnlyList<int> Widths => _widths;

    /// <summary>The number of layers L.</summary>
    public int Depth => _weights.Length;

    /// <summary>φ.</summary>
    public Activation Activation { get; }

    /// <summary>The weight initializer.</summary>
    public Initializer WeightInitializer { get; }

    /// <summary>The bias initializer (null: no bias).</summary>
    public Initializer? BiasInitializer { get; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>W_l, row-major [n_l, n_{l−1}].</summary>
    /// <param name="layer">l in 1..L.</param>
    public ReadOnlySpan<float> Weights(int layer) => _weights[CheckLayer(layer) - 1];

    /// <summary>b_l (empty without biases).</summary>
    /// <param name="layer">l in 1..L.</param>
    public ReadOnlySpan<float> Biases(int layer) => _biases[CheckLayer(layer) - 1];

    /// <summary>The variance the initializer promises for each element of W_l (Var(w), from <see cref="Initializer.Target"/>).</summary>
    /// <param name="layer">l in 1..L.</param>
    public double WeightVariance(int layer)
    {
        CheckLayer(layer);
        return WeightInitializer.Target([_widths[layer], _widths[layer - 1]]).Variance;
    }

    /// <summary>E[b²] the bias initializer promises for layer l (Var + mean²); 0 without biases.</summary>
    /// <param name="layer">l in 1..L.</param>
    public double BiasSecondMoment(int layer)
    {
        CheckLayer(layer);
        if (BiasInitializer is null)
        {
            return 0.0;
        }

        WeightDistribution d = BiasInitializer.Target([_widths[layer]]);
        return d.Variance + d.Mean * d.Mean;
    }

    /// <summary>Forward pass of a batch of i.i.d. N(0, 1) inputs drawn from the stack's seed (stream <see cref="InputStream"/>).</summary>
    /// <param name="batch">Number of inputs B ≥ 1.</param>
    /// <param name="keepActivations">Keep every layer's φ(y) for histograms (memory B·Σn_l floats).</param>
    public ForwardPass Forward(int batch, bool keepActivations = false)
    {
        Guard.AtLeast(batch, 1, nameof(batch));
        var input = new float[batch * _widths[0]];
        new NormalInitializer(0.0, 1.0).Fill([batch, _widths[0]], input, new Philox4x32(Seed, InputStream));
        return ForwardCore(input, batch, keepActivations);
    }

    /// <summary>Forward pass of given inputs.</summary>
    /// <param name="input">Row-major [B, n_0]; its length must be a positive multiple of n_0.</param>
    /// <param name="keepActivations">Keep every layer's φ(y) for histograms.</param>
    /// <exception cref="ArgumentException">The input length is not a positive multiple of n_0.</exception>
    public ForwardPass Forward(ReadOnlySpan<float> input, bool keepActivations = false)
    {
        if (input.Length == 0 || input.Length % _widths[0] != 0)
        {
            Guard.ThrowArgument(nameof(input), $"input has length {input.Length}; it must be a positive multiple of the input width {_widths[0]}.");
        }

        return ForwardCore(input.ToArray(), input.Length / _widths[0], keepActivations);
    }

    /// <summary>
    /// Backward pass through the stack from the output gradient g = ∂loss/∂x_L: δ_L = φ′(y_L) ⊙ g,
    /// δ_{l−1} = φ′(y_{l−1}) ⊙ (W_lᵀ δ_l), and the input gradient W_1ᵀ δ_1.
    /// </summary>
    /// <param name="forward">A forward pass of this stack.</param>
    /// <param name="mode">Which output gradient to propagate.</param>
    /// <exception cref="ArgumentException">A forward pass of another stack.</exception>
    public BackwardPass Backward(ForwardPass forward, OutputGradient mode = OutputGradient.StandardNormal)
    {
        ArgumentNullException.ThrowIfNull(forward);
        if (!ReferenceEquals(forward.Stack, this))
        {
            Guard.ThrowArgument(nameof(forward), "forward must be a forward pass of this stack.");
        }

        if (!Enum.IsDefined(mode))
        {
            Guard.ThrowOutOfRange(nameof(mode), mode, "must be StandardNormal or SumOfOutputs");
        }

        int batch = forward.Batch;
        int depth = Depth;
        var stats = new GradientStatistics[depth];
        int nL = _widths[depth];
        var delta = new float[batch * nL];
        if (mode == OutputGradient.StandardNormal)
        {
            new NormalInitializer(0.0, 1.0).Fill([batch, nL], delta, new Philox4x32(Seed, OutputGradientStream));
        }
        else
        {
            delta.AsSpan().Fill(1f);
        }

        MultiplyByDerivative(forward.PreActivations[depth - 1], delta);
        stats[depth - 1] = GradientStats(depth, delta, batch, nL);
        for (int l = depth; l >= 2; l--)
        {
            float[] next = PropagateBack(delta, batch, l);
            MultiplyByDerivative(forward.PreActivations[l - 2], next);
            stats[l - 2] = GradientStats(l - 1, next, batch, _widths[l - 1]);
            delta = next;
        }

        GradientStatistics input = GradientStats(0, PropagateBack(delta, batch, 1), batch, _widths[0]);
        return new BackwardPass(mode, stats, input);
    }

    /// <summary>W_lᵀ·δ_l for each sample of the batch: the gradient with respect to layer l's input (before φ').</summary>
    private float[] PropagateBack(float[] delta, int batch, int layer)
    {
        int nIn = _widths[layer - 1];
        var next = new float[batch * nIn];
        DenseKernels.MultiplyTransposed(delta, batch, _widths[layer], TransposedWeights(layer), nIn, null, next);
        return next;
    }

    private ForwardPass ForwardCore(float[] input, int batch, bool keepActivations)
    {
        int depth = Depth;
        double inputSecondMoment = 0;
        foreach (float v in input)
        {
            inputSecondMoment += (double)v * v;
        }

        inputSecondMoment /= input.Length;
        var preActivations = new float[depth][];
        float[][]? activations = keepActivations ? new float[depth][] : null;
        var stats = new LayerStatistics[depth];
        float[] x = input;
        for (int l = 1; l <= depth; l++)
        {
            int nIn = _widths[l - 1];
            int nOut = _widths[l];
            var y = new float[batch * nOut];
            DenseKernels.MultiplyTransposed(x, batch, nIn, _weights[l - 1], nOut, _biases[l - 1], y);
            preActivations[l - 1] = y;
            var post = new float[y.Length];
            stats[l - 1] = LayerStats(l, y, post, batch, nOut);
            if (activations is not null)
            {
                activations[l - 1] = post;
            }

            x = post;
        }

        return new ForwardPass(this, batch, inputSecondMoment, stats, preActivations, activations);
    }

    private LayerStatistics LayerStats(int layer, float[] y, float[] post, int batch, int width)
    {
        Activation phi = Activation;
        double sum = 0, sumSq = 0, postSum = 0, postSumSq = 0, crossUnit = 0;
        long saturated = 0, nonFinite = 0;
        var unitSum = new double[width];
        var unitSumSq = new double[width];
        for (int b = 0; b < batch; b++)
        {
            double rowSum = 0, rowSumSq = 0;
            int offset = b * width;
            for (int i = 0; i < width; i++)
            {
                float yf = y[offset + i];
                double v = yf;
                if (!float.IsFinite(yf))
                {
                    nonFinite++;
                }

                rowSum += v;
                rowSumSq += v * v;
                unitSum[i] += v;
                unitSumSq[i] += v * v;
                float a = (float)phi.Value(v);
                post[offset + i] = a;
                postSum += a;
                postSumSq += (double)a * a;
                if (phi.IsSaturated(a))
                {
                    saturated++;
                }
            }

            sum += rowSum;
            sumSq += rowSumSq;
            double rowMean = rowSum / width;
            crossUnit += Math.Max(0.0, rowSumSq / width - rowMean * rowMean);
        }

        double count = (double)batch * width;
        double perUnit = 0;
        for (int i = 0; i < width; i++)
        {
            double m = unitSum[i] / batch;
            perUnit += Math.Max(0.0, unitSumSq[i] / batch - m * m);
        }

        double secondMoment = nonFinite > 0 ? double.PositiveInfinity : sumSq / count;
        return new LayerStatistics(layer, width, sum / count, secondMoment, crossUnit / batch, perUnit / width,
            postSum / count, nonFinite > 0 ? double.PositiveInfinity : postSumSq / count, saturated / count, nonFinite);
    }

    private static GradientStatistics GradientStats(int layer, float[] delta, int batch, int width)
    {
        double sumSq = 0, crossUnit = 0;
        long nonFinite = 0;
        for (int b = 0; b < batch; b++)
        {
            double rowSum = 0, rowSumSq = 0;
            int offset = b * width;
            for (int i = 0; i < width; i++)
            {
                float d = delta[offset + i];
                if (!float.IsFinite(d))
                {
                    nonFinite++;
                }

                rowSum += d;
                rowSumSq += (double)d * d;
            }

            sumSq += rowSumSq;
            double rowMean = rowSum / width;
            crossUnit += Math.Max(0.0, rowSumSq / width - rowMean * rowMean);
        }

        double secondMoment = nonFinite > 0 ? double.PositiveInfinity : sumSq / ((double)batch * width);
        return new GradientStatistics(layer, width, secondMoment, crossUnit / batch, nonFinite);
    }

    private void MultiplyByDerivative(float[] preActivation, float[] gradient)
    {
        Activation phi = Activation;
        if (phi.Kind == ActivationKind.Identity)
        {
            return;
        }

        for (int k = 0; k < gradient.Length; k++)
        {
            gradient[k] = (float)(gradient[k] * phi.Derivative(preActivation[k]));
        }
    }

    private float[] TransposedWeights(int layer)
    {
        float[]? t = Volatile.Read(ref _transposed[layer - 1]);
        if (t is null)
        {
            t = new float[_weights[layer - 1].Length];
            DenseKernels.Transpose(_weights[layer - 1], _widths[layer], _widths[layer - 1], t);
            Volatile.Write(ref _transposed[layer - 1], t);
        }

        return t;
    }

    private int CheckLayer(int layer)
    {
        if (layer < 1 || layer > Depth)
        {
            Guard.ThrowOutOfRange(nameof(layer), layer, $"must be in 1..{Depth}");
        }

        return layer;
    }
}
