namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// The distribution of the Anderson-Darling statistic A²_n for a fully specified continuous F, by Marsaglia
/// and Marsaglia (2004), "Evaluating the Anderson-Darling distribution", J. Stat. Software 9(2):
/// P(A²_n &lt; z) ≈ adinf(z) + errfix(n, adinf(z)), with their short adinf and the errfix fitted to it.
/// </summary>
/// <remarks>
/// The short adinf has |error| &lt; 2e-6 for z &lt; 2 and &lt; 8e-7 for z &gt; 4 (the paper's figures); errfix
/// brings the finite-n value to about the same absolute accuracy for n ≥ 7. The method is not meant for
/// n &lt; 7 (the result is clamped to [0, 1]: AD(5, 0.1) would come out slightly negative). p-values below
/// ~1e-6 would carry no relative accuracy, and they would have a floor: as z → ∞, adinf(z) → 1 but errfix's third
/// polynomial ends at g₃(1) = −0.0006 (a fit residual), so 1 − AD(n, z) never falls below 0.0006/n — a test at level
/// r could reject only when n &gt; 0.0006/r (1.15·10⁵ at r = 5.2e-9).
/// <para><b>Upper tail.</b> Beyond <see cref="TailFrom"/> = 6 (p ≈ 1e-3) the upper tail is therefore the exact
/// limiting law's tail (<see cref="AndersonDarlingLimit.Sf"/>: the Anderson-Darling series, √3·erfc(√z) far out)
/// scaled to meet Marsaglia and Marsaglia's value at z = 6: Sf(n, z) = Sf(n, 6)·P(A²_∞ ≥ z)/P(A²_∞ ≥ 6). The p-value
/// is continuous, strictly decreasing and tends to 0. The scale Sf(n, 6)/P(A²_∞ ≥ 6) carries their finite-n correction
/// at z = 6 into the tail: 0.9976 for n → ∞ (the short adinf's error at 6), 0.9987 at n = 1,000, 1.008 at n = 100,
/// 1.15 at n = 7. So for large n the far-tail p-values are the limiting law's within 0.3%; for small n the finite-n
/// tail beyond z = 6 is taken to have the limiting law's shape (no reference for it was available here).</para>
/// </remarks>
public static class AndersonDarlingDistribution
{
    /// <summary>The smallest n the approximation is meant for.</summary>
    public const int MinimumReliableN = 7;

    /// <summary>Where the upper tail switches to the limiting law's shape (see the remarks).</summary>
    public const double TailFrom = 6;

    /// <summary>P(A²_∞ ≥ 6) = 9.674519415209229e-4: the Anderson-Darling series evaluated with mpmath at 40 digits
    /// (<see cref="AndersonDarlingLimit.Sf"/> reproduces it; tests).</summary>
    internal const double LimitingSfAtTailFrom = 9.674519415209229e-4;

    /// <summary>
    /// P(A²_n &lt; a2): adinf(a2) + errfix(n, adinf(a2)) clamped to [0, 1] up to <see cref="TailFrom"/>, 1 − <see cref="Sf"/>
    /// beyond; +∞ gives 1.
    /// </summary>
    /// <param name="n">Sample size, ≥ 1 (meant for n ≥ 7).</param>
    /// <param name="a2">The statistic's value (≤ 0 gives 0).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> &lt; 1 or <paramref name="a2"/> NaN.</exception>
    public static double Cdf(int n, double a2)
    {
        Guard.AtLeast(n, 1, nameof(n));
        CheckNotNaN(a2, nameof(a2));
        if (a2 <= 0)
        {
            return 0;
        }

        return a2 <= TailFrom ? Marsaglia(n, a2) : 1 - Sf(n, a2);
    }

