using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using InitVerify.Init.Random;

namespace InitVerify.Init.Sampling;

/// <summary>
/// The float32 streams' fills of U(low, high) and N(mean, std²): every 32-bit word of a counter-based block gives one
/// float element, computed in binary32 arithmetic (<see cref="FloatLaneMath"/>), so one block gives four elements. The
/// words are Philox4x32-10's under <see cref="FloatStream.Native32"/> and ARS-7's (<see cref="Ars4x32"/>, AES rounds)
/// under <see cref="FloatStream.Native32Ars"/>; everything below holds for both, with "block" meaning that generator's
/// block (counter (index, draw 0, the generator's stream), key the seed).
/// </summary>
/// <remarks>
/// <para><b>Layout.</b> Elements come in tiles of 64 = 16 Philox blocks × 4 words: element i = 64g + 16j + l
/// (g = ⌊i/64⌋, j = ⌊i/16⌋ mod 4, l = i mod 16) is made from word j of block 16g + l (draw 0, the generator's stream),
/// x_j for a uniform and Box-Muller pair ⌊j/2⌋ = (x₀, x₁) or (x₂, x₃) for a normal. Word-major tiles let every
/// vector width load 16, 8 or 4 consecutive blocks into lanes and store each word's row without shuffling; element i
/// still depends only on (seed, stream, i), so any index range, split or thread count gives the same bits. Native32's
/// words are those of the rounded-double stream's blocks: a Native32 and a RoundedDouble fill of one generator are not
/// independent of each other (a Native32Ars fill is independent of both). ARS blocks come out of the AES rounds
/// block-major; <see cref="ArsLanes"/> transposes them to the word-major rows.</para>
/// <para><b>Uniform.</b> With k = ⌊x/2⁸⌋ (24 bits), u = (k + ½)·2⁻²⁴ ∈ [2⁻²⁵, 1 − 2⁻²⁵] and the element is
/// low + (high − low)·u clamped to [fl(low), fl(high)]. u itself is not a float above ½ (it needs 25 bits), so the
/// element is evaluated as one fused multiply-add, fl(k·s + b) with s = fl((high − low)·2⁻²⁴) and
/// b = fl(low + (high − low)·2⁻²⁵) (each computed in double and rounded once to float): the exact value up to the
/// roundings of s and b (relative 2⁻²⁴ each) and of the result (½ ulp).</para>
/// <para><b>Normal.</b> Box-Muller (Box and Muller 1958) in float. Pair (x_r, x_a):
/// u₁ = fl((x_r·2⁸ + (x_a mod 2⁸) + ½)·2⁻⁴⁰) ∈ [2⁻⁴¹, 1] (a 40-bit grid rounded once to float: float-level relative
/// resolution down to u₁ ≈ 2⁻¹⁶, 2⁻⁴⁰ absolute below) and t = (⌊x_a/2⁸⌋ + ½)·2⁻²⁴ (reduced exactly to a quarter turn);
/// r = √(−2 ln u₁) with ln, sin and cos from <see cref="FloatLaneMath"/> (within 1.5 float ulps); elements 16j + l of
/// the tile are r·cos 2πt (j even) and r·sin 2πt (j odd), then fl(std·z + mean) by one fused multiply-add with std and
/// mean rounded to float (std = 1, mean = 0 gives z exactly). |z| ≤ √(82 ln 2) ≈ 7.539: the tails are right to beyond
/// 7.5σ.
/// u₁ rounds to 1 when x_r·2⁸ + (x_a mod 2⁸) ≥ 2⁴⁰ − 2¹⁵ (probability 2⁻²⁵ ≈ 3e-8); then ln u₁ = +0, r = −0 and both
/// elements of the pair are fl(std·(±0) + mean) = mean, where exact arithmetic would give r &lt; 2⁻¹² (u₁ &gt; 1 − 2⁻²⁵):
/// a displacement below 2.5e-4·std with probability 3e-8, invisible at float resolution of the distribution.</para>
/// <para><b>Truncated normal.</b> N(μ, σ²) on [a, b] in Robert's (1995) normal-rejection regime, α = (a − μ)/σ &lt; 0 &lt;
/// β = (b − μ)/σ and β − α ≥ √(2π) (<see cref="TruncatedNormalSampler.DrawsNormals"/>): element i is the standard
/// normal element i above (μ = 0, σ = 1) computed from block (index, draw d, stream) for d = 0, 1, 2, …, at the first d
/// with α ≤ z ≤ β (z a float compared exactly with the double bounds), then clamp(fl(σ·z + μ), fl(a), fl(b)). Each
/// proposal is accepted with probability Φ(β) − Φ(α) &gt; 0.49, independently of every other element's, so the
/// element still depends only on (seed, stream, i). Vector lanes keep their first accepted value while the rest of their
/// Box-Muller pair is redrawn; at most <see cref="TruncatedNormalSampler.MaxProposals"/> draws (reaching it has
/// probability below 0.51^10000). Other truncated normals are left to the rounded-double stream
/// (<see cref="DistributionSampler.EffectiveStream"/>).</para>
/// <para><b>Double tensors.</b> A Native32 double fill is the float fill widened exactly (element by element the same
/// values): the kernels compute the float rows as for a float tensor and convert each vector to double as they store it
/// (<see cref="IFloatLanes{TF, TI, TU}.StoreWidened"/>), so float32 values and tails land in a double tensor at nearly
/// the float32 rate, with no second pass.</para>
/// </remarks>
internal static class Native32Sampler
{
    /// <summary>Elements per tile (16 blocks × 4 words).</summary>
    internal const int TileElements = 64;

