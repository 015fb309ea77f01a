namespace InitVerify.Stats.Distributions;

/// <summary>Quantiles by bisection of a nondecreasing CDF: robust for any shape, exact to the last ulp.</summary>
internal static class MonotoneInverse
{
    /// <summary>
    /// The smallest double x in (lo, hi] with F(x) ≥ p, for F(lo) &lt; p ≤ F(hi): the bracket is halved until its
    /// midpoint rounds to one of its ends, i.e. the ends are adjacent doubles, and the upper end is returned. That
    /// ends for every bracket of finite positive width, since each step leaves fewer doubles inside it (about 60
    /// steps within one binade; at most about 2,100, as the width halves from 1e308 down to 4.9e-324).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">hi − lo not finite and positive (an internal caller's error: the
    /// loop would not end on NaN ends, and an infinite width has no midpoint).</exception>
    public static double Quantile(Func<double, double> cdf, double p, double lo, double hi)
    {
        double width = hi - lo;
        if (!(width > 0 && double.IsFinite(width)))
        {
            Guard.ThrowOutOfRange(nameof(lo), lo, FormattableString.Invariant($"must be below hi = {hi} by a finite width"));
        }

        while (true)
        {
            double mid = lo + 0.5 * (hi - lo);
            if (mid <= lo || mid >= hi)
            {
                return hi;
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
    }
}
