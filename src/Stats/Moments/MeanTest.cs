using MathNet.Numerics.Distributions;

namespace InitVerify.Stats.Moments;

/// <summary>Tests of a mean μ₀: the z-test with known variance and the test with estimated variance.</summary>
public static class MeanTest
{
    /// <summary>
    /// z = (x̄ − μ₀)/(σ/√n) ~ N(0, 1) (exact for normal data, asymptotic by the CLT otherwise); two-sided
    /// p = erfc(|z|/√2); interval x̄ ± z_{(1−level)/2} σ/√n.
    /// </summary>
    /// <param name="sample">At least one finite value.</param>
    /// <param name="mean">The hypothesised mean μ₀, finite.</param>
    /// <param name="variance">The known variance σ², finite and &gt; 0.</param>
    /// <param name="confidenceLevel">Level of the interval, in (0, 1).</param>
    /// <exception cref="ArgumentException">An empty or non-finite sample.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static MomentTestResult KnownVariance(ReadOnlySpan<double> sample, double mean, double variance, double confidenceLevel = 0.95)
    {
        Guard.Finite(mean, nameof(mean));
        Guard.PositiveFinite(variance, nameof(variance));
        SampleMoments.Level(confidenceLevel);
        Guard.FiniteSample(sample, nameof(sample));
        int n = sample.Length;
        double xbar = SampleMoments.Mean(sample);
        double se = Math.Sqrt(variance / n);
        double z = (xbar - mean) / se;
        double p = NormalTail.TwoSided(z);
        double half = NormalQuantiles.UpperTail((1 - confidenceLevel) / 2) * se;
        return new MomentTestResult(xbar, z, p, new ConfidenceInterval(xbar - half, xbar + half, confidenceLevel), n);
    }

    /// <summary>
    /// t = (x̄ − μ₀)/(S/√n) with the sample standard deviation S (divisor n − 1), referred to Student's t with
    /// n − 1 degrees of freedom: exact for normal data, and for large n the same as the normal reference the
    /// CLT gives for any finite-variance data. Two-sided p-value; interval x̄ ± t_{(1−level)/2, n−1} S/√n.
    /// </summary>
    /// <param name="sample">At least two finite values, not all equal.</param>
    /// <param name="mean">The hypothesised mean μ₀, finite.</param>
    /// <param name="confidenceLevel">Level of the interval, in (0, 1).</param>
    /// <exception cref="ArgumentException">A sample with fewer than two values, non-finite values or zero spread.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static MomentTestResult EstimatedVariance(ReadOnlySpan<double> sample, double mean, double confidenceLevel = 0.95)
    {
        Guard.Finite(mean, nameof(mean));
        SampleMoments.Level(confidenceLevel);
        Guard.FiniteSample(sample, nameof(sample));
        int n = sample.Length;
        if (n < 2)
        {
            Guard.ThrowArgument(nameof(sample), "sample must hold at least two values to estimate a variance.");
        }

        double xbar = SampleMoments.Mean(sample);
        double s2 = SampleMoments.SumOfSquares(sample, xbar) / (n - 1);
        if (!(s2 > 0))
        {
            Guard.ThrowArgument(nameof(sample), "sample has zero spread: the t statistic is undefined.");
        }

        double se = Math.Sqrt(s2 / n);
        double t = (xbar - mean) / se;
        double dof = n - 1;
        double p = Math.Min(1, 2 * StudentT.CDF(0, 1, dof, -Math.Abs(t)));
        double half = -StudentT.InvCDF(0, 1, dof, (1 - confidenceLevel) / 2) * se;
        return new MomentTestResult(xbar, t, p, new ConfidenceInterval(xbar - half, xbar + half, confidenceLevel), n);
    }
}