    /// <summary>Philox blocks per tile; also the distance between a block's elements (one row per word).</summary>
    internal const int TileBlocks = 16;

    public static void FillUniform<TO>(Span<TO> destination, long firstIndex, double low, double high, Philox4x32 generator, FloatStream stream = FloatStream.Native32)
        where TO : unmanaged =>
        FillUniform(destination, firstIndex, low, high, generator, stream, SimdPaths.Preferred);

    public static void FillNormal<TO>(Span<TO> destination, long firstIndex, double mean, double std, Philox4x32 generator, FloatStream stream = FloatStream.Native32)
        where TO : unmanaged =>
        FillNormal(destination, firstIndex, mean, std, generator, stream, SimdPaths.Preferred);

    /// <summary>The Native32 uniform fill on a forced lane width (every width gives the same bits).</summary>
    internal static void FillUniform<TO>(Span<TO> destination, long firstIndex, double low, double high, Philox4x32 generator, SimdPath path)
        where TO : unmanaged =>
        FillUniform(destination, firstIndex, low, high, generator, FloatStream.Native32, path);

    /// <summary>The Native32 normal fill on a forced lane width (every width gives the same bits).</summary>
    internal static void FillNormal<TO>(Span<TO> destination, long firstIndex, double mean, double std, Philox4x32 generator, SimdPath path)
        where TO : unmanaged =>
        FillNormal(destination, firstIndex, mean, std, generator, FloatStream.Native32, path);

    /// <summary>The uniform fill of a float32 stream on a forced lane width (every width gives the same bits).</summary>
    internal static void FillUniform<TO>(Span<TO> destination, long firstIndex, double low, double high, Philox4x32 generator, FloatStream stream, SimdPath path)
        where TO : unmanaged =>
        Fill(new UniformRows(low, high), destination, firstIndex, generator, stream, path);

    /// <summary>The normal fill of a float32 stream on a forced lane width (every width gives the same bits).</summary>
    internal static void FillNormal<TO>(Span<TO> destination, long firstIndex, double mean, double std, Philox4x32 generator, FloatStream stream, SimdPath path)
        where TO : unmanaged =>
        Fill(new NormalRows(mean, std), destination, firstIndex, generator, stream, path);

