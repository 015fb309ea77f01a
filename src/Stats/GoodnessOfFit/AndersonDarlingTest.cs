using InitVerify.Stats.Distributions;

namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// The Anderson-Darling test of a fully specified continuous F (Anderson and Darling 1954):
/// A² = −n − (1/n) Σ_{i=1}^{n} (2i − 1) [ln z_i + ln(1 − z_{n+1−i})], z_i = F(x₍ᵢ₎) sorted,
/// evaluated as −n − (1/n) Σ_i [(2i − 1) ln z_i + (2n − 2i + 1) ln(1 − z_i)].
/// </summary>
/// <remarks>
/// 1 − z_i is taken from <see cref="IContinuousDistribution.Survival"/>, which keeps relative accuracy in the
/// upper tail. A point with z_i = 0 or 1 (at or beyond the support's edge) makes A² = +∞ and the p-value 0,
/// never NaN. The p-value comes from <see cref="AndersonDarlingDistribution"/>; for n &lt; 7 it is returned
/// but marked unreliable (<see cref="AdResult.IsPValueReliable"/>). Compared with KS, A² weights the tails.
/// </remarks>
public static class AndersonDarlingTest
{
    /// <summary>Tests <paramref name="sample"/> against <paramref name="distribution"/>.</summary>
    /// <param name="sample">At least one finite value.</param>
    /// <param name="distribution">The hypothesised continuous distribution.</param>
    /// <returns>A², its p-value and n.</returns>
    /// <exception cref="ArgumentException"><paramref name="sample"/> empty or holding NaN/±∞ ("sample"); the
    /// CDF outside [0, 1] or decreasing over the sorted sample ("distribution").</exception>
    /// <exception cref="ArgumentNullException"><paramref name="distribution"/> is null.</exception>
    public static AdResult Test(ReadOnlySpan<double> sample, IContinuousDistribution distribution)
    {
        Guard.NotNull(distribution, nameof(distribution));
        Guard.FiniteSample(sample, nameof(sample));
        int n = sample.Length;
        using var rental = new PooledArray<double>(2 * n);
        double[] buffer = rental.Array;
        Span<double> x = KolmogorovSmirnovTest.SortedCopy(sample, buffer);
        Span<double> survival = buffer.AsSpan(n, n);
        for (int i = 0; i < n; i++)
        {
            survival[i] = distribution.Survival(x[i]);
        }

        distribution.Cdf(x, x);
        KolmogorovSmirnovTest.CheckCdfValues(x, nameof(distribution));
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double s = Math.Clamp(survival[i], 0, 1);
            sum += ((2.0 * (i + 1)) - 1) * Math.Log(x[i]) + ((2.0 * (n - i)) - 1) * Math.Log(s);
        }

        double a2 = -n - (sum / n);
        return new AdResult(a2, AndersonDarlingDistribution.Sf(n, a2), n);
    }
}
