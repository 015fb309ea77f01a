using MathNet.Numerics;
using MathNet.Numerics.Integration;

namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// The limiting (n → ∞) distribution of the Anderson-Darling statistic, A²_∞ = Σⱼ λⱼ Zⱼ² with λⱼ = 1/(j(j+1)) and
/// Zⱼ iid N(0, 1) (Anderson and Darling 1952), evaluated from its exact series rather than a fitted approximation:
/// the reference for the upper tail, where Marsaglia and Marsaglia's short approximation has no relative accuracy.
/// </summary>
/// <remarks>
/// <para><b>Series</b> (Anderson and Darling 1954, "A test of goodness of fit", JASA 49, 765–769):
/// P(A²_∞ &lt; z) = (√(2π)/z) Σ_{j≥0} C(−½, j)(4j+1) e^{−(4j+1)²π²/(8z)} ∫₀^∞ exp(z/(8(w²+1)) − (4j+1)²π²w²/(8z)) dw,
/// each integral by 32-point Gauss-Legendre (MathNet's rule) on the panels 0, ¼, ½, 1, 2, 4, 8, 16, 32, 60 (the integrand
/// is analytic, its nearest singularities at w = ±i, and below e^{−170} beyond 60 for z ≤ 25); terms stop once
/// e^{−(4j+1)²π²/(8z)} &lt; 1e-20 (their integrals are at most e^{z/8}·√(2z/π)/(4j+1)). Reproduces ADinf(1) =
/// 0.642733326785981 and ADinf(2) = 0.908163225058748 (the published values) within 1e-13, and the upper tail computed
/// with mpmath at 40 digits within 2e-15 absolute for 6 ≤ z ≤ 24 (tests).</para>
/// <para><b>Far tail.</b> The largest weight is λ₁ = ½ and Πⱼ≥₂ (1 − λⱼ/λ₁) = Πⱼ≥₂ (j−1)(j+2)/(j(j+1)) = 1/3, so
/// P(A²_∞ ≥ z) ~ √3·P(χ²₁ ≥ 2z) = √3·erfc(√z) as z → ∞ (the leading term of the tail of a weighted sum of χ²₁
/// variables; the relative error is −0.30/z to leading order: −1.2% at z = 25, −1.0% at z = 30, by mpmath). It is used
/// from <see cref="AsymptoticFrom"/> on, where 1 − P(A²_∞ &lt; z) in double would keep about three digits or fewer.</para>
/// </remarks>
public static class AndersonDarlingLimit
{
    /// <summary>From this z on (P(A²_∞ ≥ z) ≈ 2.7e-12) the upper tail is √3·erfc(√z).</summary>
    public const double AsymptoticFrom = 25;

    // The integrals' panels (see the remarks) and the rule on [−1, 1].
    private static readonly double[] Panels = [0, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 60];
    private static readonly GaussLegendreRule Rule = new(-1, 1, 32);

    // Terms whose factor e^{−(4j+1)²π²/(8z)} is below this are dropped.
    private const double NegligibleFactor = 1e-20;

    /// <summary>P(A²_∞ &lt; z) by the series (see the remarks); from <see cref="AsymptoticFrom"/> on, 1 − <see cref="Sf"/>.</summary>
    /// <param name="z">z ≥ 0 (≤ 0 gives 0, +∞ gives 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="z"/> is NaN.</exception>
    public static double Cdf(double z)
    {
        CheckNotNaN(z);
        if (z <= 0)
        {
            return 0;
        }

        return z >= AsymptoticFrom ? 1 - Sf(z) : Series(z);
    }

    /// <summary>
    /// P(A²_∞ ≥ z): 1 − the series below <see cref="AsymptoticFrom"/>, √3·erfc(√z) from it on (low by at most 1.2%
    /// there, where the value is below 2.7e-12).
    /// </summary>
    /// <param name="z">z ≥ 0 (≤ 0 gives 1, +∞ gives 0).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="z"/> is NaN.</exception>
    public static double Sf(double z)
    {
        CheckNotNaN(z);
        if (z <= 0)
        {
            return 1;
        }

        if (z >= AsymptoticFrom)
        {
            return Constants.Sqrt3 * SpecialFunctions.Erfc(Math.Sqrt(z));
        }

        return Math.Max(0, 1 - Series(z));
    }

    private static double Series(double z)
    {
        double sum = 0;
        double coefficient = 1;
        for (int j = 0; j < 200; j++)
        {
            if (j > 0)
            {
                // C(−½, j) = C(−½, j − 1)·(−½ − j + 1)/j.
                coefficient *= -((2.0 * j) - 1) / (2.0 * j);
            }

            double a = (4 * j) + 1;
            double rate = a * a * Math.PI * Math.PI / (8 * z);
            double e = Math.Exp(-rate);
            if (e < NegligibleFactor)
            {
                break;
            }

            sum += coefficient * a * e * Integral(z, rate);
        }

        return Math.Min(1, Math.Sqrt(2 * Math.PI) / z * sum);
    }

    /// <summary>∫₀^∞ exp(z/(8(w²+1)) − rate·w²) dw, panel by panel.</summary>
    private static double Integral(double z, double rate)
    {
        double total = 0;
        for (int p = 1; p < Panels.Length; p++)
        {
            double centre = 0.5 * (Panels[p - 1] + Panels[p]);
            double half = 0.5 * (Panels[p] - Panels[p - 1]);
            double panel = 0;
            for (int i = 0; i < Rule.Order; i++)
            {
                double w = centre + (half * Rule.Abscissas[i]);
                panel += Rule.Weights[i] * Math.Exp((z / (8 * ((w * w) + 1))) - (rate * w * w));
            }

            total += half * panel;
        }

        return total;
    }

    private static void CheckNotNaN(double z)
    {
        if (double.IsNaN(z))
        {
            Guard.ThrowOutOfRange(nameof(z), z, "must not be NaN");
        }
    }
}
