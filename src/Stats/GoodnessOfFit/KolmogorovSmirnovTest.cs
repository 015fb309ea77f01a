using InitVerify.Stats.Distributions;

namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// The one-sample Kolmogorov-Smirnov test of a fully specified continuous F:
/// D⁺ = max_i (i/n − F(x₍ᵢ₎)), D⁻ = max_i (F(x₍ᵢ₎) − (i−1)/n), D = max(D⁺, D⁻) over the sorted sample.
/// </summary>
/// <remarks>
/// The two-sided p-value is <see cref="KolmogorovDistribution.Sf"/>(n, D) (exact for n ≤ 140, Simard and
/// L'Ecuyer's method selection beyond), the one-sided ones the exact Birnbaum-Tingey survival function.
/// For samples of 1,024 or more against the library's own distributions (<see cref="IMonotoneCdf"/>), F is evaluated
/// on the unsorted sample through <see cref="IContinuousDistribution.Cdf(ReadOnlySpan{double}, Span{double})"/> and
/// the values, uniform on [0, 1] under the null, are bucket-sorted in linear time (<see cref="UnitIntervalSort"/>), so
/// the whole test costs a fraction of sorting the sample with <see cref="Array.Sort{T}(T[])"/> (see BENCHMARKS.md).
/// Any other distribution, and a CDF value outside [0, 1], takes the general path: the sample is sorted
/// (<see cref="RadixSort"/> for large n) and F is checked to be in [0, 1] and nondecreasing over it.
/// The sample is copied (into a pooled buffer); it is never modified.
/// </remarks>
public static class KolmogorovSmirnovTest
{
    private const int RadixThreshold = 1024;

    /// <summary>From this size on the CDF values of the library's own distributions are bucket-sorted (<see cref="UnitIntervalSort"/>).</summary>
    private const int BucketThreshold = 1024;

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
        int n = sample.Length;
        using var rental = new PooledArray<double>(2 * n);
        double[] buffer = rental.Array;
        Span<double> u = buffer.AsSpan(n, n);
        bool sortedValues = false;
        if (n >= BucketThreshold && distribution is IMonotoneCdf)
        {
            Span<double> values = buffer.AsSpan(0, n);
            distribution.Cdf(sample, values);
            sortedValues = UnitIntervalSort.TrySort(values, u);
        }

        if (!sortedValues)
        {
            distribution.Cdf(SortedCopy(sample, buffer), u);
        }

        var statistics = new Statistics(n, nameof(distribution));
        statistics.Add(u);
        return statistics.Result(alternative);
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
        using var rental = new PooledArray<double>(sample.Length);
        double[] buffer = rental.Array;
        Span<double> u = SortedCopy(sample, buffer);
        for (int i = 0; i < u.Length; i++)
        {
            u[i] = cdf(u[i]);
        }

        var statistics = new Statistics(u.Length, nameof(cdf));
        statistics.Add(u);
        return statistics.Result(alternative);
    }

    /// <summary>Copies and sorts the sample (radix sort for large n).</summary>
    internal static Span<double> SortedCopy(ReadOnlySpan<double> sample, double[] buffer)
    {
        Span<double> copy = buffer.AsSpan(0, sample.Length);
        if (copy.Length >= RadixThreshold)
        {
            RadixSort.Sort(sample, copy);
        }
        else
        {
            sample.CopyTo(copy);
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
        var statistics = new Statistics(u.Length, paramName);
        statistics.Add(u);
    }

    /// <summary>D⁺ and D⁻ over F(x₍ᵢ₎), i = 1..n, with the range and monotonicity checks.</summary>
    private struct Statistics(int n, string paramName)
    {
        private double _previous;
        private double _dPlus;
        private double _dMinus;

        public void Add(ReadOnlySpan<double> u)
        {
            double previous = _previous, dPlus = _dPlus, dMinus = _dMinus;
            for (int i = 0; i < u.Length; i++)
            {
                double ui = u[i];
                if (!(ui >= previous - MonotoneTolerance && ui >= 0 && ui <= 1))
                {
                    Fail(previous, ui, i, paramName);
                }

                dPlus = Math.Max(dPlus, ((double)(i + 1) / n) - ui);
                dMinus = Math.Max(dMinus, ui - ((double)i / n));
                previous = ui;
            }

            (_previous, _dPlus, _dMinus) = (previous, dPlus, dMinus);
        }

        public readonly KsResult Result(KsAlternative alternative)
        {
            switch (alternative)
            {
                case KsAlternative.Greater:
                    return new KsResult(_dPlus, _dPlus, _dMinus, KolmogorovDistribution.OneSidedSf(n, _dPlus), n, alternative, KsMethod.Smirnov);
                case KsAlternative.Less:
                    return new KsResult(_dMinus, _dPlus, _dMinus, KolmogorovDistribution.OneSidedSf(n, _dMinus), n, alternative, KsMethod.Smirnov);
                default:
                    double d = Math.Max(_dPlus, _dMinus);
                    (double p, KsMethod method) = KolmogorovDistribution.Evaluate(n, d, wantCdf: false);
                    return new KsResult(d, _dPlus, _dMinus, p, n, alternative, method);
            }
        }

        private static void Fail(double previous, double ui, int position, string paramName)
        {
            string problem = ui >= 0 && ui <= 1
                ? $"decreases over the sorted sample ({previous} then {ui} at sorted position {position})"
                : $"returned {ui}, outside [0, 1], at sorted position {position}";
            Guard.ThrowArgument(paramName, $"{paramName}: the CDF {problem}.");
        }
    }
}
