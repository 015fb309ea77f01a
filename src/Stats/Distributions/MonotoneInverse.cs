namespace InitVerify.Stats.Distributions;

/// <summary>Quantiles by bisection of a nondecreasing CDF: robust for any shape, exact to the last ulp.</summary>
internal static class MonotoneInverse
{
    /// <summary>
    /// The smallest double x in [lo, hi] (up to one ulp) with F(x) ≥ p, for F(lo) &lt; p ≤ F(hi). Halving
    /// the bracket until its ends are adjacent doubles takes about 60 steps (at most 2,100).
    /// </summary>
    public static double Quantile(Func<double, double> cdf, double p, double lo, double hi)
    {
        for (int iteration = 0; iteration < 2100; iteration++)
        {
            double mid = lo + 0.5 * (hi - lo);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (cdf(mid) >= p)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return hi;
    }
}
