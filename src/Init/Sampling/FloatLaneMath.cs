using System.Runtime.CompilerServices;

namespace InitVerify.Init.Sampling;

/// <summary>
/// The float32 elementary functions of the <see cref="FloatStream.Native32"/> samplers — the radius and angle uniforms
/// of a pair of Philox words, ln, and sin/cos of 2πt — written once over <see cref="IFloatLanes{TF, TI, TU}"/>, so the
/// scalar path and every vector width evaluate the same binary32 operations in the same order and give bit-identical
/// results on every machine (no MathF.Log / MathF.SinCos: the platform's libm may differ in the last bit).
/// </summary>
/// <remarks>
/// Polynomials are truncated Taylor series whose coefficients are the series' rationals rounded to float (computed with
/// mpmath at 60 digits); the first omitted term is stated next to each. Accuracy, tested in Native32MathTests: within
/// 1.5 float ulps of the exact value (Math.Log / Math.SinCos in double) over dense grids and at the edges (observed
/// worst: 0.83 ulp for ln on [2⁻⁴¹, 1], 1.00 ulp for sin/cos on the angle grid).
/// </remarks>
internal static class FloatLaneMath
{
    // √½ rounded to float (bits 0x3F3504F3): ln reduces its argument to m ∈ [√½, √2).
    private const uint SqrtHalfBits = 0x3F35_04F3u;

    // Exponent bias used by Log so that the shifted bit pattern stays non-negative for every positive normal float.
    private const uint LogExponentBias = 128;

    // ln 2 split for exact products e·Ln2Hi (|e| ≤ 2⁸): Hi is ln 2 truncated to 15 significant bits (bits 0x3F317200),
    // Lo = ln 2 − Hi rounded to float (mpmath, 60 digits).
    private const float Ln2Hi = 0.693145751953125f;
    private const float Ln2Lo = 1.428606765330187e-06f;

    // ln m = 2 atanh s = f − (h − s(h + R)), R = Σ_{k=1..4} 2 s^(2k)/(2k+1): coefficients 2/(2k+1) rounded to float.
    // |s| ≤ (√2 − 1)/(√2 + 1) = 0.1716, so the first omitted term of R, 2 s¹⁰/11, is below 4.1e-9 (2⁻²⁷).
    private const float L1 = 0.6666666865348816f;
    private const float L2 = 0.4000000059604645f;
    private const float L3 = 0.2857142984867096f;
    private const float L4 = 0.2222222238779068f;

    // 2π split: Hi = 2π rounded to float (bits 0x40C90FDB), Lo = 2π − Hi rounded to float (mpmath, 60 digits).
    private const float TwoPiHi = 6.2831854820251465f;
    private const float TwoPiLo = -1.7484555314695172e-07f;

    // sin(2πx) = 2πx + Σ_{k=1..4} S_k x^(2k+1), S_k = (−1)^k (2π)^(2k+1)/(2k+1)!, rounded to float (mpmath, 60 digits).
    // For |x| ≤ 1/8 the first omitted term, (2π)¹¹/11!·x¹¹, is below 1.8e-9 (2⁻²⁹).
    private const float S1 = -41.34170150756836f;
    private const float S2 = 81.6052474975586f;
    private const float S3 = -76.70585632324219f;
    private const float S4 = 42.058692932128906f;

    // cos(2πx) = 1 + Σ_{k=1..5} C_k x^(2k), C_k = (−1)^k (2π)^(2k)/(2k)!, rounded to float (mpmath, 60 digits).
    // For |x| ≤ 1/8 the first omitted term, (2π)¹²/12!·x¹², is below 1.2e-10 (2⁻³³).
    private const float C1 = -19.739208221435547f;
    private const float C2 = 64.93939208984375f;
    private const float C3 = -85.45681762695312f;
    private const float C4 = 60.2446403503418f;
    private const float C5 = -26.42625617980957f;

    // Powers of two (exact in float).
    private const float TwoPowMinus17 = 1.0f / (1 << 17);
    private const float TwoPowMinus25 = 1.0f / (1 << 25);
    private const float TwoPowMinus41 = TwoPowMinus17 * TwoPowMinus17 / (1 << 7);

