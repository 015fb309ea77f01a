namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// Kolmogorov's limiting distribution of √n D_n (Kolmogorov 1933):
/// Q(x) = P(√n D &gt; x) = 2 Σ_{k≥1} (−1)^(k−1) e^(−2k²x²), equivalently
/// 1 − Q(x) = (√(2π)/x) Σ_{k≥1} e^(−(2k−1)²π²/(8x²)).
/// </summary>
/// <remarks>
/// The alternating series converges fast for large x and the theta-transformed one for small x; the switch
/// at x = 0.82 keeps both to a fixed handful of terms (five and two, each bound stated where it is summed), and each
/// function takes whichever form gives its own value without cancellation (the SF from the alternating series, the
/// CDF from the other), so both keep full relative precision in their far tails. Reference:
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

    /// <summary>The critical value c(α) with Q(c) = α, by bisection on [0.05, 20] until the midpoint equals an end (one ulp).</summary>
    /// <param name="alpha">α in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> outside (0, 1).</exception>
    public static double InverseSf(double alpha)
    {
        Guard.OpenProbability(alpha, nameof(alpha));
        double lo = 0.05, hi = 20;
        while (true)
        {
            // Halving a finite interval of doubles reaches adjacent doubles in at most ~1,100 steps (~60 here).
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                return mid;
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
    }

    /// <summary>2 Σ_{k=1..5} (−1)^(k−1) e^(−2k²x²) for x ≥ <see cref="Switch"/>: the first omitted term is
    /// e^(−70x²) ≤ 3.7e-21 of the first, e^(−2x²), so five terms are exact to double precision.</summary>
    private static double AlternatingSeries(double x)
    {
        double sum = 0;
        double sign = 1;
        for (int k = 1; k <= 5; k++)
        {
            sum += sign * Math.Exp(-2.0 * k * k * x * x);
            sign = -sign;
        }

        return Math.Min(1, 2 * sum);
    }

    /// <summary>(√(2π)/x) Σ_{k=1,2} e^(−(2k−1)²π²/(8x²)) for 0 &lt; x &lt; <see cref="Switch"/>: the first omitted term
    /// (k = 3) is e^(−3π²/x²) ≤ 8e-20 of the first, so two terms are exact to double precision.</summary>
    private static double ThetaSeries(double x)
    {
        double c = -Math.PI * Math.PI / (8 * x * x);
        double sum = Math.Exp(c) + Math.Exp(9 * c);
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