    /// <summary>
    /// The truncated normal N(μ, σ²) on [a, b] of a float32 stream, in Robert's normal-rejection regime
    /// (<see cref="TruncatedNormalSampler.DrawsNormals"/>): element i is the standard normal element i of the stream's
    /// blocks at draw 0, 1, 2, … (the <see cref="FillNormal{TO}(Span{TO}, long, double, double, Philox4x32, FloatStream)"/>
    /// element for μ = 0, σ = 1, from blocks (index, draw, stream)) at the first draw where α ≤ z ≤ β, then
    /// clamp(fl(σ·z + μ), fl(a), fl(b)).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The target is not in the normal-rejection regime.</exception>
    public static void FillTruncatedNormal<TO>(Span<TO> destination, long firstIndex, double mean, double std, double a, double b, Philox4x32 generator, FloatStream stream)
        where TO : unmanaged =>
        FillTruncatedNormal(destination, firstIndex, mean, std, a, b, generator, stream, SimdPaths.Preferred);

    /// <summary>The truncated-normal fill of a float32 stream on a forced lane width (every width gives the same bits).</summary>
    internal static void FillTruncatedNormal<TO>(Span<TO> destination, long firstIndex, double mean, double std, double a, double b, Philox4x32 generator, FloatStream stream, SimdPath path)
        where TO : unmanaged
    {
        if (!TruncatedNormalSampler.DrawsNormals(mean, std, a, b))
        {
            Guard.ThrowOutOfRange(nameof(b), b, $"the float32 truncated normal needs (a − μ)/σ < 0 < (b − μ)/σ and (b − a)/σ ≥ √(2π); a = {a}, μ = {mean}, σ = {std}");
        }

        Fill(new TruncatedNormalRows(mean, std, a, b), destination, firstIndex, generator, stream, path);
    }

    /// <summary>The smallest float ≥ v: for a float z, z ≥ v exactly when z ≥ AtLeast(v).</summary>
    internal static float AtLeast(double v)
    {
        float f = (float)v;
        return f < v ? MathF.BitIncrement(f) : f;
    }

    /// <summary>The largest float ≤ v: for a float z, z ≤ v exactly when z ≤ AtMost(v).</summary>
    internal static float AtMost(double v)
    {
        float f = (float)v;
        return f > v ? MathF.BitDecrement(f) : f;
    }

    /// <summary>Whether <paramref name="stream"/> is one of the float32 streams this sampler fills.</summary>
    internal static bool Fills(FloatStream stream) => stream is FloatStream.Native32 or FloatStream.Native32Ars;

    /// <summary>Block index and word (row) of element i: block 16⌊i/64⌋ + (i mod 16), word ⌊i/16⌋ mod 4.</summary>
    internal static (ulong Block, int Word) Source(long index) =>
        ((ulong)(index >> 6) * TileBlocks + (ulong)(index & 15), (int)((index >> 4) & 3));

    /// <summary>Float elements stored as they are; double elements widened exactly, lane by lane, as they are stored.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="TO"/> is neither float nor double.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stream"/> is not a float32 stream.</exception>
    private static void Fill<TK, TO>(TK kernel, Span<TO> destination, long firstIndex, Philox4x32 generator, FloatStream stream, SimdPath path)
        where TK : struct, IWordRows
        where TO : unmanaged
    {
        if (typeof(TO) != typeof(float) && typeof(TO) != typeof(double))
        {
            throw new NotSupportedException($"Native32 fills float and double tensors, not {typeof(TO).Name}.");
        }

        switch (stream)
        {
            case FloatStream.Native32:
                Fill<TK, PhiloxWords, TO>(kernel, destination, firstIndex, generator, path);
                break;
            case FloatStream.Native32Ars:
                Fill<TK, ArsWords, TO>(kernel, destination, firstIndex, generator, path);
                break;
            default:
                Guard.ThrowOutOfRange(nameof(stream), stream, "the float32 sampler fills the Native32 and Native32Ars streams");
                break;
        }
    }

