using InitVerify.Propagation.Network;

namespace InitVerify.Propagation.Histograms;

/// <summary>
/// A fixed-bin histogram of one layer's activations φ(y) over a batch, with the moments needed to describe its
/// shape (the per-layer plots of the weight-initialisation articles: tanh with std 1, std 0.01, Xavier, He).
/// </summary>
/// <remarks>
/// Bins are equal-width on [<see cref="Min"/>, <see cref="Max"/>]; bin i covers [Min + i·w, Min + (i+1)·w), the last
/// bin also takes Max. Values outside the range are counted in <see cref="Below"/> / <see cref="Above"/>,
/// non-finite ones in <see cref="NonFiniteCount"/>; mean and standard deviation (population, in double) use every
/// finite value.
/// </remarks>
public sealed class ActivationHistogram
{
    private readonly long[] _counts;

    private ActivationHistogram(int layer, double min, double max, long[] counts, long below, long above, long nonFinite, long total, double mean, double std)
    {
        Layer = layer;
        Min = min;
        Max = max;
        _counts = counts;
        Below = below;
        Above = above;
        NonFiniteCount = nonFinite;
        Total = total;
        Mean = mean;
        StandardDeviation = std;
    }

    /// <summary>The layer (1-based; 0 when built from raw values).</summary>
    public int Layer { get; }

    /// <summary>Lower end of the binned range.</summary>
    public double Min { get; }

    /// <summary>Upper end of the binned range.</summary>
    public double Max { get; }

    /// <summary>The number of bins.</summary>
    public int BinCount => _counts.Length;

    /// <summary>The bin width (Max − Min)/BinCount.</summary>
    public double BinWidth => (Max - Min) / _counts.Length;

    /// <summary>Counts per bin.</summary>
    public IReadOnlyList<long> Counts => _counts;

    /// <summary>Finite values below Min.</summary>
    public long Below { get; }

    /// <summary>Finite values above Max.</summary>
    public long Above { get; }

    /// <summary>Values that are ±∞ or NaN.</summary>
    public long NonFiniteCount { get; }

    /// <summary>Every value seen.</summary>
    public long Total { get; }

    /// <summary>Mean of the finite values.</summary>
    public double Mean { get; }

    /// <summary>Population standard deviation of the finite values.</summary>
    public double StandardDeviation { get; }

    /// <summary>Bin i's lower edge Min + i·BinWidth.</summary>
    /// <param name="bin">i in 0..BinCount (BinCount gives Max).</param>
    public double Edge(int bin)
    {
        if (bin < 0 || bin > BinCount)
        {
            Guard.ThrowOutOfRange(nameof(bin), bin, $"must be in 0..{BinCount}");
        }

        return bin == BinCount ? Max : Min + bin * BinWidth;
    }

    /// <summary>Bin i's center.</summary>
    /// <param name="bin">i in 0..BinCount − 1.</param>
    public double Center(int bin) => Edge(bin) + BinWidth / 2;

    /// <summary>Fraction of all values (including out-of-range and non-finite ones in the denominator) in bins whose center lies in [low, high].</summary>
    /// <param name="low">Lower limit.</param>
    /// <param name="high">Upper limit.</param>
    public double FractionOfBinsWithin(double low, double high)
    {
        long sum = 0;
        for (int i = 0; i < _counts.Length; i++)
        {
            double c = Center(i);
            if (c >= low && c <= high)
            {
                sum += _counts[i];
            }
        }

        return Total == 0 ? 0 : (double)sum / Total;
    }

    /// <summary>Builds a histogram of raw values.</summary>
    /// <param name="values">The values.</param>
    /// <param name="min">Lower end, finite.</param>
    /// <param name="max">Upper end, finite, &gt; min.</param>
    /// <param name="bins">Number of bins ≥ 1.</param>
    /// <param name="layer">Layer label (0 for none).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static ActivationHistogram Create(ReadOnlySpan<float> values, double min, double max, int bins, int layer = 0)
    {
        Guard.Finite(min, nameof(min));
        Guard.Finite(max, nameof(max));
        if (!(max > min))
        {
            Guard.ThrowOutOfRange(nameof(max), max, $"must exceed min = {min}");
        }

        Guard.AtLeast(bins, 1, nameof(bins));
        Guard.AtLeast(layer, 0, nameof(layer));
        var counts = new long[bins];
        long below = 0, above = 0, nonFinite = 0, finite = 0;
        double sum = 0, sumSq = 0;
        double width = (max - min) / bins;
        foreach (float f in values)
        {
            double v = f;
            if (!double.IsFinite(v))
            {
                nonFinite++;
                continue;
            }

            finite++;
            sum += v;
            sumSq += v * v;
            if (v < min)
            {
                below++;
            }
            else if (v > max)
            {
                above++;
            }
            else
            {
                counts[Math.Min(bins - 1, (int)((v - min) / width))]++;
            }
        }

        // No finite value: 0/0 makes the mean NaN, and Math.Max(0, NaN) keeps the std NaN.
        double mean = sum / finite;
        double std = Math.Sqrt(Math.Max(0, sumSq / finite - mean * mean));
        return new ActivationHistogram(layer, min, max, counts, below, above, nonFinite, values.Length, mean, std);
    }

    /// <summary>
    /// The histogram of layer l's activations from a forward pass that kept them. Range: [−1, 1] for tanh,
    /// [0, 1] for sigmoid, otherwise [−m, m] with m the largest finite |φ(y)| of the layer (or 1 when all are 0).
    /// </summary>
    /// <param name="pass">A forward pass run with keepActivations.</param>
    /// <param name="layer">l in 1..L.</param>
    /// <param name="bins">Number of bins ≥ 1.</param>
    public static ActivationHistogram FromForward(ForwardPass pass, int layer, int bins = 40)
    {
        ArgumentNullException.ThrowIfNull(pass);
        ReadOnlySpan<float> values = pass.Activations(layer);
        (double min, double max) = pass.Stack.Activation.Kind switch
        {
            ActivationKind.Tanh => (-1.0, 1.0),
            ActivationKind.Sigmoid => (0.0, 1.0),
            _ => Symmetric(values),
        };
        return Create(values, min, max, bins, layer);
    }

    /// <summary>Histograms of every layer of a forward pass that kept its activations.</summary>
    /// <param name="pass">The pass.</param>
    /// <param name="bins">Number of bins ≥ 1.</param>
    public static IReadOnlyList<ActivationHistogram> AllLayers(ForwardPass pass, int bins = 40)
    {
        ArgumentNullException.ThrowIfNull(pass);
        return Enumerable.Range(1, pass.Layers.Count).Select(l => FromForward(pass, l, bins)).ToArray();
    }

    private static (double, double) Symmetric(ReadOnlySpan<float> values)
    {
        double m = 0;
        foreach (float f in values)
        {
            if (float.IsFinite(f))
            {
                m = Math.Max(m, Math.Abs(f));
            }
        }

        return m > 0 ? (-m, m) : (-1.0, 1.0);
    }
}
