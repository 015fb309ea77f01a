using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using InitVerify.Init.Random;

namespace InitVerify.Init.Sampling;

/// <summary>
/// The float32 counterpart of <see cref="ILanes{TD, TU}"/>: a scalar or a 128/256/512-bit vector of floats
/// (<typeparamref name="TF"/>) with its 32-bit integer view (<typeparamref name="TI"/>), plus the Philox blocks that
/// feed one lane each (generated on the <see cref="ILanes{TD, TU}"/> of the same width, <typeparamref name="TU"/>).
/// </summary>
/// <remarks>
/// The float kernels (<see cref="FloatLaneMath"/>, <see cref="Native32Sampler"/>) are written once over this interface,
/// so the scalar path and every vector width run the same IEEE 754 binary32 operations: add, subtract, multiply,
/// divide, square root and fused multiply-add are correctly rounded everywhere, integer and bit operations are exact,
/// and <see cref="ToSingle"/> only ever converts integers below 2²⁴ in magnitude (exact), so every path gives
/// bit-identical results. Nothing is an estimate (no rcp/rsqrt, no "MultiplyAddEstimate", no platform libm).
/// Masks are 32-bit lanes of all ones (true) or all zeros (false).
/// </remarks>
/// <typeparam name="TF">Lanes of float.</typeparam>
/// <typeparam name="TI">The same lanes seen as 32-bit unsigned integers.</typeparam>
/// <typeparam name="TU">The 64-bit lanes the Philox rounds run on (<see cref="PhiloxLanes"/>).</typeparam>
internal interface IFloatLanes<TF, TI, TU>
    where TF : unmanaged
    where TI : unmanaged
    where TU : unmanaged
{
    /// <summary>Lanes per value (= Philox blocks per <see cref="Blocks"/> call).</summary>
    static abstract int Count { get; }

    static abstract TF Splat(float value);

    static abstract TI SplatBits(uint value);

    static abstract TF Add(TF a, TF b);

    static abstract TF Subtract(TF a, TF b);

    static abstract TF Multiply(TF a, TF b);

    static abstract TF Divide(TF a, TF b);

    /// <summary>a·b + c rounded once (IEEE 754 fusedMultiplyAdd) on every path.</summary>
    static abstract TF FusedMultiplyAdd(TF a, TF b, TF c);

    static abstract TF Sqrt(TF a);

    static abstract TI LessThan(TF a, TF b);

    static abstract TI GreaterThan(TF a, TF b);

    static abstract TF Select(TI mask, TF whenTrue, TF whenFalse);

    /// <summary>Whether every lane of <paramref name="mask"/> is true (all ones).</summary>
    static abstract bool AllSet(TI mask);

    static abstract TI AsBits(TF a);

    static abstract TF AsSingle(TI a);

    /// <summary>The lanes read as signed 32-bit integers, converted to float; exact because callers keep |value| &lt; 2²⁴.</summary>
    static abstract TF ToSingle(TI a);

    static abstract TI AddBits(TI a, TI b);

    static abstract TI SubtractBits(TI a, TI b);

    static abstract TI And(TI a, TI b);

    static abstract TI Or(TI a, TI b);

    static abstract TI Xor(TI a, TI b);

    static abstract TI ShiftRight(TI a, [ConstantExpected] byte count);

    static abstract TI ShiftLeft(TI a, [ConstantExpected] byte count);

    /// <summary>Reads source[0 .. Count).</summary>
    static abstract TF Load(ref float source);

    /// <summary>Writes the lanes to destination[0 .. Count).</summary>
    static abstract void Store(TF value, ref float destination);

    /// <summary>Writes the lanes converted to double (exact) to destination[0 .. Count).</summary>
    static abstract void StoreWidened(TF value, ref double destination);

    /// <summary>Splats the Philox round keys of <paramref name="seed"/> for <see cref="Blocks"/> (see <see cref="PhiloxLanes.RoundKeys{TL, TD, TU}"/>).</summary>
    static abstract void RoundKeys(ulong seed, Span<TU> keys);

    /// <summary>
    /// The four words of the Philox blocks (firstBlock + l, draw, stream) for lanes l = 0 .. Count − 1, lane l of
    /// xj holding word j of block firstBlock + l (the same words as <see cref="Philox4x32.Block"/>).
    /// </summary>
    static abstract void Blocks(ulong firstBlock, uint draw, uint stream, ref TU keys, out TI x0, out TI x1, out TI x2, out TI x3);

    /// <summary>
    /// The four words of the ARS-7 blocks (firstBlock + l, draw, stream) under the round keys at <paramref name="keys"/>
    /// (<see cref="ArsLanes.KeyCount"/> of them) for lanes l = 0 .. Count − 1, laid out as <see cref="Blocks"/> does.
    /// </summary>
    static abstract void ArsBlocks(ulong firstBlock, uint draw, uint stream, ref Vector128<byte> keys, out TI x0, out TI x1, out TI x2, out TI x3);
}

