using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using InitVerify.Init.Random;

namespace InitVerify.Init.Sampling;

/// <summary>
/// N(mean, std²) fill by the Box-Muller transform (Box and Muller 1958) on 53-bit uniforms: elements 2p and
/// 2p+1 are r·cos(2πu₂) and r·sin(2πu₂) of block p, r = √(−2 ln u₁); element i is mean + std·z (rounded to float
/// for a float fill).
/// </summary>
/// <remarks>
/// u₁ ≥ 2⁻⁵⁴, so |z| reaches √(108 ln 2) ≈ 8.65: the tails are right far beyond 7σ (samplers built from
/// 24-bit uniforms stop near 5.8σ). ln, sin and cos are <see cref="LaneMath"/>'s, evaluated by the same operations
/// on the scalar path and on every vector width (<see cref="SimdPath"/>): the bits do not depend on the machine.
/// Philox blocks are generated <see cref="ILanes{TD, TU}.Count"/> at a time (<see cref="PhiloxLanes"/>).
/// </remarks>
internal static class NormalSampler
{
    public static void Fill<T>(Span<T> destination, long firstIndex, double mean, double std, Philox4x32 generator)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Fill(destination, firstIndex, mean, std, generator, SimdPaths.Preferred);

    /// <summary>The fill on a forced lane width (every width gives the same bits).</summary>
    internal static void Fill<T>(Span<T> destination, long firstIndex, double mean, double std, Philox4x32 generator, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (path)
        {
            case SimdPath.Vector512:
                Fill<T, Lanes512, Vector512<double>, Vector512<ulong>>(destination, firstIndex, mean, std, generator);
                break;
            case SimdPath.Vector256:
                Fill<T, Lanes256, Vector256<double>, Vector256<ulong>>(destination, firstIndex, mean, std, generator);
                break;
            case SimdPath.Vector128:
                Fill<T, Lanes128, Vector128<double>, Vector128<ulong>>(destination, firstIndex, mean, std, generator);
                break;
            default:
                Fill<T, ScalarLanes, double, ulong>(destination, firstIndex, mean, std, generator);
                break;
        }
    }

    /// <summary>The first (half = 0) or second (half = 1) standard normal of a block.</summary>
    public static double Standard(PhiloxBlock block, int half)
    {
        BoxMuller<ScalarLanes, double, ulong>(((ulong)block.X1 << 32) | block.X0, ((ulong)block.X3 << 32) | block.X2, out double z0, out double z1);
        return half == 0 ? z0 : z1;
    }

    /// <summary>Box-Muller of the two uniforms' source bits of each lane's block: z0 = r·cos 2πu₂, z1 = r·sin 2πu₂.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void BoxMuller<TL, TD, TU>(TU bits0, TU bits1, out TD z0, out TD z1)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        TD u0 = LaneMath.ToOpenUnit<TL, TD, TU>(bits0);
        TD u1 = LaneMath.ToOpenUnit<TL, TD, TU>(bits1);
        TD r = TL.Sqrt(TL.Multiply(TL.Splat(-2.0), LaneMath.Log<TL, TD, TU>(u0)));
        LaneMath.SinCosTurns<TL, TD, TU>(u1, out TD sin, out TD cos);
        z0 = TL.Multiply(r, cos);
        z1 = TL.Multiply(r, sin);
    }

    /// <summary>Box-Muller of one lane set's blocks, scaled, written to destination[0 .. 2·Count) (not inlined: its own JIT budget).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Emit<T, TL, TD, TU>(TU bits0, TU bits1, TD meanLanes, TD stdLanes, ref T destination)
        where T : unmanaged
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        BoxMuller<TL, TD, TU>(bits0, bits1, out TD z0, out TD z1);
        TL.StoreInterleaved(TL.Add(meanLanes, TL.Multiply(stdLanes, z0)), TL.Add(meanLanes, TL.Multiply(stdLanes, z1)), ref destination);
    }

    private static void Fill<T, TL, TD, TU>(Span<T> destination, long firstIndex, double mean, double std, Philox4x32 generator)
        where T : unmanaged
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        int length = destination.Length;
        int k = 0;
        if (length > 0 && (firstIndex & 1) != 0)
        {
            // An odd first index: the second half of the block before the first full one.
            ScalarLanes.Store(mean + std * Standard(generator.Block(Philox4x32.PairBlock((ulong)firstIndex)), 1), ref destination[0]);
            k = 1;
        }

        Span<TU> keys = stackalloc TU[2 * PhiloxLanes.Rounds];
        PhiloxLanes.RoundKeys<TL, TD, TU>(generator.Seed, keys);
        ref TU key = ref keys[0];
        TU draw = TL.SplatBits(0);
        TU stream = TL.SplatBits(generator.Stream);
        TD meanLanes = TL.Splat(mean);
        TD stdLanes = TL.Splat(std);
        TU lanes = TL.SplatBits((ulong)TL.Count);
        ulong block = Philox4x32.PairBlock((ulong)(firstIndex + k));
        int step = 2 * TL.Count;

        // Two lane sets per iteration: their Philox rounds interleave (latency hiding), then each is transformed.
        for (; k <= length - 2 * step; k += 2 * step, block += 2 * (ulong)TL.Count)
        {
            TU index = TL.AddBits(TL.SplatBits(block), TL.Indices);
            PhiloxLanes.Block2<TL, TD, TU>(index, TL.AddBits(index, lanes), draw, stream, ref key, out TU a0, out TU a1, out TU b0, out TU b1);
            Emit<T, TL, TD, TU>(a0, a1, meanLanes, stdLanes, ref SpanRef.At(destination, k));
            Emit<T, TL, TD, TU>(b0, b1, meanLanes, stdLanes, ref SpanRef.At(destination, k + step));
        }

        // At most one lane set is left after the loop above (fewer than two remain).
        if (k <= length - step)
        {
            TU index = TL.AddBits(TL.SplatBits(block), TL.Indices);
            PhiloxLanes.Block<TL, TD, TU>(index, draw, stream, ref key, out TU bits0, out TU bits1);
            Emit<T, TL, TD, TU>(bits0, bits1, meanLanes, stdLanes, ref SpanRef.At(destination, k));
            k += step;
        }

        for (; k < length; k++)
        {
            long i = firstIndex + k;
            ScalarLanes.Store(mean + std * Standard(generator.Block(Philox4x32.PairBlock((ulong)i)), (int)(i & 1)), ref destination[k]);
        }
    }
}
