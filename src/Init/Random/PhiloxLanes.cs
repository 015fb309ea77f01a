using System.Runtime.CompilerServices;
using InitVerify.Init.Sampling;

namespace InitVerify.Init.Random;

/// <summary>
/// Philox4x32-10 (<see cref="Philox4x32.Philox4x32_10"/>) on several counters at once, one counter per 64-bit lane:
/// the same bits as the scalar bijection, lane by lane, on every <see cref="ILanes{TD, TU}"/> width.
/// </summary>
/// <remarks>
/// Each 32-bit word lives in the low half of a 64-bit lane, so one 32×32→64 multiply of even lanes (pmuludq /
/// vpmuludq, umull on Arm) gives a round's full product: the high word is the product shifted right by 32 and the
/// low word is the product itself. The upper halves of the words that are only ever used as multiplicands
/// (words 0 and 2) or as the low word of a product (words 1 and 3) are left unmasked: the multiply ignores them,
/// and the final words are masked to 32 bits, so they never reach the output.
/// </remarks>
internal static class PhiloxLanes
{
    /// <summary>Rounds per block (the "-10" of Philox4x32-10).</summary>
    public const int Rounds = 10;

    /// <summary>
    /// Rounds written out per loop step. The JIT does not unroll the round loop; one round per step keeps the loop's
    /// register moves and key addressing in it, which cost about 40% of the generator on the AMD EPYC (Zen 3, AVX2)
    /// machine (BENCHMARKS.md, "Philox rounds two per step"). <see cref="Rounds"/> is a multiple of it.
    /// </summary>
    private const uint RoundsPerStep = 2;

    private const ulong Low32 = 0xFFFF_FFFFul;

