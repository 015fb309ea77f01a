using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace InitVerify.Init.Random;

/// <summary>
/// <see cref="Ars4x32"/> blocks for the lane-parallel fills: the blocks of consecutive indices, turned word-major (lane l
/// of word vector j = word j of block first + l), the layout <see cref="PhiloxLanes"/> gives for Philox.
/// </summary>
/// <remarks>
/// AES rounds work on one whole 128-bit block, so four blocks come out block-major and a 4×4 transpose of 32-bit words
/// (eight unpacks on SSE2) makes them word-major. The transpose only moves bits: the fallback without SSE2 gives the
/// same words.
/// </remarks>
internal static class ArsLanes
{
    /// <summary>Round keys per seed: <see cref="Ars4x32.Rounds"/> + 1.</summary>
    internal const int KeyCount = Ars4x32.Rounds + 1;

    /// <summary>The words of one block (index, draw, stream) under the round keys at <paramref name="keys"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<uint> Block(ulong index, uint draw, uint stream, ref Vector128<byte> keys) =>
        Block(Ars4x32.Counter(index, draw, stream), ref keys);

    /// <summary>
    /// The words of the four blocks firstBlock .. firstBlock + 3 (draw, stream), word-major: lane l of xj is word j of
    /// block firstBlock + l.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Words4(ulong firstBlock, uint draw, uint stream, ref Vector128<byte> keys,
        out Vector128<uint> x0, out Vector128<uint> x1, out Vector128<uint> x2, out Vector128<uint> x3)
    {
        Vector128<ulong> one = Vector128.Create(1ul, 0ul);
        Vector128<ulong> counter = Ars4x32.Counter(firstBlock, draw, stream).AsUInt64();
        Vector128<uint> a0 = Block(counter.AsByte(), ref keys);
        Vector128<uint> a1 = Block((counter + one).AsByte(), ref keys);
        Vector128<uint> a2 = Block((counter + one + one).AsByte(), ref keys);
        Vector128<uint> a3 = Block((counter + one + one + one).AsByte(), ref keys);
        Transpose(a0, a1, a2, a3, out x0, out x1, out x2, out x3);
    }

    /// <summary>
    /// The words of the eight blocks firstBlock .. firstBlock + 7 (draw, stream), word-major: lane l of xj is word j
    /// of block firstBlock + l. On AVX2 the pairs (l, l + 4) share a 256-bit register and one in-lane transpose serves both
    /// halves.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Words8(ulong firstBlock, uint draw, uint stream, ref Vector128<byte> keys,
        out Vector256<uint> x0, out Vector256<uint> x1, out Vector256<uint> x2, out Vector256<uint> x3)
    {
        if (Avx2.IsSupported)
        {
            Vector128<ulong> one = Vector128.Create(1ul, 0ul);
            Vector128<ulong> four = Vector128.Create(4ul, 0ul);
            Vector128<ulong> c0 = Ars4x32.Counter(firstBlock, draw, stream).AsUInt64();
            Vector128<ulong> c1 = c0 + one;
            Vector128<ulong> c2 = c1 + one;
            Vector128<ulong> c3 = c2 + one;
            Vector256<uint> p0 = Vector256.Create(Block(c0.AsByte(), ref keys), Block((c0 + four).AsByte(), ref keys));
            Vector256<uint> p1 = Vector256.Create(Block(c1.AsByte(), ref keys), Block((c1 + four).AsByte(), ref keys));
            Vector256<uint> p2 = Vector256.Create(Block(c2.AsByte(), ref keys), Block((c2 + four).AsByte(), ref keys));
            Vector256<uint> p3 = Vector256.Create(Block(c3.AsByte(), ref keys), Block((c3 + four).AsByte(), ref keys));
            Vector256<ulong> low01 = Avx2.UnpackLow(p0, p1).AsUInt64();
            Vector256<ulong> low23 = Avx2.UnpackLow(p2, p3).AsUInt64();
            Vector256<ulong> high01 = Avx2.UnpackHigh(p0, p1).AsUInt64();
            Vector256<ulong> high23 = Avx2.UnpackHigh(p2, p3).AsUInt64();
            x0 = Avx2.UnpackLow(low01, low23).AsUInt32();
            x1 = Avx2.UnpackHigh(low01, low23).AsUInt32();
            x2 = Avx2.UnpackLow(high01, high23).AsUInt32();
            x3 = Avx2.UnpackHigh(high01, high23).AsUInt32();
        }
        else
        {
            Words8Halves(firstBlock, draw, stream, ref keys, out x0, out x1, out x2, out x3);
        }
    }

    /// <summary><see cref="Words8"/> without AVX2: two <see cref="Words4"/> halves joined (the same words).</summary>
    internal static void Words8Halves(ulong firstBlock, uint draw, uint stream, ref Vector128<byte> keys,
        out Vector256<uint> x0, out Vector256<uint> x1, out Vector256<uint> x2, out Vector256<uint> x3)
    {
        Words4(firstBlock, draw, stream, ref keys, out Vector128<uint> a0, out Vector128<uint> a1, out Vector128<uint> a2, out Vector128<uint> a3);
        Words4(firstBlock + 4, draw, stream, ref keys, out Vector128<uint> b0, out Vector128<uint> b1, out Vector128<uint> b2, out Vector128<uint> b3);
        x0 = Vector256.Create(a0, b0);
        x1 = Vector256.Create(a1, b1);
        x2 = Vector256.Create(a2, b2);
        x3 = Vector256.Create(a3, b3);
    }

    /// <summary>The 4×4 transpose of 32-bit words: row l of the input becomes lane l of every output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Transpose(Vector128<uint> a0, Vector128<uint> a1, Vector128<uint> a2, Vector128<uint> a3,
        out Vector128<uint> x0, out Vector128<uint> x1, out Vector128<uint> x2, out Vector128<uint> x3)
    {
        if (Sse2.IsSupported)
        {
            // (a0w0, a1w0, a0w1, a1w1), (a2w0, a3w0, a2w1, a3w1), and the same for words 2 and 3.
            Vector128<ulong> low01 = Sse2.UnpackLow(a0, a1).AsUInt64();
            Vector128<ulong> low23 = Sse2.UnpackLow(a2, a3).AsUInt64();
            Vector128<ulong> high01 = Sse2.UnpackHigh(a0, a1).AsUInt64();
            Vector128<ulong> high23 = Sse2.UnpackHigh(a2, a3).AsUInt64();
            x0 = Sse2.UnpackLow(low01, low23).AsUInt32();
            x1 = Sse2.UnpackHigh(low01, low23).AsUInt32();
            x2 = Sse2.UnpackLow(high01, high23).AsUInt32();
            x3 = Sse2.UnpackHigh(high01, high23).AsUInt32();
        }
        else
        {
            TransposeElementwise(a0, a1, a2, a3, out x0, out x1, out x2, out x3);
        }
    }

    /// <summary><see cref="Transpose"/> without SSE2, lane by lane (the same words).</summary>
    internal static void TransposeElementwise(Vector128<uint> a0, Vector128<uint> a1, Vector128<uint> a2, Vector128<uint> a3,
        out Vector128<uint> x0, out Vector128<uint> x1, out Vector128<uint> x2, out Vector128<uint> x3)
    {
        x0 = Vector128.Create(a0[0], a1[0], a2[0], a3[0]);
        x1 = Vector128.Create(a0[1], a1[1], a2[1], a3[1]);
        x2 = Vector128.Create(a0[2], a1[2], a2[2], a3[2]);
        x3 = Vector128.Create(a0[3], a1[3], a2[3], a3[3]);
    }

    /// <summary>The library's block on the software rounds: what the fills compute on machines without AES instructions.</summary>
    internal static Vector128<uint> SoftwareBlock(Vector128<byte> counter, ref Vector128<byte> keys) =>
        Ars4x32.SoftwareBlock(counter, MemoryMarshal.CreateReadOnlySpan(ref keys, KeyCount));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> Block(Vector128<byte> counter, ref Vector128<byte> keys) =>
        Ars4x32.IsHardwareAccelerated ? Ars4x32.HardwareBlock7(counter, ref keys).AsUInt32() : SoftwareBlock(counter, ref keys);
}
