namespace InitVerify.Init.Tests.Reference;

/// <summary>
/// sin 2πt and cos 2πt to about one double ulp, the reference for the samplers' own sincos in turns: the exact
/// quarter-turn split t = q/4 + x (|x| ≤ 1/8, no rounding), 2πx as a two-part product (hi = fl(2π·x), lo its error plus
/// (2π − fl(2π))·x), libm's sin and cos of hi (glibc: below 1 ulp) with the first-order correction for lo, then the
/// quadrant. Used by tests/Init.Tests (LaneMathTests) and linked into bench/ (the vector-math survey).
/// </summary>
internal static class TurnsReference
{
    // 2π − fl(2π) rounded to double (mpmath, 60 digits).
    private const double TwoPiLo = 2.4492935982947064e-16;

    /// <summary>(sin 2πt, cos 2πt) for |t| &lt; 2⁵⁰.</summary>
    public static (double Sin, double Cos) SinCos(double t)
    {
        double q = Math.Round(4 * t);
        double x = t - q / 4;
        double hi = 2 * Math.PI * x;
        double lo = Math.FusedMultiplyAdd(2 * Math.PI, x, -hi) + TwoPiLo * x;
        (double s, double c) = Math.SinCos(hi);
        double sin = s + c * lo;
        double cos = c - s * lo;
        return ((int)q & 3) switch
        {
            0 => (sin, cos),
            1 => (cos, -sin),
            2 => (-sin, -cos),
            _ => (-cos, sin),
        };
    }
}
