using System.Diagnostics;
using InitVerify.Init;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;

namespace InitVerify.Bench;

/// <summary>
/// Two-core scaling of the parallel fills, measured in pairs: each round times one single-thread fill and then one
/// all-cores fill of the same 16M-element tensor, back to back, and the scaling is the median of the per-round ratios
/// (with quartiles). A BenchmarkDotNet run measures the two rows minutes apart, and on a shared VM the speed of a
/// core drifts by ±15% over seconds; pairing cancels that drift, so this is the figure for the 1.8× goal.
/// Stopwatch timing, not BenchmarkDotNet: run it on an idle machine (<c>dotnet run -c Release -- scaling [seconds]</c>).
/// </summary>
public static class PairedScaling
{
    private const int N = 1 << 24;

    /// <summary>Runs every fill for <paramref name="secondsPerFill"/> seconds and prints a Markdown table.</summary>
    /// <param name="secondsPerFill">Seconds of alternating rounds per fill (after one warm-up round).</param>
    public static void Run(double secondsPerFill)
    {
        var floats = new float[N];
        var doubles = new double[N];
        var generator = new Philox4x32(20261124);
        WeightDistribution normal = WeightDistribution.Normal(0, 1);
        WeightDistribution uniform = WeightDistribution.Uniform(-1, 1);
        WeightDistribution truncated = WeightDistribution.TruncatedNormal(0, 1, -2, 2);
        (string Name, Action<int> Fill)[] fills =
        [
            ("normal f64", threads => DistributionSampler.Fill(normal, doubles, generator, threads)),
            ("normal f32", threads => DistributionSampler.Fill(normal, floats, generator, threads)),
            ("truncated normal f32", threads => DistributionSampler.Fill(truncated, floats, generator, threads)),
            ("uniform f32", threads => DistributionSampler.Fill(uniform, floats, generator, threads)),
            ("Native32 normal f64", threads => DistributionSampler.Fill(normal, doubles, generator, FloatStream.Native32, threads)),
            ("Native32 normal f32", threads => DistributionSampler.Fill(normal, floats, generator, FloatStream.Native32, threads)),
            ("Native32 uniform f32", threads => DistributionSampler.Fill(uniform, floats, generator, FloatStream.Native32, threads)),
        ];

        Console.WriteLine($"{Environment.ProcessorCount} processors, 16M elements, {secondsPerFill} s per fill");
        Console.WriteLine("| fill | rounds | 1 thread (ns/element, median) | all cores | scaling: median of round ratios | quartiles |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach ((string name, Action<int> fill) in fills)
        {
            fill(1);
            fill(-1);
            var one = new List<double>();
            var all = new List<double>();
            var ratios = new List<double>();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < secondsPerFill)
            {
                double single = Time(fill, 1);
                double parallel = Time(fill, -1);
                one.Add(single);
                all.Add(parallel);
                ratios.Add(single / parallel);
            }

            Console.WriteLine($"| {name} | {ratios.Count} | {Quantile(one, 0.5):F3} | {Quantile(all, 0.5):F3} | {Quantile(ratios, 0.5):F2}× | {Quantile(ratios, 0.25):F2}–{Quantile(ratios, 0.75):F2} |");
        }
    }

    private static double Time(Action<int> fill, int threads)
    {
        long start = Stopwatch.GetTimestamp();
        fill(threads);
        return Stopwatch.GetElapsedTime(start).TotalNanoseconds / N;
    }

    /// <summary>The order statistic at ⌊q·(n − 1)⌋ of the sorted values (no interpolation).</summary>
    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)(q * (sorted.Count - 1))];
    }
}
