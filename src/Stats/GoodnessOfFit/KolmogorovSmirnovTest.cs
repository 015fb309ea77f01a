using System.Buffers;
using InitVerify.Stats.Distributions;

namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// The one-sample Kolmogorov-Smirnov test of a fully specified continuous F:
/// D⁺ = max_i (i/n − F(x₍ᵢ₎)), D⁻ = max_i (F(x₍ᵢ₎) − (i−1)/n), D = max(D⁺, D⁻) over the sorted sample.
/// </summary>
/// <remarks>
/// The two-sided p-value is <see cref="KolmogorovDistribution.Sf"/>(n, D) (exact for n ≤ 140, Simard and
/// L'Ecuyer's method selection beyond), the one-sided ones the exact Birnbaum-Tingey survival function.
/// Samples of 1,024 or more are sorted by <see cref="RadixSort"/>, and F is evaluated through
/// <see cref="IContinuousDistribution.Cdf(ReadOnlySpan{double}, Span{double})"/> in one pass, so the whole test
/// costs less than sorting the sample with <see cref="Array.Sort{T}(T[])"/> (see BENCHMARKS.md).
/// The sample is copied (into a pooled buffer); it is never modified.
/// </remarks>
public static class KolmogorovSmirnovTest
{
    private const int RadixThreshold = 1024;

    /// <summary>Tests <paramref name="sample"/> against <paramref name="distribution"/>.</summary>
    /// <param name="sample">At least one finite value.</param>
    /// <param name="distribution">The hypothesised continuous distribution.</param>
    /// <param name="alternative">The alternative hypothesis.</param>
    /// <returns>The statistics, the p-value of the chosen alternative and the method behind it.</returns>
    /// <exception cref="ArgumentException"><paramref name="sample"/> empty or holding NaN/±∞ ("sample"); the
    /// distribution's CDF outside [0, 1] or decreasing over the sorted sample ("distribution").</exception>
    /// <exception cref="ArgumentNullException"><paramref name="distribution"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alternative"/> undefined.</exception>
    public static KsResult Test(ReadOnlySpan<double> sample, IContinuousDistribution distribution, KsAlternative alternative = KsAlternative.TwoSided)
    {
        Guard.NotNull(distribution, nameof(distribution));
        Guard.Defined(alternative, nameof(alternative));
        Guard.FiniteSample(sample, nameof(sample));
        double[] buffer = ArrayPool<double>.Shared.Rent(sample.Length);
        try
        {
            Span<double> u = SortedCopy(sample, buffer);
            distribution.Cdf(u, u);
            return Finish(u, alternative, nameof(distribution));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>Tests <paramref name="sample"/> against the continuous CDF <paramref name="cdf"/>.</summary>
    /// <param name="sample">At least one finite value.</param>
    /// <param name="cdf">The hypothesised CDF: values in [0, 1], nondecreasing.</param>
    /// <param name="alternative">The alternative hypothesis.</param>
    /// <returns>The statistics, the p-value of the chosen alternative and the method behind it.</returns>
    /// <exception cref="ArgumentException"><paramref name="sample"/> empty or holding NaN/±∞ ("sample"); the
    /// CDF outside [0, 1] or decreasing over the sorted sample ("cdf").</exception>
    /// <exception cref="ArgumentNullException"><paramref name="cdf"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alternative"/> undefined.</exception>
    public static KsResult Test(ReadOnlySpan<double> sample, Func<double, double> cdf, KsAlternative alternative = KsAlternative.TwoSided)
    {
        Guard.NotNull(cdf, nameof(cdf));
        Guard.Defined(alternative, nameof(alternative));
        Guard.FiniteSample(sample, nameof(sample));
        double[] buffer = ArrayPool<double>.Shared.Rent(sample.Length);
        try
        {
            Span<double> u = SortedCopy(sample, buffer);
            for (int i = 0; i < u.Length; i++)
            {
                u[i] = cdf(u[i]);
            }

            return Finish(u, alternative, nameof(cdf));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>Copies and sorts the sample (radix sort for large n).</summary>
    internal static Span<double> SortedCopy(ReadOnlySpan<double> sample, double[] buffer)
    {
        Span<double> copy = buffer.AsSpan(0, sample.Length);
        sample.CopyTo(copy);
        if (copy.Length >= RadixThreshold)
        {
            RadixSort.Sort(copy);
        }
        else
        {
            copy.Sort();
        }

        return copy;
    }

    /// <summary>
    /// Decreases of F over the sorted sample up to this size are rounding (fast piecewise-polynomial CDFs are
    /// monotone only to ~1e-16) and are accepted; a larger decrease is a CDF defect.
    /// </summary>
    internal const double MonotoneTolerance = 1e-12;

    /// <summary>Rejects CDF values outside [0, 1] (or NaN) and decreases (beyond rounding) over the sorted sample.</summary>
    internal static void CheckCdfValues(ReadOnlySpan<double> u, string paramName)
    {
        double previous = 0;
        for (int i = 0; i < u.Length; i++)
        {
            double ui = u[i];
            if (!(ui >= previous - MonotoneTolerance && ui >= 0 && ui <= 1))
            {
                string problem = ui >= 0 && ui <= 1
                    ? $"decreases over the sorted sample ({previous} then {ui} at sorted position {i})"
                    : $"returned {ui}, outside [0, 1], at sorted position {i}";
                Guard.ThrowArgument(paramName, $"{paramName}: the CDF {problem}.");
            }

            previous = ui;
        }
    }

    private static KsResult Finish(ReadOnlySpan<double> u, KsAlternative alternative, string paramName)
    {
        CheckCdfValues(u, paramName);
        int n = u.Length;
        double dPlus = 0, dMinus = 0;
        for (int i = 0; i < n; i++)
        {
            double above = ((double)(i + 1) / n) - u[i];
            double below = u[i] - ((double)i / n);
            dPlus = Math.Max(dPlus, above);
            dMinus = Math.Max(dMinus, below);
        }

        switch (alternative)
        {
            case KsAlternative.Greater:
                return new KsResult(dPlus, dPlus, dMinus, KolmogorovDistribution.OneSidedSf(n, dPlus), n, alternative, KsMethod.Smirnov);
            case KsAlternative.Less:
                return new KsResult(dMinus, dPlus, dMinus, KolmogorovDistribution.OneSidedSf(n, dMinus), n, alternative, KsMethod.Smirnov);
            default:
                double d = Math.Max(dPlus, dMinus);
                (double p, KsMethod method) = KolmogorovDistribution.Evaluate(n, d, wantCdf: false);
                return new KsResult(d, dPlus, dMinus, p, n, alternative, method);
        }
    }
}
