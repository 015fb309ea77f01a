using System.Buffers;
using InitVerify.Stats.Distributions;

namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// Sorts a sample with its hypothesised CDF as the bucket key: u_i = F(x_i) is evaluated once on the unsorted
/// sample, the pairs (x_i, u_i) are distributed over m = n equal-width buckets of [0, 1] by u, and each bucket is
/// sorted by x. Under the null hypothesis the u_i are uniform, so a bucket holds one pair on average and the whole
/// sort is three linear passes (evaluate and count, scatter, finish each bucket) instead of a comparison or radix
/// sort of the sample.
/// </summary>
/// <remarks>
/// The result is accepted only when the concatenated buckets are sorted by x; then it is exactly the sorted
/// sample with F at each point, the same values in the same order as evaluating F on the sorted sample (ties in x
/// carry equal u). When F is not nondecreasing over the sample (a defective CDF, or rounding that puts two
/// neighbouring points on either side of a bucket boundary in the wrong order), or a value of F is NaN or outside
/// [0, 1], the method reports failure and the caller falls back to sorting x and evaluating F in order, which
/// also yields the caller's precise error message. A bucket with many pairs (a sample far from the null) is
/// sorted by introsort, so the worst case stays O(n log n).
/// </remarks>
internal static class CdfBucketSort
{
    /// <summary>Buckets up to this length are finished by insertion sort, longer ones by introsort.</summary>
    private const int InsertionLength = 16;

    /// <summary>
    /// Writes the sample sorted ascending into <paramref name="x"/> and F at those points into <paramref name="u"/>.
    /// </summary>
    /// <param name="sample">Finite values (checked by the caller).</param>
    /// <param name="distribution">The hypothesised distribution.</param>
    /// <param name="x">Receives the sorted sample (length n).</param>
    /// <param name="u">Receives F(x[i]) (length n).</param>
    /// <returns>False when F is NaN, outside [0, 1] or not nondecreasing over the sample (x and u then hold
    /// unspecified values and the caller must sort the sample itself).</returns>
    public static bool TrySort(ReadOnlySpan<double> sample, IContinuousDistribution distribution, Span<double> x, Span<double> u)
    {
        int n = sample.Length;
        double[] unsortedArray = ArrayPool<double>.Shared.Rent(n);
        int[] countsArray = ArrayPool<int>.Shared.Rent(n + 1);
        try
        {
            Span<double> unsorted = unsortedArray.AsSpan(0, n);
            Span<int> next = countsArray.AsSpan(0, n + 1);
            distribution.Cdf(sample, unsorted);
            if (!Count(unsorted, next))
            {
                return false;
            }

            Scatter(sample, unsorted, next, x, u);
            return FinishBuckets(next, x, u);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(countsArray);
            ArrayPool<double>.Shared.Return(unsortedArray);
        }
    }

    /// <summary>The bucket of u ∈ [0, 1] among m = n buckets: ⌊u m⌋, with u = 1 in the last one.</summary>
    private static int Bucket(double u, int n) => Math.Min((int)(u * n), n - 1);

    /// <summary>Counts the pairs per bucket and turns the counts into start offsets (next[b] = start of bucket b).</summary>
    private static bool Count(ReadOnlySpan<double> unsorted, Span<int> next)
    {
        int n = unsorted.Length;
        next.Clear();
        for (int i = 0; i < n; i++)
        {
            double ui = unsorted[i];
            if (!(ui >= 0 && ui <= 1))
            {
                return false;
            }

            next[Bucket(ui, n) + 1]++;
        }

        for (int b = 1; b <= n; b++)
        {
            next[b] += next[b - 1];
        }

        return true;
    }

    /// <summary>Moves every pair to its bucket; afterwards next[b] is the end of bucket b (the start of b + 1).</summary>
    private static void Scatter(ReadOnlySpan<double> sample, ReadOnlySpan<double> unsorted, Span<int> next, Span<double> x, Span<double> u)
    {
        int n = sample.Length;
        for (int i = 0; i < n; i++)
        {
            double ui = unsorted[i];
            int position = next[Bucket(ui, n)]++;
            x[position] = sample[i];
            u[position] = ui;
        }
    }

    /// <summary>Sorts each bucket by x and checks that the whole sequence is sorted by x.</summary>
    private static bool FinishBuckets(ReadOnlySpan<int> end, Span<double> x, Span<double> u)
    {
        int n = x.Length;
        int start = 0;
        double previousMax = double.NegativeInfinity;
        for (int b = 0; b < n; b++)
        {
            int stop = end[b];
            int length = stop - start;
            if (length == 0)
            {
                continue;
            }

            if (length > InsertionLength)
            {
                x.Slice(start, length).Sort(u.Slice(start, length));
            }
            else if (length > 1)
            {
                InsertionSort(x.Slice(start, length), u.Slice(start, length));
            }

            if (x[start] < previousMax)
            {
                return false;
            }

            previousMax = x[stop - 1];
            start = stop;
        }

        return true;
    }

    /// <summary>Insertion sort of the pairs by key (stable; for the few pairs of one bucket).</summary>
    private static void InsertionSort(Span<double> keys, Span<double> items)
    {
        for (int i = 1; i < keys.Length; i++)
        {
            double key = keys[i];
            double item = items[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                items[j + 1] = items[j];
                j--;
            }

            keys[j + 1] = key;
            items[j + 1] = item;
        }
    }
}
