namespace InitVerify.Propagation.Network;

/// <summary>The result of <see cref="DenseStack.Forward(int, bool)"/>: per-layer statistics, and what the backward pass needs.</summary>
public sealed class ForwardPass
{
    private readonly float[][]? _activations;

    internal ForwardPass(DenseStack stack, int batch, double inputSecondMoment, LayerStatistics[] layers, float[][] preActivations, float[][]? activations)
    {
        Stack = stack;
        Batch = batch;
        InputSecondMoment = inputSecondMoment;
        Layers = layers;
        PreActivations = preActivations;
        _activations = activations;
    }

    /// <summary>The stack that ran.</summary>
    public DenseStack Stack { get; }

    /// <summary>The batch size B.</summary>
    public int Batch { get; }

    /// <summary>Pooled mean of x_0² over the input batch (the start of the mean-field recursion).</summary>
    public double InputSecondMoment { get; }

    /// <summary>Statistics of layers 1..L (index l − 1).</summary>
    public IReadOnlyList<LayerStatistics> Layers { get; }

    /// <summary>Whether the activations were kept (see <see cref="Activations"/>).</summary>
    public bool HasActivations => _activations is not null;

    internal float[][] PreActivations { get; }

    /// <summary>φ(y_l) of every input, row-major [B, n_l], when the pass kept activations.</summary>
    /// <param name="layer">l in 1..L.</param>
    /// <exception cref="InvalidOperationException">The pass did not keep activations.</exception>
    public ReadOnlySpan<float> Activations(int layer)
    {
        if (_activations is null)
        {
            throw new InvalidOperationException("This forward pass did not keep activations; call Forward(..., keepActivations: true).");
        }

        if (layer < 1 || layer > _activations.Length)
        {
            Guard.ThrowOutOfRange(nameof(layer), layer, $"must be in 1..{_activations.Length}");
        }

        return _activations[layer - 1];
    }
}
