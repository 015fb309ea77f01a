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

    private const ulong Low32 = 0xFFFF_FFFFul;

    /// <summary>Fills keys[2r], keys[2r+1] with the round-r key words (k0 + r·W0, k1 + r·W1) mod 2³², splatted.</summary>
    public static void RoundKeys<TL, TD, TU>(ulong seed, Span<TU> keys)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        uint k0 = (uint)seed;
        uint k1 = (uint)(seed >> 32);
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
        TU m0 = TL.SplatBits(Philox4x32.M0);
        TU m1 = TL.SplatBits(Philox4x32.M1);
        TU c0 = index;
        TU c1 = TL.ShiftRight(index, 32);
        TU c2 = draw;
        TU c3 = stream;
        for (int round = 0; round < Rounds; round++)
        {
            TU p0 = TL.MultiplyLow32(c0, m0);
            TU p1 = TL.MultiplyLow32(c2, m1);
            c0 = TL.Xor(TL.Xor(TL.ShiftRight(p1, 32), c1), Unsafe.Add(ref keys, 2 * round));
            c2 = TL.Xor(TL.Xor(TL.ShiftRight(p0, 32), c3), Unsafe.Add(ref keys, 2 * round + 1));
            c1 = p1;
            c3 = p0;
        }

        TU low = TL.SplatBits(Low32);
        bits0 = TL.Or(TL.ShiftLeft(c1, 32), TL.And(c0, low));
        bits1 = TL.Or(TL.ShiftLeft(c3, 32), TL.And(c2, low));
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
        for (int round = 0; round < Rounds; round++)
        {
            TU key0 = Unsafe.Add(ref keys, 2 * round);
            TU key1 = Unsafe.Add(ref keys, 2 * round + 1);
            TU p0 = TL.MultiplyLow32(c0, m0);
            TU q0 = TL.MultiplyLow32(d0, m0);
            TU p1 = TL.MultiplyLow32(c2, m1);
            TU q1 = TL.MultiplyLow32(d2, m1);
            c0 = TL.Xor(TL.Xor(TL.ShiftRight(p1, 32), c1), key0);
            d0 = TL.Xor(TL.Xor(TL.ShiftRight(q1, 32), d1), key0);
            c2 = TL.Xor(TL.Xor(TL.ShiftRight(p0, 32), c3), key1);
            d2 = TL.Xor(TL.Xor(TL.ShiftRight(q0, 32), d3), key1);
            c1 = p1;
            d1 = q1;
            c3 = p0;
            d3 = q0;
        }

        TU low = TL.SplatBits(Low32);
        a0 = TL.Or(TL.ShiftLeft(c1, 32), TL.And(c0, low));
        a1 = TL.Or(TL.ShiftLeft(c3, 32), TL.And(c2, low));
        b0 = TL.Or(TL.ShiftLeft(d1, 32), TL.And(d0, low));
        b1 = TL.Or(TL.ShiftLeft(d3, 32), TL.And(d2, low));
    }
}
