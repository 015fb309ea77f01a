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
/// how a fill is split; in the normal-rejection regime elements 2p and 2p + 1 instead take the two normals z₀ and z₁
/// of blocks (p, draw) (Box-Muller's pair is independent), so one block serves two elements as in the normal fill.
/// Results are mapped back by μ + σz and clamped to [a, b] against rounding.
/// The first proposal of <see cref="ILanes{TD, TU}.Count"/> consecutive elements is made at once (draw 0 of their
/// blocks, vectorized); elements whose proposal is rejected queue up, and every full lane set of them gets its next
/// proposals at once too (each lane its own block (index, draw)); only the last few finish on the scalar path.
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

    /// <summary>
    /// Whether N(μ, σ²) on [a, b] is in the normal-rejection regime — α = (a − μ)/σ &lt; 0 &lt; β = (b − μ)/σ and
    /// β − α ≥ √(2π) — where a proposal is a plain N(0, 1) draw accepted with probability Φ(β) − Φ(α) &gt; 0.49.
    /// The float32 streams draw truncated normals in this regime only (<see cref="Native32Sampler.FillTruncatedNormal{TO}(Span{TO}, long, double, double, double, double, Philox4x32, FloatStream)"/>).
    /// </summary>
    public static bool DrawsNormals(double mean, double std, double a, double b)
    {
        double alpha = (a - mean) / std;
        double beta = (b - mean) / std;
        return beta > 0 && Proposal.For(alpha, beta).Paired;
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
        var context = new VectorContext<TD, TU>(proposal, signBit, meanLanes, stdLanes, aLanes, bLanes);
        int length = destination.Length;
        int k = 0;

        // Elements whose proposal was rejected wait here with their next draw number (at most Count − 1 left over
        // plus the elements of two lane sets of blocks); whenever a full lane set is waiting, their next proposals are
        // made at once (each lane with its own block index and draw).
        var retries = new RetryQueue(stackalloc int[5 * TL.Count], stackalloc uint[5 * TL.Count]);

        if (proposal.Paired)
        {
            // Elements 2p and 2p + 1 share blocks (p, draw): an odd first element takes z₁ of the block before.
            if (length > 0 && (firstIndex & 1) != 0)
            {
                double z = sign * proposal.Standard(generator, (ulong)firstIndex, 0);
                ScalarLanes.Store(Math.Clamp(mean + std * z, a, b), ref SpanRef.At(destination, 0));
                k = 1;
            }

            ulong block = Philox4x32.PairBlock((ulong)(firstIndex + k));
            int step = 2 * TL.Count;
            for (; k <= length - 2 * step; k += 2 * step, block += 2 * (ulong)TL.Count)
            {
                TU index = TL.AddBits(TL.SplatBits(block), TL.Indices);
                PhiloxLanes.Block2<TL, TD, TU>(index, TL.AddBits(index, lanes), draw, stream, ref key, out TU a0, out TU a1, out TU b0, out TU b1);
                QueuePair<TL, TD, TU>(ref retries, k, EmitPair<T, TL, TD, TU>(in context, a0, a1, ref SpanRef.At(destination, k), out TU oddA), oddA);
                QueuePair<TL, TD, TU>(ref retries, k + step, EmitPair<T, TL, TD, TU>(in context, b0, b1, ref SpanRef.At(destination, k + step), out TU oddB), oddB);
                while (retries.Count >= TL.Count)
                {
                    Retry<T, TL, TD, TU>(in context, ref retries, firstIndex, stream, ref key, destination);
                }
            }

            // At most one lane set is left after the loop above (fewer than two remain).
            if (k <= length - step)
            {
                TU index = TL.AddBits(TL.SplatBits(block), TL.Indices);
                PhiloxLanes.Block<TL, TD, TU>(index, draw, stream, ref key, out TU bits0, out TU bits1);
                QueuePair<TL, TD, TU>(ref retries, k, EmitPair<T, TL, TD, TU>(in context, bits0, bits1, ref SpanRef.At(destination, k), out TU odd), odd);
                while (retries.Count >= TL.Count)
                {
                    Retry<T, TL, TD, TU>(in context, ref retries, firstIndex, stream, ref key, destination);
                }
                k += step;
            }
        }
        else
        {
            // Two lane sets per iteration: their Philox rounds interleave (latency hiding), then each is finished.
            for (; k <= length - 2 * TL.Count; k += 2 * TL.Count)
            {
                ulong first = (ulong)(firstIndex + k);
                TU index = TL.AddBits(TL.SplatBits(first), TL.Indices);
                PhiloxLanes.Block2<TL, TD, TU>(index, TL.AddBits(index, lanes), draw, stream, ref key, out TU a0, out TU a1, out TU b0, out TU b1);
                Queue<TL, TD, TU>(ref retries, k, Emit<T, TL, TD, TU>(in context, a0, a1, ref SpanRef.At(destination, k)));
                Queue<TL, TD, TU>(ref retries, k + TL.Count, Emit<T, TL, TD, TU>(in context, b0, b1, ref SpanRef.At(destination, k + TL.Count)));
                while (retries.Count >= TL.Count)
                {
                    Retry<T, TL, TD, TU>(in context, ref retries, firstIndex, stream, ref key, destination);
                }
            }

            // At most one lane set is left after the loop above (fewer than two remain).
            if (k <= length - TL.Count)
            {
                ulong first = (ulong)(firstIndex + k);
                TU index = TL.AddBits(TL.SplatBits(first), TL.Indices);
                PhiloxLanes.Block<TL, TD, TU>(index, draw, stream, ref key, out TU bits0, out TU bits1);
                Queue<TL, TD, TU>(ref retries, k, Emit<T, TL, TD, TU>(in context, bits0, bits1, ref SpanRef.At(destination, k)));
                while (retries.Count >= TL.Count)
                {
                    Retry<T, TL, TD, TU>(in context, ref retries, firstIndex, stream, ref key, destination);
                }
                k += TL.Count;
            }
        }

        // The last few waiting elements (fewer than a lane set) finish on the scalar path.
        for (int r = 0; r < retries.Count; r++)
        {
            int position = retries.Positions[r];
            double z = sign * proposal.Standard(generator, (ulong)(firstIndex + position), retries.Draws[r]);
            ScalarLanes.Store(Math.Clamp(mean + std * z, a, b), ref SpanRef.At(destination, position));
        }

        for (; k < length; k++)
        {
            double z = sign * proposal.Standard(generator, (ulong)(firstIndex + k), 0);
            ScalarLanes.Store(Math.Clamp(mean + std * z, a, b), ref SpanRef.At(destination, k));
        }
    }

    /// <summary>
    /// Proposals from Count blocks, one per lane; every lane is written as clamp(μ + σ·(±z)), and the mask of accepted
    /// lanes is returned (a rejected lane's value is overwritten when its element is retried). Not inlined: its own
    /// JIT budget.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TU Emit<T, TL, TD, TU>(in VectorContext<TD, TU> c, TU bits0, TU bits1, ref T destination)
        where T : unmanaged
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        TU accepted = c.Proposal.Propose<TL, TD, TU>(bits0, bits1, TL.SplatBits(0), out TD z);
        TL.Store(c.Value<TL>(z), ref destination);
        return accepted;
    }

    /// <summary>Queues the rejected lanes of the lane set at <paramref name="position"/> for their draw 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Queue<TL, TD, TU>(ref RetryQueue retries, int position, TU accepted)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        for (uint rejected = ~TL.Bits(accepted) & AllLanes<TL, TD, TU>(); rejected != 0; rejected &= rejected - 1)
        {
            retries.Push(position + BitOperations.TrailingZeroCount(rejected), 1);
        }
    }

    /// <summary>
    /// Both proposals of Count blocks (normal-rejection regime): z₀ for the even and z₁ for the odd element of each
    /// block, written interleaved as clamp(μ + σ·(±z)); returns the even elements' acceptance mask, the odd ones' in
    /// <paramref name="acceptedOdd"/>. Not inlined: its own JIT budget.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TU EmitPair<T, TL, TD, TU>(in VectorContext<TD, TU> c, TU bits0, TU bits1, ref T destination, out TU acceptedOdd)
        where T : unmanaged
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        c.Proposal.ProposePair<TL, TD, TU>(bits0, bits1, out TD z0, out TD z1, out TU acceptedEven, out acceptedOdd);
        TL.StoreInterleaved(c.Value<TL>(z0), c.Value<TL>(z1), ref destination);
        return acceptedEven;
    }

    /// <summary>Queues the rejected elements of the 2·Count elements at <paramref name="position"/> for their draw 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void QueuePair<TL, TD, TU>(ref RetryQueue retries, int position, TU acceptedEven, TU acceptedOdd)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        for (uint rejected = ~TL.Bits(acceptedEven) & AllLanes<TL, TD, TU>(); rejected != 0; rejected &= rejected - 1)
        {
            retries.Push(position + (2 * BitOperations.TrailingZeroCount(rejected)), 1);
        }

        for (uint rejected = ~TL.Bits(acceptedOdd) & AllLanes<TL, TD, TU>(); rejected != 0; rejected &= rejected - 1)
        {
            retries.Push(position + (2 * BitOperations.TrailingZeroCount(rejected)) + 1, 1);
        }
    }

    /// <summary>
    /// The next proposals of the last Count waiting elements at once: blocks (index, draw) with each lane's own index
    /// and draw. Accepted lanes are written; rejected ones wait again with draw + 1 (at <see cref="MaxProposals"/> the
    /// defect is reported, as on the scalar path).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Retry<T, TL, TD, TU>(in VectorContext<TD, TU> c, ref RetryQueue retries, long firstIndex, TU stream, ref TU key, Span<T> destination)
        where T : unmanaged
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        int count = TL.Count;
        int start = retries.Count - count;
        Span<ulong> indices = stackalloc ulong[count];
        Span<ulong> blocks = stackalloc ulong[count];
        Span<ulong> odd = stackalloc ulong[count];
        Span<ulong> draws = stackalloc ulong[count];
        Span<double> values = stackalloc double[count];
        for (int lane = 0; lane < count; lane++)
        {
            ulong element = (ulong)(firstIndex + retries.Positions[start + lane]);
            indices[lane] = element;
            blocks[lane] = c.Proposal.BlockOf(element);
            odd[lane] = c.Proposal.OddMask(element);
            draws[lane] = retries.Draws[start + lane];
        }

        TU blockIndex = TL.AsBits(TL.Load(ref Unsafe.As<ulong, double>(ref blocks[0])));
        TU draw = TL.AsBits(TL.Load(ref Unsafe.As<ulong, double>(ref draws[0])));
        PhiloxLanes.Block<TL, TD, TU>(blockIndex, draw, stream, ref key, out TU bits0, out TU bits1);
        TU accepted = c.Proposal.Propose<TL, TD, TU>(bits0, bits1, TL.AsBits(TL.Load(ref Unsafe.As<ulong, double>(ref odd[0]))), out TD z);
        TL.Store(c.Value<TL>(z), ref values[0]);

        // The taken entries are the queue's last ones; rejected lanes are pushed back in their place, in lane order.
        retries.Count = start;
        uint acceptedBits = TL.Bits(accepted);
        for (int lane = 0; lane < count; lane++)
        {
            int position = (int)((long)indices[lane] - firstIndex);
            ref T target = ref SpanRef.At(destination, position);
            if ((acceptedBits & (1u << lane)) != 0)
            {
                ScalarLanes.Store(values[lane], ref target);
            }
            else if (draws[lane] + 1 < MaxProposals)
            {
                retries.Push(position, (uint)draws[lane] + 1);
            }
            else
            {
                throw c.Proposal.Exhausted();
            }
        }
    }

    /// <summary>The bits of every lane (Count ≤ 8).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AllLanes<TL, TD, TU>()
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged => (1u << TL.Count) - 1;

    /// <summary>Elements (positions in the destination) waiting for their next proposal, with its draw number.</summary>
    private ref struct RetryQueue(Span<int> positions, Span<uint> draws)
    {
        public readonly Span<int> Positions = positions;
        public readonly Span<uint> Draws = draws;
        public int Count;

        public void Push(int position, uint draw)
        {
            Positions[Count] = position;
            Draws[Count] = draw;
            Count++;
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
    internal readonly struct Proposal
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

        /// <summary>
        /// True in the normal-rejection regime: elements 2p and 2p + 1 take the two normals z₀ and z₁ of blocks
        /// (p, draw), which are independent; the other regimes need both uniforms of a block per proposal.
        /// </summary>
        public bool Paired => regime == Regime.NormalRejection;

        /// <summary>The block index of element <paramref name="index"/>'s proposals.</summary>
        public ulong BlockOf(ulong index) => Paired ? Philox4x32.PairBlock(index) : index;

        /// <summary>All ones when element <paramref name="index"/> takes the second normal (z₁) of its blocks, else 0.</summary>
        public ulong OddMask(ulong index) => Paired ? 0 - (index & 1) : 0;

        /// <summary>The element's draw from proposals firstDraw, firstDraw + 1, ... (blocks (BlockOf(index), draw)).</summary>
        public double Standard(Philox4x32 generator, ulong index, uint firstDraw)
        {
            ulong blockIndex = BlockOf(index);
            ulong odd = OddMask(index);
            for (uint draw = firstDraw; draw < MaxProposals; draw++)
            {
                PhiloxBlock block = generator.Block(blockIndex, draw);
                ulong accepted = Propose<ScalarLanes, double, ulong>(((ulong)block.X1 << 32) | block.X0, ((ulong)block.X3 << 32) | block.X2, odd, out double z);
                if (accepted != 0)
                {
                    return z;
                }
            }

            throw Exhausted();
        }

        /// <summary>The error for an element that has had <see cref="MaxProposals"/> proposals rejected.</summary>
        public InvalidOperationException Exhausted() =>
            new($"Truncated normal sampler made {MaxProposals} proposals on [{alpha}, {beta}] without acceptance; this has probability below 1e-1500 and indicates a defect.");

        /// <summary>α ≤ z ≤ β, lane by lane (the normal-rejection test).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TU Accepts<TL, TD, TU>(TD z)
            where TL : ILanes<TD, TU>
            where TD : unmanaged
            where TU : unmanaged =>
            TL.And(TL.LessThanOrEqual(TL.Splat(alpha), z), TL.LessThanOrEqual(z, TL.Splat(beta)));

        /// <summary>
        /// Both proposals of each lane's block in the normal-rejection regime (z₀ for the even element, z₁ for the odd
        /// one) and their acceptance masks.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void ProposePair<TL, TD, TU>(TU bits0, TU bits1, out TD z0, out TD z1, out TU accepted0, out TU accepted1)
            where TL : ILanes<TD, TU>
            where TD : unmanaged
            where TU : unmanaged
        {
            NormalSampler.BoxMuller<TL, TD, TU>(bits0, bits1, out z0, out z1);
            accepted0 = Accepts<TL, TD, TU>(z0);
            accepted1 = Accepts<TL, TD, TU>(z1);
        }

        /// <summary>
        /// A proposal z from each lane's block and the mask of lanes where it is accepted; <paramref name="odd"/> picks
        /// z₁ over z₀ lane by lane in the paired (normal-rejection) regime and is ignored by the others.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TU Propose<TL, TD, TU>(TU bits0, TU bits1, TU odd, out TD z)
            where TL : ILanes<TD, TU>
            where TD : unmanaged
            where TU : unmanaged
        {
            TD alphaLanes = TL.Splat(alpha);
            switch (regime)
            {
                case Regime.NormalRejection:
                {
                    NormalSampler.BoxMuller<TL, TD, TU>(bits0, bits1, out TD z0, out TD z1);
                    z = TL.Select(odd, z1, z0);
                    return Accepts<TL, TD, TU>(z);
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
        Proposal Proposal, TU SignBit, TD MeanLanes, TD StdLanes, TD ALanes, TD BLanes)
        where TD : unmanaged
        where TU : unmanaged
    {
        /// <summary>clamp(μ + σ·(±z), a, b) lane by lane: the same operations as the scalar path.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TD Value<TL>(TD z)
            where TL : ILanes<TD, TU> =>
            LaneMath.Clamp<TL, TD, TU>(TL.Add(MeanLanes, TL.Multiply(StdLanes, TL.AsDouble(TL.Xor(TL.AsBits(z), SignBit)))), ALanes, BLanes);
    }
}