    /// <summary>
    /// The radius uniform of a Box-Muller pair: u₁ = fl((N + ½)·2⁻⁴⁰) with the 40-bit integer N = r·2⁸ + (a mod 2⁸)
    /// (the radius word and the low byte of the angle word). Evaluated exactly as the single rounding of
    /// T₁ + T₂, T₁ = ⌊r/2¹⁵⌋·2⁻¹⁷ and T₂ = (2·(N mod 2²³) + 1)·2⁻⁴¹, both exact floats, so u₁ is N + ½ correctly
    /// rounded to 24 bits, times 2⁻⁴⁰: u₁ ∈ [2⁻⁴¹, 1]. It rounds to 1 exactly when N ≥ 2⁴⁰ − 2¹⁵ (probability 2⁻²⁵).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF RadiusUniform<FL, TF, TI, TU>(TI radiusWord, TI angleWord)
        where FL : IFloatLanes<TF, TI, TU>
        where TF : unmanaged
        where TI : unmanaged
        where TU : unmanaged
    {
        TF high = FL.Multiply(FL.ToSingle(FL.ShiftRight(radiusWord, 15)), FL.Splat(TwoPowMinus17));
        TI odd = FL.Or(
            FL.Or(FL.ShiftLeft(FL.And(radiusWord, FL.SplatBits(0x7FFF)), 9), FL.ShiftLeft(FL.And(angleWord, FL.SplatBits(0xFF)), 1)),
            FL.SplatBits(1));
        return FL.Add(high, FL.Multiply(FL.ToSingle(odd), FL.Splat(TwoPowMinus41)));
    }

    /// <summary>
    /// The angle of a Box-Muller pair, t = (k + ½)·2⁻²⁴ turns with k = ⌊a/2⁸⌋ the angle word's top 24 bits, reduced
    /// exactly in integers: t = q/4 + x with q = round(4t) ∈ {0, …, 4} and x = (2k + 1 − q·2²³)·2⁻²⁵, |x| &lt; 1/8.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF AngleTurns<FL, TF, TI, TU>(TI angleWord, out TI quadrant)
        where FL : IFloatLanes<TF, TI, TU>
        where TF : unmanaged
        where TI : unmanaged
        where TU : unmanaged
    {
        TI odd = FL.Or(FL.ShiftRight(angleWord, 7), FL.SplatBits(1));
        quadrant = FL.ShiftRight(FL.AddBits(odd, FL.SplatBits(1u << 22)), 23);
        TI reduced = FL.SubtractBits(odd, FL.ShiftLeft(quadrant, 23));
        return FL.Multiply(FL.ToSingle(reduced), FL.Splat(TwoPowMinus25));
    }

    /// <summary>
    /// ln x for positive normal finite x. x = 2^e·m with m ∈ [√½, √2) read off the bit pattern; with f = m − 1
    /// (exact) and s = f/(2 + f), ln m = 2 atanh s = f − (h − s(h + R)), h = f²/2, R = Σ_{k=1..4} 2 s^(2k)/(2k+1);
    /// ln x = e·ln2Hi + (ln m + e·ln2Lo). ln 1 = +0 exactly.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Log<FL, TF, TI, TU>(TF x)
        where FL : IFloatLanes<TF, TI, TU>
        where TF : unmanaged
        where TI : unmanaged
        where TU : unmanaged
    {
        // d = bits(x) − bits(√½) + bias·2²³: its top bits are e + bias, its low 23 bits place m in [√½, √2).
        TI d = FL.AddBits(FL.AsBits(x), FL.SplatBits((LogExponentBias << 23) - SqrtHalfBits));
        TF e = FL.ToSingle(FL.SubtractBits(FL.ShiftRight(d, 23), FL.SplatBits(LogExponentBias)));
        TF m = FL.AsSingle(FL.AddBits(FL.And(d, FL.SplatBits((1u << 23) - 1)), FL.SplatBits(SqrtHalfBits)));

        TF f = FL.Subtract(m, FL.Splat(1.0f));
        TF s = FL.Divide(f, FL.Add(FL.Splat(2.0f), f));
        TF z = FL.Multiply(s, s);
        TF p = FL.FusedMultiplyAdd(FL.Splat(L4), z, FL.Splat(L3));
        p = FL.FusedMultiplyAdd(p, z, FL.Splat(L2));
        p = FL.FusedMultiplyAdd(p, z, FL.Splat(L1));
        TF r = FL.Multiply(p, z);
        TF h = FL.Multiply(FL.Multiply(FL.Splat(0.5f), f), f);
        TF low = FL.FusedMultiplyAdd(e, FL.Splat(Ln2Lo), FL.Multiply(s, FL.Add(h, r)));
        return FL.FusedMultiplyAdd(e, FL.Splat(Ln2Hi), FL.Subtract(f, FL.Subtract(h, low)));
    }

