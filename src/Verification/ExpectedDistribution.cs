using InitVerify.Init;
using InitVerify.Stats.Distributions;

namespace InitVerify.Verification;

/// <summary>Maps an initializer's promised element distribution to the distribution the statistics core tests against.</summary>
public static class ExpectedDistribution
{
    /// <summary>The continuous distribution of one element.</summary>
    /// <param name="target">Any non-constant target (a constant one is checked exactly, not statistically).</param>
    /// <exception cref="ArgumentException">A constant target.</exception>
    public static IContinuousDistribution For(WeightDistribution target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Kind switch
        {
            DistributionKind.Normal => new NormalDistribution(target.Mean, target.Std),
            DistributionKind.Uniform => new UniformDistribution(target.Lower, target.Upper),
            DistributionKind.TruncatedNormal => new TruncatedNormalDistribution(target.Mean, target.Std, target.Lower, target.Upper),
            DistributionKind.Orthogonal => new SphereCoordinateDistribution(target.Dimension, target.Upper),
            _ => throw new ArgumentException($"A {target.Kind} target has no continuous distribution; compare it exactly.", nameof(target)),
        };
    }
}
