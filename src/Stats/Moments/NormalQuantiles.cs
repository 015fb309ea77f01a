using MathNet.Numerics.Distributions;

namespace InitVerify.Stats.Moments;

/// <summary>Standard normal quantiles for error rates.</summary>
internal static class NormalQuantiles
{
    /// <summary>z_p = Φ⁻¹(1 − p) = −Φ⁻¹(p): P(Z &gt; z_p) = p (taken from the lower tail, so tiny p stay accurate).</summary>
    public static double UpperTail(double p) => -Normal.InvCDF(0, 1, p);
}
