namespace InitVerify.Init.Initializers;

/// <summary>The distribution a variance-scaling initializer draws from.</summary>
public enum VarianceScalingDistribution
{
    /// <summary>N(0, std²).</summary>
    Normal = 0,

    /// <summary>N(0, σ²) truncated to [−2σ, 2σ] with σ = std / 0.8796…, so that the elements' std is std.</summary>
    TruncatedNormal = 1,

    /// <summary>U(−√3·std, √3·std).</summary>
    Uniform = 2,
}
