using MathNet.Numerics;

namespace InitVerify;

/// <summary>
/// The standard normal tail Q(x) = P(Z &gt; x) = erfc(x/√2)/2 through MathNet's erfc, and the two-sided p-value
/// P(|Z| ≥ |z|) = erfc(|z|/√2), shared as source by src/Init and src/Stats (tests: tests/Init.Tests, NormalTailTests;
/// mpmath references).
/// </summary>
/// <remarks>
/// Relative error: that of erfc (a few ulps) plus up to 2x²·2⁻⁵³ from the two roundings of the argument x/√2 (of √2
/// and of the quotient; erfc's relative sensitivity is 2y² for y = x/√2): 2.2e-14 at x = 10, 3.2e-13 at x = 38. Q underflows to 0 beyond x ≈ 38.5 and is 1 for x below about −8.3; Q(NaN) = NaN.
/// </remarks>
internal static class NormalTail
{
    /// <summary>Q(x) = P(Z &gt; x) = erfc(x/√2)/2; Φ(z) = Q(−z).</summary>
    public static double Upper(double x) => 0.5 * SpecialFunctions.Erfc(x / Constants.Sqrt2);

    /// <summary>P(|Z| ≥ |z|) = erfc(|z|/√2): the two-sided p-value of a z-statistic.</summary>
    public static double TwoSided(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Constants.Sqrt2);
}
