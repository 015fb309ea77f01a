using System.Runtime.Intrinsics;
using InitVerify.Init.Sampling;

namespace InitVerify.Init.Tests;

/// <summary>
/// The lane abstractions' contract, width by width: a comparison gives all-ones lanes exactly where the C# operator is
/// true (ties, signed zeros and NaN included), and the integer lane operations are the C# operators modulo 2⁶⁴ (2³² for
/// the float lanes). The samplers are written once over these interfaces, so the scalar lanes (the reference path and
/// every head and tail) must mean the same as the vector ones: a tie such as u = density in an acceptance test decides
/// an element.
/// </summary>
public class LanesTests
{
    private static readonly (double A, double B)[] Pairs =
        [(1, 1), (1, 2), (2, 1), (-0.0, 0.0), (0.0, -0.0), (-3.5, -3.5), (double.NaN, 1), (1, double.NaN), (double.NegativeInfinity, double.MaxValue)];

    private static readonly (ulong A, ulong B)[] BitPairs =
        [(5, 3), (3, 5), (0, 1), (0x8000_0000_0000_0000ul, 0x8000_0000_0000_0001ul), (ulong.MaxValue, ulong.MaxValue)];

    public static TheoryData<string> Widths => new("Scalar", "Vector128", "Vector256", "Vector512");

