using System.Runtime.Intrinsics;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;

namespace InitVerify.Init.Tests;

/// <summary>
/// Every lane width (scalar, Vector128, Vector256, Vector512 — forced, whatever this machine accelerates) gives
/// bit-identical Philox blocks, uniforms and fills; the scalar kernels agree with the scalar reference definitions.
/// </summary>
public class SimdPathTests
{
    public static TheoryData<string> Paths => new() { nameof(SimdPath.Scalar), nameof(SimdPath.Vector128), nameof(SimdPath.Vector256), nameof(SimdPath.Vector512) };

    public static TheoryData<string, string> PathsAndTargets
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (SimdPath path in SimdPaths.All)
            {
                foreach (string target in Targets)
                {
                    data.Add(path.ToString(), target);
                }
            }

            return data;
        }
    }

    private static readonly string[] Targets =
    [
        "uniform", "normal", "tn normal rejection", "tn uniform around 0", "tn exponential tail", "tn uniform tail", "tn mirrored",
    ];

    // Block indices around the 2^32 boundary (counter word 1 changes inside a vector) and at the top of the range.
    private static readonly ulong[] BlockStarts = [0, 1, 12345, 0xFFFF_FFFDul, 0xFFFF_FFFF_FFFF_FFF0ul];

    [Theory]
    [MemberData(nameof(Paths))]
    public void PhiloxLanes_EqualTheScalarBijectionLaneByLane(string pathName)
    {
        SimdPath path = Enum.Parse<SimdPath>(pathName);
        foreach ((ulong seed, uint stream, uint draw) in new[] { (0ul, 0u, 0u), (20261124ul, 3u, 0u), (ulong.MaxValue, uint.MaxValue, 7u), (0x299f31d0_a4093822ul, 0x03707344u, 0x13198a2eu) })
        {
            var generator = new Philox4x32(seed, stream);
            foreach (ulong start in BlockStarts)
            {
                (ulong[] bits0, ulong[] bits1) = Blocks(path, generator, start, draw);
                for (int lane = 0; lane < bits0.Length; lane++)
                {
                    PhiloxBlock expected = generator.Block(start + (ulong)lane, draw);
                    Assert.Equal(((ulong)expected.X1 << 32) | expected.X0, bits0[lane]);
                    Assert.Equal(((ulong)expected.X3 << 32) | expected.X2, bits1[lane]);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void ToOpenUnit_EqualsTheScalarDefinitionOnEveryPath(string pathName)
    {
        SimdPath path = Enum.Parse<SimdPath>(pathName);
        var bits = new List<ulong> { 0, ulong.MaxValue, 1ul << 63, (1ul << 63) - 1, 0x7FFul, 0x800ul, 1ul << 11, (1ul << 43) - 1, 1ul << 43 };
        var random = new System.Random(5);
        for (int i = 0; i < 1000; i++)
        {
            bits.Add((ulong)random.NextInt64() ^ ((ulong)random.Next() << 40));
        }

        double[] actual = MapBits(path, bits.ToArray());
        for (int i = 0; i < bits.Count; i++)
        {
            Assert.Equal(PhiloxBlock.ToOpenUnit(bits[i]), actual[i]);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void LogSinCosExp_AreBitIdenticalToTheScalarKernels(string pathName)
    {
        SimdPath path = Enum.Parse<SimdPath>(pathName);
        double[] inputs = LaneMathTests.UniformGrid(4096, seed: 9);
        double[] log = Map(path, inputs, Kernel.Log);
        double[] sin = Map(path, inputs, Kernel.Sin);
        double[] cos = Map(path, inputs, Kernel.Cos);
        double[] expInputs = inputs.Select(u => -800 + 1600 * u).Concat([double.NegativeInfinity, double.PositiveInfinity, double.NaN, 0, -0.0]).ToArray();
        double[] exp = Map(path, expInputs, Kernel.Exp);
        for (int i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(LaneMath.Log(inputs[i])), BitConverter.DoubleToInt64Bits(log[i]));
            (double s, double c) = LaneMath.SinCosTurns(inputs[i]);
            Assert.Equal(BitConverter.DoubleToInt64Bits(s), BitConverter.DoubleToInt64Bits(sin[i]));
            Assert.Equal(BitConverter.DoubleToInt64Bits(c), BitConverter.DoubleToInt64Bits(cos[i]));
        }

        for (int i = 0; i < expInputs.Length; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(LaneMath.Exp(expInputs[i])), BitConverter.DoubleToInt64Bits(exp[i]));
        }
    }

    [Theory]
    [MemberData(nameof(PathsAndTargets))]
    public void Fill_IsBitIdenticalToTheScalarPathForEveryLengthAndOffset(string pathName, string target)
    {
        SimdPath path = Enum.Parse<SimdPath>(pathName);
        var generator = new Philox4x32(20261124, stream: 5);
        foreach (long firstIndex in new long[] { 0, 1, 7, 0xFFFF_FFFDL * 2 + 1 })
        {
            foreach (int length in Enumerable.Range(0, 40).Concat([63, 64, 65, 257, 1000]))
            {
                var expectedDouble = new double[length];
                var actualDouble = new double[length];
                var expectedFloat = new float[length];
                var actualFloat = new float[length];
                Fill(target, expectedDouble, firstIndex, generator, SimdPath.Scalar);
                Fill(target, actualDouble, firstIndex, generator, path);
                Fill(target, expectedFloat, firstIndex, generator, SimdPath.Scalar);
                Fill(target, actualFloat, firstIndex, generator, path);
                Assert.True(expectedDouble.AsSpan().SequenceEqual(actualDouble), $"{target} double, first index {firstIndex}, length {length}");
                Assert.True(expectedFloat.AsSpan().SequenceEqual(actualFloat), $"{target} float, first index {firstIndex}, length {length}");
                Assert.Equal(expectedDouble.Select(x => (float)x), actualFloat);
            }
        }
    }

    [Theory]
    [MemberData(nameof(PathsAndTargets))]
    public void Fill_OfAnyRangeEqualsThatRangeOfTheWholeFill(string pathName, string target)
    {
        SimdPath path = Enum.Parse<SimdPath>(pathName);
        var generator = new Philox4x32(77);
        var whole = new double[301];
        Fill(target, whole, 0, generator, path);
        foreach ((int start, int count) in new[] { (1, 300), (3, 17), (64, 100), (299, 2) })
        {
            var part = new double[count];
            Fill(target, part, start, generator, path);
            Assert.Equal(whole.AsSpan(start, count).ToArray(), part);
        }
    }

    [Fact]
    public void ScalarPath_MatchesTheElementDefinitions()
    {
        // Element 2p, 2p+1 are the cos and sin halves of block p; truncated element i retries blocks (i, draw).
        var generator = new Philox4x32(42, stream: 1);
        var normal = new double[9];
        NormalSampler.Fill<double>(normal, 3, 0.5, 2, generator, SimdPath.Scalar);
        for (int k = 0; k < normal.Length; k++)
        {
            long i = 3 + k;
            Assert.Equal(0.5 + 2 * NormalSampler.Standard(generator.Block((ulong)i >> 1), (int)(i & 1)), normal[k]);
        }

        var truncated = new double[9];
        TruncatedNormalSampler.Fill<double>(truncated, 3, 0, 1, -0.3, 0.4, generator, SimdPath.Vector256);
        for (int k = 0; k < truncated.Length; k++)
        {
            Assert.Equal(Math.Clamp(TruncatedNormalSampler.Standard(-0.3, 0.4, generator, (ulong)(3 + k)), -0.3, 0.4), truncated[k]);
        }
    }

    [Fact]
    public void PreferredPath_IsTheWidestAcceleratedOne()
    {
        SimdPath expected = Vector512.IsHardwareAccelerated ? SimdPath.Vector512
            : Vector256.IsHardwareAccelerated ? SimdPath.Vector256
            : Vector128.IsHardwareAccelerated ? SimdPath.Vector128
            : SimdPath.Scalar;
        Assert.Equal(expected, SimdPaths.Preferred);
    }

    internal enum Kernel
    {
        Log,
        Sin,
        Cos,
        Exp,
    }

    private static void Fill<T>(string target, Span<T> destination, long firstIndex, Philox4x32 generator, SimdPath path)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        switch (target)
        {
            case "uniform":
                UniformSampler.Fill(destination, firstIndex, -0.25, 0.75, generator, path);
                break;
            case "normal":
                NormalSampler.Fill(destination, firstIndex, 0.5, 2, generator, path);
                break;
            case "tn normal rejection":
                TruncatedNormalSampler.Fill(destination, firstIndex, 0, 1, -1.5, 1.5, generator, path);
                break;
            case "tn uniform around 0":
                TruncatedNormalSampler.Fill(destination, firstIndex, 0, 1, -0.5, 1, generator, path);
                break;
            case "tn exponential tail":
                TruncatedNormalSampler.Fill(destination, firstIndex, 0, 1, 1.5, 9, generator, path);
                break;
            case "tn uniform tail":
                TruncatedNormalSampler.Fill(destination, firstIndex, 0, 1, 2, 2.1, generator, path);
                break;
            default:
                TruncatedNormalSampler.Fill(destination, firstIndex, 1, 2, -20, -1, generator, path);
                break;
        }
    }

    private static (ulong[] Bits0, ulong[] Bits1) Blocks(SimdPath path, Philox4x32 generator, ulong start, uint draw) => path switch
    {
        SimdPath.Vector512 => Blocks<Lanes512, Vector512<double>, Vector512<ulong>>(generator, start, draw),
        SimdPath.Vector256 => Blocks<Lanes256, Vector256<double>, Vector256<ulong>>(generator, start, draw),
        SimdPath.Vector128 => Blocks<Lanes128, Vector128<double>, Vector128<ulong>>(generator, start, draw),
        _ => Blocks<ScalarLanes, double, ulong>(generator, start, draw),
    };

    private static (ulong[] Bits0, ulong[] Bits1) Blocks<TL, TD, TU>(Philox4x32 generator, ulong start, uint draw)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        var keys = new TU[2 * PhiloxLanes.Rounds];
        PhiloxLanes.RoundKeys<TL, TD, TU>(generator.Seed, keys);
        TU index = TL.AddBits(TL.SplatBits(start), TL.Indices);
        PhiloxLanes.Block<TL, TD, TU>(index, TL.SplatBits(draw), TL.SplatBits(generator.Stream), ref keys[0], out TU bits0, out TU bits1);
        return (Lanes<TL, TD, TU>(bits0), Lanes<TL, TD, TU>(bits1));
    }

    private static ulong[] Lanes<TL, TD, TU>(TU bits)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        var values = new double[TL.Count];
        TL.Store(TL.AsDouble(bits), ref values[0]);
        return values.Select(BitConverter.DoubleToUInt64Bits).ToArray();
    }

    private static double[] MapBits(SimdPath path, ulong[] bits)
    {
        double[] asDoubles = bits.Select(BitConverter.UInt64BitsToDouble).ToArray();
        return path switch
        {
            SimdPath.Vector512 => Map<Lanes512, Vector512<double>, Vector512<ulong>>(asDoubles, v => LaneMath.ToOpenUnit<Lanes512, Vector512<double>, Vector512<ulong>>(v.AsUInt64())),
            SimdPath.Vector256 => Map<Lanes256, Vector256<double>, Vector256<ulong>>(asDoubles, v => LaneMath.ToOpenUnit<Lanes256, Vector256<double>, Vector256<ulong>>(v.AsUInt64())),
            SimdPath.Vector128 => Map<Lanes128, Vector128<double>, Vector128<ulong>>(asDoubles, v => LaneMath.ToOpenUnit<Lanes128, Vector128<double>, Vector128<ulong>>(v.AsUInt64())),
            _ => Map<ScalarLanes, double, ulong>(asDoubles, v => LaneMath.ToOpenUnit<ScalarLanes, double, ulong>(BitConverter.DoubleToUInt64Bits(v))),
        };
    }

    internal static double[] Map(SimdPath path, double[] inputs, Kernel kernel) => path switch
    {
        SimdPath.Vector512 => Map<Lanes512, Vector512<double>, Vector512<ulong>>(inputs, v => Apply<Lanes512, Vector512<double>, Vector512<ulong>>(v, kernel)),
        SimdPath.Vector256 => Map<Lanes256, Vector256<double>, Vector256<ulong>>(inputs, v => Apply<Lanes256, Vector256<double>, Vector256<ulong>>(v, kernel)),
        SimdPath.Vector128 => Map<Lanes128, Vector128<double>, Vector128<ulong>>(inputs, v => Apply<Lanes128, Vector128<double>, Vector128<ulong>>(v, kernel)),
        _ => Map<ScalarLanes, double, ulong>(inputs, v => Apply<ScalarLanes, double, ulong>(v, kernel)),
    };

    private static TD Apply<TL, TD, TU>(TD x, Kernel kernel)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        switch (kernel)
        {
            case Kernel.Log:
                return LaneMath.Log<TL, TD, TU>(x);
            case Kernel.Exp:
                return LaneMath.Exp<TL, TD, TU>(x);
            default:
                LaneMath.SinCosTurns<TL, TD, TU>(x, out TD sin, out TD cos);
                return kernel == Kernel.Sin ? sin : cos;
        }
    }

    /// <summary>Applies a lane function to inputs (padded to whole vectors with 0.5).</summary>
    private static double[] Map<TL, TD, TU>(double[] inputs, Func<TD, TD> function)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        int padded = (inputs.Length + TL.Count - 1) / TL.Count * TL.Count;
        var source = new double[padded];
        Array.Fill(source, 0.5);
        inputs.CopyTo(source, 0);
        var result = new double[padded];
        for (int i = 0; i < padded; i += TL.Count)
        {
            TL.Store(function(TL.Load(ref source[i])), ref result[i]);
        }

        return result.AsSpan(0, inputs.Length).ToArray();
    }
}