    /// <summary>Fills keys[2r], keys[2r+1] with the round-r key words (k0 + r·W0, k1 + r·W1) mod 2³², splatted.</summary>
    public static void RoundKeys<TL, TD, TU>(ulong seed, Span<TU> keys)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        uint k0 = (uint)seed;
        uint k1 = Philox4x32.HighWord(seed);
        for (int round = 0; round < Rounds; round++)
        {
            keys[2 * round] = TL.SplatBits(k0);
            keys[2 * round + 1] = TL.SplatBits(k1);
            k0 += Philox4x32.W0;
            k1 += Philox4x32.W1;
        }
    }

    /// <summary>
    /// The two 64-bit uniforms' source words of the blocks at counters (index, draw, stream), one per lane:
    /// bits0 = x1·2³² + x0 and bits1 = x3·2³² + x2 (as <see cref="PhiloxBlock.Uniform0"/> and Uniform1 use them).
    /// </summary>
    /// <param name="index">The 64-bit block index of each lane (counter words 0 and 1).</param>
    /// <param name="draw">Counter word 2 (the draw number), splatted.</param>
    /// <param name="stream">Counter word 3 (the sub-stream), splatted.</param>
    /// <param name="keys">The round keys from <see cref="RoundKeys{TL, TD, TU}"/> (20 values).</param>
    /// <param name="bits0">Words 1:0 of each block.</param>
    /// <param name="bits1">Words 3:2 of each block.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Block<TL, TD, TU>(TU index, TU draw, TU stream, ref TU keys, out TU bits0, out TU bits1)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        Words<TL, TD, TU>(index, draw, stream, ref keys, out TU x0, out TU x1, out TU x2, out TU x3);
        bits0 = Pack<TL, TD, TU>(x0, x1);
        bits1 = Pack<TL, TD, TU>(x2, x3);
    }

    /// <summary>
    /// The four 32-bit words x0..x3 of the blocks at counters (index, draw, stream), each in the low half of its lane;
    /// the upper halves are left over from the rounds (not zero): mask or narrow them away.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Words<TL, TD, TU>(TU index, TU draw, TU stream, ref TU keys, out TU x0, out TU x1, out TU x2, out TU x3)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        TU m0 = TL.SplatBits(Philox4x32.M0);
        TU m1 = TL.SplatBits(Philox4x32.M1);
        x0 = index;
        x1 = TL.ShiftRight(index, 32);
        x2 = draw;
        x3 = stream;
        // Unsigned counter: see Philox4x32.Philox4x32_10 (a reversed step ends the loop instead of spinning).
        for (uint round = 0; round < Rounds; round += RoundsPerStep)
        {
            Round<TL, TD, TU>(ref x0, ref x1, ref x2, ref x3, m0, m1, ref Unsafe.Add(ref keys, 2 * round));
            Round<TL, TD, TU>(ref x0, ref x1, ref x2, ref x3, m0, m1, ref Unsafe.Add(ref keys, 2 * round + 2));
        }
    }

    /// <summary>
    /// <see cref="Block{TL, TD, TU}"/> for two independent sets of lanes at once: the rounds of both are interleaved,
    /// so each hides the other's multiply-shift-xor latency. Lane results are those of two separate calls.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Block2<TL, TD, TU>(TU indexA, TU indexB, TU draw, TU stream, ref TU keys, out TU a0, out TU a1, out TU b0, out TU b1)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        Words2<TL, TD, TU>(indexA, indexB, draw, stream, ref keys, out PhiloxWords<TU> a, out PhiloxWords<TU> b);
        a0 = Pack<TL, TD, TU>(a.X0, a.X1);
        a1 = Pack<TL, TD, TU>(a.X2, a.X3);
        b0 = Pack<TL, TD, TU>(b.X0, b.X1);
        b1 = Pack<TL, TD, TU>(b.X2, b.X3);
    }

    /// <summary>
    /// <see cref="Words{TL, TD, TU}"/> for two independent sets of lanes at once, rounds interleaved as in
    /// <see cref="Block2{TL, TD, TU}"/>: the raw words of set A and set B (upper halves of the lanes left over).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Words2<TL, TD, TU>(TU indexA, TU indexB, TU draw, TU stream, ref TU keys, out PhiloxWords<TU> a, out PhiloxWords<TU> b)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        TU m0 = TL.SplatBits(Philox4x32.M0);
        TU m1 = TL.SplatBits(Philox4x32.M1);
        TU c0 = indexA;
        TU c1 = TL.ShiftRight(indexA, 32);
        TU c2 = draw;
        TU c3 = stream;
        TU d0 = indexB;
        TU d1 = TL.ShiftRight(indexB, 32);
        TU d2 = draw;
        TU d3 = stream;
        for (uint round = 0; round < Rounds; round += RoundsPerStep)
        {
            Round<TL, TD, TU>(ref c0, ref c1, ref c2, ref c3, m0, m1, ref Unsafe.Add(ref keys, 2 * round));
            Round<TL, TD, TU>(ref d0, ref d1, ref d2, ref d3, m0, m1, ref Unsafe.Add(ref keys, 2 * round));
            Round<TL, TD, TU>(ref c0, ref c1, ref c2, ref c3, m0, m1, ref Unsafe.Add(ref keys, 2 * round + 2));
            Round<TL, TD, TU>(ref d0, ref d1, ref d2, ref d3, m0, m1, ref Unsafe.Add(ref keys, 2 * round + 2));
        }

        a = new PhiloxWords<TU>(c0, c1, c2, c3);
        b = new PhiloxWords<TU>(d0, d1, d2, d3);
    }

    /// <summary>
    /// The four words of the 2·n consecutive blocks (firstBlock + l, draw, stream), l = 0 .. 2n − 1 (n lanes per set),
    /// as 32-bit lanes in block order: set A runs the even blocks (firstBlock + 2i in lane i), set B the odd ones, and
    /// each word is packed with A's in the low and B's in the high half of a 64-bit lane, so 32-bit lane 2i holds block
    /// firstBlock + 2i and lane 2i + 1 block firstBlock + 2i + 1. (An and, a shift and an or per word, no cross-lane
    /// shuffle.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ConsecutiveWords<TL, TD, TU>(ulong firstBlock, uint draw, uint stream, ref TU keys, out TU x0, out TU x1, out TU x2, out TU x3)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        TU evenIndex = TL.AddBits(TL.SplatBits(firstBlock), TL.ShiftLeft(TL.Indices, 1));
        Words2<TL, TD, TU>(
            evenIndex, TL.AddBits(evenIndex, TL.SplatBits(1ul)), TL.SplatBits(draw), TL.SplatBits(stream), ref keys, out PhiloxWords<TU> a, out PhiloxWords<TU> b);
        x0 = Pack<TL, TD, TU>(a.X0, b.X0);
        x1 = Pack<TL, TD, TU>(a.X1, b.X1);
        x2 = Pack<TL, TD, TU>(a.X2, b.X2);
        x3 = Pack<TL, TD, TU>(a.X3, b.X3);
    }

    /// <summary>
    /// One Philox4x32 round on words (c0, c1, c2, c3) with round keys key0 = keys and key1 = the value after it:
    /// (c0, c1, c2, c3) ← (hi(m1·c2) ⊕ c1 ⊕ key0, lo(m1·c2), hi(m0·c0) ⊕ c3 ⊕ key1, lo(m0·c0)).
    /// </summary>
    /// <remarks>
    /// c1 ⊕ key0 does not wait for the multiply, so each word's chain per round is multiply → shift → one xor.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round<TL, TD, TU>(ref TU c0, ref TU c1, ref TU c2, ref TU c3, TU m0, TU m1, ref TU keys)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        TU p0 = TL.MultiplyLow32(c0, m0);
        TU p1 = TL.MultiplyLow32(c2, m1);
        c0 = TL.Xor(TL.ShiftRight(p1, 32), TL.Xor(c1, keys));
        c2 = TL.Xor(TL.ShiftRight(p0, 32), TL.Xor(c3, Unsafe.Add(ref keys, 1)));
        c1 = p1;
        c3 = p0;
    }

    /// <summary>high·2³² + (low mod 2³²).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TU Pack<TL, TD, TU>(TU low, TU high)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged =>
        TL.Or(TL.ShiftLeft(high, 32), TL.And(low, TL.SplatBits(Low32)));
}

/// <summary>The four raw words of a set of Philox blocks, one block per lane, each word in the low half of its lane.</summary>
/// <param name="X0">Word 0.</param>
/// <param name="X1">Word 1.</param>
/// <param name="X2">Word 2.</param>
/// <param name="X3">Word 3.</param>
internal readonly record struct PhiloxWords<TU>(TU X0, TU X1, TU X2, TU X3)
    where TU : unmanaged;
