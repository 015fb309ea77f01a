using System.Numerics;

namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// Sorts values that lie in [0, 1], the CDF values u_i = F(x_i) of a goodness-of-fit test, by two levels of buckets:
/// first over 2ᵏ equal-width buckets of [0, 1] (about 256 values each, k ≤ 11), then each of those, which fits in the
/// L1 cache, over as many equal-width sub-buckets as it holds values, finished by one insertion pass.
/// Under the null hypothesis the u_i are uniform, so every level is a linear pass and the whole sort costs a few
/// passes over the data, most of them in cache, instead of a comparison or radix sort of the sample.
/// </summary>
/// <remarks>
/// The first-level scatter writes to at most 2,048 places at a time, which stay in the L2 cache; a random scatter over
/// n buckets measured three times slower here (BENCHMARKS.md). Bucket indices come from exact arithmetic: u·2ᵏ is
/// exact, and so is its difference to the integer bucket number. A bucket holding more than
/// <see cref="CountingLimit"/> values (a sample far from the null) is sorted by introsort, so the worst case stays
/// O(n log n). A value outside [0, 1] or NaN makes the sort decline (false), and the caller falls back to sorting
/// the sample, where its error message is precise.
/// </remarks>
internal static class UnitIntervalSort
{
    /// <summary>Buckets up to this length are finished by insertion sort.</summary>
    private const int InsertionLength = 24;

    /// <summary>First-level buckets hold about this many values on average.</summary>
    private const int ValuesPerBucket = 256;

    /// <summary>At most 2¹¹ first-level buckets (their write positions stay in L2).</summary>
    private const int MaxBuckets = 2048;

    /// <summary>Larger first-level buckets (far from uniform data) are sorted by introsort.</summary>
    private const int CountingLimit = 1 << 14;

    /// <summary>Writes <paramref name="values"/> sorted ascending into <paramref name="destination"/> (same length).</summary>
    /// <param name="values">The values; at least one.</param>
    /// <param name="destination">Receives them sorted (not the same memory as <paramref name="values"/>).</param>
    /// <returns>False, with <paramref name="destination"/> unspecified, when a value is NaN or outside [0, 1].</returns>
    public static bool TrySort(ReadOnlySpan<double> values, Span<double> destination)
    {
        int n = values.Length;
        int buckets = (int)Math.Min(MaxBuckets, BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, n / ValuesPerBucket)));
        Span<int> next = stackalloc int[buckets + 1];
        if (!Count(values, next, buckets))
        {
            return false;
        }

        for (int i = 0; i < values.Length; i++)
        {
            double u = values[i];
            destination[next[Bucket(u, buckets)]++] = u;
        }

        using var scratchRental = new PooledArray<double>(CountingLimit);
        double[] scratchArray = scratchRental.Array;
        using var subRental = new PooledArray<int>(CountingLimit + 1);
        int[] subArray = subRental.Array;
        int start = 0;
        for (int b = 0; b < buckets; b++)
        {
            int stop = next[b];
            Span<double> bucket = destination[start..stop];
            if (bucket.Length > CountingLimit)
            {
                bucket.Sort();
            }
            else if (bucket.Length > InsertionLength)
            {
                SortBucket(bucket, b, buckets, scratchArray, subArray);
            }
            else
            {
                InsertionSort(bucket);
            }

            start = stop;
        }

        return true;
    }

    /// <summary>The first-level bucket of u ∈ [0, 1]: ⌊u·m⌋, with u = 1 in the last one.</summary>
    private static int Bucket(double u, int buckets) => Math.Min((int)(u * buckets), buckets - 1);

    /// <summary>Counts the values per bucket and turns the counts into start offsets (next[b] = start of bucket b).</summary>
    private static bool Count(ReadOnlySpan<double> values, Span<int> next, int buckets)
    {
        next.Clear();
        for (int i = 0; i < values.Length; i++)
        {
            double u = values[i];
            if (!(u >= 0 && u <= 1))
            {
                return false;
            }

            next[Bucket(u, buckets) + 1]++;
        }

        for (int b = 1; b <= buckets; b++)
        {
            next[b] += next[b - 1];
        }

        return true;
    }

    /// <summary>
    /// Sorts first-level bucket <paramref name="b"/> (values in [b/m, (b+1)/m]): a counting sort by sub-bucket
    /// ⌊t·s⌋ of its interval (t = u·m − b ∈ [0, 1] exactly, s = its length, so about one value per sub-bucket) into
    /// <paramref name="scratchArray"/>, then one insertion pass over the whole bucket, which only moves values
    /// within their sub-bucket.
    /// </summary>
    private static void SortBucket(Span<double> bucket, int b, int buckets, double[] scratchArray, int[] subArray)
    {
        int length = bucket.Length;
        Span<int> next = subArray.AsSpan(0, length + 1);
        Span<double> scratch = scratchArray.AsSpan(0, length);
        next.Clear();
        for (int i = 0; i < length; i++)
        {
            next[SubBucket(bucket[i], b, buckets, length) + 1]++;
        }

        for (int s = 1; s <= length; s++)
        {
            next[s] += next[s - 1];
        }

        for (int i = 0; i < length; i++)
        {
            double u = bucket[i];
            scratch[next[SubBucket(u, b, buckets, length)]++] = u;
        }

        scratch.CopyTo(bucket);
        InsertionSort(bucket);
    }

    private static int SubBucket(double u, int b, int buckets, int subBuckets) =>
        Math.Min((int)(((u * buckets) - b) * subBuckets), subBuckets - 1);

    /// <summary>Insertion sort (for the few values of one bucket).</summary>
    private static void InsertionSort(Span<double> values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            double key = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > key)
            {
                values[j + 1] = values[j];
                j--;
            }

            values[j + 1] = key;
        }
    }
}