    /// <summary>
    /// sin and cos of 2π(q/4 + x) for |x| ≤ 1/8 and any quadrant q (only q mod 4 matters): sin and cos of 2πx by their
    /// Taylor series (2π in two parts), then rotated by the quadrant.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SinCosTurns<FL, TF, TI, TU>(TF x, TI quadrant, out TF sin, out TF cos)
        where FL : IFloatLanes<TF, TI, TU>
        where TF : unmanaged
        where TI : unmanaged
        where TU : unmanaged
    {
        TF x2 = FL.Multiply(x, x);
        TF ps = FL.FusedMultiplyAdd(FL.Splat(S4), x2, FL.Splat(S3));
        ps = FL.FusedMultiplyAdd(ps, x2, FL.Splat(S2));
        ps = FL.FusedMultiplyAdd(ps, x2, FL.Splat(S1));
        TF sinX = FL.FusedMultiplyAdd(FL.Splat(TwoPiHi), x, FL.Multiply(x, FL.FusedMultiplyAdd(ps, x2, FL.Splat(TwoPiLo))));

        TF pc = FL.FusedMultiplyAdd(FL.Splat(C5), x2, FL.Splat(C4));
        pc = FL.FusedMultiplyAdd(pc, x2, FL.Splat(C3));
        pc = FL.FusedMultiplyAdd(pc, x2, FL.Splat(C2));
        pc = FL.FusedMultiplyAdd(pc, x2, FL.Splat(C1));
        TF cosX = FL.FusedMultiplyAdd(pc, x2, FL.Splat(1.0f));

        // Quadrant q mod 4: odd q swaps sin and cos; sin is negated for q ≡ 2, 3 and cos for q ≡ 1, 2.
        TI one = FL.SplatBits(1);
        TI two = FL.SplatBits(2);
        TI swap = FL.SubtractBits(FL.SplatBits(0), FL.And(quadrant, one));
        TI sinSign = FL.ShiftLeft(FL.And(quadrant, two), 30);
        TI cosSign = FL.ShiftLeft(FL.And(FL.AddBits(quadrant, one), two), 30);
        sin = FL.AsSingle(FL.Xor(FL.AsBits(FL.Select(swap, cosX, sinX)), sinSign));
        cos = FL.AsSingle(FL.Xor(FL.AsBits(FL.Select(swap, sinX, cosX)), cosSign));
    }

    /// <summary>
    /// Box-Muller in float of a radius word and an angle word: r = √(−2 ln u₁) (<see cref="RadiusUniform"/>), angle t
    /// (<see cref="AngleTurns"/>); z₀ = r·cos 2πt, z₁ = r·sin 2πt. |z| ≤ √(82 ln 2) ≈ 7.54 (u₁ ≥ 2⁻⁴¹).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void BoxMuller<FL, TF, TI, TU>(TI radiusWord, TI angleWord, out TF z0, out TF z1)
        where FL : IFloatLanes<TF, TI, TU>
        where TF : unmanaged
        where TI : unmanaged
        where TU : unmanaged
    {
        TF u1 = RadiusUniform<FL, TF, TI, TU>(radiusWord, angleWord);
        TF r = FL.Sqrt(FL.Multiply(FL.Splat(-2.0f), Log<FL, TF, TI, TU>(u1)));
        TF x = AngleTurns<FL, TF, TI, TU>(angleWord, out TI quadrant);
        SinCosTurns<FL, TF, TI, TU>(x, quadrant, out TF sin, out TF cos);
        z0 = FL.Multiply(r, cos);
        z1 = FL.Multiply(r, sin);
    }

    /// <summary>Math.Clamp's semantics lane by lane: x &lt; low ? low : x &gt; high ? high : x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Clamp<FL, TF, TI, TU>(TF x, TF low, TF high)
        where FL : IFloatLanes<TF, TI, TU>
        where TF : unmanaged
        where TI : unmanaged
        where TU : unmanaged =>
        FL.Select(FL.LessThan(x, low), low, FL.Select(FL.GreaterThan(x, high), high, x));

    /// <summary>Scalar <see cref="Log{FL, TF, TI, TU}"/>.</summary>
    public static float Log(float x) => Log<ScalarFloatLanes, float, uint, ulong>(x);

    /// <summary>Scalar <see cref="SinCosTurns{FL, TF, TI, TU}"/> of the angle word's t = (⌊a/2⁸⌋ + ½)·2⁻²⁴: (sin 2πt, cos 2πt).</summary>
    public static (float Sin, float Cos) SinCosOfAngleWord(uint angleWord)
    {
        float x = AngleTurns<ScalarFloatLanes, float, uint, ulong>(angleWord, out uint quadrant);
        SinCosTurns<ScalarFloatLanes, float, uint, ulong>(x, quadrant, out float sin, out float cos);
        return (sin, cos);
    }

    /// <summary>Scalar <see cref="RadiusUniform{FL, TF, TI, TU}"/>.</summary>
    public static float RadiusUniform(uint radiusWord, uint angleWord) => RadiusUniform<ScalarFloatLanes, float, uint, ulong>(radiusWord, angleWord);

    /// <summary>Scalar <see cref="BoxMuller{FL, TF, TI, TU}"/>: (z₀, z₁).</summary>
    public static (float Z0, float Z1) BoxMuller(uint radiusWord, uint angleWord)
    {
        BoxMuller<ScalarFloatLanes, float, uint, ulong>(radiusWord, angleWord, out float z0, out float z1);
        return (z0, z1);
    }
}
