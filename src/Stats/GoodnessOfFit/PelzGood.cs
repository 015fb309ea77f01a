namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// Pelz and Good's (1976) asymptotic expansion of K(n, d) = P(D_n ≤ d), "Approximating the lower tail-areas
/// of the Kolmogorov-Smirnov one-sample statistic", J. R. Stat. Soc. B 38(2), as given by Simard and L'Ecuyer
/// (2011), eq. (2.5): K ≈ K₀(z) + K₁(z)/√n + K₂(z)/n + K₃(z)/n^(3/2), z = d√n.
/// </summary>
/// <remarks>
/// With m odd, q = e^(−π²/(8z²)) (so e^(−π²(k+½)²/(2z²)) = q^(m²), m = 2k+1) and r = e^(−π²/(2z²)):
/// K₀ = √(2π)/z Σ q^(m²);
/// K₁ = √(π/2)/(3z⁴) Σ (π²m²/4 − z²) q^(m²) = √(2π)/(6z⁴) Σ (…);
/// K₂ = √(2π)/(72z⁷) Σ (6z⁶ + 2z⁴ + π²(2z⁴ − 5z²)m²/4 + π⁴(1 − 2z²)m⁴/16) q^(m²) − π²√(2π)/(36z³) Σ_{k≥1} k² r^(k²);
/// K₃ = √(2π)/(6480z¹⁰) Σ (−30z⁶ − 90z⁸ + π²(135z⁴ − 96z⁶)m²/4 + π⁴(212z⁴ − 60z²)m⁴/16 + π⁶(5 − 30z²)m⁶/64) q^(m²)
///      + π²√(2π)/(216z⁶) Σ_{k≥1} (3z² − π²k²) k² r^(k²).
/// Used only for n &gt; 140 where its absolute error is about 1e-6 or less (checked against the exact
/// algorithms in the tests).
/// </remarks>
internal static class PelzGood
{
    private static readonly double Sqrt2Pi = Math.Sqrt(2 * Math.PI);

    /// <summary>The expansion's value (not clamped) for n ≥ 1, 0 &lt; d &lt; 1.</summary>
    public static double Cdf(int n, double d)
    {
        double z = d * Math.Sqrt(n);
        double z2 = z * z;
        double z4 = z2 * z2;
        double z6 = z4 * z2;
        double z8 = z4 * z4;
        double pi2 = Math.PI * Math.PI;
        double pi4 = pi2 * pi2;
        double pi6 = pi4 * pi2;
        double logQ = -pi2 / (8 * z2);
        if (logQ < -745)
        {
            return 0;
        }

        double k0 = 0, k1 = 0, k2 = 0, k3 = 0;
        for (int k = 0; k < 1000; k++)
        {
            double m = (2 * k) + 1;
            double m2 = m * m;
            double w = Math.Exp(logQ * m2);
            if (w == 0)
            {
                break;
            }

            k0 += w;
            k1 += ((pi2 * m2 / 4) - z2) * w;
            k2 += ((6 * z6) + (2 * z4) + (pi2 * ((2 * z4) - (5 * z2)) * m2 / 4) + (pi4 * (1 - (2 * z2)) * m2 * m2 / 16)) * w;
            k3 += ((-30 * z6) - (90 * z8) + (pi2 * ((135 * z4) - (96 * z6)) * m2 / 4)
                + (pi4 * ((212 * z4) - (60 * z2)) * m2 * m2 / 16) + (pi6 * (5 - (30 * z2)) * m2 * m2 * m2 / 64)) * w;
            if (w < 1e-20 * k0)
            {
                break;
            }
        }

        double e2 = 0, e3 = 0;
        double logR = -pi2 / (2 * z2);
        for (int k = 1; k < 1000; k++)
        {
            double kk = (double)k * k;
            double w = Math.Exp(logR * kk);
            if (w == 0)
            {
                break;
            }

            e2 += kk * w;
            e3 += ((3 * z2) - (pi2 * kk)) * kk * w;
            if (w < 1e-20)
            {
                break;
            }
        }

        k0 *= Sqrt2Pi / z;
        k1 *= Sqrt2Pi / (6 * z4);
        k2 = (k2 * Sqrt2Pi / (72 * z6 * z)) - (pi2 * Sqrt2Pi / (36 * z2 * z) * e2);
        k3 = (k3 * Sqrt2Pi / (6480 * z8 * z2)) + (pi2 * Sqrt2Pi / (216 * z6) * e3);
        double sqrtN = Math.Sqrt(n);
        return k0 + (k1 / sqrtN) + (k2 / n) + (k3 / (n * sqrtN));
    }
}
