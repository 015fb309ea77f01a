using System.Runtime.CompilerServices;

namespace InitVerify.Init.Sampling;

/// <summary>
/// The elementary functions the samplers need — 53-bit uniforms, ln, sin/cos of 2πt and exp — written once over
/// <see cref="ILanes{TD, TU}"/>, so that the scalar path and every vector width evaluate the same operations in the
/// same order and give bit-identical results on every machine (Math.Log, Math.SinCos and Math.Exp come from the
/// platform's C library and may differ in the last bit between machines).
/// </summary>
/// <remarks>
/// Accuracy (tests/Init.Tests, LaneMathTests): within a few ulps of the correctly rounded value on the ranges used.
/// Every polynomial is a truncated Taylor series whose first omitted term is below 2⁻⁵⁵ relative to the result on the
/// reduced range; coefficients are the series' rationals rounded to double.
/// </remarks>
internal static class LaneMath
{
    // 2^-53: the spacing of the 53-bit uniform grid.
    private const double TwoPowMinus53 = 1.0 / 9007199254740992.0;

    // Bit patterns of 2^52 and 2^84 as doubles: x | TwoPow52Bits is the double 2^52 + x for x < 2^52.
    private const ulong TwoPow52Bits = 0x4330_0000_0000_0000ul;
    private const ulong TwoPow84Bits = 0x4530_0000_0000_0000ul;
    private const double TwoPow52 = 4503599627370496.0;
    private const double TwoPow84PlusTwoPow52 = 19342813113834066795298816.0 + 4503599627370496.0;

    // 1.5·2^52: adding it to |x| < 2^51 rounds x to the nearest integer (ties to even), which lands in the low bits.
    private const double RoundingShifter = 6755399441055744.0;

    // ln 2 split for exact products n·ln2Hi (|n| ≤ 2^11): Hi is ln 2 rounded to 32 significant bits
    // (bits 0x3FE62E42FF000000), Lo = ln 2 − Hi rounded to double (mpmath, 60 digits).
    private const double Ln2Hi = 0.6931471806019545;
    private const double Ln2Lo = -4.2009150726810846e-11;

    // 1/ln 2 rounded to double (mpmath).
    private const double InverseLn2 = 1.4426950408889634;

    // √½ rounded to double (bits 0x3FE6A09E667F3BCD): ln reduces its argument to m ∈ [√½, √2).
    private const ulong SqrtHalfBits = 0x3FE6_A09E_667F_3BCDul;

    // Exponent bias used by Log so that the shifted bit pattern stays non-negative for every positive normal double.
    private const ulong LogExponentBias = 1024;

    // 2π split: Hi = 2π rounded to double, Lo = 2π − Hi rounded to double (mpmath, 60 digits).
    private const double TwoPiHi = 6.283185307179586;
    private const double TwoPiLo = 2.4492935982947064e-16;

    // sin(2πx) = 2πx + Σ_{k=1..8} S_k x^(2k+1), S_k = (−1)^k (2π)^(2k+1)/(2k+1)!, rounded to double (mpmath, 60 digits).
    // For |x| ≤ 1/8 the first omitted term, (2π)^19/19!·x^19, is below 6e-20.
    private const double S1 = -41.34170224039976;
    private const double S2 = 81.60524927607506;
    private const double S3 = -76.70585975306139;
    private const double S4 = 42.058693944897655;
    private const double S5 = -15.09464257682299;
    private const double S6 = 3.819952584848282;
    private const double S7 = -0.7181223017785006;
    private const double S8 = 0.10422916220813984;

    // cos(2πx) = 1 + Σ_{k=1..8} C_k x^(2k), C_k = (−1)^k (2π)^(2k)/(2k)!, rounded to double (mpmath, 60 digits).
    // For |x| ≤ 1/8 the first omitted term, (2π)^18/18!·x^18, is below 3e-18.
    private const double C1 = -19.739208802178716;
    private const double C2 = 64.9393940226683;
    private const double C3 = -85.45681720669373;
    private const double C4 = 60.24464137187666;
    private const double C5 = -26.4262567833744;
    private const double C6 = 7.903536371318469;
    private const double C7 = -1.714390711088672;
    private const double C8 = 0.28200596845579123;

