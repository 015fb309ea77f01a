using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
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
/// The first proposal of <see cref="ILanes{TD, TU}.Count"/> consecutive elements is made at once (draw 0 of their
/// blocks, vectorized); the rare element whose first proposal is rejected continues on the scalar path from draw 1.
/// ln and exp are <see cref="LaneMath"/>'s, so acceptance decisions and values are the same on every path and machine.
/// </remarks>
internal static class TruncatedNormalSampler
{
    /// <summary>
    /// A hard stop on proposals per element. Every regime accepts with probability above 0.3, so reaching it has
    /// probability below 0.7^10000 (about 1e-1549): it exists only so that no input can ever hang the sampler.
    /// </summary>
    internal const int MaxProposals = 10_000;

    public static void Fill<T>(Span<T> destination, long firstIndex, double mean, double std, double a, double b, Philox4x32 generator)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Fill(destination, firstIndex, mean, std, a, b, generator, SimdPaths.Preferred);

    /// <summary>The fill on a forced lane width (every width gives the same bits).</summary>
    internal static void Fill<T>(Span<T> destination, long firstIndex, double mean, double std, double a, double b, Philox4x32 generator, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (path)
        {
            case SimdPath.Vector512:
                Fill<T, Lanes512, Vector512<double>, Vector512<ulong>>(destination, firstIndex, mean, std, a, b, generator);
                break;
            case SimdPath.Vector256:
                Fill<T, Lanes256, Vector256<double>, Vector256<ulong>>(destination, firstIndex, mean, std, a, b, generator);
                break;
            case SimdPath.Vector128:
                Fill<T, Lanes128, Vector128<double>, Vector128<ulong>>(destination, firstIndex, mean, std, a, b, generator);
                break;
            default:
                Fill<T, ScalarLanes, double, ulong>(destination, firstIndex, mean, std, a, b, generator);
                break;
        }
    }

    /// <summary>One draw of Z ~ N(0, 1) conditioned on [α, β], for element <paramref name="index"/>.</summary>
    public static double Standard(double alpha, double beta, Philox4x32 generator, ulong index) =>
        beta <= 0
            ? -Proposal.For(-beta, -alpha).Standard(generator, index, 0)
            : Proposal.For(alpha, beta).Standard(generator, index, 0);

    private static void Fill<T, TL, TD, TU>(Span<T> destination, long firstIndex, double mean, double std, double a, double b, Philox4x32 generator)
        where T : unmanaged
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        double alpha = (a - mean) / std;
        double beta = (b - mean) / std;
        bool mirrored = beta <= 0;
        Proposal proposal = mirrored ? Proposal.For(-beta, -alpha) : Proposal.For(alpha, beta);
        double sign = mirrored ? -1.0 : 1.0;

        Span<TU> keys = stackalloc TU[2 * PhiloxLanes.Rounds];
        PhiloxLanes.RoundKeys<TL, TD, TU>(generator.Seed, keys);
        ref TU key = ref keys[0];
        TU draw = TL.SplatBits(0);
        TU stream = TL.SplatBits(generator.Stream);
        TU signBit = TL.SplatBits(mirrored ? 1ul << 63 : 0);
        TD meanLanes = TL.Splat(mean);
        TD stdLanes = TL.Splat(std);
        TD aLanes = TL.Splat(a);
        TD bLanes = TL.Splat(b);
        TU lanes = TL.SplatBits((ulong)TL.Count);
        var context = new VectorContext<TD, TU>(proposal, generator, mean, std, a, b, sign, signBit, meanLanes, stdLanes, aLanes, bLanes);
        int length = destination.Length;
        int k = 0;

        // Two lane sets per iteration: their Philox rounds interleave (latency hiding), then each is finished.
        for (; k <= length - 2 * TL.Count; k += 2 * TL.Count)
        {
            ulong first = (ulong)(firstIndex + k);
            TU index = TL.AddBits(TL.SplatBits(first), TL.Indices);
            PhiloxLanes.Block2<TL, TD, TU>(index, TL.AddBits(index, lanes), draw, stream, ref key, out TU a0, out TU a1, out TU b0, out TU b1);
            Emit<T, TL, TD, TU>(in context, first, a0, a1, ref SpanRef.At(destination, k));
            Emit<T, TL, TD, TU>(in context, first + (ulong)TL.Count, b0, b1, ref SpanRef.At(destination, k + TL.Count));
        }

        for (; k <= length - TL.Count; k += TL.Count)
        {
            ulong first = (ulong)(firstIndex + k);
            TU index = TL.AddBits(TL.SplatBits(first), TL.Indices);
            PhiloxLanes.Block<TL, TD, TU>(index, draw, stream, ref key, out TU bits0, out TU bits1);
            Emit<T, TL, TD, TU>(in context, first, bits0, bits1, ref SpanRef.At(destination, k));
        }

