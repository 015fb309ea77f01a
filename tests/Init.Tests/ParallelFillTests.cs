using InitVerify.Init.Random;
using InitVerify.Init.Sampling;

namespace InitVerify.Init.Tests;

public class ParallelFillTests
{
    // Above the parallel threshold, with a ragged last chunk and an odd length.
    private const int Length = ElementSampler.ParallelThreshold + ElementSampler.ChunkSize / 2 + 1;

    public static TheoryData<string> Targets => new() { "uniform", "normal", "truncated" };

    [Theory]
    [InlineData(0, -1, false)]
    [InlineData(ElementSampler.ParallelThreshold - 1, -1, false)]
    [InlineData(ElementSampler.ParallelThreshold, -1, true)]
    [InlineData(ElementSampler.ParallelThreshold, 2, true)]
    [InlineData(ElementSampler.ParallelThreshold, 1, false)]
    [InlineData(int.MaxValue, 1, false)]
    public void SmallTensorsAndOneThreadCaps_StayOnTheCallingThread(int length, int threads, bool parallel)
    {
        Assert.Equal(parallel, ElementSampler.RunsInParallel(length, threads));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(64, 64)]
    public void ThreadCap_IsTakenAsGiven(int requested, int used)
    {
        Assert.Equal(used, DistributionSampler.Threads(requested));
    }

    [Fact]
    public void ThreadCapMinusOne_MeansEveryProcessor()
    {
        Assert.Equal(Environment.ProcessorCount, DistributionSampler.Threads(-1));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void ParallelFill_IsBitIdenticalToSerialWhateverTheThreadCount(string kind)
    {
        WeightDistribution target = kind switch
        {
            "uniform" => WeightDistribution.Uniform(-1, 1),
            "normal" => WeightDistribution.Normal(0, 1),
            _ => WeightDistribution.TruncatedNormal(0, 1, -0.5, 2),
        };
        var generator = new Philox4x32(8, stream: 2);
        var serial = new float[Length];
        ElementSampler.Fill<float>(target, serial, 0, generator);
        foreach (int threads in new[] { 1, 2, 3, 8 })
        {
            var parallel = new float[Length];
            ElementSampler.FillTensor<float>(target, parallel, generator, threads);
            Assert.True(serial.AsSpan().SequenceEqual(parallel), $"{threads} threads differ from the serial fill");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void LargeFills_IntoAnyAlignment_AreBitIdenticalToTheRangeFill(int offset)
    {
        // A destination starting off every vector boundary (a slice at an odd element) gets the same bits as the
        // in-place range fill, in float and in double, on one thread and in parallel chunks.
        WeightDistribution target = WeightDistribution.Normal(0.5, 2);
        var generator = new Philox4x32(11);
        var serialFloat = new float[Length];
        var serialDouble = new double[Length];
        ElementSampler.Fill<float>(target, serialFloat, 0, generator);
        ElementSampler.Fill<double>(target, serialDouble, 0, generator);
        foreach (int threads in new[] { 1, 2 })
        {
            var floats = new float[offset + Length];
            var doubles = new double[offset + Length];
            ElementSampler.FillTensor(target, floats.AsSpan(offset), generator, threads);
            ElementSampler.FillTensor(target, doubles.AsSpan(offset), generator, threads);
            Assert.True(serialFloat.AsSpan().SequenceEqual(floats.AsSpan(offset)), $"float, offset {offset}, {threads} threads");
            Assert.True(serialDouble.AsSpan().SequenceEqual(doubles.AsSpan(offset)), $"double, offset {offset}, {threads} threads");
            Assert.All(floats.Take(offset), value => Assert.Equal(0f, value));
        }
    }

    [Theory]
    [InlineData(ElementSampler.ChunkSize - 1)]
    [InlineData(0)]
    [InlineData(1)]
    public void ParallelFill_CoversEveryChunkWhateverTheLastChunksLength(int lastChunkRemainder)
    {
        // Lengths ≡ C − 1, 0 and 1 (mod the chunk size C) above the parallel threshold: exactly ⌈length / C⌉ chunks,
        // the last one full, whole or of one element.
        int length = ElementSampler.ParallelThreshold + ElementSampler.ChunkSize + lastChunkRemainder;
        WeightDistribution target = WeightDistribution.Uniform(-1, 1);
        var generator = new Philox4x32(5);
        var serial = new float[length];
        ElementSampler.Fill<float>(target, serial, 0, generator);
        var parallel = new float[length];
        ElementSampler.FillTensor<float>(target, parallel, generator, 2);
        Assert.True(serial.AsSpan().SequenceEqual(parallel), $"length {length}");
    }

    public static TheoryData<string> AllElementTargets => new() { "constant", "uniform", "normal", "truncated paired", "truncated tail" };

    [Theory]
    [MemberData(nameof(AllElementTargets))]
    public void EmptyRange_AtAnyIndex_WritesNothing(string kind)
    {
        WeightDistribution target = kind switch
        {
            "constant" => WeightDistribution.Constant(2),
            "uniform" => WeightDistribution.Uniform(-1, 1),
            "normal" => WeightDistribution.Normal(0, 1),
            "truncated paired" => WeightDistribution.TruncatedNormal(0, 1, -3, 3),
            _ => WeightDistribution.TruncatedNormal(0, 1, 1, 2),
        };
        var generator = new Philox4x32(6);
        var buffer = new double[] { 42, 42, 42 };
        foreach (long firstIndex in new[] { 0L, 1L, 7L, long.MaxValue / 2 })
        {
            ElementSampler.Fill<double>(target, buffer.AsSpan(1, 0), firstIndex, generator);
        }

        Assert.Equal([42.0, 42.0, 42.0], buffer);
    }

    [Fact]
    public void SubrangeFill_EqualsTheSameRangeOfTheWholeFill()
    {
        var generator = new Philox4x32(3);
        WeightDistribution target = WeightDistribution.TruncatedNormal(0, 1, 0.2, 0.9);
        var whole = new double[100];
        ElementSampler.Fill<double>(target, whole, 0, generator);
        var part = new double[37];
        ElementSampler.Fill<double>(target, part, 41, generator);
        Assert.Equal(whole.AsSpan(41, 37).ToArray(), part);
    }
}