    /// <summary>Arguments of <see cref="Exp{TL, TD, TU}"/> are clamped to ±this (e^±708 is still a normal double).</summary>
    internal const double ExpArgumentLimit = 708.0;

    /// <summary>
    /// The 53-bit uniform of 64 random bits: ((bits ≫ 11) + ½)·2⁻⁵³, exactly as <c>PhiloxBlock.ToOpenUnit</c>.
    /// The 53-bit integer is converted exactly as (2⁸⁴ + hi·2³²) − (2⁸⁴ + 2⁵²) + (2⁵² + lo) from its high 21 and low 32 bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TD ToOpenUnit<TL, TD, TU>(TU bits)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        TU high = TL.ShiftRight(bits, 43);
        TU low = TL.And(TL.ShiftRight(bits, 11), TL.SplatBits(0xFFFF_FFFFul));
        TD highPart = TL.Subtract(TL.AsDouble(TL.Or(high, TL.SplatBits(TwoPow84Bits))), TL.Splat(TwoPow84PlusTwoPow52));
        TD integer = TL.Add(highPart, TL.AsDouble(TL.Or(low, TL.SplatBits(TwoPow52Bits))));
        return TL.Multiply(TL.Add(integer, TL.Splat(0.5)), TL.Splat(TwoPowMinus53));
    }

    /// <summary>
    /// ln x for positive normal finite x. x = 2^e·m with m ∈ [√½, √2) read off the bit pattern; with f = m − 1 and
    /// s = f/(2 + f), ln m = 2 atanh s = f − (h − s(h + R)), h = f²/2, R = Σ_{k=1..9} 2 s^(2k)/(2k+1)
    /// (|s| ≤ 0.1716, so the first omitted term is below 2e-17 relative); ln x = e·ln2Hi + (ln m + e·ln2Lo).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TD Log<TL, TD, TU>(TD x)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        // d = bits(x) − bits(√½) + bias·2^52: its top bits are e + bias, its low 52 bits place m in [√½, √2).
        TU d = TL.AddBits(TL.AsBits(x), TL.SplatBits((LogExponentBias << 52) - SqrtHalfBits));
        TU biasedExponent = TL.ShiftRight(d, 52);
        TD m = TL.AsDouble(TL.AddBits(TL.And(d, TL.SplatBits((1ul << 52) - 1)), TL.SplatBits(SqrtHalfBits)));
        TD e = TL.Subtract(TL.AsDouble(TL.Or(biasedExponent, TL.SplatBits(TwoPow52Bits))), TL.Splat(TwoPow52 + LogExponentBias));

        TD f = TL.Subtract(m, TL.Splat(1.0));
        TD s = TL.Divide(f, TL.Add(TL.Splat(2.0), f));
        TD z = TL.Multiply(s, s);
        TD p = TL.Splat(2.0 / 19);
        p = TL.FusedMultiplyAdd(p, z, TL.Splat(2.0 / 17));
        p = TL.FusedMultiplyAdd(p, z, TL.Splat(2.0 / 15));
        p = TL.FusedMultiplyAdd(p, z, TL.Splat(2.0 / 13));
        p = TL.FusedMultiplyAdd(p, z, TL.Splat(2.0 / 11));
        p = TL.FusedMultiplyAdd(p, z, TL.Splat(2.0 / 9));
        p = TL.FusedMultiplyAdd(p, z, TL.Splat(2.0 / 7));
        p = TL.FusedMultiplyAdd(p, z, TL.Splat(2.0 / 5));
        p = TL.FusedMultiplyAdd(p, z, TL.Splat(2.0 / 3));
        TD r = TL.Multiply(p, z);
        TD h = TL.Multiply(TL.Multiply(TL.Splat(0.5), f), f);
        TD low = TL.FusedMultiplyAdd(e, TL.Splat(Ln2Lo), TL.Multiply(s, TL.Add(h, r)));
        return TL.FusedMultiplyAdd(e, TL.Splat(Ln2Hi), TL.Subtract(f, TL.Subtract(h, low)));
    }

    /// <summary>
    /// sin(2πt) and cos(2πt) for |t| &lt; 2⁵⁰ (the samplers use t ∈ (0, 1)). t = q/4 + x with q = round(4t) and
    /// |x| ≤ 1/8 exactly; sin and cos of 2πx by their Taylor series (2π in two parts), then rotated by the quadrant q.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SinCosTurns<TL, TD, TU>(TD t, out TD sin, out TD cos)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        TD shifted = TL.Add(TL.Multiply(t, TL.Splat(4.0)), TL.Splat(RoundingShifter));
        TD quarter = TL.Subtract(shifted, TL.Splat(RoundingShifter));
        TU quadrant = TL.AsBits(shifted);
        TD x = TL.Subtract(t, TL.Multiply(quarter, TL.Splat(0.25)));
        TD x2 = TL.Multiply(x, x);

        TD ps = TL.Splat(S8);
        ps = TL.FusedMultiplyAdd(ps, x2, TL.Splat(S7));
        ps = TL.FusedMultiplyAdd(ps, x2, TL.Splat(S6));
        ps = TL.FusedMultiplyAdd(ps, x2, TL.Splat(S5));
        ps = TL.FusedMultiplyAdd(ps, x2, TL.Splat(S4));
        ps = TL.FusedMultiplyAdd(ps, x2, TL.Splat(S3));
        ps = TL.FusedMultiplyAdd(ps, x2, TL.Splat(S2));
        ps = TL.FusedMultiplyAdd(ps, x2, TL.Splat(S1));
        TD sinX = TL.FusedMultiplyAdd(TL.Splat(TwoPiHi), x, TL.Multiply(x, TL.FusedMultiplyAdd(ps, x2, TL.Splat(TwoPiLo))));

        TD pc = TL.Splat(C8);
        pc = TL.FusedMultiplyAdd(pc, x2, TL.Splat(C7));
        pc = TL.FusedMultiplyAdd(pc, x2, TL.Splat(C6));
        pc = TL.FusedMultiplyAdd(pc, x2, TL.Splat(C5));
        pc = TL.FusedMultiplyAdd(pc, x2, TL.Splat(C4));
        pc = TL.FusedMultiplyAdd(pc, x2, TL.Splat(C3));
        pc = TL.FusedMultiplyAdd(pc, x2, TL.Splat(C2));
        pc = TL.FusedMultiplyAdd(pc, x2, TL.Splat(C1));
        TD cosX = TL.FusedMultiplyAdd(pc, x2, TL.Splat(1.0));

        // Quadrant q mod 4: odd q swaps sin and cos; sin is negated for q ≡ 2, 3 and cos for q ≡ 1, 2.
        TU one = TL.SplatBits(1);
        TU two = TL.SplatBits(2);
        TU swap = TL.SubtractBits(TL.SplatBits(0), TL.And(quadrant, one));
        TU sinSign = TL.ShiftLeft(TL.And(quadrant, two), 62);
        TU cosSign = TL.ShiftLeft(TL.And(TL.AddBits(quadrant, one), two), 62);
        sin = TL.AsDouble(TL.Xor(TL.AsBits(TL.Select(swap, cosX, sinX)), sinSign));
        cos = TL.AsDouble(TL.Xor(TL.AsBits(TL.Select(swap, sinX, cosX)), cosSign));
    }

    /// <summary>
    /// eˣ for x clamped to [−708, 708] (NaN stays NaN): x = n·ln 2 + r with n = round(x/ln 2), |r| ≤ 0.3466 + 2⁻⁴³,
    /// e^r by its Taylor series to r¹³ (first omitted term below 5e-18), times 2ⁿ built in the exponent bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TD Exp<TL, TD, TU>(TD x)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged
    {
        TD limit = TL.Splat(ExpArgumentLimit);
        TD negativeLimit = TL.Splat(-ExpArgumentLimit);
        x = TL.Select(TL.LessThan(x, negativeLimit), negativeLimit, TL.Select(TL.GreaterThan(x, limit), limit, x));
        TD shifted = TL.FusedMultiplyAdd(x, TL.Splat(InverseLn2), TL.Splat(RoundingShifter));
        TD n = TL.Subtract(shifted, TL.Splat(RoundingShifter));
        TD r = TL.FusedMultiplyAdd(n, TL.Splat(-Ln2Hi), x);
        r = TL.FusedMultiplyAdd(n, TL.Splat(-Ln2Lo), r);

        TD p = TL.Splat(1.0 / 6227020800); // 1/13!
        p = TL.FusedMultiplyAdd(p, r, TL.Splat(1.0 / 479001600));
        p = TL.FusedMultiplyAdd(p, r, TL.Splat(1.0 / 39916800));
        p = TL.FusedMultiplyAdd(p, r, TL.Splat(1.0 / 3628800));
        p = TL.FusedMultiplyAdd(p, r, TL.Splat(1.0 / 362880));
        p = TL.FusedMultiplyAdd(p, r, TL.Splat(1.0 / 40320));
        p = TL.FusedMultiplyAdd(p, r, TL.Splat(1.0 / 5040));
        p = TL.FusedMultiplyAdd(p, r, TL.Splat(1.0 / 720));
        p = TL.FusedMultiplyAdd(p, r, TL.Splat(1.0 / 120));
        p = TL.FusedMultiplyAdd(p, r, TL.Splat(1.0 / 24));
        p = TL.FusedMultiplyAdd(p, r, TL.Splat(1.0 / 6));
        p = TL.FusedMultiplyAdd(p, r, TL.Splat(0.5));
        p = TL.FusedMultiplyAdd(p, r, TL.Splat(1.0));
        p = TL.FusedMultiplyAdd(p, r, TL.Splat(1.0));

        // 2^n: n + 1023 in the exponent field (n ∈ [−1022, 1022] after the clamp). The bits of `shifted` are the
        // shifter's (0x4338_0000_0000_0000, low 12 bits zero) plus n, so their low 12 bits are n mod 2¹²; the shift by 52
        // keeps exactly those 12 bits: (n + 1023) mod 2¹² ∈ [1, 2045] becomes the exponent field and the sign bit is 0.
        TU exponent = TL.AddBits(TL.AsBits(shifted), TL.SplatBits(1023ul));
        return TL.Multiply(p, TL.AsDouble(TL.ShiftLeft(exponent, 52)));
    }

    /// <summary>Math.Clamp's semantics lane by lane: x &lt; low ? low : x &gt; high ? high : x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TD Clamp<TL, TD, TU>(TD x, TD low, TD high)
        where TL : ILanes<TD, TU>
        where TD : unmanaged
        where TU : unmanaged =>
        TL.Select(TL.LessThan(x, low), low, TL.Select(TL.GreaterThan(x, high), high, x));

    /// <summary>Scalar <see cref="Log{TL, TD, TU}"/>.</summary>
    public static double Log(double x) => Log<ScalarLanes, double, ulong>(x);

    /// <summary>Scalar <see cref="Exp{TL, TD, TU}"/>.</summary>
    public static double Exp(double x) => Exp<ScalarLanes, double, ulong>(x);

    /// <summary>Scalar <see cref="SinCosTurns{TL, TD, TU}"/>: (sin 2πt, cos 2πt).</summary>
    public static (double Sin, double Cos) SinCosTurns(double t)
    {
        SinCosTurns<ScalarLanes, double, ulong>(t, out double sin, out double cos);
        return (sin, cos);
    }
}
