using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using InitVerify.Init.Random;

namespace InitVerify.Init.Sampling;

/// <summary>
/// U(low, high) fill. Element i takes the (i mod 2)-th 53-bit uniform u of Philox block ⌊i/2⌋ and is
/// low + (high − low)·u clamped to [low, high] against rounding; so any index range can be filled on its own.
/// Blocks are generated <see cref="ILanes{TD, TU}.Count"/> at a time; every <see cref="SimdPath"/> gives the same bits.
/// </summary>
internal static class UniformSampler
{
    public static void Fill<T>(Span<T> destination, long firstIndex, double low, double high, Philox4x32 generator)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Fill(destination, firstIndex, low, high, generator, SimdPaths.Preferred);

    /// <summary>The fill on a forced lane width (every width gives the same bits).</summary>
    internal static void Fill<T>(Span<T> destination, long firstIndex, double low, double high, Philox4x32 generator, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (path)
        {
            case SimdPath.Vector512:
                Fill<T, Lanes512, Vector512<double>, Vector512<ulong>>(destination, firstIndex, low, high, generator);
                break;
            case SimdPath.Vector256:
                Fill<T, Lanes256, Vector256<double>, Vector256<ulong>>(destination, firstIndex, low, high, generator);
                break;
            case SimdPath.Vector128:
                Fill<T, Lanes128, Vector128<double>, Vector128<ulong>>(destination, firstIndex, low, high, generator);
                break;
            default:
                Fill<T, ScalarLanes, double, ulong>(destination, firstIndex, low, high, generator);
                break;
        }
    }

    private static void Fill<T, TL, TD, TU>(Span<T> destination, long firstIndex, double low, double high, Philox4x32 generator)
        where T : unmanaged
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        double width = high - low;
        int length = destination.Length;
        int k = 0;
        if (length > 0 && (firstIndex & 1) != 0)
        {
            ScalarLanes.Store(Scale(generator.Block(Philox4x32.PairBlock((ulong)firstIndex)).Uniform1, low, width, high), ref destination[0]);
            k = 1;
        }

        Span<TU> keys = stackalloc TU[2 * PhiloxLanes.Rounds];
        PhiloxLanes.RoundKeys<TL, TD, TU>(generator.Seed, keys);
        ref TU key = ref keys[0];
        TU draw = TL.SplatBits(0);
        TU stream = TL.SplatBits(generator.Stream);
        TD lowLanes = TL.Splat(low);
        TD highLanes = TL.Splat(high);
        TD widthLanes = TL.Splat(width);
        TU lanes = TL.SplatBits((ulong)TL.Count);
        ulong block = Philox4x32.PairBlock((ulong)(firstIndex + k));
        int step = 2 * TL.Count;

        // Two lane sets per iteration: their Philox rounds interleave (latency hiding).
        for (; k <= length - 2 * step; k += 2 * step, block += 2 * (ulong)TL.Count)
        {
            TU index = TL.AddBits(TL.SplatBits(block), TL.Indices);
            PhiloxLanes.Block2<TL, TD, TU>(index, TL.AddBits(index, lanes), draw, stream, ref key, out TU a0, out TU a1, out TU b0, out TU b1);
            Emit<T, TL, TD, TU>(a0, a1, lowLanes, widthLanes, highLanes, ref SpanRef.At(destination, k));
            Emit<T, TL, TD, TU>(b0, b1, lowLanes, widthLanes, highLanes, ref SpanRef.At(destination, k + step));
        }

        // At most one lane set is left after the loop above (fewer than two remain).
        if (k <= length - step)
        {
            TU index = TL.AddBits(TL.SplatBits(block), TL.Indices);
            PhiloxLanes.Block<TL, TD, TU>(index, draw, stream, ref key, out TU bits0, out TU bits1);
            Emit<T, TL, TD, TU>(bits0, bits1, lowLanes, widthLanes, highLanes, ref SpanRef.At(destination, k));
            k += step;
        }

        for (; k < length; k++)
        {
            long i = firstIndex + k;
            PhiloxBlock b = generator.Block(Philox4x32.PairBlock((ulong)i));
            ScalarLanes.Store(Scale((i & 1) == 0 ? b.Uniform0 : b.Uniform1, low, width, high), ref destination[k]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Emit<T, TL, TD, TU>(TU bits0, TU bits1, TD lowLanes, TD widthLanes, TD highLanes, ref T destination)
        where T : unmanaged
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        TD u0 = LaneMath.ToOpenUnit<TL, TD, TU>(bits0);
        TD u1 = LaneMath.ToOpenUnit<TL, TD, TU>(bits1);
        TL.StoreInterleaved(
            LaneMath.Clamp<TL, TD, TU>(TL.Add(lowLanes, TL.Multiply(widthLanes, u0)), lowLanes, highLanes),
            LaneMath.Clamp<TL, TD, TU>(TL.Add(lowLanes, TL.Multiply(widthLanes, u1)), lowLanes, highLanes),
            ref destination);
    }

    private static double Scale(double u, double low, double width, double high) => Math.Clamp(low + width * u, low, high);
}