    [Theory]
    [MemberData(nameof(Widths))]
    public void DoubleLanes_ComparisonsAreTheOperatorsIncludingTies(string width)
    {
        switch (width)
        {
            case "Scalar": Comparisons<ScalarLanes, double, ulong>(); break;
            case "Vector128": Comparisons<Lanes128, Vector128<double>, Vector128<ulong>>(); break;
            case "Vector256": Comparisons<Lanes256, Vector256<double>, Vector256<ulong>>(); break;
            default: Comparisons<Lanes512, Vector512<double>, Vector512<ulong>>(); break;
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void DoubleLanes_IntegerOperationsWrapModuloTwoToThe64(string width)
    {
        switch (width)
        {
            case "Scalar": IntegerOperations<ScalarLanes, double, ulong>(); break;
            case "Vector128": IntegerOperations<Lanes128, Vector128<double>, Vector128<ulong>>(); break;
            case "Vector256": IntegerOperations<Lanes256, Vector256<double>, Vector256<ulong>>(); break;
            default: IntegerOperations<Lanes512, Vector512<double>, Vector512<ulong>>(); break;
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void FloatLanes_ComparisonsAndIntegerOperationsAreTheOperators(string width)
    {
        switch (width)
        {
            case "Scalar": FloatOperations<ScalarFloatLanes, float, uint, ulong>(); break;
            case "Vector128": FloatOperations<FloatLanes128, Vector128<float>, Vector128<uint>, Vector128<ulong>>(); break;
            case "Vector256": FloatOperations<FloatLanes256, Vector256<float>, Vector256<uint>, Vector256<ulong>>(); break;
            default: FloatOperations<FloatLanes512, Vector512<float>, Vector512<uint>, Vector512<ulong>>(); break;
        }
    }

    [Fact]
    public void PortableFallbacks_GiveTheAcceleratedResults()
    {
        // The software paths of Lanes128/Lanes256 run only on machines without SSE2/AdvSimd or AVX, so they are
        // called directly here and compared with the paths this machine takes, lane by lane (distinct lanes).
        foreach ((ulong a, ulong b) in BitPairs)
        {
            Vector128<ulong> x = Vector128.Create(a, b);
            Vector128<ulong> y = Vector128.Create(b ^ 0x0123_4567_89AB_CDEFul, a);
            Vector128<ulong> product = Lanes128.MultiplyLow32Portable(x, y);
            Assert.Equal(Lanes128.MultiplyLow32(x, y), product);
            Assert.Equal((ulong)(uint)a * (uint)(b ^ 0x0123_4567_89AB_CDEFul), product.GetElement(0));
            Assert.Equal((ulong)(uint)b * (uint)a, product.GetElement(1));
        }

        (Vector128<double> first, Vector128<double> second) = Lanes128.InterleavePortable(Vector128.Create(0.0, 2.0), Vector128.Create(1.0, 3.0));
        Assert.Equal(Vector128.Create(0.0, 1.0), first);
        Assert.Equal(Vector128.Create(2.0, 3.0), second);

        var value = Vector256.Create(1.1, -2.5, double.NaN, 1e300);
        var portable = new float[4];
        var accelerated = new float[4];
        Lanes256.StoreSinglesPortable(value, ref portable[0]);
        Lanes256.Store(value, ref accelerated[0]);
        Assert.Equal(new[] { 1.1f, -2.5f, float.NaN, float.PositiveInfinity }, portable);
        Assert.Equal(accelerated, portable);

        var even = Vector256.Create(0.0, 2.0, 4.0, 6.0);
        var odd = Vector256.Create(1.0, 3.0, 5.0, 7.0);
        var doubles = new double[8];
        var singles = new float[8];
        Lanes256.StoreInterleavedPortable(even, odd, ref doubles[0]);
        Lanes256.StoreInterleavedPortable(even, odd, ref singles[0]);
        Assert.Equal(new[] { 0.0, 1, 2, 3, 4, 5, 6, 7 }, doubles);
        Assert.Equal(new[] { 0f, 1, 2, 3, 4, 5, 6, 7 }, singles);
    }

    private static void Comparisons<TL, TD, TU>()
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        uint all = (1u << TL.Count) - 1;
        foreach ((double a, double b) in Pairs)
        {
            TD x = TL.Splat(a);
            TD y = TL.Splat(b);
            Assert.True(TL.Bits(TL.LessThan(x, y)) == (a < b ? all : 0), $"{a} < {b}");
            Assert.True(TL.Bits(TL.LessThanOrEqual(x, y)) == (a <= b ? all : 0), $"{a} <= {b}");
            Assert.True(TL.Bits(TL.GreaterThan(x, y)) == (a > b ? all : 0), $"{a} > {b}");
        }
    }

    private static void IntegerOperations<TL, TD, TU>()
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        foreach ((ulong a, ulong b) in BitPairs)
        {
            TU x = TL.SplatBits(a);
            TU y = TL.SplatBits(b);
            Assert.Equal(unchecked(a - b), Lanes<TL, TD, TU>(TL.SubtractBits(x, y)));
            Assert.Equal(unchecked(a + b), Lanes<TL, TD, TU>(TL.AddBits(x, y)));
            Assert.Equal(a >> 7, Lanes<TL, TD, TU>(TL.ShiftRight(x, 7)));
            Assert.Equal(a << 7, Lanes<TL, TD, TU>(TL.ShiftLeft(x, 7)));
            Assert.Equal((ulong)(uint)a * (uint)b, Lanes<TL, TD, TU>(TL.MultiplyLow32(x, y)));
        }
    }

    private static void FloatOperations<TL, TF, TI, TU>()
        where TL : IFloatLanes<TF, TI, TU>
        where TF : unmanaged
        where TI : unmanaged
        where TU : unmanaged
    {
        foreach ((double a, double b) in Pairs)
        {
            float fa = (float)a;
            float fb = (float)b;
            TF x = TL.Splat(fa);
            TF y = TL.Splat(fb);
            Assert.Equal(fa < fb ? uint.MaxValue : 0u, FloatLane<TL, TF, TI, TU>(TL.LessThan(x, y)));
            Assert.Equal(fa > fb ? uint.MaxValue : 0u, FloatLane<TL, TF, TI, TU>(TL.GreaterThan(x, y)));
        }

        foreach ((ulong a, ulong b) in BitPairs)
        {
            uint ua = (uint)a;
            uint ub = (uint)(b >> 1) ^ (uint)b;
            TI x = TL.SplatBits(ua);
            TI y = TL.SplatBits(ub);
            Assert.Equal(unchecked(ua - ub), FloatLane<TL, TF, TI, TU>(TL.SubtractBits(x, y)));
            Assert.Equal(unchecked(ua + ub), FloatLane<TL, TF, TI, TU>(TL.AddBits(x, y)));
            Assert.Equal(ua >> 7, FloatLane<TL, TF, TI, TU>(TL.ShiftRight(x, 7)));
            Assert.Equal(ua << 7, FloatLane<TL, TF, TI, TU>(TL.ShiftLeft(x, 7)));
        }
    }

    /// <summary>The lanes' common value (every lane must hold the same bits: the inputs were splatted).</summary>
    private static ulong Lanes<TL, TD, TU>(TU value)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        var lanes = new double[TL.Count];
        TL.Store(TL.AsDouble(value), ref lanes[0]);
        ulong first = BitConverter.DoubleToUInt64Bits(lanes[0]);
        Assert.All(lanes, lane => Assert.Equal(first, BitConverter.DoubleToUInt64Bits(lane)));
        return first;
    }

    /// <summary>The float lanes' common value, as bits.</summary>
    private static uint FloatLane<TL, TF, TI, TU>(TI value)
        where TL : IFloatLanes<TF, TI, TU>
        where TF : unmanaged
        where TI : unmanaged
        where TU : unmanaged
    {
        var lanes = new float[TL.Count];
        TL.Store(TL.AsSingle(value), ref lanes[0]);
        uint first = BitConverter.SingleToUInt32Bits(lanes[0]);
        Assert.All(lanes, lane => Assert.Equal(first, BitConverter.SingleToUInt32Bits(lane)));
        return first;
    }
}
