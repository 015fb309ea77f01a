using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using InitVerify.Init;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;
using MathNet.Numerics.Distributions;

namespace InitVerify.Bench;

/// <summary>
/// Fill rates of the library's samplers (Philox4x32-10 + vectorized Box-Muller / uniform / Robert's truncated normal,
/// on one thread and on every core) against MathNet's Normal.Samples, System.Random loops and Span.Fill on a 512 MiB
/// float array (the memory-write limit). Every benchmark reports time per element (OperationsPerInvoke), so
/// M elements/s = 1000 / (ns per element).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SamplingBenchmarks
{
    /// <summary>16M elements: 64 MiB of floats, far beyond the caches.</summary>
    private const int N = 1 << 24;

    /// <summary>512 MiB of floats.</summary>
    private const int Big = 1 << 27;

    /// <summary>2 MiB of floats: half of it per core fits in each core's L2 (2 MiB here), so memory writes do not limit scaling.</summary>
    private const int InCache = 1 << 19;

    private static readonly WeightDistribution Normal01 = WeightDistribution.Normal(0, 1);
    private static readonly WeightDistribution Uniform01 = WeightDistribution.Uniform(-1, 1);

    // PyTorch's trunc_normal_ default: N(0, 1) on [-2, 2] (Robert's normal-rejection regime, acceptance 95.4%).
    private static readonly WeightDistribution Truncated = WeightDistribution.TruncatedNormal(0, 1, -2, 2);
    private static readonly Philox4x32 Generator = new(20261124);

    private float[] floats = [];
    private double[] doubles = [];
    private float[] big = [];
    private float[] inCache = [];

    [GlobalSetup]
    public void Setup()
    {
        floats = new float[N];
        doubles = new double[N];
        big = new float[Big];
        inCache = new float[InCache];
        floats.AsSpan().Fill(1);
        doubles.AsSpan().Fill(1);
        big.AsSpan().Fill(1);
        inCache.AsSpan().Fill(1);
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f32")]
    public void NormalFloat_1Thread() => DistributionSampler.Fill(Normal01, floats, Generator, 1);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f32")]
    public void NormalFloat_AllCores() => DistributionSampler.Fill(Normal01, floats, Generator);

    /// <summary>The opt-in float32-native stream (FloatStream.Native32): float Box-Muller, four elements per Philox block.</summary>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f32")]
    public void NormalFloatNative32_1Thread() => DistributionSampler.Fill(Normal01, floats, Generator, FloatStream.Native32, 1);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f32")]
    public void NormalFloatNative32_AllCores() => DistributionSampler.Fill(Normal01, floats, Generator, FloatStream.Native32);

    /// <summary>The ARS-7 float32 stream (FloatStream.Native32Ars): the Native32 transforms on AES-round words.</summary>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f32")]
    public void NormalFloatNative32Ars_1Thread() => DistributionSampler.Fill(Normal01, floats, Generator, FloatStream.Native32Ars, 1);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f32")]
    public void NormalFloatNative32Ars_AllCores() => DistributionSampler.Fill(Normal01, floats, Generator, FloatStream.Native32Ars);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f64")]
    public void NormalDouble_1Thread() => DistributionSampler.Fill(Normal01, doubles, Generator, 1);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f64")]
    public void NormalDouble_AllCores() => DistributionSampler.Fill(Normal01, doubles, Generator);

    /// <summary>Native32 into a double tensor: the float32 fill widened exactly (float32 values at the float32 rate).</summary>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f64")]
    public void NormalDoubleNative32_1Thread() => DistributionSampler.Fill(Normal01, doubles, Generator, FloatStream.Native32, 1);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f64")]
    public void NormalDoubleNative32_AllCores() => DistributionSampler.Fill(Normal01, doubles, Generator, FloatStream.Native32);

    /// <summary>MathNet 5: Normal.Samples into a double array (polar Box-Muller on a seeded System.Random).</summary>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f64")]
    public void NormalDoubleNative32Ars_1Thread() => DistributionSampler.Fill(Normal01, doubles, Generator, FloatStream.Native32Ars, 1);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f64")]
    public void NormalDoubleNative32Ars_AllCores() => DistributionSampler.Fill(Normal01, doubles, Generator, FloatStream.Native32Ars);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f64")]
    public void MathNetNormalSamples_Double() => Normal.Samples(new System.Random(1), doubles, 0, 1);

    /// <summary>Box-Muller on System.Random.NextDouble into a float array.</summary>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("normal f32")]
    public void SystemRandomBoxMuller_Float()
    {
        var random = new System.Random(1);
        float[] destination = floats;
        for (int i = 0; i + 1 < destination.Length; i += 2)
        {
            double r = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            (double sin, double cos) = Math.SinCos(2 * Math.PI * random.NextDouble());
            destination[i] = (float)(r * cos);
            destination[i + 1] = (float)(r * sin);
        }
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("uniform f32")]
    public void UniformFloat_1Thread() => DistributionSampler.Fill(Uniform01, floats, Generator, 1);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("uniform f32")]
    public void UniformFloat_AllCores() => DistributionSampler.Fill(Uniform01, floats, Generator);

    [Benchmark(OperationsPerInvoke = Big), BenchmarkCategory("uniform f32")]
    public void UniformFloat512MiB_AllCores() => DistributionSampler.Fill(Uniform01, big, Generator);

    /// <summary>The opt-in float32-native stream (FloatStream.Native32): one 32-bit Philox word per element.</summary>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("uniform f32")]
    public void UniformFloatNative32_1Thread() => DistributionSampler.Fill(Uniform01, floats, Generator, FloatStream.Native32, 1);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("uniform f32")]
    public void UniformFloatNative32_AllCores() => DistributionSampler.Fill(Uniform01, floats, Generator, FloatStream.Native32);

    /// <summary>Native32 into a double tensor: the float32 uniform widened exactly as it is stored.</summary>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("uniform f64")]
    public void UniformDoubleNative32_1Thread() => DistributionSampler.Fill(Uniform01, doubles, Generator, FloatStream.Native32, 1);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("uniform f64")]
    public void UniformDoubleNative32_AllCores() => DistributionSampler.Fill(Uniform01, doubles, Generator, FloatStream.Native32);

    /// <summary>The Native32 fills into a cache-resident 2 MiB array: their scaling from one to two cores without the memory-write limit.</summary>
    [Benchmark(OperationsPerInvoke = InCache), BenchmarkCategory("in cache f32")]
    public void InCacheNormalFloatNative32_1Thread() => DistributionSampler.Fill(Normal01, inCache, Generator, FloatStream.Native32, 1);

    [Benchmark(OperationsPerInvoke = InCache), BenchmarkCategory("in cache f32")]
    public void InCacheNormalFloatNative32_AllCores() => DistributionSampler.Fill(Normal01, inCache, Generator, FloatStream.Native32);

    [Benchmark(OperationsPerInvoke = InCache), BenchmarkCategory("in cache f32")]
    public void InCacheUniformFloatNative32_1Thread() => DistributionSampler.Fill(Uniform01, inCache, Generator, FloatStream.Native32, 1);

    [Benchmark(OperationsPerInvoke = InCache), BenchmarkCategory("in cache f32")]
    public void InCacheUniformFloatNative32_AllCores() => DistributionSampler.Fill(Uniform01, inCache, Generator, FloatStream.Native32);

    [Benchmark(OperationsPerInvoke = Big), BenchmarkCategory("uniform f32")]
    public void UniformFloatNative32_512MiB_AllCores() => DistributionSampler.Fill(Uniform01, big, Generator, FloatStream.Native32);

    /// <summary>The ARS-7 float32 stream (FloatStream.Native32Ars): one 32-bit word of an AES-round block per element.</summary>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("uniform f32")]
    public void UniformFloatNative32Ars_1Thread() => DistributionSampler.Fill(Uniform01, floats, Generator, FloatStream.Native32Ars, 1);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("uniform f32")]
    public void UniformFloatNative32Ars_AllCores() => DistributionSampler.Fill(Uniform01, floats, Generator, FloatStream.Native32Ars);

    [Benchmark(OperationsPerInvoke = Big), BenchmarkCategory("uniform f32")]
    public void UniformFloatNative32Ars_512MiB_AllCores() => DistributionSampler.Fill(Uniform01, big, Generator, FloatStream.Native32Ars);

    /// <summary>System.Random.NextDouble loop into a float array.</summary>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("uniform f32")]
    public void SystemRandomNextDouble_Float()
    {
        var random = new System.Random(1);
        float[] destination = floats;
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = (float)(2 * random.NextDouble() - 1);
        }
    }

    /// <summary>The memory-write anchor: Span.Fill on a 512 MiB float array.</summary>
    [Benchmark(OperationsPerInvoke = Big), BenchmarkCategory("uniform f32")]
    public void SpanFill512MiB() => big.AsSpan().Fill(0.5f);

    /// <summary>
    /// The memory-write limit of every core: Span.Fill on the 512 MiB array in the fills' 2¹⁶-element chunks on all cores
    /// (Parallel.For, as the samplers chunk a large tensor). No fill of a large tensor can scale past this control.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Big), BenchmarkCategory("uniform f32")]
    public void SpanFill512MiB_AllCores()
    {
        const int chunk = 1 << 16;
        Parallel.For(0, Big / chunk, i => big.AsSpan(i * chunk, chunk).Fill(0.5f));
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("truncated normal f32")]
    public void TruncatedNormalFloat_1Thread() => DistributionSampler.Fill(Truncated, floats, Generator, 1);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("truncated normal f32")]
    public void TruncatedNormalFloat_AllCores() => DistributionSampler.Fill(Truncated, floats, Generator);

    /// <summary>The same target on the ARS-7 float32 stream (normal rejection on the stream's float Box-Muller normals).</summary>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("truncated normal f32")]
    public void TruncatedNormalFloatNative32Ars_1Thread() => DistributionSampler.Fill(Truncated, floats, Generator, FloatStream.Native32Ars, 1);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("truncated normal f32")]
    public void TruncatedNormalFloatNative32Ars_AllCores() => DistributionSampler.Fill(Truncated, floats, Generator, FloatStream.Native32Ars);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("truncated normal f64")]
    public void TruncatedNormalDoubleNative32Ars_1Thread() => DistributionSampler.Fill(Truncated, doubles, Generator, FloatStream.Native32Ars, 1);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("truncated normal f64")]
    public void TruncatedNormalDoubleNative32Ars_AllCores() => DistributionSampler.Fill(Truncated, doubles, Generator, FloatStream.Native32Ars);
}
