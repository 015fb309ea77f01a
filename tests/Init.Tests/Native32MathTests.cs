using System.Runtime.Intrinsics;
using InitVerify.Init.Sampling;
using Xunit.Abstractions;

namespace InitVerify.Init.Tests;

/// <summary>
/// The float32 kernels of the Native32 stream (FloatLaneMath): ln and sin/cos(2πt) within 1.5 float ulps of the exact
/// value (Math.Log / Math.SinCos in double, whose own error, ~1e-16 relative, is far below a float ulp), the radius and
/// angle uniforms exactly as specified, the tail reach, and bit-identical results on every lane width.
/// </summary>
public class Native32MathTests(ITestOutputHelper output)
{
    // Tolerances in float ulps of the exact value: the kernels' rounding (Horner steps, the s = f/(2 + f) division,
    // the final sum: ≲ 1 ulp) plus the truncation of the series (≤ 2⁻²⁷ relative, ⅛ ulp). Observed worst, on grids 60×
    // denser than these tests' (every 61st float of [2⁻⁴¹, 1]; every third angle point): 0.83 ulp (ln), 1.00 ulp (sincos).
    private const double LogUlps = 1.5;
    private const double SinCosUlps = 1.5;

    [Fact]
    public void Log_IsWithinOneAndAHalfFloatUlpsOfTheExactValue()
    {
        // Every 1021st float of [2⁻⁴¹, 1] (the radius uniforms' range: 344M floats, 337k checked), all 2¹⁴ floats just
        // below 1 and the 2¹⁴ from 8 below √½ upward (cancellation and reduction edges), and every exponent of the float range.
        var inputs = new List<float>();
        uint lowest = BitConverter.SingleToUInt32Bits(MathF.ScaleB(1, -41));
        uint one = BitConverter.SingleToUInt32Bits(1f);
        for (uint bits = lowest; bits <= one; bits += 1021)
        {
            inputs.Add(BitConverter.UInt32BitsToSingle(bits));
        }

        uint sqrtHalf = BitConverter.SingleToUInt32Bits(MathF.Sqrt(0.5f));
        for (uint k = 0; k < 1 << 14; k++)
        {
            inputs.Add(BitConverter.UInt32BitsToSingle(one - k));
            inputs.Add(BitConverter.UInt32BitsToSingle(sqrtHalf - 8 + k));
        }

        for (int e = -126; e <= 127; e++)
        {
            inputs.Add(MathF.ScaleB(1.2345f, e));
            inputs.Add(MathF.ScaleB(1, e));
        }

        inputs.AddRange([float.MaxValue, float.Epsilon * (1 << 23), 1.0000001f, 1.9999999f]);
        double worst = 0;
        foreach (float x in inputs)
        {
            double ulps = FloatUlps(Math.Log(x), FloatLaneMath.Log(x));
            worst = Math.Max(worst, ulps);
            Assert.True(ulps <= LogUlps, $"ln({x:R}): {FloatLaneMath.Log(x):R} vs {Math.Log(x):R}, {ulps:F2} ulps");
        }

        output.WriteLine($"ln: worst {worst:F3} float ulps over {inputs.Count} inputs");
        Assert.Equal(0f, FloatLaneMath.Log(1f));
        Assert.True(BitConverter.SingleToInt32Bits(FloatLaneMath.Log(1f)) == 0, "ln 1 is +0");
    }

    [Fact]
    public void SinCosOfAngleWord_IsWithinOneAndAHalfFloatUlpsOnADenseGrid()
    {
        // The angle grid t = (k + ½)·2⁻²⁴, k < 2²⁴: every 61st point (275k) plus the 64 points on each side of every
        // quarter turn, where one of sin, cos is near 0 and the quadrant reduction matters most.
        double worst = 0;
        void Check(uint k)
        {
            (float sin, float cos) = FloatLaneMath.SinCosOfAngleWord(k << 8);
            double t = (k + 0.5) / (1 << 24);
            double x = t - Math.Round(4 * t) / 4;
            (double s, double c) = Math.SinCos(2 * Math.PI * x);
            (double refSin, double refCos) = ((int)Math.Round(4 * t) & 3) switch
            {
                0 => (s, c),
                1 => (c, -s),
                2 => (-s, -c),
                _ => (-c, s),
            };
            double ulps = Math.Max(FloatUlps(refSin, sin), FloatUlps(refCos, cos));
            worst = Math.Max(worst, ulps);
            Assert.True(ulps <= SinCosUlps, $"k = {k}: ({sin:R}, {cos:R}) vs ({refSin:R}, {refCos:R})");
        }

        for (uint k = 0; k < 1 << 24; k += 61)
        {
            Check(k);
        }

        for (uint quarter = 0; quarter <= 4; quarter++)
        {
            for (int d = -64; d < 64; d++)
            {
                long k = quarter * (1L << 22) + d;
                if (k is >= 0 and < 1 << 24)
                {
                    Check((uint)k);
                }
            }
        }

        output.WriteLine($"sincos: worst {worst:F3} float ulps");
    }

