using MathNet.Numerics;

namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// The exact distribution of the two-sided one-sample Kolmogorov-Smirnov statistic D_n for a continuous F:
/// K(n, d) = P(D_n ≤ d) and its survival function, with the method selection of Simard and L'Ecuyer (2011),
/// "Computing the two-sided Kolmogorov-Smirnov distribution", J. Stat. Software 39(11) (as in scipy's kstwo).
/// </summary>
/// <remarks>
/// With t = n d: t ≤ ½ → CDF 0; t ≤ 1 → CDF = n!/nⁿ (2t − 1)ⁿ; t ≥ n − 1 → SF = 2(1 − d)ⁿ; d ≥ ½ →
/// SF = 2·smirnov(n, d) exactly. n ≤ 140: n d² ≤ 0.754693 → Marsaglia-Tsang-Wang, n d² ≤ 4 → Pomeranz,
/// else SF ≈ 2·smirnov(n, d). n &gt; 140, SF: n d² ≥ 370 → 0, n d² ≥ 2.2 → 2·smirnov(n, d), else 1 − CDF;
/// n &gt; 140, CDF: n d² ≥ 18 → 1, n ≤ 100000 and n d^1.5 ≤ 1.4 → Marsaglia-Tsang-Wang, else Pelz-Good.
/// Wherever a method gives the CDF, the SF is 1 − CDF and vice versa, so an SF read from a CDF method carries
/// absolute (not relative) accuracy; the SF formulas cover the tail, where p-values are small. The
/// distribution is continuous in d (n d &gt; ½), so P(D_n &lt; d) = P(D_n ≤ d).
/// </remarks>
public static class KolmogorovDistribution
{
    /// <summary>K(n, d) = P(D_n ≤ d).</summary>
    /// <param name="n">Sample size, ≥ 1.</param>
    /// <param name="d">The statistic's value, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> &lt; 1, or <paramref name="d"/> outside [0, 1] or NaN.</exception>
    public static double Cdf(int n, double d) => Evaluate(n, d, wantCdf: true).Value;

    /// <summary>P(D_n &gt; d) = 1 − K(n, d), from a survival-function formula in the tail.</summary>
    /// <param name="n">Sample size, ≥ 1.</param>
    /// <param name="d">The statistic's value, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> &lt; 1, or <paramref name="d"/> outside [0, 1] or NaN.</exception>
    public static double Sf(int n, double d) => Evaluate(n, d, wantCdf: false).Value;

    /// <summary>The one-sided survival function P(D⁺_n ≥ d) (= P(D⁻_n ≥ d)), exact (Birnbaum-Tingey).</summary>
    /// <param name="n">Sample size, ≥ 1.</param>
    /// <param name="d">The statistic's value, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> &lt; 1, or <paramref name="d"/> outside [0, 1] or NaN.</exception>
    public static double OneSidedSf(int n, double d)
    {
        Check(n, d);
        return Smirnov.Sf(n, d);
    }

    /// <summary>The value and the method that produced it (see <see cref="KsMethod"/>).</summary>
    /// <param name="n">Sample size, ≥ 1.</param>
    /// <param name="d">The statistic's value, in [0, 1].</param>
    /// <param name="wantCdf">True for the CDF, false for the SF.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> &lt; 1, or <paramref name="d"/> outside [0, 1] or NaN.</exception>
    public static (double Value, KsMethod Method) Evaluate(int n, double d, bool wantCdf)
    {
        Check(n, d);
        (double cdf, double sf, KsMethod method) = Select(n, d, wantCdf);
        return (Math.Clamp(wantCdf ? cdf : sf, 0, 1), method);
    }

    private static (double Cdf, double Sf, KsMethod Method) Select(int n, double d, bool wantCdf)
    {
        if (d >= 1)
        {
            return (1, 0, KsMethod.Saturated);
        }

        double t = n * d;
        if (t <= 0.5)
        {
            return (0, 1, KsMethod.Saturated);
        }

        if (t <= 1)
        {
            double cdf = Math.Exp(LogFactorialOverPower(n) + (n * Math.Log((2 * t) - 1)));
            return (cdf, 1 - cdf, KsMethod.RubenGambinoSmall);
        }

        if (t >= n - 1)
        {
            double sf = 2 * Math.Exp(n * ElementaryFunctions.Log1p(-d));
            return (1 - sf, sf, KsMethod.RubenGambinoLarge);
        }

        if (d >= 0.5)
        {
            double sf = 2 * Smirnov.Sf(n, d);
            return (1 - sf, sf, KsMethod.Smirnov);
        }

        double nd2 = t * d;
        if (n <= 140)
        {
            if (nd2 <= 0.754693)
            {
                double cdf = MarsagliaTsangWang.Cdf(n, d);
                return (cdf, 1 - cdf, KsMethod.MarsagliaTsangWang);
            }

            if (nd2 <= 4)
            {
                double cdf = Pomeranz.Cdf(n, d);
                return (cdf, 1 - cdf, KsMethod.Pomeranz);
            }

            double sf = 2 * Smirnov.Sf(n, d);
            return (1 - sf, sf, KsMethod.SmirnovApproximation);
        }

        if (!wantCdf)
        {
            if (nd2 >= 370)
            {
                return (1, 0, KsMethod.Saturated);
            }

            if (nd2 >= 2.2)
            {
                double sf = 2 * Smirnov.Sf(n, d);
                return (1 - sf, sf, KsMethod.SmirnovApproximation);
            }
        }

        if (nd2 >= 18)
        {
            return (1, 0, KsMethod.Saturated);
        }

        if (n <= 100000 && n * Math.Pow(d, 1.5) <= 1.4)
        {
            double cdf = MarsagliaTsangWang.Cdf(n, d);
            return (cdf, 1 - cdf, KsMethod.MarsagliaTsangWang);
        }

        double pelzGood = PelzGood.Cdf(n, d);
        return (pelzGood, 1 - pelzGood, KsMethod.PelzGood);
    }

    /// <summary>ln(n!/nⁿ); exact products for n ≤ 140, ln Γ beyond.</summary>
    private static double LogFactorialOverPower(int n)
    {
        if (n <= 140)
        {
            double s = 1;
            for (int i = 1; i <= n; i++)
            {
                s *= (double)i / n;
            }

            return Math.Log(s);
        }

        return SpecialFunctions.GammaLn(n + 1.0) - (n * Math.Log(n));
    }

    internal static void Check(int n, double d)
    {
        Guard.AtLeast(n, 1, nameof(n));
        if (!(d >= 0 && d <= 1))
        {
            Guard.ThrowOutOfRange(nameof(d), d, "must lie in [0, 1]");
        }
    }
}
