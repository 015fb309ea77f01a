using InitVerify.Propagation.Network;

namespace InitVerify.Propagation.Theory;

/// <summary>
/// What the mean-field theory predicts for one stack and input: q_l for every layer, and the backward gains.
/// Create with <see cref="MeanField.Predict(DenseStack, double)"/>.
/// </summary>
public sealed class MeanFieldPrediction
{
    private readonly int[] _widths;
    private readonly double[] _forwardVariance;
    private readonly double[] _backwardVariance;
    private readonly double[] _q;

    internal MeanFieldPrediction(Activation activation, int[] widths, double[] forwardVariance, double[] backwardVariance, double[] q, double inputSecondMoment)
    {
        Activation = activation;
        _widths = widths;
        _forwardVariance = forwardVariance;
        _backwardVariance = backwardVariance;
        _q = q;
        InputSecondMoment = inputSecondMoment;
    }

    /// <summary>φ.</summary>
    public Activation Activation { get; }

    /// <summary>The number of layers L.</summary>
    public int Depth => _q.Length;

    /// <summary>n_0..n_L.</summary>
    public IReadOnlyList<int> Widths => _widths;

    /// <summary>mean(x_0²) the recursion started from.</summary>
    public double InputSecondMoment { get; }

    /// <summary>q_l, the predicted pooled second moment of y_l, for l = 1..L (index l − 1).</summary>
    public IReadOnlyList<double> PreActivationSecondMoments => _q;

    /// <summary>σ_w² of layer l in the forward direction, n_{l−1}·Var(W_l) (index l − 1).</summary>
    public IReadOnlyList<double> ForwardWeightVariances => _forwardVariance;

    /// <summary>σ_w² of layer l in the backward direction, n_l·Var(W_l) (index l − 1).</summary>
    public IReadOnlyList<double> BackwardWeightVariances => _backwardVariance;

    /// <summary>
    /// The gain of the gradient's second moment from δ_l to δ_{l−1}: u_{l−1}/u_l = n_l·Var(W_l)·E[φ′(√q_{l−1}·z)²]
    /// for l = 2..L, and from δ_1 to the input gradient n_1·Var(W_1) for l = 1.
    /// </summary>
    /// <param name="layer">l in 1..L.</param>
    public double BackwardGain(int layer)
    {
        if (layer < 1 || layer > Depth)
        {
            Guard.ThrowOutOfRange(nameof(layer), layer, $"must be in 1..{Depth}");
        }

        return layer == 1
            ? _backwardVariance[0]
            : MeanField.Chi(Activation, _backwardVariance[layer - 1], _q[layer - 2]);
    }

    /// <summary>Predicted u_l = E[δ_l²] for l = 1..L (index l − 1), anchored at a given u_L (e.g. the measured one).</summary>
    /// <param name="outputGradientSecondMoment">u_L ≥ 0.</param>
    public double[] GradientSecondMoments(double outputGradientSecondMoment)
    {
        var u = new double[Depth];
        u[Depth - 1] = outputGradientSecondMoment;
        for (int l = Depth; l >= 2; l--)
        {
            u[l - 2] = u[l - 1] * BackwardGain(l);
        }

        return u;
    }
}