        for (; k < length; k++)
        {
            double z = sign * proposal.Standard(generator, (ulong)(firstIndex + k), 0);
            ScalarLanes.Store(Math.Clamp(mean + std * z, a, b), ref SpanRef.At(destination, k));
        }
    }

    /// <summary>
    /// First proposals (draw 0) of Count consecutive elements from their blocks; accepted lanes are written as
    /// clamp(μ + σ·(±z)), rejected ones continue on the scalar path from draw 1 (not inlined: its own JIT budget).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Emit<T, TL, TD, TU>(in VectorContext<TD, TU> c, ulong first, TU bits0, TU bits1, ref T destination)
        where T : unmanaged
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        TU accepted = c.Proposal.Propose<TL, TD, TU>(bits0, bits1, out TD z);
        z = TL.AsDouble(TL.Xor(TL.AsBits(z), c.SignBit));
        TL.Store(LaneMath.Clamp<TL, TD, TU>(TL.Add(c.MeanLanes, TL.Multiply(c.StdLanes, z)), c.ALanes, c.BLanes), ref destination);
        if (!TL.All(accepted))
        {
            for (int lane = 0; lane < TL.Count; lane++)
            {
                if (!TL.Lane(accepted, lane))
                {
                    double retried = c.Sign * c.Proposal.Standard(c.Generator, first + (ulong)lane, 1);
                    ScalarLanes.Store(Math.Clamp(c.Mean + c.Std * retried, c.A, c.B), ref Unsafe.Add(ref destination, lane));
                }
            }
        }
    }

    private enum Regime
    {
        NormalRejection,
        UniformAroundZero,
        ExponentialTail,
        UniformTail,
    }

    /// <summary>Robert's proposal and acceptance test for a standardized interval [α, β] with β &gt; 0.</summary>
    private readonly struct Proposal
    {
        private readonly Regime regime;
        private readonly double alpha;
        private readonly double beta;
        private readonly double width;
        private readonly double lambda;

        private Proposal(Regime regime, double alpha, double beta, double lambda)
        {
            this.regime = regime;
            this.alpha = alpha;
            this.beta = beta;
            width = beta - alpha;
            this.lambda = lambda;
        }

        public static Proposal For(double alpha, double beta)
        {
            if (alpha < 0)
            {
                return new(beta - alpha >= Math.Sqrt(2 * Math.PI) ? Regime.NormalRejection : Regime.UniformAroundZero, alpha, beta, 0);
            }

            // alpha >= 0: one-sided tail. sqrt(alpha^2 + 4) without overflow for huge alpha.
            double root = alpha < 1e150 ? Math.Sqrt(alpha * alpha + 4) : alpha;
            double lambda = (alpha + root) / 2;
            // alpha^2 - alpha*root = -4 alpha / (alpha + root), stable for every alpha >= 0.
            double switchWidth = 2 * Math.Sqrt(Math.E) / (alpha + root) * LaneMath.Exp(-alpha / (alpha + root));
            return new(beta - alpha > switchWidth ? Regime.ExponentialTail : Regime.UniformTail, alpha, beta, lambda);
        }

        /// <summary>The element's draw from proposals firstDraw, firstDraw + 1, ... of its blocks (index, draw).</summary>
        public double Standard(Philox4x32 generator, ulong index, uint firstDraw)
        {
            for (uint draw = firstDraw; draw < MaxProposals; draw++)
            {
                PhiloxBlock block = generator.Block(index, draw);
                ulong accepted = Propose<ScalarLanes, double, ulong>(((ulong)block.X1 << 32) | block.X0, ((ulong)block.X3 << 32) | block.X2, out double z);
                if (accepted != 0)
                {
                    return z;
                }
            }

            throw new InvalidOperationException(
                $"Truncated normal sampler made {MaxProposals} proposals on [{alpha}, {beta}] without acceptance; this has probability below 1e-1500 and indicates a defect.");
        }

        /// <summary>A proposal z from each lane's block and the mask of lanes where it is accepted.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TU Propose<TL, TD, TU>(TU bits0, TU bits1, out TD z)
            where TL : ILanes<TD, TU>
            where TD : unmanaged
            where TU : unmanaged
        {
            TD alphaLanes = TL.Splat(alpha);
            switch (regime)
            {
                case Regime.NormalRejection:
                {
                    NormalSampler.BoxMuller<TL, TD, TU>(bits0, bits1, out z, out _);
                    return TL.And(TL.LessThanOrEqual(alphaLanes, z), TL.LessThanOrEqual(z, TL.Splat(beta)));
                }

                case Regime.UniformAroundZero:
                {
                    z = TL.Add(alphaLanes, TL.Multiply(TL.Splat(width), LaneMath.ToOpenUnit<TL, TD, TU>(bits0)));
                    TD density = LaneMath.Exp<TL, TD, TU>(TL.Multiply(TL.Multiply(TL.Splat(-0.5), z), z));
                    return TL.LessThanOrEqual(LaneMath.ToOpenUnit<TL, TD, TU>(bits1), density);
                }

                case Regime.ExponentialTail:
                {
                    TD lambdaLanes = TL.Splat(lambda);
                    z = TL.Subtract(alphaLanes, TL.Divide(LaneMath.Log<TL, TD, TU>(LaneMath.ToOpenUnit<TL, TD, TU>(bits0)), lambdaLanes));
                    TD d = TL.Subtract(z, lambdaLanes);
                    TD density = LaneMath.Exp<TL, TD, TU>(TL.Multiply(TL.Multiply(TL.Splat(-0.5), d), d));
                    return TL.And(TL.LessThanOrEqual(z, TL.Splat(beta)), TL.LessThanOrEqual(LaneMath.ToOpenUnit<TL, TD, TU>(bits1), density));
                }

                default:
                {
                    z = TL.Add(alphaLanes, TL.Multiply(TL.Splat(width), LaneMath.ToOpenUnit<TL, TD, TU>(bits0)));
                    TD density = LaneMath.Exp<TL, TD, TU>(TL.Multiply(TL.Multiply(TL.Splat(0.5), TL.Subtract(alphaLanes, z)), TL.Add(alphaLanes, z)));
                    return TL.LessThanOrEqual(LaneMath.ToOpenUnit<TL, TD, TU>(bits1), density);
                }
            }
        }
    }

    /// <summary>The per-fill constants the vector kernel needs.</summary>
    private readonly record struct VectorContext<TD, TU>(
        Proposal Proposal, Philox4x32 Generator, double Mean, double Std, double A, double B, double Sign,
        TU SignBit, TD MeanLanes, TD StdLanes, TD ALanes, TD BLanes)
        where TD : unmanaged
        where TU : unmanaged;
}