    private static void Fill<TK, TG, TO>(TK kernel, Span<TO> destination, long firstIndex, Philox4x32 generator, SimdPath path)
        where TK : struct, IWordRows
        where TG : struct, IWordGenerator
        where TO : unmanaged
    {
        switch (path)
        {
            case SimdPath.Vector512:
                Fill<TK, TG, FloatLanes512, Vector512<float>, Vector512<uint>, Vector512<ulong>, TO>(kernel, destination, firstIndex, generator);
                break;
            case SimdPath.Vector256:
                Fill<TK, TG, FloatLanes256, Vector256<float>, Vector256<uint>, Vector256<ulong>, TO>(kernel, destination, firstIndex, generator);
                break;
            case SimdPath.Vector128:
                Fill<TK, TG, FloatLanes128, Vector128<float>, Vector128<uint>, Vector128<ulong>, TO>(kernel, destination, firstIndex, generator);
                break;
            default:
                Fill<TK, TG, ScalarFloatLanes, float, uint, ulong, TO>(kernel, destination, firstIndex, generator);
                break;
        }
    }

    private static void Fill<TK, TG, FL, TF, TI, TU, TO>(TK kernel, Span<TO> destination, long firstIndex, Philox4x32 generator)
        where TK : struct, IWordRows
        where TG : struct, IWordGenerator
        where FL : IFloatLanes<TF, TI, TU>
        where TF : unmanaged
        where TI : unmanaged
        where TU : unmanaged
        where TO : unmanaged
    {
        int length = destination.Length;
        int head = (int)Math.Min(length, (TileElements - (firstIndex & (TileElements - 1))) & (TileElements - 1));
        FillElements<TK, TG, TO>(kernel, destination[..head], firstIndex, generator);
        int k = head;

        Span<TU> keys = stackalloc TU[KeyLanes];
        TG.RoundKeys<FL, TF, TI, TU>(generator.Seed, keys);
        ref TU key = ref keys[0];
        uint stream = generator.Stream;
        // Groups of Count blocks, consecutive across tiles. Software pipelined: the next group's rounds are issued
        // before this group's rows, so the two independent chains overlap. The group after the last tile (the first
        // group when no whole tile fits) is computed and dropped: no branch, one group's rounds per call. Same values as
        // one group at a time.
        ulong block = (ulong)((firstIndex + k) >> 6) * TileBlocks;
        TG.Blocks<FL, TF, TI, TU>(block, 0, stream, ref key, out TI x0, out TI x1, out TI x2, out TI x3);
        for (; k <= length - TileElements; k += TileElements)
        {
            for (int lane = 0; lane < TileBlocks; lane += FL.Count)
            {
                TG.Blocks<FL, TF, TI, TU>(block + (ulong)FL.Count, 0, stream, ref key, out TI next0, out TI next1, out TI next2, out TI next3);
                kernel.Rows<TG, FL, TF, TI, TU, TO>(x0, x1, x2, x3, block, stream, ref key, ref SpanRef.At(destination, k + lane), TileBlocks);
                block += (ulong)FL.Count;
                (x0, x1, x2, x3) = (next0, next1, next2, next3);
            }
        }

        FillElements<TK, TG, TO>(kernel, destination[k..], firstIndex + k, generator);
    }

    /// <summary>Element by element (heads and tails of tiles): each from its own block on the scalar lanes.</summary>
    private static void FillElements<TK, TG, TO>(TK kernel, Span<TO> destination, long firstIndex, Philox4x32 generator)
        where TK : struct, IWordRows
        where TG : struct, IWordGenerator
        where TO : unmanaged
    {
        if (destination.IsEmpty)
        {
            return;
        }

        Span<ulong> keys = stackalloc ulong[KeyLanes];
        TG.RoundKeys<ScalarFloatLanes, float, uint, ulong>(generator.Seed, keys);
        Span<float> rows = stackalloc float[4];
        for (int k = 0; k < destination.Length; k++)
        {
            (ulong block, int word) = Source(firstIndex + k);
            TG.Blocks<ScalarFloatLanes, float, uint, ulong>(block, 0, generator.Stream, ref keys[0], out uint x0, out uint x1, out uint x2, out uint x3);
            kernel.Rows<TG, ScalarFloatLanes, float, uint, ulong, float>(x0, x1, x2, x3, block, generator.Stream, ref keys[0], ref rows[0], 1);
            Store<ScalarFloatLanes, float, uint, ulong, TO>(rows[word], ref destination[k]);
        }
    }

