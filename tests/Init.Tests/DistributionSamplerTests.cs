using InitVerify.Init.Initializers;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;

namespace InitVerify.Init.Tests;

public class DistributionSamplerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(-1)]
    public void Fill_EqualsTheInitializerFillWhateverTheThreadCap(int threads)
    {
        // Above the parallel threshold, odd length: chunks, vector loops and the scalar tail all run.
        const int length = ElementSampler.ParallelThreshold + 13;
        var generator = new Philox4x32(20261124, stream: 4);
        foreach (Initializer initializer in new Initializer[] { new NormalInitializer(0.5, 2), new UniformInitializer(-1, 3), new TruncatedNormalInitializer(0, 1, -2, 2), new ConstantInitializer(0.25) })
        {
            WeightDistribution target = initializer.Target([length]);
            var expectedFloat = new float[length];
            var actualFloat = new float[length];
            initializer.Fill([length], expectedFloat, generator);
            DistributionSampler.Fill(target, actualFloat, generator, threads);
            Assert.True(expectedFloat.AsSpan().SequenceEqual(actualFloat), $"{initializer} float, {threads} threads");
            var expectedDouble = new double[length];
            var actualDouble = new double[length];
            initializer.Fill([length], expectedDouble, generator);
            DistributionSampler.Fill(target, actualDouble, generator, threads);
            Assert.True(expectedDouble.AsSpan().SequenceEqual(actualDouble), $"{initializer} double, {threads} threads");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Fill_RejectsAThreadCapOutsideMinusOneOrAtLeastOne(int threads)
    {
        var destination = new float[4];
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DistributionSampler.Fill(WeightDistribution.Normal(0, 1), destination, new Philox4x32(1), threads));
        Assert.Equal("maxDegreeOfParallelism", error.ParamName);
        Assert.Contains("must be -1 (every processor) or ≥ 1", error.Message, StringComparison.Ordinal);
        Assert.All(destination, x => Assert.Equal(0f, x));
        Assert.Throws<ArgumentOutOfRangeException>(() => DistributionSampler.Fill(WeightDistribution.Normal(0, 1), new double[4], new Philox4x32(1), threads));
    }

    [Fact]
    public void Fill_RejectsNullAndOrthogonalTargets()
    {
        Assert.Equal("distribution", Assert.Throws<ArgumentNullException>(() => DistributionSampler.Fill(null!, new float[4], new Philox4x32(1))).ParamName);
        var error = Assert.Throws<ArgumentException>(() => DistributionSampler.Fill(WeightDistribution.Orthogonal(1, 2, 2), new double[4], new Philox4x32(1)));
        Assert.Equal("distribution", error.ParamName);
        Assert.Contains("not element-wise", error.Message, StringComparison.Ordinal);
    }
}