    [Fact]
    public void AngleWord_IsReducedExactlyToAQuarterTurn()
    {
        // The low byte of the angle word belongs to the radius: it must not move the angle.
        foreach (uint k in new uint[] { 0, 1, (1 << 22) - 1, 1 << 22, (1 << 23) + 5, (1 << 24) - 1 })
        {
            Assert.Equal(FloatLaneMath.SinCosOfAngleWord(k << 8), FloatLaneMath.SinCosOfAngleWord((k << 8) | 0xFF));
        }

        // t = 2⁻²⁵ (k = 0): sin 2πt = 2π·2⁻²⁵ to float accuracy, cos = 1; t = 1 − 2⁻²⁵ (the top point): sin = −2π·2⁻²⁵.
        (float sin0, float cos0) = FloatLaneMath.SinCosOfAngleWord(0);
        Assert.True(FloatUlps(2 * Math.PI * Math.Pow(2, -25), sin0) <= 1);
        Assert.Equal(1f, cos0);
        (float sinTop, float cosTop) = FloatLaneMath.SinCosOfAngleWord(uint.MaxValue);
        Assert.True(FloatUlps(-2 * Math.PI * Math.Pow(2, -25), sinTop) <= 1);
        Assert.Equal(1f, cosTop);
    }

    [Fact]
    public void RadiusUniform_IsTheFortyBitGridPointRoundedOnceToFloat()
    {
        // u₁ = fl((N + ½)·2⁻⁴⁰), N = r·2⁸ + (a mod 2⁸): N + ½ is exact in double (41 bits), so (float) of it is the
        // single correct rounding the kernel must reproduce.
        var random = new System.Random(12);
        var words = new List<(uint R, uint A)> { (0, 0), (0, 0xFF), (1, 0), (uint.MaxValue, 0xFF), (uint.MaxValue, 0), (0x7FFF, 0xFF), (0x8000, 0), (0xFFFF_7FFFu, 0xFF), (0xFFFF_8000u, 0) };
        for (int i = 0; i < 100_000; i++)
        {
            words.Add(((uint)random.NextInt64(1L << 32), (uint)random.NextInt64(1L << 32)));
            words.Add(((uint)random.Next(1 << 16), (uint)random.NextInt64(1L << 32)));
        }

        foreach ((uint r, uint a) in words)
        {
            double exact = ((double)r * 256 + (a & 0xFF) + 0.5) * Math.Pow(2, -40);
            Assert.Equal((float)exact, FloatLaneMath.RadiusUniform(r, a));
        }

        Assert.Equal(MathF.ScaleB(1, -41), FloatLaneMath.RadiusUniform(0, 0));
        // N ≥ 2⁴⁰ − 2¹⁵ rounds to 1 (probability 2⁻²⁵); one below stays under 1.
        Assert.Equal(1f, FloatLaneMath.RadiusUniform(0xFFFF_FF80u, 0));
        Assert.True(FloatLaneMath.RadiusUniform(0xFFFF_FF7Fu, 0xFF) < 1f);
    }

    [Fact]
    public void BoxMuller_ReachesBeyondSevenAndAHalfSigmaAndMapsURoundingToOneToZero()
    {
        // All-zero words: u₁ = 2⁻⁴¹, the largest radius √(82 ln 2) = 7.5391…, angle 2π·2⁻²⁵ (cos = 1).
        (float z0, float z1) = FloatLaneMath.BoxMuller(0, 0);
        double rMax = Math.Sqrt(82 * Math.Log(2));
        Assert.True(FloatUlps(rMax, z0) <= 2, $"{z0:R} vs {rMax:R}");
        Assert.True(z0 > 7.5f);
        Assert.InRange(z1, 0f, 1e-5f);
        // u₁ = 1: ln 1 = 0, r = 0, both halves are zero.
        (float zero0, float zero1) = FloatLaneMath.BoxMuller(uint.MaxValue, 0x1234_56FFu);
        Assert.Equal(0f, Math.Abs(zero0));
        Assert.Equal(0f, Math.Abs(zero1));
    }

