using System.Numerics;
using InitVerify.Init.Random;

namespace InitVerify.Init.Sampling;

/// <summary>
/// N(μ, σ²) truncated to [a, b], sampled exactly by Robert's (1995) rejection algorithms on the standardized
/// interval [α, β] = [(a−μ)/σ, (b−μ)/σ]:
/// <list type="bullet">
/// <item>0 ∈ [α, β] and β − α ≥ √(2π): propose z ~ N(0, 1), accept if α ≤ z ≤ β;</item>
/// <item>0 ∈ [α, β], narrower: propose z ~ U(α, β), accept with probability exp(−z²/2);</item>
/// <item>α &gt; 0 (β &lt; 0 mirrored), long interval: propose z = α + E/λ, E ~ Exp(1), λ = (α + √(α²+4))/2,
/// accept if z ≤ β and with probability exp(−(z − λ)²/2);</item>
/// <item>α &gt; 0, short interval (β ≤ α + 2√e/(α+√(α²+4))·exp((α² − α√(α²+4))/4), Robert's switch):
/// propose z ~ U(α, β), accept with probability exp((α² − z²)/2).</item>
/// </list>
/// </summary>
/// <remarks>
/// Robert, C. P. (1995), "Simulation of truncated normal variables", Statistics and Computing 5, 121–125.
/// Every regime has an acceptance rate bounded away from 0 for all finite α &lt; β (Robert's analysis), so
/// the expected number of proposals is a small constant whatever the bounds: far-tail bounds (α = 40) and
/// tiny σ are exact, unlike the inverse-CDF method, and the sampler never loops long. Each element i draws
/// its proposals from Philox blocks (i, draw = 0, 1, ...), so elements are independent of each other and of
/// how a fill is split. Results are mapped back by μ + σz and clamped to [a, b] against rounding.
/// </remarks>
internal static class TruncatedNormalSampler
{
    /// <summary>
    /// A hard stop on proposals per element. Every regime accepts with probability above 0.3, so reaching it has
    /// probability below 0.7^10000 (about 1e-1549): it exists only so that no input can ever hang the sampler.
    /// </summary>
    internal const int MaxProposals = 10_000;

    public static void Fill<T>(Span<T> destination, long firstIndex, double mean, double std, double a, double b, Philox4x32 generator)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        double alpha = (a - mean) / std;
        double beta = (b - mean) / std;
        for (int k = 0; k < destination.Length; k++)
        {
            double z = Standard(alpha, beta, generator, (ulong)(firstIndex + k));
            destination[k] = T.CreateTruncating(Math.Clamp(mean + std * z, a, b));
        }
    }

    /// <summary>One draw of Z ~ N(0, 1) conditioned on [α, β], for element <paramref name="index"/>.</summary>
    public static double Standard(double alpha, double beta, Philox4x32 generator, ulong index)
    {
        if (beta <= 0)
        {
            return -Standard(-beta, -alpha, generator, index);
        }

        for (uint draw = 0; draw < MaxProposals; draw++)
        {
            PhiloxBlock block = generator.Block(index, draw);
            if (TryPropose(alpha, beta, block, out double z))
            {
                return z;
            }
        }

        throw new InvalidOperationException(
            $"Truncated normal sampler made {MaxProposals} proposals on [{alpha}, {beta}] without acceptance; this has probability below 1e-1500 and indicates a defect.");
    }

    private static bool TryPropose(double alpha, double beta, PhiloxBlock block, out double z)
    {
        double u0 = block.Uniform0;
        double u1 = block.Uniform1;
        if (alpha < 0)
        {
            if (beta - alpha >= Math.Sqrt(2 * Math.PI))
            {
                z = NormalSampler.Standard(block, 0);
                return z >= alpha && z <= beta;
            }

            z = alpha + (beta - alpha) * u0;
            return u1 <= Math.Exp(-0.5 * z * z);
        }

        // alpha >= 0: one-sided tail. sqrt(alpha^2 + 4) without overflow for huge alpha.
        double root = alpha < 1e150 ? Math.Sqrt(alpha * alpha + 4) : alpha;
        double lambda = (alpha + root) / 2;
        // alpha^2 - alpha*root = -4 alpha / (alpha + root), stable for every alpha >= 0.
        double switchWidth = 2 * Math.Sqrt(Math.E) / (alpha + root) * Math.Exp(-alpha / (alpha + root));
        if (beta - alpha > switchWidth)
        {
            z = alpha - Math.Log(u0) / lambda;
            double d = z - lambda;
            return z <= beta && u1 <= Math.Exp(-0.5 * d * d);
        }

        z = alpha + (beta - alpha) * u0;
        return u1 <= Math.Exp(0.5 * (alpha - z) * (alpha + z));
    }
}
