namespace InitVerify.Init.Initializers;

/// <summary>
/// Fills with independent draws from N(mean, std²) conditioned on [a, b] (PyTorch <c>trunc_normal_</c>; the
/// bounds are absolute values, not multiples of std). Sampled exactly by Robert's (1995) rejection algorithms,
/// for any finite bounds: far in one tail, excluding the mean, or with a tiny std. Note that the elements'
/// standard deviation is smaller than std (0.8796·std for a = μ − 2σ, b = μ + 2σ).
/// </summary>
public sealed class TruncatedNormalInitializer : Initializer
{
    private readonly WeightDistribution _target;

    /// <summary>Creates a truncated-normal initializer.</summary>
    /// <param name="mean">Parent mean μ, finite (may lie outside [a, b]).</param>
    /// <param name="std">Parent standard deviation σ, finite and &gt; 0.</param>
    /// <param name="a">Lower bound, finite.</param>
    /// <param name="b">Upper bound, finite, &gt; a.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range, or bounds that hold no mass numerically.</exception>
    public TruncatedNormalInitializer(double mean = 0.0, double std = 1.0, double a = -2.0, double b = 2.0)
    {
        _target = WeightDistribution.TruncatedNormal(mean, std, a, b);
    }

    /// <inheritdoc/>
    public override string Name => $"truncated-normal({_target.Mean:R}, {_target.Std:R}, [{_target.Lower:R}, {_target.Upper:R}])";

    /// <inheritdoc/>
    protected override WeightDistribution TargetCore(ReadOnlySpan<int> shape) => _target;
}
