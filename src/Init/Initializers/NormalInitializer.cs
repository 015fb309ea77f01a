namespace InitVerify.Init.Initializers;

/// <summary>Fills with independent draws from N(mean, std²) (PyTorch <c>normal_</c>, default N(0, 1)).</summary>
public sealed class NormalInitializer : Initializer
{
    private readonly WeightDistribution _target;

    /// <summary>Creates a normal initializer.</summary>
    /// <param name="mean">Mean μ, finite.</param>
    /// <param name="std">Standard deviation σ, finite and &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public NormalInitializer(double mean = 0.0, double std = 1.0)
    {
        _target = WeightDistribution.Normal(mean, std);
    }

    /// <inheritdoc/>
    public override string Name => $"normal({_target.Mean:R}, {_target.Std:R})";

    /// <inheritdoc/>
    protected override WeightDistribution TargetCore(ReadOnlySpan<int> shape) => _target;
}
