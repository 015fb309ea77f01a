namespace InitVerify;

/// <summary>
/// The standard normal density φ(x) = exp(−x²/2)/√(2π) to a few ulps for every x, shared as source by the libraries
/// (tests: tests/Init.Tests, NormalDensityTests; mpmath references).
/// </summary>
/// <remarks>
/// exp(−x²/2) of the rounded square is off by up to x²·2⁻⁵³/2 relative (3e-14 at x = 23, 1e-12 at 150): x² = h + l
/// exactly (l by a fused multiply-add) and e^(−l/2) = 1 − l/2 to 1e-32 corrects it. Where x² overflows (|x| ≥ 1.35e154)
/// the density is 0; a NaN stays NaN.
/// </remarks>
internal static class NormalDensity
{
    /// <summary>1/√(2π) (mpmath: 0.398942280401432677939946059934381868…; rounds to 0.3989422804014327).</summary>
    public const double InvSqrt2Pi = 0.398942280401432677939946059934381868;

    /// <summary>φ(x).</summary>
    public static double At(double x) => InvSqrt2Pi * ExpMinusHalfSquare(x);

    /// <summary>exp(−x²/2) with the exact split of x² above: 0 where x² overflows, NaN for NaN.</summary>
    public static double ExpMinusHalfSquare(double x)
    {
        double h = x * x;
        if (double.IsPositiveInfinity(h))
        {
            return 0;
        }

        double l = Math.FusedMultiplyAdd(x, x, -h);
        return Math.Exp(-0.5 * h) * (1 - (0.5 * l));
    }
}
