namespace InitVerify;

/// <summary>
/// exp(x) − 1 and ln(1 + x) to a few ulps by Kahan's tricks (W. Kahan, "Mathematics written in sand", 1983;
/// Goldberg 1991, Theorem 4). MathNet 5.0's Expm1 truncates a series (relative error ~1e-7 at x = −0.06, 5e-8 at
/// 0.05) and .NET's double.ExpM1 is exp(x) − 1 (relative error 1e-10 at −5e-7, 100% below 1e-16), so these are
/// written out here, shared as source by the libraries (tests: tests/Init.Tests, ElementaryFunctionsTests).
/// </summary>
internal static class ElementaryFunctions
{
    /// <summary>exp(x) − 1 = (u − 1)·x/ln u with u = eˣ, the rounding of u cancelling in the ratio.</summary>
    public static double Expm1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        double um1 = u - 1.0;
        if (um1 == -1.0 || double.IsPositiveInfinity(u))
        {
            return um1;
        }

        return um1 * x / Math.Log(u);
    }

    /// <summary>ln(1 + x) = ln(u)·x/(u − 1) with u = 1 + x rounded, for x &gt; −1.</summary>
    public static double Log1p(double x)
    {
        double u = 1.0 + x;
        if (u == 1.0)
        {
            return x;
        }

        if (double.IsPositiveInfinity(u) || u <= 0)
        {
            return Math.Log(u);
        }

        return Math.Log(u) * x / (u - 1.0);
    }
}