    /// <summary>Writes rows 0..3 to destination + j·stride.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRows<FL, TF, TI, TU, TO>(TF row0, TF row1, TF row2, TF row3, ref TO destination, int stride)
        where FL : IFloatLanes<TF, TI, TU>
        where TF : unmanaged
        where TI : unmanaged
        where TU : unmanaged
        where TO : unmanaged
    {
        Store<FL, TF, TI, TU, TO>(row0, ref destination);
        Store<FL, TF, TI, TU, TO>(row1, ref Unsafe.Add(ref destination, stride));
        Store<FL, TF, TI, TU, TO>(row2, ref Unsafe.Add(ref destination, 2 * stride));
        Store<FL, TF, TI, TU, TO>(row3, ref Unsafe.Add(ref destination, 3 * stride));
    }

    /// <summary>Writes one row's lanes as float, or widened to double (the JIT keeps one branch per instantiation).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<FL, TF, TI, TU, TO>(TF row, ref TO destination)
        where FL : IFloatLanes<TF, TI, TU>
        where TF : unmanaged
        where TI : unmanaged
        where TU : unmanaged
        where TO : unmanaged
    {
        if (typeof(TO) == typeof(float))
        {
            FL.Store(row, ref Unsafe.As<TO, float>(ref destination));
        }
        else
        {
            FL.StoreWidened(row, ref Unsafe.As<TO, double>(ref destination));
        }
    }

    /// <summary>
    /// Round-key storage of a fill, in its 64-bit lanes: Philox's 2 × 10 splatted keys; ARS's eight 128-bit keys fit in
    /// it even on the scalar lanes (20 × 8 bytes ≥ 8 × 16).
    /// </summary>
    private const int KeyLanes = 2 * PhiloxLanes.Rounds;

    /// <summary>The generator behind a float32 stream's words: its round keys and its blocks, laid out word-major.</summary>
    private interface IWordGenerator
    {
        static abstract void RoundKeys<FL, TF, TI, TU>(ulong seed, Span<TU> keys)
            where FL : IFloatLanes<TF, TI, TU>
            where TF : unmanaged
            where TI : unmanaged
            where TU : unmanaged;

        static abstract void Blocks<FL, TF, TI, TU>(ulong firstBlock, uint draw, uint stream, ref TU keys, out TI x0, out TI x1, out TI x2, out TI x3)
            where FL : IFloatLanes<TF, TI, TU>
            where TF : unmanaged
            where TI : unmanaged
            where TU : unmanaged;
    }

    /// <summary><see cref="FloatStream.Native32"/>: Philox4x32-10 (<see cref="PhiloxLanes"/>).</summary>
    private readonly struct PhiloxWords : IWordGenerator
    {
        public static void RoundKeys<FL, TF, TI, TU>(ulong seed, Span<TU> keys)
            where FL : IFloatLanes<TF, TI, TU>
            where TF : unmanaged
            where TI : unmanaged
            where TU : unmanaged =>
            FL.RoundKeys(seed, keys);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Blocks<FL, TF, TI, TU>(ulong firstBlock, uint draw, uint stream, ref TU keys, out TI x0, out TI x1, out TI x2, out TI x3)
            where FL : IFloatLanes<TF, TI, TU>
            where TF : unmanaged
            where TI : unmanaged
            where TU : unmanaged =>
            FL.Blocks(firstBlock, draw, stream, ref keys, out x0, out x1, out x2, out x3);
    }