    [Fact]
    public void BoxMuller_RadiusCrossesEachSigmaWhereTheUniformCrossesItsTail()
    {
        // r > c exactly when u₁ < e^(−c²/2): check c = 5, 6, 7 on 40-bit grid points N just below and above the
        // crossing (64 points away, enough for the radius to move by several float ulps; the angle word's top bits
        // are 0, so z₀ = r·cos(2π·2⁻²⁵)).
        foreach (double c in new[] { 5.0, 6.0, 7.0 })
        {
            double crossing = Math.Exp(-c * c / 2);
            ulong n = (ulong)(crossing * Math.Pow(2, 40));
            foreach (ulong grid in new[] { n - Math.Min(64, n / 2), n + 64 })
            {
                (uint r, uint a) = ((uint)(grid >> 8), (uint)(grid & 0xFF));
                float z = FloatLaneMath.BoxMuller(r, a).Z0;
                double u = FloatLaneMath.RadiusUniform(r, a);
                Assert.Equal(u < crossing, z > c);
                Assert.True(FloatUlps(Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * Math.Pow(2, -25)), z) <= 3);
            }
        }
    }

    public static TheoryData<string> Paths => SimdPathTests.Paths;

    [Theory]
    [MemberData(nameof(Paths))]
    public void Kernels_AreBitIdenticalOnEveryPath(string pathName)
    {
        SimdPath path = Enum.Parse<SimdPath>(pathName);
        var random = new System.Random(21);
        uint[] radius = Enumerable.Range(0, 4099).Select(_ => (uint)random.NextInt64(1L << 32)).Concat([0u, uint.MaxValue, 0xFFFF_FF80u, 1u << 31]).ToArray();
        uint[] angle = Enumerable.Range(0, radius.Length).Select(i => i % 7 == 0 ? (uint)i : (uint)random.NextInt64(1L << 32)).ToArray();
        (float[] expected0, float[] expected1) = BoxMuller(SimdPath.Scalar, radius, angle);
        (float[] actual0, float[] actual1) = BoxMuller(path, radius, angle);
        for (int i = 0; i < radius.Length; i++)
        {
            Assert.Equal(BitConverter.SingleToUInt32Bits(expected0[i]), BitConverter.SingleToUInt32Bits(actual0[i]));
            Assert.Equal(BitConverter.SingleToUInt32Bits(expected1[i]), BitConverter.SingleToUInt32Bits(actual1[i]));
            Assert.Equal(FloatLaneMath.BoxMuller(radius[i], angle[i]), (actual0[i], actual1[i]));
        }
    }

    /// <summary>BoxMuller over word arrays on a forced path (the arrays' length need not be a multiple of the width).</summary>
    internal static (float[] Z0, float[] Z1) BoxMuller(SimdPath path, uint[] radius, uint[] angle) => path switch
    {
        SimdPath.Vector512 => BoxMuller<FloatLanes512, Vector512<float>, Vector512<uint>, Vector512<ulong>>(radius, angle),
        SimdPath.Vector256 => BoxMuller<FloatLanes256, Vector256<float>, Vector256<uint>, Vector256<ulong>>(radius, angle),
        SimdPath.Vector128 => BoxMuller<FloatLanes128, Vector128<float>, Vector128<uint>, Vector128<ulong>>(radius, angle),
        _ => BoxMuller<ScalarFloatLanes, float, uint, ulong>(radius, angle),
    };

    private static (float[] Z0, float[] Z1) BoxMuller<FL, TF, TI, TU>(uint[] radius, uint[] angle)
        where FL : IFloatLanes<TF, TI, TU>
        where TF : unmanaged
        where TI : unmanaged
        where TU : unmanaged
    {
        int padded = (radius.Length + FL.Count - 1) / FL.Count * FL.Count;
        var r = new float[padded];
        var a = new float[padded];
        for (int i = 0; i < radius.Length; i++)
        {
            r[i] = BitConverter.UInt32BitsToSingle(radius[i]);
            a[i] = BitConverter.UInt32BitsToSingle(angle[i]);
        }

        var z0 = new float[padded];
        var z1 = new float[padded];
        for (int i = 0; i < padded; i += FL.Count)
        {
            FloatLaneMath.BoxMuller<FL, TF, TI, TU>(FL.AsBits(FL.Load(ref r[i])), FL.AsBits(FL.Load(ref a[i])), out TF first, out TF second);
            FL.Store(first, ref z0[i]);
            FL.Store(second, ref z1[i]);
        }

        return (z0[..radius.Length], z1[..radius.Length]);
    }

    /// <summary>|actual − exact| in units of the float spacing at the exact value (ulp of the float binade of |exact|).</summary>
    private static double FloatUlps(double exact, float actual)
    {
        double difference = Math.Abs(actual - exact);
        if (difference == 0)
        {
            return 0;
        }

        double magnitude = Math.Abs(exact);
        double ulp = magnitude < float.Epsilon * (1 << 23) ? float.Epsilon : Math.Pow(2, Math.Floor(Math.Log2(magnitude)) - 23);
        return difference / ulp;
    }
}
