namespace InitVerify.Init.Initializers;

/// <summary>Fills with independent draws from U(low, high) (PyTorch <c>uniform_</c>, default U(0, 1)).</summary>
public sealed class UniformInitializer : Initializer
{
    private readonly WeightDistribution _target;

    /// <summary>Creates a uniform initializer.</summary>
    /// <param name="low">Lower bound a, finite.</param>
    /// <param name="high">Upper bound b, finite, &gt; a.</param>
    /// <exception cref="ArgumentOutOfRangeException">Non-finite bounds or a ≥ b.</exception>
    public UniformInitializer(double low = 0.0, double high = 1.0)
    {
        _target = WeightDistribution.Uniform(low, high);
    }

    /// <inheritdoc/>
    public override string Name => $"uniform({_target.Lower:R}, {_target.Upper:R})";

    /// <inheritdoc/>
    protected override WeightDistribution TargetCore(ReadOnlySpan<int> shape) => _target;
}
