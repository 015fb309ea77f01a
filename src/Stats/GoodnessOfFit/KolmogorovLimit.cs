namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// Kolmogorov's limiting distribution of √n D_n (Kolmogorov 1933):
/// Q(x) = P(√n D &gt; x) = 2 Σ_{k≥1} (−1)^(k−1) e^(−2k²x²), equivalently
/// 1 − Q(x) = (√(2π)/x) Σ_{k≥1} e^(−(2k−1)²π²/(8x²)).
/// </summary>
/// <remarks>
/// The alternating series converges fast for large x and the theta-transformed one for small x; the switch
/// at x = 0.82 keeps both to a handful of terms, and each function takes whichever form gives its own value
/// without cancellation (the SF from the alternating series, the CDF from the other). Reference:
/// Q(1) = 0.26999967167735452. For finite n prefer <see cref="KolmogorovDistribution"/>: Stephens' (1970)
/// correction Q(d(√n + 0.12 + 0.11/√n)) is fine for α in 0.01..0.2 but poor in the far tail.
/// </remarks>
public static class KolmogorovLimit
{
    /// <summary>The switch between the two series.</summary>
    private const double Switch = 0.82;

    /// <summary>P(√n D ≤ x) in the limit.</summary>
    /// <param name="x">x ≥ 0 (negative gives 0).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN.</exception>
    public static double Cdf(double x)
    {
        CheckNotNaN(x);
        if (x <= 0)
        {
            return 0;
        }

        return x < Switch ? ThetaSeries(x) : 1 - AlternatingSeries(x);
    }

    /// <summary>Q(x) = P(√n D &gt; x) in the limit.</summary>
    /// <param name="x">x ≥ 0 (negative gives 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN.</exception>
    public static double Sf(double x)
    {
        CheckNotNaN(x);
        if (x <= 0)
        {
            return 1;
        }

        return x < Switch ? 1 - ThetaSeries(x) : AlternatingSeries(x);
    }

    /// <summary>The critical value c(α) with Q(c) = α, by bisection (to one ulp).</summary>
    /// <param name="alpha">α in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> outside (0, 1).</exception>
    public static double InverseSf(double alpha)
    {
        Guard.OpenProbability(alpha, nameof(alpha));
        double lo = 0.05, hi = 20;
        for (int i = 0; i < 200; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (Sf(mid) > alpha)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }

    private static double AlternatingSeries(double x)
    {
        double sum = 0;
        double sign = 1;
        for (int k = 1; k < 1000; k++)
        {
            double term = Math.Exp(-2.0 * k * k * x * x);
            sum += sign * term;
            if (term <= 1e-18 * sum)
            {
                break;
            }

            sign = -sign;
        }

        return Math.Min(1, 2 * sum);
    }

    private static double ThetaSeries(double x)
    {
        double c = -Math.PI * Math.PI / (8 * x * x);
        double sum = 0;
        for (int k = 1; k < 1000; k++)
        {
            double odd = (2 * k) - 1;
            double term = Math.Exp(c * odd * odd);
            sum += term;
            if (term <= 1e-18 * sum || term == 0)
            {
                break;
            }
        }

        return Math.Min(1, Math.Sqrt(2 * Math.PI) / x * sum);
    }

    private static void CheckNotNaN(double x)
    {
        if (double.IsNaN(x))
        {
            Guard.ThrowOutOfRange(nameof(x), x, "must not be NaN");
        }
    }
}
