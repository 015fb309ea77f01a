using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace InitVerify.Init.Sampling;

/// <summary>
/// The operations the samplers' kernels use, over a lane type: a scalar (one lane) or a 128/256/512-bit vector of
/// doubles (<typeparamref name="TD"/>) with its 64-bit integer view (<typeparamref name="TU"/>).
/// </summary>
/// <remarks>
/// Every kernel (Philox rounds, 53-bit uniforms, log, sincos, exp, Box-Muller) is written once, generically over this
/// interface, so the scalar and every vector width run the same sequence of IEEE 754 operations: add, subtract,
/// multiply, divide, square root and fused multiply-add are correctly rounded in every implementation, integer and
/// bit operations are exact, so every path gives bit-identical results. Nothing here is an estimate
/// (no reciprocal or rsqrt approximations, no "MultiplyAddEstimate", no platform libm).
/// Masks are 64-bit lanes of all ones (true) or all zeros (false).
/// </remarks>
/// <typeparam name="TD">Lanes of double.</typeparam>
/// <typeparam name="TU">The same lanes seen as 64-bit unsigned integers.</typeparam>
internal interface ILanes<TD, TU>
    where TD : unmanaged
    where TU : unmanaged
{
    /// <summary>Lanes per value.</summary>
    static abstract int Count { get; }

    static abstract TD Splat(double value);

    static abstract TU SplatBits(ulong value);

    /// <summary>0, 1, 2, ... in the lanes.</summary>
    static abstract TU Indices { get; }

    static abstract TD Add(TD a, TD b);

    static abstract TD Subtract(TD a, TD b);

    static abstract TD Multiply(TD a, TD b);

    static abstract TD Divide(TD a, TD b);

    /// <summary>a·b + c rounded once (IEEE 754 fusedMultiplyAdd) on every path.</summary>
    static abstract TD FusedMultiplyAdd(TD a, TD b, TD c);

    static abstract TD Sqrt(TD a);

    static abstract TU LessThan(TD a, TD b);

    static abstract TU LessThanOrEqual(TD a, TD b);

    static abstract TU GreaterThan(TD a, TD b);

    static abstract TD Select(TU mask, TD whenTrue, TD whenFalse);

    static abstract TU AsBits(TD a);

    static abstract TD AsDouble(TU a);

    static abstract TU AddBits(TU a, TU b);

    static abstract TU SubtractBits(TU a, TU b);

    static abstract TU And(TU a, TU b);

    static abstract TU Or(TU a, TU b);

    static abstract TU Xor(TU a, TU b);

    static abstract TU ShiftRight(TU a, [ConstantExpected] byte count);

    static abstract TU ShiftLeft(TU a, [ConstantExpected] byte count);

    /// <summary>The full 64-bit product of the low 32 bits of each lane of a and b (the upper 32 bits are ignored).</summary>
    static abstract TU MultiplyLow32(TU a, TU b);

    /// <summary>The mask as bits: bit i set when lane i is set (mask lanes are all ones or all zeros).</summary>
    static abstract uint Bits(TU mask);

    /// <summary>Reads source[0 .. Count).</summary>
    static abstract TD Load(ref double source);

    /// <summary>Writes the lanes to destination[0 .. Count), rounded to float when T is float (T is float or double).</summary>
    static abstract void Store<T>(TD value, ref T destination)
        where T : unmanaged;

    /// <summary>Writes even[0], odd[0], even[1], odd[1], ... to destination[0 .. 2·Count).</summary>
    static abstract void StoreInterleaved<T>(TD even, TD odd, ref T destination)
        where T : unmanaged;
}