    /// <summary>
    /// P(A²_n ≥ a2): 1 − Marsaglia and Marsaglia's value up to <see cref="TailFrom"/>, beyond it the limiting law's tail
    /// scaled to meet it there (see the remarks); continuous, decreasing, +∞ gives 0.
    /// </summary>
    /// <param name="n">Sample size, ≥ 1 (meant for n ≥ 7).</param>
    /// <param name="a2">The statistic's value (≤ 0 gives 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> &lt; 1 or <paramref name="a2"/> NaN.</exception>
    public static double Sf(int n, double a2)
    {
        Guard.AtLeast(n, 1, nameof(n));
        CheckNotNaN(a2, nameof(a2));
        if (a2 <= TailFrom)
        {
            return a2 <= 0 ? 1 : 1 - Marsaglia(n, a2);
        }

        double scale = (1 - Marsaglia(n, TailFrom)) / LimitingSfAtTailFrom;
        return scale * AndersonDarlingLimit.Sf(a2);
    }

    /// <summary>
    /// The limiting distribution P(A²_∞ &lt; z) by Marsaglia and Marsaglia's short approximation:
    /// z &lt; 2: e^(−1.2337141/z)/√z · (2.00012 + (.247105 − (.0649821 − (.0347962 − (.0116720 − .00168691 z) z) z) z) z);
    /// z ≥ 2: exp(−exp(1.0776 − (2.30695 − (.43424 − (.082433 − (.008056 − .0003146 z) z) z) z) z)).
    /// </summary>
    /// <param name="z">z ≥ 0 (≤ 0 gives 0, +∞ gives 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="z"/> is NaN.</exception>
    public static double AdInf(double z)
    {
        CheckNotNaN(z, nameof(z));
        if (z <= 0)
        {
            return 0;
        }

        return AdInfCore(z);
    }

    /// <summary>adinf(a2) + errfix(n, adinf(a2)) clamped to [0, 1], for 0 &lt; a2 &lt; ∞.</summary>
    private static double Marsaglia(int n, double a2)
    {
        double x = AdInfCore(a2);
        return Math.Clamp(x + ErrFix(n, x), 0, 1);
    }

    /// <summary>The formula for z &gt; 0; at z = +∞ the polynomial in the exponent is −∞ and the result exp(−0) = 1.</summary>
    private static double AdInfCore(double z)
    {
        // Constants: Marsaglia and Marsaglia (2004), function adinf.
        if (z < 2)
        {
            return Math.Exp(-1.2337141 / z) / Math.Sqrt(z)
                * (2.00012 + ((0.247105 - ((0.0649821 - ((0.0347962 - ((0.0116720 - (0.00168691 * z)) * z)) * z)) * z)) * z));
        }

        return Math.Exp(-Math.Exp(1.0776 - ((2.30695 - ((0.43424 - ((0.082433 - ((0.008056 - (0.0003146 * z)) * z)) * z)) * z)) * z)));
    }

    /// <summary>Marsaglia and Marsaglia's (2004) errfix(n, x): the finite-n correction, three branches split at
    /// c = 0.01265 + 0.1757/n and 0.8 (constants from the paper's C code).</summary>
    internal static double ErrFix(int n, double x)
    {
        if (x > 0.8)
        {
            return (-130.2137 + ((745.2337 - ((1705.091 - ((1950.646 - ((1116.360 - (255.7844 * x)) * x)) * x)) * x)) * x)) / n;
        }

        double c = 0.01265 + (0.1757 / n);
        if (x < c)
        {
            double t = x / c;
            t = Math.Sqrt(t) * (1 - t) * ((49 * t) - 102);
            return t * ((0.0037 / ((double)n * n)) + (0.00078 / n) + 0.00006) / n;
        }

        double s = (x - c) / (0.8 - c);
        s = -0.00022633 + ((6.54034 - ((14.6538 - ((14.458 - ((8.259 - (1.91864 * s)) * s)) * s)) * s)) * s);
        return s * (0.04213 + (0.01365 / n)) / n;
    }

    private static void CheckNotNaN(double value, string paramName)
    {
        if (double.IsNaN(value))
        {
            Guard.ThrowOutOfRange(paramName, value, "must not be NaN");
        }
    }
}