    /// <summary><see cref="FloatStream.Native32Ars"/>: ARS-7 (<see cref="ArsLanes"/>), its keys stored in the lanes' bytes.</summary>
    private readonly struct ArsWords : IWordGenerator
    {
        public static void RoundKeys<FL, TF, TI, TU>(ulong seed, Span<TU> keys)
            where FL : IFloatLanes<TF, TI, TU>
            where TF : unmanaged
            where TI : unmanaged
            where TU : unmanaged =>
            Ars4x32.RoundKeys(seed, MemoryMarshal.Cast<TU, Vector128<byte>>(keys)[..ArsLanes.KeyCount]);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Blocks<FL, TF, TI, TU>(ulong firstBlock, uint draw, uint stream, ref TU keys, out TI x0, out TI x1, out TI x2, out TI x3)
            where FL : IFloatLanes<TF, TI, TU>
            where TF : unmanaged
            where TI : unmanaged
            where TU : unmanaged =>
            FL.ArsBlocks(firstBlock, draw, stream, ref Unsafe.As<TU, Vector128<byte>>(ref keys), out x0, out x1, out x2, out x3);
    }

    /// <summary>
    /// Turns the four words of Count blocks (firstBlock + l, draw 0, stream) into the four rows of elements (row j at
    /// destination + j·stride); a kernel that rejects may draw the same blocks' later draws from the generator TG.
    /// </summary>
    private interface IWordRows
    {
        void Rows<TG, FL, TF, TI, TU, TO>(TI x0, TI x1, TI x2, TI x3, ulong firstBlock, uint stream, ref TU keys, ref TO destination, int stride)
            where TG : struct, IWordGenerator
            where FL : IFloatLanes<TF, TI, TU>
            where TF : unmanaged
            where TI : unmanaged
            where TU : unmanaged
            where TO : unmanaged;
    }

