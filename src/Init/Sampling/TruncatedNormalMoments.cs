using MathNet.Numerics;
using MathNet.Numerics.Integration;

namespace InitVerify.Init.Sampling;

/// <summary>Moments of the standard normal truncated to [α, β], used to correct a requested std for truncation.</summary>
/// <remarks>
/// The closed forms (Johnson, Kotz and Balakrishnan, Continuous Univariate Distributions vol. 1, §10.1) subtract
/// numbers of order one (or of order α² far in a tail) to get the variance, so they are used only where that loses
/// nothing: an interval that contains 0 and is at least <see cref="ClosedFormWidth"/> wide (the common case, e.g.
/// [−2, 2]). Elsewhere — a narrow window, or any window in one tail — the variance would come out with a relative
/// error of up to 1 (even negative: N(0, 1) on [−1e-6, 1e-6]), so the moments are integrated instead: with x the
/// bound nearer to 0 and u = |z| − x, the density is ∝ g(u) = exp(−u(x + u/2)) on [0, w], which has no
/// cancellation; it is integrated by Gauss-Legendre panels (MathNet's rule) up to where g falls below e^−40, and the
/// variance is taken about the computed mean (two passes). An interval containing 0 but narrower than
/// <see cref="ClosedFormWidth"/> is the mixture of its two one-sided halves (the law of total variance).
/// Accuracy against mpmath (tests/Init.Tests, TruncatedNormalMomentsTests): within 1e-14 relative on every case there.
/// </remarks>
internal static class TruncatedNormalMoments
{
    /// <summary>Intervals containing 0 at least this wide use the closed forms (relative error below 1e-14 there:
    /// 8e-15 at worst on 3,000 random such intervals against mpmath).</summary>
    internal const double ClosedFormWidth = 1.0;

    // g is integrated while u(x + u/2) ≤ 40: beyond, g < e^−40 ≈ 4e-18 and the rest of the mass is below 1e-17 of it.
    private const double LogCut = 40.0;

    // Each panel spans a change of at most 2 in log g, where the 20-point rule is exact to rounding.
    private const double LogChangePerPanel = 2.0;

    private static readonly GaussLegendreRule Rule = new(-1, 1, 20);

    /// <summary>Var(Z | α ≤ Z ≤ β) for −∞ ≤ α &lt; β ≤ +∞.</summary>
    public static double StandardVariance(double alpha, double beta)
    {
        if (UsesClosedForm(alpha, beta))
        {
            double mass = StraddlingMass(alpha, beta);
            double mean = (Density(alpha) - Density(beta)) / mass;
            double aTerm = double.IsInfinity(alpha) ? 0 : alpha * Density(alpha);
            double bTerm = double.IsInfinity(beta) ? 0 : beta * Density(beta);
            return 1 + (aTerm - bTerm) / mass - mean * mean;
        }

        return Integrated(alpha, beta).Variance;
    }

    /// <summary>E(Z | α ≤ Z ≤ β) for −∞ ≤ α &lt; β ≤ +∞.</summary>
    public static double StandardMean(double alpha, double beta) =>
        UsesClosedForm(alpha, beta)
            ? (Density(alpha) - Density(beta)) / StraddlingMass(alpha, beta)
            : Integrated(alpha, beta).Mean;

    private static bool UsesClosedForm(double alpha, double beta) => alpha < 0 && beta > 0 && beta - alpha >= ClosedFormWidth;

    /// <summary>Mean and variance by integration: one tail, or the two halves of a narrow interval around 0.</summary>
    private static (double Mean, double Variance) Integrated(double alpha, double beta)
    {
        if (alpha >= 0)
        {
            Piece upper = OneSided(alpha, beta - alpha);
            return (alpha + upper.Mean, upper.Variance);
        }

        if (beta <= 0)
        {
            Piece lower = OneSided(-beta, beta - alpha);
            return (beta - lower.Mean, lower.Variance);
        }

        // α < 0 < β: Z is −U₁ with U₁ on [0, −α] or U₂ on [0, β], with weights proportional to their masses (same g).
        Piece left = OneSided(0, -alpha);
        Piece right = OneSided(0, beta);
        double total = left.Mass + right.Mass;
        double pLeft = left.Mass / total;
        double pRight = right.Mass / total;
        double mean = pRight * right.Mean - pLeft * left.Mean;
        double betweenLeft = -left.Mean - mean;
        double betweenRight = right.Mean - mean;
        return (mean, pLeft * (left.Variance + betweenLeft * betweenLeft) + pRight * (right.Variance + betweenRight * betweenRight));
    }

    /// <summary>∫g, mean and variance of U with density ∝ g(u) = exp(−u(x + u/2)) on [0, width], x ≥ 0.</summary>
    private static Piece OneSided(double x, double width)
    {
        // Where u(x + u/2) reaches LogCut: u = 2·LogCut/(x + √(x² + 2·LogCut)); for x > 1e150, x² would overflow.
        double root = x > 1e150 ? x : Math.Sqrt(x * x + 2 * LogCut);
        double length = Math.Min(width, 2 * LogCut / (x + root));
        double logChange = length * (x + 0.5 * length);
        int panels = (int)Math.Ceiling(logChange / LogChangePerPanel) + 1;
        double panelWidth = length / panels;
        double[] nodes = Rule.Abscissas;
        double[] weights = Rule.Weights;

        double m0 = 0, m1 = 0;
        for (int p = 0; p < panels; p++)
        {
            double centre = (p + 0.5) * panelWidth;
            for (int i = 0; i < nodes.Length; i++)
            {
                double u = centre + 0.5 * panelWidth * nodes[i];
                double w = weights[i] * G(x, u);
                m0 += w;
                m1 += w * u;
            }
        }

        double mean = m1 / m0;
        double c2 = 0;
        for (int p = 0; p < panels; p++)
        {
            double centre = (p + 0.5) * panelWidth;
            for (int i = 0; i < nodes.Length; i++)
            {
                double u = centre + 0.5 * panelWidth * nodes[i];
                double d = u - mean;
                c2 += weights[i] * G(x, u) * d * d;
            }
        }

        return new Piece(0.5 * panelWidth * m0, mean, c2 / m0);
    }

    private static double G(double x, double u) => Math.Exp(-u * (x + 0.5 * u));

    /// <summary>∫g over the piece, and the mean and variance of U there.</summary>
    private readonly record struct Piece(double Mass, double Mean, double Variance);

    /// <summary>P(α ≤ Z ≤ β) = 1 − Q(−α) − Q(β) for α &lt; 0 &lt; β (both tails small, no cancellation).</summary>
    private static double StraddlingMass(double alpha, double beta) => 1 - UpperTail(-alpha) - UpperTail(beta);

    /// <summary>Q(x) = P(Z &gt; x) = erfc(x/√2)/2.</summary>
    public static double UpperTail(double x) => 0.5 * SpecialFunctions.Erfc(x / Math.Sqrt(2.0));

    /// <summary>φ(x) = exp(−x²/2)/√(2π).</summary>
    public static double Density(double x) => Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI);
}
