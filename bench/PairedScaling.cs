using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
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
/// <para>Each round also times a control (<see cref="ControlKernel"/>): independent vector fused multiply-adds in
/// registers, no memory and no library code, once on one thread and once per core on every core. Its scaling is the
/// ceiling the machine offered in that round (on a VM the host decides whether two vCPUs get two cores' worth of
/// vector units); the fill's scaling divided by the control's, per round, is the share of that ceiling the fill reached.</para>
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
            ("Native32Ars normal f64", threads => DistributionSampler.Fill(normal, doubles, generator, FloatStream.Native32Ars, threads)),
            ("Native32Ars normal f32", threads => DistributionSampler.Fill(normal, floats, generator, FloatStream.Native32Ars, threads)),
            ("Native32Ars uniform f32", threads => DistributionSampler.Fill(uniform, floats, generator, FloatStream.Native32Ars, threads)),
        ];

        int cores = Environment.ProcessorCount;
        long controlIterations = CalibrateControl(TimeSpan.FromMilliseconds(40));
        Console.WriteLine($"{cores} processors, 16M elements, {secondsPerFill} s per fill; control: {controlIterations:N0} iterations (~40 ms) per thread");
        Console.WriteLine("| fill | rounds | 1 thread (ns/element, median) | all cores | scaling: median of round ratios | quartiles | control scaling, same rounds (quartiles) | fill ÷ control (quartiles) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|---|---|");
        foreach ((string name, Action<int> fill) in fills)
        {
            fill(1);
            fill(-1);
            var one = new List<double>();
            var all = new List<double>();
            var ratios = new List<double>();
            var control = new List<double>();
            var relative = new List<double>();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < secondsPerFill)
            {
                double ceiling = ControlScaling(controlIterations, cores);
                double single = Time(fill, 1);
                double parallel = Time(fill, -1);
                one.Add(single);
                all.Add(parallel);
                ratios.Add(single / parallel);
                control.Add(ceiling);
                relative.Add(single / parallel / ceiling);
            }

            Console.WriteLine($"| {name} | {ratios.Count} | {Quantile(one, 0.5):F3} | {Quantile(all, 0.5):F3} | {Quantile(ratios, 0.5):F2}× | {Quantile(ratios, 0.25):F2}–{Quantile(ratios, 0.75):F2} | "
                + $"{Quantile(control, 0.5):F2}× ({Quantile(control, 0.25):F2}–{Quantile(control, 0.75):F2}) | {Quantile(relative, 0.5):F2} ({Quantile(relative, 0.25):F2}–{Quantile(relative, 0.75):F2}) |");
        }
    }

    /// <summary>
    /// The control's scaling: the time of one <see cref="ControlKernel"/> on this thread, against <paramref name="cores"/>
    /// of them at once (one per core, through <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/> like
    /// the fills), times <paramref name="cores"/>. The single run goes first, as in the fills' rounds.
    /// </summary>
    private static double ControlScaling(long iterations, int cores)
    {
        long start = Stopwatch.GetTimestamp();
        ControlKernel(iterations);
        double single = Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        Parallel.For(0, cores, new ParallelOptions { MaxDegreeOfParallelism = cores }, _ => ControlKernel(iterations));
        double parallel = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return cores * single / parallel;
    }

    /// <summary>Iterations of <see cref="ControlKernel"/> that take about <paramref name="target"/> on one thread.</summary>
    private static long CalibrateControl(TimeSpan target)
    {
        const long Probe = 1 << 22;
        ControlKernel(Probe);
        long start = Stopwatch.GetTimestamp();
        ControlKernel(Probe);
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return Math.Max(Probe, (long)(Probe * target.TotalSeconds / seconds));
    }

    /// <summary>Eight independent chains of vector fused multiply-adds: bound by the core's vector units, no memory.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static float ControlKernel(long iterations)
    {
        Vector256<float> a = Vector256.Create(0.99999994f);
        Vector256<float> b = Vector256.Create(1e-7f);
        Vector256<float> c0 = a, c1 = b, c2 = a, c3 = b, c4 = a, c5 = b, c6 = a, c7 = b;
        for (long i = 0; i < iterations; i++)
        {
            c0 = Vector256.FusedMultiplyAdd(c0, a, b);
            c1 = Vector256.FusedMultiplyAdd(c1, a, b);
            c2 = Vector256.FusedMultiplyAdd(c2, a, b);
            c3 = Vector256.FusedMultiplyAdd(c3, a, b);
            c4 = Vector256.FusedMultiplyAdd(c4, a, b);
            c5 = Vector256.FusedMultiplyAdd(c5, a, b);
            c6 = Vector256.FusedMultiplyAdd(c6, a, b);
            c7 = Vector256.FusedMultiplyAdd(c7, a, b);
        }

        return Vector256.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7);
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
