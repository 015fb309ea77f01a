using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace InitVerify.Stats.Moments;

/// <summary>
/// Tests of a variance σ₀²: exact χ² tests for normal data and an asymptotic normal test for any distribution
/// with a known fourth central moment μ₄.
/// </summary>
/// <remarks>
/// Two estimators: with the mean unknown, S² = Σ(x − x̄)²/(n − 1); with a known mean μ (an initializer with
/// mean 0), V = Σ(x − μ)²/n, which uses every degree of freedom. Formulas: (n−1)S²/σ² ~ χ²(n−1) and
/// nV/σ² ~ χ²(n) for normal data; Var(S²) = (μ₄ − σ⁴(n−3)/(n−1))/n and Var(V) = (μ₄ − σ⁴)/n in general.
/// </remarks>
public static class VarianceTest
{
    /// <summary>
    /// The χ² test for normal data: X = (n−1)S²/σ₀² ~ χ²(n−1), or with a known mean X = Σ(x−μ)²/σ₀² ~ χ²(n).
    /// Two-sided p = 2 min(P(χ² ≤ X), P(χ² ≥ X)) (each tail from its own regularized incomplete gamma, so small
    /// p-values keep their accuracy); interval for σ²: [kE/χ²_{1−α/2}, kE/χ²_{α/2}] (E the estimate, k the
    /// degrees of freedom).
    /// </summary>
    /// <param name="sample">Finite values: at least two, or at least one with a known mean.</param>
    /// <param name="sigma2">The hypothesised variance σ₀², finite and &gt; 0.</param>
    /// <param name="knownMean">The known mean μ, or null to estimate it.</param>
    /// <param name="confidenceLevel">Level of the interval, in (0, 1).</param>
    /// <exception cref="ArgumentException">A sample that is empty, too short or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static MomentTestResult ChiSquareNormal(ReadOnlySpan<double> sample, double sigma2, double? knownMean = null, double confidenceLevel = 0.95)
    {
        (double estimate, int dof) = Estimate(sample, sigma2, knownMean, confidenceLevel);
        double x = dof * estimate / sigma2;
        double k = 0.5 * dof;
        double lower = SpecialFunctions.GammaLowerRegularized(k, 0.5 * x);
        double upper = SpecialFunctions.GammaUpperRegularized(k, 0.5 * x);
        double p = Math.Min(1, 2 * Math.Min(lower, upper));
        double alpha = 1 - confidenceLevel;
        var interval = new ConfidenceInterval(
            dof * estimate / ChiSquared.InvCDF(dof, 1 - (alpha / 2)),
            dof * estimate / ChiSquared.InvCDF(dof, alpha / 2),
            confidenceLevel);
        return new MomentTestResult(estimate, x, p, interval, sample.Length);
    }

    /// <summary>
    /// The asymptotic normal test for any distribution with fourth central moment μ₄:
    /// z = (E − σ₀²)/√Var(E), Var(S²) = (μ₄ − σ₀⁴(n−3)/(n−1))/n, or with a known mean Var(V) = (μ₄ − σ₀⁴)/n;
    /// two-sided p = erfc(|z|/√2). The interval E ± z_{α/2} √Var scales the variance to the estimate with the
    /// hypothesised kurtosis κ = μ₄/σ₀⁴ (Var = E²(κ − (n−3)/(n−1))/n, resp. E²(κ − 1)/n).
    /// </summary>
    /// <param name="sample">Finite values: at least two, or at least one with a known mean.</param>
    /// <param name="sigma2">The hypothesised variance σ₀², finite and &gt; 0.</param>
    /// <param name="mu4">The hypothesised fourth central moment μ₄, finite and ≥ σ₀⁴ (kurtosis ≥ 1).</param>
    /// <param name="knownMean">The known mean μ, or null to estimate it.</param>
    /// <param name="confidenceLevel">Level of the interval, in (0, 1).</param>
    /// <exception cref="ArgumentException">A sample that is empty, too short or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static MomentTestResult FourthMoment(ReadOnlySpan<double> sample, double sigma2, double mu4, double? knownMean = null, double confidenceLevel = 0.95)
    {
        Guard.PositiveFinite(mu4, nameof(mu4));
        (double estimate, _) = Estimate(sample, sigma2, knownMean, confidenceLevel);
        double kurtosis = mu4 / (sigma2 * sigma2);
        if (!(kurtosis >= 1))
        {
            Guard.ThrowOutOfRange(nameof(mu4), mu4, $"must be ≥ sigma2² = {sigma2 * sigma2} (every distribution has kurtosis ≥ 1)");
        }

        int n = sample.Length;
        double factor = EstimatorVarianceFactor(n, kurtosis, knownMean.HasValue);
        if (!(factor > 0))
        {
            Guard.ThrowArgument(nameof(sample), $"sample of {n} gives a non-positive estimator variance for kurtosis {kurtosis}: the test is undefined.");
        }

        double sd = sigma2 * Math.Sqrt(factor / n);
        double z = (estimate - sigma2) / sd;
        double p = NormalTail.TwoSided(z);
        double half = NormalQuantiles.UpperTail((1 - confidenceLevel) / 2) * estimate * Math.Sqrt(factor / n);
        return new MomentTestResult(estimate, z, p, new ConfidenceInterval(estimate - half, estimate + half, confidenceLevel), n);
    }

    /// <summary>n·Var(E)/σ⁴: κ − (n−3)/(n−1) for S², κ − 1 for V.</summary>
    internal static double EstimatorVarianceFactor(int n, double kurtosis, bool knownMean) =>
        knownMean ? kurtosis - 1 : kurtosis - ((n - 3.0) / (n - 1.0));

    private static (double Estimate, int Dof) Estimate(ReadOnlySpan<double> sample, double sigma2, double? knownMean, double confidenceLevel)
    {
        Guard.PositiveFinite(sigma2, nameof(sigma2));
        SampleMoments.Level(confidenceLevel);
        if (knownMean is double mu)
        {
            Guard.Finite(mu, nameof(knownMean));
        }

        Guard.FiniteSample(sample, nameof(sample));
        int n = sample.Length;
        if (knownMean is double m)
        {
            return (SampleMoments.SumOfSquares(sample, m) / n, n);
        }

        if (n < 2)
        {
            Guard.ThrowArgument(nameof(sample), "sample must hold at least two values to estimate a variance with an unknown mean.");
        }

        double xbar = SampleMoments.Mean(sample);
        return (SampleMoments.SumOfSquares(sample, xbar) / (n - 1), n - 1);
    }
}