/// <summary>One lane: plain float and uint arithmetic (the scalar path, also used for heads and tails).</summary>
internal readonly struct ScalarFloatLanes : IFloatLanes<float, uint, ulong>
{
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Splat(float value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint SplatBits(uint value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Add(float a, float b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Subtract(float a, float b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Multiply(float a, float b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Divide(float a, float b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float FusedMultiplyAdd(float a, float b, float c) => MathF.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sqrt(float a) => MathF.Sqrt(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint LessThan(float a, float b) => a < b ? uint.MaxValue : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint GreaterThan(float a, float b) => a > b ? uint.MaxValue : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Select(uint mask, float whenTrue, float whenFalse) => mask != 0 ? whenTrue : whenFalse;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllSet(uint mask) => mask == uint.MaxValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint AsBits(float a) => BitConverter.SingleToUInt32Bits(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float AsSingle(uint a) => BitConverter.UInt32BitsToSingle(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToSingle(uint a) => (int)a;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint AddBits(uint a, uint b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint SubtractBits(uint a, uint b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint And(uint a, uint b) => a & b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Or(uint a, uint b) => a | b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Xor(uint a, uint b) => a ^ b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ShiftRight(uint a, [ConstantExpected] byte count) => a >> count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ShiftLeft(uint a, [ConstantExpected] byte count) => a << count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Load(ref float source) => source;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(float value, ref float destination) => destination = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreWidened(float value, ref double destination) => destination = value;

    public static void RoundKeys(ulong seed, Span<ulong> keys) => PhiloxLanes.RoundKeys<ScalarLanes, double, ulong>(seed, keys);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Blocks(ulong firstBlock, uint draw, uint stream, ref ulong keys, out uint x0, out uint x1, out uint x2, out uint x3)
    {
        PhiloxLanes.Words<ScalarLanes, double, ulong>(firstBlock, draw, stream, ref keys, out ulong w0, out ulong w1, out ulong w2, out ulong w3);
        x0 = (uint)w0;
        x1 = (uint)w1;
        x2 = (uint)w2;
        x3 = (uint)w3;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArsBlocks(ulong firstBlock, uint draw, uint stream, ref Vector128<byte> keys, out uint x0, out uint x1, out uint x2, out uint x3)
    {
        Vector128<uint> block = ArsLanes.Block(firstBlock, draw, stream, ref keys);
        x0 = block.GetElement(0);
        x1 = block.GetElement(1);
        x2 = block.GetElement(2);
        x3 = block.GetElement(3);
    }
}

/// <summary>Four lanes (SSE / AdvSimd, or the portable software fallback); blocks from two <see cref="Lanes128"/> sets.</summary>
internal readonly struct FloatLanes128 : IFloatLanes<Vector128<float>, Vector128<uint>, Vector128<ulong>>
{
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => 4;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Splat(float value) => Vector128.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> SplatBits(uint value) => Vector128.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Add(Vector128<float> a, Vector128<float> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Subtract(Vector128<float> a, Vector128<float> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Multiply(Vector128<float> a, Vector128<float> b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Divide(Vector128<float> a, Vector128<float> b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> FusedMultiplyAdd(Vector128<float> a, Vector128<float> b, Vector128<float> c) =>
        Vector128.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Sqrt(Vector128<float> a) => Vector128.Sqrt(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> LessThan(Vector128<float> a, Vector128<float> b) => Vector128.LessThan(a, b).AsUInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> GreaterThan(Vector128<float> a, Vector128<float> b) => Vector128.GreaterThan(a, b).AsUInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Select(Vector128<uint> mask, Vector128<float> whenTrue, Vector128<float> whenFalse) =>
        Vector128.ConditionalSelect(mask.AsSingle(), whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllSet(Vector128<uint> mask) => Vector128.EqualsAll(mask, Vector128<uint>.AllBitsSet);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> AsBits(Vector128<float> a) => a.AsUInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> AsSingle(Vector128<uint> a) => a.AsSingle();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> ToSingle(Vector128<uint> a) => Vector128.ConvertToSingle(a.AsInt32());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> AddBits(Vector128<uint> a, Vector128<uint> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> SubtractBits(Vector128<uint> a, Vector128<uint> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> And(Vector128<uint> a, Vector128<uint> b) => a & b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> Or(Vector128<uint> a, Vector128<uint> b) => a | b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> Xor(Vector128<uint> a, Vector128<uint> b) => a ^ b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> ShiftRight(Vector128<uint> a, [ConstantExpected] byte count) => Vector128.ShiftRightLogical(a, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> ShiftLeft(Vector128<uint> a, [ConstantExpected] byte count) => Vector128.ShiftLeft(a, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Load(ref float source) => Vector128.LoadUnsafe(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128<float> value, ref float destination) => value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreWidened(Vector128<float> value, ref double destination)
    {
        (Vector128<double> lower, Vector128<double> upper) = Vector128.Widen(value);
        lower.StoreUnsafe(ref destination);
        upper.StoreUnsafe(ref destination, 2);
    }

    public static void RoundKeys(ulong seed, Span<Vector128<ulong>> keys) =>
        PhiloxLanes.RoundKeys<Lanes128, Vector128<double>, Vector128<ulong>>(seed, keys);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Blocks(ulong firstBlock, uint draw, uint stream, ref Vector128<ulong> keys, out Vector128<uint> x0, out Vector128<uint> x1, out Vector128<uint> x2, out Vector128<uint> x3)
    {
        PhiloxLanes.ConsecutiveWords<Lanes128, Vector128<double>, Vector128<ulong>>(
            firstBlock, draw, stream, ref keys, out Vector128<ulong> w0, out Vector128<ulong> w1, out Vector128<ulong> w2, out Vector128<ulong> w3);
        x0 = w0.AsUInt32();
        x1 = w1.AsUInt32();
        x2 = w2.AsUInt32();
        x3 = w3.AsUInt32();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArsBlocks(ulong firstBlock, uint draw, uint stream, ref Vector128<byte> keys, out Vector128<uint> x0, out Vector128<uint> x1, out Vector128<uint> x2, out Vector128<uint> x3) =>
        ArsLanes.Words4(firstBlock, draw, stream, ref keys, out x0, out x1, out x2, out x3);
}

/// <summary>Eight lanes (AVX, or the portable software fallback); blocks from two <see cref="Lanes256"/> sets.</summary>
internal readonly struct FloatLanes256 : IFloatLanes<Vector256<float>, Vector256<uint>, Vector256<ulong>>
{
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => 8;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Splat(float value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> SplatBits(uint value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Add(Vector256<float> a, Vector256<float> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Subtract(Vector256<float> a, Vector256<float> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Multiply(Vector256<float> a, Vector256<float> b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Divide(Vector256<float> a, Vector256<float> b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> FusedMultiplyAdd(Vector256<float> a, Vector256<float> b, Vector256<float> c) =>
        Vector256.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Sqrt(Vector256<float> a) => Vector256.Sqrt(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> LessThan(Vector256<float> a, Vector256<float> b) => Vector256.LessThan(a, b).AsUInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> GreaterThan(Vector256<float> a, Vector256<float> b) => Vector256.GreaterThan(a, b).AsUInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Select(Vector256<uint> mask, Vector256<float> whenTrue, Vector256<float> whenFalse) =>
        Vector256.ConditionalSelect(mask.AsSingle(), whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllSet(Vector256<uint> mask) => Vector256.EqualsAll(mask, Vector256<uint>.AllBitsSet);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> AsBits(Vector256<float> a) => a.AsUInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> AsSingle(Vector256<uint> a) => a.AsSingle();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> ToSingle(Vector256<uint> a) => Vector256.ConvertToSingle(a.AsInt32());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> AddBits(Vector256<uint> a, Vector256<uint> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> SubtractBits(Vector256<uint> a, Vector256<uint> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> And(Vector256<uint> a, Vector256<uint> b) => a & b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> Or(Vector256<uint> a, Vector256<uint> b) => a | b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> Xor(Vector256<uint> a, Vector256<uint> b) => a ^ b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> ShiftRight(Vector256<uint> a, [ConstantExpected] byte count) => Vector256.ShiftRightLogical(a, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> ShiftLeft(Vector256<uint> a, [ConstantExpected] byte count) => Vector256.ShiftLeft(a, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Load(ref float source) => Vector256.LoadUnsafe(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<float> value, ref float destination) => value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreWidened(Vector256<float> value, ref double destination)
    {
        (Vector256<double> lower, Vector256<double> upper) = Vector256.Widen(value);
        lower.StoreUnsafe(ref destination);
        upper.StoreUnsafe(ref destination, 4);
    }

    public static void RoundKeys(ulong seed, Span<Vector256<ulong>> keys) =>
        PhiloxLanes.RoundKeys<Lanes256, Vector256<double>, Vector256<ulong>>(seed, keys);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Blocks(ulong firstBlock, uint draw, uint stream, ref Vector256<ulong> keys, out Vector256<uint> x0, out Vector256<uint> x1, out Vector256<uint> x2, out Vector256<uint> x3)
    {
        PhiloxLanes.ConsecutiveWords<Lanes256, Vector256<double>, Vector256<ulong>>(
            firstBlock, draw, stream, ref keys, out Vector256<ulong> w0, out Vector256<ulong> w1, out Vector256<ulong> w2, out Vector256<ulong> w3);
        x0 = w0.AsUInt32();
        x1 = w1.AsUInt32();
        x2 = w2.AsUInt32();
        x3 = w3.AsUInt32();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArsBlocks(ulong firstBlock, uint draw, uint stream, ref Vector128<byte> keys, out Vector256<uint> x0, out Vector256<uint> x1, out Vector256<uint> x2, out Vector256<uint> x3) =>
        ArsLanes.Words8(firstBlock, draw, stream, ref keys, out x0, out x1, out x2, out x3);
}

/// <summary>Sixteen lanes (AVX-512, or the portable software fallback); blocks from two <see cref="Lanes512"/> sets.</summary>
internal readonly struct FloatLanes512 : IFloatLanes<Vector512<float>, Vector512<uint>, Vector512<ulong>>
{
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => 16;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Splat(float value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> SplatBits(uint value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Add(Vector512<float> a, Vector512<float> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Subtract(Vector512<float> a, Vector512<float> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Multiply(Vector512<float> a, Vector512<float> b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Divide(Vector512<float> a, Vector512<float> b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> FusedMultiplyAdd(Vector512<float> a, Vector512<float> b, Vector512<float> c) =>
        Vector512.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Sqrt(Vector512<float> a) => Vector512.Sqrt(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> LessThan(Vector512<float> a, Vector512<float> b) => Vector512.LessThan(a, b).AsUInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> GreaterThan(Vector512<float> a, Vector512<float> b) => Vector512.GreaterThan(a, b).AsUInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Select(Vector512<uint> mask, Vector512<float> whenTrue, Vector512<float> whenFalse) =>
        Vector512.ConditionalSelect(mask.AsSingle(), whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllSet(Vector512<uint> mask) => Vector512.EqualsAll(mask, Vector512<uint>.AllBitsSet);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> AsBits(Vector512<float> a) => a.AsUInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> AsSingle(Vector512<uint> a) => a.AsSingle();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> ToSingle(Vector512<uint> a) => Vector512.ConvertToSingle(a.AsInt32());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> AddBits(Vector512<uint> a, Vector512<uint> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> SubtractBits(Vector512<uint> a, Vector512<uint> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> And(Vector512<uint> a, Vector512<uint> b) => a & b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> Or(Vector512<uint> a, Vector512<uint> b) => a | b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> Xor(Vector512<uint> a, Vector512<uint> b) => a ^ b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> ShiftRight(Vector512<uint> a, [ConstantExpected] byte count) => Vector512.ShiftRightLogical(a, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> ShiftLeft(Vector512<uint> a, [ConstantExpected] byte count) => Vector512.ShiftLeft(a, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Load(ref float source) => Vector512.LoadUnsafe(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512<float> value, ref float destination) => value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreWidened(Vector512<float> value, ref double destination)
    {
        (Vector512<double> lower, Vector512<double> upper) = Vector512.Widen(value);
        lower.StoreUnsafe(ref destination);
        upper.StoreUnsafe(ref destination, 8);
    }

    public static void RoundKeys(ulong seed, Span<Vector512<ulong>> keys) =>
        PhiloxLanes.RoundKeys<Lanes512, Vector512<double>, Vector512<ulong>>(seed, keys);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Blocks(ulong firstBlock, uint draw, uint stream, ref Vector512<ulong> keys, out Vector512<uint> x0, out Vector512<uint> x1, out Vector512<uint> x2, out Vector512<uint> x3)
    {
        PhiloxLanes.ConsecutiveWords<Lanes512, Vector512<double>, Vector512<ulong>>(
            firstBlock, draw, stream, ref keys, out Vector512<ulong> w0, out Vector512<ulong> w1, out Vector512<ulong> w2, out Vector512<ulong> w3);
        x0 = w0.AsUInt32();
        x1 = w1.AsUInt32();
        x2 = w2.AsUInt32();
        x3 = w3.AsUInt32();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArsBlocks(ulong firstBlock, uint draw, uint stream, ref Vector128<byte> keys, out Vector512<uint> x0, out Vector512<uint> x1, out Vector512<uint> x2, out Vector512<uint> x3)
    {
        FloatLanes256.ArsBlocks(firstBlock, draw, stream, ref keys, out Vector256<uint> a0, out Vector256<uint> a1, out Vector256<uint> a2, out Vector256<uint> a3);
        FloatLanes256.ArsBlocks(firstBlock + 8, draw, stream, ref keys, out Vector256<uint> b0, out Vector256<uint> b1, out Vector256<uint> b2, out Vector256<uint> b3);
        x0 = Vector512.Create(a0, b0);
        x1 = Vector512.Create(a1, b1);
        x2 = Vector512.Create(a2, b2);
        x3 = Vector512.Create(a3, b3);
    }
}