    /// <summary>Row j = clamp(fl(k_j·s + b), low, high), k_j = ⌊x_j/2⁸⌋.</summary>
    private readonly struct UniformRows : IWordRows
    {
        // 2^-24 and 2^-25: the grid spacing and its half.
        private const double TwoPowMinus24 = 1.0 / (1 << 24);
        private const double TwoPowMinus25 = 1.0 / (1 << 25);

        private readonly float low;
        private readonly float high;
        private readonly float step;
        private readonly float offset;

        public UniformRows(double low, double high)
        {
            this.low = (float)low;
            this.high = (float)high;
            step = (float)((high - low) * TwoPowMinus24);
            offset = (float)(low + (high - low) * TwoPowMinus25);
        }

        // Inlined: a few operations per row, against a call that spills the next group's words (no callee-saved vector
        // registers); the normal's rows stay a call (their register pressure costs more in the fill loop). Measured on
        // the AMD EPYC: BENCHMARKS.md, "Pipelined Native32 groups".
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Rows<TG, FL, TF, TI, TU, TO>(TI x0, TI x1, TI x2, TI x3, ulong firstBlock, uint stream, ref TU keys, ref TO destination, int stride)
            where TG : struct, IWordGenerator
            where FL : IFloatLanes<TF, TI, TU>
            where TF : unmanaged
            where TI : unmanaged
            where TU : unmanaged
            where TO : unmanaged
        {
            TF lowLanes = FL.Splat(low);
            TF highLanes = FL.Splat(high);
            TF stepLanes = FL.Splat(step);
            TF offsetLanes = FL.Splat(offset);
            StoreRows<FL, TF, TI, TU, TO>(
                Element<FL, TF, TI, TU>(x0, lowLanes, highLanes, stepLanes, offsetLanes),
                Element<FL, TF, TI, TU>(x1, lowLanes, highLanes, stepLanes, offsetLanes),
                Element<FL, TF, TI, TU>(x2, lowLanes, highLanes, stepLanes, offsetLanes),
                Element<FL, TF, TI, TU>(x3, lowLanes, highLanes, stepLanes, offsetLanes),
                ref destination,
                stride);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TF Element<FL, TF, TI, TU>(TI word, TF low, TF high, TF step, TF offset)
            where FL : IFloatLanes<TF, TI, TU>
            where TF : unmanaged
            where TI : unmanaged
            where TU : unmanaged =>
            FloatLaneMath.Clamp<FL, TF, TI, TU>(FL.FusedMultiplyAdd(FL.ToSingle(FL.ShiftRight(word, 8)), step, offset), low, high);
    }

    /// <summary>
    /// Rows of N(μ, σ²) on [a, b] by normal rejection: row j's element is the standard normal row j (as
    /// <see cref="NormalRows"/> with μ = 0, σ = 1) of draw 0, 1, 2, … of its block, up to the first in [α, β]; then
    /// clamp(fl(σ·z + μ), fl(a), fl(b)). Rows 0 and 1 share the Box-Muller pair (x₀, x₁) and rows 2 and 3 the pair
    /// (x₂, x₃): a pair is recomputed from the next draw's words only while one of its lanes is still rejected, and every
    /// lane keeps its first accepted value, so each element depends only on its own block's draws.
    /// </summary>
    private readonly struct TruncatedNormalRows : IWordRows
    {
        private readonly float mean;
        private readonly float std;
        private readonly float low;
        private readonly float high;
        private readonly float alpha;
        private readonly float beta;

        public TruncatedNormalRows(double mean, double std, double a, double b)
        {
            this.mean = (float)mean;
            this.std = (float)std;
            low = (float)a;
            high = (float)b;
            alpha = AtLeast((a - mean) / std);
            beta = AtMost((b - mean) / std);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        public void Rows<TG, FL, TF, TI, TU, TO>(TI x0, TI x1, TI x2, TI x3, ulong firstBlock, uint stream, ref TU keys, ref TO destination, int stride)
            where TG : struct, IWordGenerator
            where FL : IFloatLanes<TF, TI, TU>
            where TF : unmanaged
            where TI : unmanaged
            where TU : unmanaged
            where TO : unmanaged
        {
            TF alphaLanes = FL.Splat(alpha);
            TF betaLanes = FL.Splat(beta);
            FloatLaneMath.BoxMuller<FL, TF, TI, TU>(x0, x1, out TF z0, out TF z1);
            FloatLaneMath.BoxMuller<FL, TF, TI, TU>(x2, x3, out TF z2, out TF z3);
            TI in0 = Inside<FL, TF, TI, TU>(z0, alphaLanes, betaLanes);
            TI in1 = Inside<FL, TF, TI, TU>(z1, alphaLanes, betaLanes);
            TI in2 = Inside<FL, TF, TI, TU>(z2, alphaLanes, betaLanes);
            TI in3 = Inside<FL, TF, TI, TU>(z3, alphaLanes, betaLanes);
            if (!FL.AllSet(FL.And(FL.And(in0, in1), FL.And(in2, in3))))
            {
                (z0, z1, z2, z3) = Redraw<TG, FL, TF, TI, TU>(firstBlock, stream, ref keys, alphaLanes, betaLanes, z0, z1, z2, z3, in0, in1, in2, in3);
            }

            TF meanLanes = FL.Splat(mean);
            TF stdLanes = FL.Splat(std);
            TF lowLanes = FL.Splat(low);
            TF highLanes = FL.Splat(high);
            StoreRows<FL, TF, TI, TU, TO>(
                FloatLaneMath.Clamp<FL, TF, TI, TU>(FL.FusedMultiplyAdd(stdLanes, z0, meanLanes), lowLanes, highLanes),
                FloatLaneMath.Clamp<FL, TF, TI, TU>(FL.FusedMultiplyAdd(stdLanes, z1, meanLanes), lowLanes, highLanes),
                FloatLaneMath.Clamp<FL, TF, TI, TU>(FL.FusedMultiplyAdd(stdLanes, z2, meanLanes), lowLanes, highLanes),
                FloatLaneMath.Clamp<FL, TF, TI, TU>(FL.FusedMultiplyAdd(stdLanes, z3, meanLanes), lowLanes, highLanes),
                ref destination,
                stride);
        }

        /// <summary>α ≤ z ≤ β lane by lane (all ones where inside).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TI Inside<FL, TF, TI, TU>(TF z, TF alpha, TF beta)
            where FL : IFloatLanes<TF, TI, TU>
            where TF : unmanaged
            where TI : unmanaged
            where TU : unmanaged =>
            FL.Xor(FL.Or(FL.LessThan(z, alpha), FL.GreaterThan(z, beta)), FL.SplatBits(uint.MaxValue));

        /// <summary>
        /// Draws 1, 2, … of the group's blocks until every lane of the four rows is inside [α, β]: a Box-Muller pair is
        /// recomputed only while one of its two rows has a lane outside, and a lane keeps its first value inside. Kept
        /// out of line: most groups of a wide interval never come here, and the rows' inlined arithmetic stays small.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static (TF Row0, TF Row1, TF Row2, TF Row3) Redraw<TG, FL, TF, TI, TU>(ulong firstBlock, uint stream, ref TU keys, TF alpha, TF beta,
            TF z0, TF z1, TF z2, TF z3, TI in0, TI in1, TI in2, TI in3)
            where TG : struct, IWordGenerator
            where FL : IFloatLanes<TF, TI, TU>
            where TF : unmanaged
            where TI : unmanaged
            where TU : unmanaged
        {
            for (uint draw = 1; !FL.AllSet(FL.And(FL.And(in0, in1), FL.And(in2, in3))); draw++)
            {
                if (draw == TruncatedNormalSampler.MaxProposals)
                {
                    throw new InvalidOperationException(
                        $"The float32 truncated normal made {TruncatedNormalSampler.MaxProposals} proposals without acceptance; each accepts with probability above 0.49, so this indicates a defect.");
                }

                TG.Blocks<FL, TF, TI, TU>(firstBlock, draw, stream, ref keys, out TI y0, out TI y1, out TI y2, out TI y3);
                if (!FL.AllSet(FL.And(in0, in1)))
                {
                    FloatLaneMath.BoxMuller<FL, TF, TI, TU>(y0, y1, out TF next0, out TF next1);
                    z0 = FL.Select(in0, z0, next0);
                    z1 = FL.Select(in1, z1, next1);
                    in0 = FL.Or(in0, Inside<FL, TF, TI, TU>(next0, alpha, beta));
                    in1 = FL.Or(in1, Inside<FL, TF, TI, TU>(next1, alpha, beta));
                }

                if (!FL.AllSet(FL.And(in2, in3)))
                {
                    FloatLaneMath.BoxMuller<FL, TF, TI, TU>(y2, y3, out TF next2, out TF next3);
                    z2 = FL.Select(in2, z2, next2);
                    z3 = FL.Select(in3, z3, next3);
                    in2 = FL.Or(in2, Inside<FL, TF, TI, TU>(next2, alpha, beta));
                    in3 = FL.Or(in3, Inside<FL, TF, TI, TU>(next3, alpha, beta));
                }
            }

            return (z0, z1, z2, z3);
        }
    }

    /// <summary>Rows 0, 1 = fl(std·z + mean) of Box-Muller (x₀, x₁)'s cos and sin halves; rows 2, 3 of (x₂, x₃).</summary>
    private readonly struct NormalRows(double mean, double std) : IWordRows
    {
        private readonly float mean = (float)mean;
        private readonly float std = (float)std;

        [MethodImpl(MethodImplOptions.NoInlining)]
        public void Rows<TG, FL, TF, TI, TU, TO>(TI x0, TI x1, TI x2, TI x3, ulong firstBlock, uint stream, ref TU keys, ref TO destination, int stride)
            where TG : struct, IWordGenerator
            where FL : IFloatLanes<TF, TI, TU>
            where TF : unmanaged
            where TI : unmanaged
            where TU : unmanaged
            where TO : unmanaged
        {
            TF meanLanes = FL.Splat(mean);
            TF stdLanes = FL.Splat(std);
            FloatLaneMath.BoxMuller<FL, TF, TI, TU>(x0, x1, out TF z0, out TF z1);
            FloatLaneMath.BoxMuller<FL, TF, TI, TU>(x2, x3, out TF z2, out TF z3);
            StoreRows<FL, TF, TI, TU, TO>(
                FL.FusedMultiplyAdd(stdLanes, z0, meanLanes),
                FL.FusedMultiplyAdd(stdLanes, z1, meanLanes),
                FL.FusedMultiplyAdd(stdLanes, z2, meanLanes),
                FL.FusedMultiplyAdd(stdLanes, z3, meanLanes),
                ref destination,
                stride);
        }
    }
}
