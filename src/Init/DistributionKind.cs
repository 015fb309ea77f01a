namespace InitVerify.Init;

/// <summary>The family of the marginal distribution of one weight element.</summary>
public enum DistributionKind
{
    /// <summary>Every element equals <see cref="WeightDistribution.Mean"/>.</summary>
    Constant = 0,

    /// <summary>U(Lower, Upper).</summary>
    Uniform = 1,

    /// <summary>N(Mean, Std²).</summary>
    Normal = 2,

    /// <summary>N(Mean, Std²) conditioned on [Lower, Upper]; Mean and Std are the parent normal's.</summary>
    TruncatedNormal = 3,

    /// <summary>
    /// gain × a Haar-random matrix with orthonormal rows (or columns): each element is gain × one coordinate of a
    /// uniform unit vector in ℝᵐ, m = max(rows, cols); mean 0, variance gain²/m, support [−gain, gain].
    /// </summary>
    Orthogonal = 4,
}
