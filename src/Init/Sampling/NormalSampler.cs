using System.Numerics;
using InitVerify.Init.Random;

namespace InitVerify.Init.Sampling;

/// <summary>
/// N(mean, std²) fill by the Box-Muller transform (Box and Muller 1958) on 53-bit uniforms: elements 2p and
/// 2p+1 are r·cos(2πu₂) and r·sin(2πu₂) of block p, r = √(−2 ln u₁).
/// </summary>
/// <remarks>
/// u₁ ≥ 2⁻⁵⁴, so |z| reaches √(108 ln 2) ≈ 8.65: the tails are right far beyond 7σ (samplers built from
/// 24-bit uniforms stop near 5.8σ).
/// </remarks>
internal static class NormalSampler
{
    public static void Fill<T>(Span<T> destination, long firstIndex, double mean, double std, Philox4x32 generator)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int k = 0; k < destination.Length; k++)
        {
            long i = firstIndex + k;
            PhiloxBlock block = generator.Block((ulong)i >> 1);
            double z = Standard(block, (int)(i & 1));
            destination[k] = T.CreateTruncating(mean + std * z);
        }
    }

    /// <summary>The first (half = 0) or second (half = 1) standard normal of a block.</summary>
    public static double Standard(PhiloxBlock block, int half)
    {
        double r = Math.Sqrt(-2.0 * Math.Log(block.Uniform0));
        (double sin, double cos) = Math.SinCos(2.0 * Math.PI * block.Uniform1);
        return r * (half == 0 ? cos : sin);
    }
}