/// <summary>One lane: plain double and ulong arithmetic (the scalar path, also used for heads and tails).</summary>
internal readonly struct ScalarLanes : ILanes<double, ulong>
{
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => 1;
    }

    public static ulong Indices
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Splat(double value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SplatBits(ulong value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Add(double a, double b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Subtract(double a, double b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Multiply(double a, double b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Divide(double a, double b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FusedMultiplyAdd(double a, double b, double c) => Math.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sqrt(double a) => Math.Sqrt(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong LessThan(double a, double b) => a < b ? ulong.MaxValue : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong LessThanOrEqual(double a, double b) => a <= b ? ulong.MaxValue : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong GreaterThan(double a, double b) => a > b ? ulong.MaxValue : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Select(ulong mask, double whenTrue, double whenFalse) => mask != 0 ? whenTrue : whenFalse;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong AsBits(double a) => BitConverter.DoubleToUInt64Bits(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double AsDouble(ulong a) => BitConverter.UInt64BitsToDouble(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong AddBits(ulong a, ulong b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SubtractBits(ulong a, ulong b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong And(ulong a, ulong b) => a & b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Or(ulong a, ulong b) => a | b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Xor(ulong a, ulong b) => a ^ b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ShiftRight(ulong a, [ConstantExpected] byte count) => a >> count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ShiftLeft(ulong a, [ConstantExpected] byte count) => a << count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MultiplyLow32(ulong a, ulong b) => (ulong)(uint)a * (uint)b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Bits(ulong mask) => mask != 0 ? 1u : 0u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Load(ref double source) => source;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store<T>(double value, ref T destination)
        where T : unmanaged
    {
        if (typeof(T) == typeof(double))
        {
            Unsafe.As<T, double>(ref destination) = value;
        }
        else
        {
            Unsafe.As<T, float>(ref destination) = (float)value;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreInterleaved<T>(double even, double odd, ref T destination)
        where T : unmanaged
    {
        Store(even, ref destination);
        Store(odd, ref Unsafe.Add(ref destination, 1));
    }
}

/// <summary>Two lanes (SSE2 / AdvSimd, or the portable software fallback).</summary>
internal readonly struct Lanes128 : ILanes<Vector128<double>, Vector128<ulong>>
{
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => 2;
    }

    public static Vector128<ulong> Indices
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector128<ulong>.Indices;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Splat(double value) => Vector128.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ulong> SplatBits(ulong value) => Vector128.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Add(Vector128<double> a, Vector128<double> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Subtract(Vector128<double> a, Vector128<double> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Multiply(Vector128<double> a, Vector128<double> b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Divide(Vector128<double> a, Vector128<double> b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> FusedMultiplyAdd(Vector128<double> a, Vector128<double> b, Vector128<double> c) =>
        Vector128.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Sqrt(Vector128<double> a) => Vector128.Sqrt(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ulong> LessThan(Vector128<double> a, Vector128<double> b) => Vector128.LessThan(a, b).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ulong> LessThanOrEqual(Vector128<double> a, Vector128<double> b) => Vector128.LessThanOrEqual(a, b).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ulong> GreaterThan(Vector128<double> a, Vector128<double> b) => Vector128.GreaterThan(a, b).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Select(Vector128<ulong> mask, Vector128<double> whenTrue, Vector128<double> whenFalse) =>
        Vector128.ConditionalSelect(mask.AsDouble(), whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ulong> AsBits(Vector128<double> a) => a.AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> AsDouble(Vector128<ulong> a) => a.AsDouble();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ulong> AddBits(Vector128<ulong> a, Vector128<ulong> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ulong> SubtractBits(Vector128<ulong> a, Vector128<ulong> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ulong> And(Vector128<ulong> a, Vector128<ulong> b) => a & b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ulong> Or(Vector128<ulong> a, Vector128<ulong> b) => a | b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ulong> Xor(Vector128<ulong> a, Vector128<ulong> b) => a ^ b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ulong> ShiftRight(Vector128<ulong> a, [ConstantExpected] byte count) => Vector128.ShiftRightLogical(a, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ulong> ShiftLeft(Vector128<ulong> a, [ConstantExpected] byte count) => Vector128.ShiftLeft(a, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ulong> MultiplyLow32(Vector128<ulong> a, Vector128<ulong> b)
    {
        if (Sse2.IsSupported)
        {
            // pmuludq: the even 32-bit lanes multiplied into 64-bit products.
            return Sse2.Multiply(a.AsUInt32(), b.AsUInt32());
        }

        if (AdvSimd.IsSupported)
        {
            // umull of the narrowed low halves.
            return AdvSimd.MultiplyWideningLower(AdvSimd.ExtractNarrowingLower(a), AdvSimd.ExtractNarrowingLower(b));
        }

        return MultiplyLow32Portable(a, b);
    }

    /// <summary>The software fallback of <see cref="MultiplyLow32(Vector128{ulong}, Vector128{ulong})"/> (tested
    /// directly: no x64 machine takes it).</summary>
    internal static Vector128<ulong> MultiplyLow32Portable(Vector128<ulong> a, Vector128<ulong> b)
    {
        Vector128<ulong> low = Vector128.Create(0xFFFF_FFFFul);
        return (a & low) * (b & low);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Bits(Vector128<ulong> mask) => (uint)Vector128.ExtractMostSignificantBits(mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Load(ref double source) => Vector128.LoadUnsafe(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store<T>(Vector128<double> value, ref T destination)
        where T : unmanaged
    {
        if (typeof(T) == typeof(double))
        {
            value.StoreUnsafe(ref Unsafe.As<T, double>(ref destination));
        }
        else
        {
            ref float target = ref Unsafe.As<T, float>(ref destination);
            target = (float)value.GetElement(0);
            Unsafe.Add(ref target, 1) = (float)value.GetElement(1);
        }
    }

    /// <summary>(e₀, o₀) and (e₁, o₁) without SSE2 or AdvSimd (tested directly: no x64 or Arm64 machine takes it).</summary>
    internal static (Vector128<double> First, Vector128<double> Second) InterleavePortable(Vector128<double> even, Vector128<double> odd) =>
        (Vector128.Create(even.GetElement(0), odd.GetElement(0)), Vector128.Create(even.GetElement(1), odd.GetElement(1)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreInterleaved<T>(Vector128<double> even, Vector128<double> odd, ref T destination)
        where T : unmanaged
    {
        Vector128<double> first;
        Vector128<double> second;
        if (Sse2.IsSupported)
        {
            first = Sse2.UnpackLow(even, odd);
            second = Sse2.UnpackHigh(even, odd);
        }
        else if (AdvSimd.Arm64.IsSupported)
        {
            first = AdvSimd.Arm64.ZipLow(even, odd);
            second = AdvSimd.Arm64.ZipHigh(even, odd);
        }
        else
        {
            (first, second) = InterleavePortable(even, odd);
        }

        if (typeof(T) == typeof(double))
        {
            ref double target = ref Unsafe.As<T, double>(ref destination);
            first.StoreUnsafe(ref target);
            second.StoreUnsafe(ref Unsafe.Add(ref target, 2));
        }
        else
        {
            Vector128.Narrow(first, second).StoreUnsafe(ref Unsafe.As<T, float>(ref destination));
        }
    }
}

/// <summary>Four lanes (AVX2, or the portable software fallback).</summary>
internal readonly struct Lanes256 : ILanes<Vector256<double>, Vector256<ulong>>
{
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => 4;
    }

    public static Vector256<ulong> Indices
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector256<ulong>.Indices;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Splat(double value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> SplatBits(ulong value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Add(Vector256<double> a, Vector256<double> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Subtract(Vector256<double> a, Vector256<double> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Multiply(Vector256<double> a, Vector256<double> b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Divide(Vector256<double> a, Vector256<double> b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> FusedMultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
        Vector256.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Sqrt(Vector256<double> a) => Vector256.Sqrt(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> LessThan(Vector256<double> a, Vector256<double> b) => Vector256.LessThan(a, b).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> LessThanOrEqual(Vector256<double> a, Vector256<double> b) => Vector256.LessThanOrEqual(a, b).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> GreaterThan(Vector256<double> a, Vector256<double> b) => Vector256.GreaterThan(a, b).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Select(Vector256<ulong> mask, Vector256<double> whenTrue, Vector256<double> whenFalse) =>
        Vector256.ConditionalSelect(mask.AsDouble(), whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> AsBits(Vector256<double> a) => a.AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> AsDouble(Vector256<ulong> a) => a.AsDouble();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> AddBits(Vector256<ulong> a, Vector256<ulong> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> SubtractBits(Vector256<ulong> a, Vector256<ulong> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> And(Vector256<ulong> a, Vector256<ulong> b) => a & b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> Or(Vector256<ulong> a, Vector256<ulong> b) => a | b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> Xor(Vector256<ulong> a, Vector256<ulong> b) => a ^ b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> ShiftRight(Vector256<ulong> a, [ConstantExpected] byte count) => Vector256.ShiftRightLogical(a, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> ShiftLeft(Vector256<ulong> a, [ConstantExpected] byte count) => Vector256.ShiftLeft(a, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> MultiplyLow32(Vector256<ulong> a, Vector256<ulong> b)
    {
        if (Avx2.IsSupported)
        {
            // vpmuludq: the even 32-bit lanes multiplied into 64-bit products.
            return Avx2.Multiply(a.AsUInt32(), b.AsUInt32());
        }

        return Vector256.Create(
            Lanes128.MultiplyLow32(a.GetLower(), b.GetLower()),
            Lanes128.MultiplyLow32(a.GetUpper(), b.GetUpper()));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Bits(Vector256<ulong> mask) => (uint)Vector256.ExtractMostSignificantBits(mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Load(ref double source) => Vector256.LoadUnsafe(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store<T>(Vector256<double> value, ref T destination)
        where T : unmanaged
    {
        if (typeof(T) == typeof(double))
        {
            value.StoreUnsafe(ref Unsafe.As<T, double>(ref destination));
        }
        else if (Avx.IsSupported)
        {
            Avx.ConvertToVector128Single(value).StoreUnsafe(ref Unsafe.As<T, float>(ref destination));
        }
        else
        {
            StoreSinglesPortable(value, ref Unsafe.As<T, float>(ref destination));
        }
    }

    /// <summary>The four lanes rounded to float and stored without AVX (tested directly: only an x64 machine without AVX
    /// takes it).</summary>
    internal static void StoreSinglesPortable(Vector256<double> value, ref float destination) =>
        Vector128.Narrow(value.GetLower(), value.GetUpper()).StoreUnsafe(ref destination);

    /// <summary>The interleaving store without AVX, as two 128-bit halves (tested directly: only an x64 machine
    /// without AVX takes it).</summary>
    internal static void StoreInterleavedPortable<T>(Vector256<double> even, Vector256<double> odd, ref T destination)
        where T : unmanaged
    {
        Lanes128.StoreInterleaved(even.GetLower(), odd.GetLower(), ref destination);
        Lanes128.StoreInterleaved(even.GetUpper(), odd.GetUpper(), ref Unsafe.Add(ref destination, 4));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreInterleaved<T>(Vector256<double> even, Vector256<double> odd, ref T destination)
        where T : unmanaged
    {
        Vector256<double> first;
        Vector256<double> second;
        if (Avx.IsSupported)
        {
            // Unpack within 128-bit halves, then exchange halves: (e0 o0 e1 o1), (e2 o2 e3 o3).
            Vector256<double> low = Avx.UnpackLow(even, odd);
            Vector256<double> high = Avx.UnpackHigh(even, odd);
            first = Avx.Permute2x128(low, high, 0x20);
            second = Avx.Permute2x128(low, high, 0x31);
        }
        else
        {
            StoreInterleavedPortable(even, odd, ref destination);
            return;
        }

        if (typeof(T) == typeof(double))
        {
            ref double target = ref Unsafe.As<T, double>(ref destination);
            first.StoreUnsafe(ref target);
            second.StoreUnsafe(ref Unsafe.Add(ref target, 4));
        }
        else
        {
            ref float target = ref Unsafe.As<T, float>(ref destination);
            Vector256.Create(Avx.ConvertToVector128Single(first), Avx.ConvertToVector128Single(second)).StoreUnsafe(ref target);
        }
    }
}

/// <summary>Eight lanes (AVX-512, or the portable software fallback: the same results, slowly).</summary>
internal readonly struct Lanes512 : ILanes<Vector512<double>, Vector512<ulong>>
{
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => 8;
    }

    public static Vector512<ulong> Indices
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector512<ulong>.Indices;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Splat(double value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> SplatBits(ulong value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Add(Vector512<double> a, Vector512<double> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Subtract(Vector512<double> a, Vector512<double> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Multiply(Vector512<double> a, Vector512<double> b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Divide(Vector512<double> a, Vector512<double> b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> FusedMultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> c) =>
        Vector512.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Sqrt(Vector512<double> a) => Vector512.Sqrt(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> LessThan(Vector512<double> a, Vector512<double> b) => Vector512.LessThan(a, b).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> LessThanOrEqual(Vector512<double> a, Vector512<double> b) => Vector512.LessThanOrEqual(a, b).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> GreaterThan(Vector512<double> a, Vector512<double> b) => Vector512.GreaterThan(a, b).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Select(Vector512<ulong> mask, Vector512<double> whenTrue, Vector512<double> whenFalse) =>
        Vector512.ConditionalSelect(mask.AsDouble(), whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> AsBits(Vector512<double> a) => a.AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> AsDouble(Vector512<ulong> a) => a.AsDouble();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> AddBits(Vector512<ulong> a, Vector512<ulong> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> SubtractBits(Vector512<ulong> a, Vector512<ulong> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> And(Vector512<ulong> a, Vector512<ulong> b) => a & b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> Or(Vector512<ulong> a, Vector512<ulong> b) => a | b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> Xor(Vector512<ulong> a, Vector512<ulong> b) => a ^ b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> ShiftRight(Vector512<ulong> a, [ConstantExpected] byte count) => Vector512.ShiftRightLogical(a, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> ShiftLeft(Vector512<ulong> a, [ConstantExpected] byte count) => Vector512.ShiftLeft(a, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> MultiplyLow32(Vector512<ulong> a, Vector512<ulong> b)
    {
        if (Avx512F.IsSupported)
        {
            // vpmuludq zmm: the even 32-bit lanes multiplied into 64-bit products.
            return Avx512F.Multiply(a.AsUInt32(), b.AsUInt32());
        }

        return Vector512.Create(
            Lanes256.MultiplyLow32(a.GetLower(), b.GetLower()),
            Lanes256.MultiplyLow32(a.GetUpper(), b.GetUpper()));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Bits(Vector512<ulong> mask) => (uint)Vector512.ExtractMostSignificantBits(mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Load(ref double source) => Vector512.LoadUnsafe(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store<T>(Vector512<double> value, ref T destination)
        where T : unmanaged
    {
        if (typeof(T) == typeof(double))
        {
            value.StoreUnsafe(ref Unsafe.As<T, double>(ref destination));
        }
        else
        {
            Lanes256.Store(value.GetLower(), ref destination);
            Lanes256.Store(value.GetUpper(), ref Unsafe.Add(ref destination, 4));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreInterleaved<T>(Vector512<double> even, Vector512<double> odd, ref T destination)
        where T : unmanaged
    {
        Lanes256.StoreInterleaved(even.GetLower(), odd.GetLower(), ref destination);
        Lanes256.StoreInterleaved(even.GetUpper(), odd.GetUpper(), ref Unsafe.Add(ref destination, 8));
    }
}

/// <summary>Helpers to address a span's elements by reference in the kernels.</summary>
internal static class SpanRef
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref T At<T>(Span<T> span, int index) => ref Unsafe.Add(ref MemoryMarshal.GetReference(span), index);
}
