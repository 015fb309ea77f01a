using MathNet.Numerics;

namespace InitVerify.Init.Sampling;

/// <summary>Moments of the standard normal truncated to [α, β], used to correct a requested std for truncation.</summary>
internal static class TruncatedNormalMoments
{
    /// <summary>
    /// Var(Z | α ≤ Z ≤ β) = 1 + (α φ(α) − β φ(β)) / P − ((φ(α) − φ(β)) / P)², P = Φ(β) − Φ(α)
    /// (Johnson, Kotz and Balakrishnan, Continuous Univariate Distributions vol. 1, §10.1). P is taken from the
    /// tail on the side the interval lies on, so it keeps relative accuracy for bounds in one tail.
    /// </summary>
    public static double StandardVariance(double alpha, double beta)
    {
        double mass = Mass(alpha, beta);
        double pa = Density(alpha);
        double pb = Density(beta);
        double mean = StandardMean(alpha, beta);
        double aTerm = double.IsInfinity(alpha) ? 0 : alpha * pa;
        double bTerm = double.IsInfinity(beta) ? 0 : beta * pb;
        return 1 + (aTerm - bTerm) / mass - mean * mean;
    }

    /// <summary>E(Z | α ≤ Z ≤ β) = (φ(α) − φ(β)) / P.</summary>
    public static double StandardMean(double alpha, double beta) => (Density(alpha) - Density(beta)) / Mass(alpha, beta);

    /// <summary>P(α ≤ Z ≤ β) computed from the nearer tail.</summary>
    public static double Mass(double alpha, double beta) =>
        alpha >= 0 ? UpperTail(alpha) - UpperTail(beta)
        : beta <= 0 ? UpperTail(-beta) - UpperTail(-alpha)
        : 1 - UpperTail(-alpha) - UpperTail(beta);

    /// <summary>Q(x) = P(Z &gt; x) = erfc(x/√2)/2.</summary>
    public static double UpperTail(double x) => 0.5 * SpecialFunctions.Erfc(x / Math.Sqrt(2.0));

    /// <summary>φ(x) = exp(−x²/2)/√(2π).</summary>
    public static double Density(double x) => Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI);
}
