using InitVerify.Init.Initializers;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;

namespace InitVerify.Init.Tests;

/// <summary>
/// What FloatStream.Native32Ars adds to the Native32 contract: other words than Philox's, the initializer overloads, the
/// float32 checks under its name. Its element formulas (from ARS-7 words computed with the software AES rounds), path,
/// range and thread identity and pinned values: Native32SamplerTests (both streams); distributions:
/// Native32DistributionTests.
/// </summary>
public class Native32ArsTests
{
    [Fact]
    public void Stream_DiffersFromNative32AndSeedsAndStreamsDiffer()
    {
        // Fixed seeds, so a fixed outcome; for a seed drawn at random, two independent fills of 256 uniforms on the
        // 2²⁴ grid coincide with probability 2⁻²⁴·²⁵⁶: not a statistical risk. It catches a generator that ignores the
        // seed, the stream or the switch between Philox and ARS words.
        float[] Fill(Philox4x32 generator, FloatStream stream)
        {
            var destination = new float[256];
            DistributionSampler.Fill(WeightDistribution.Uniform(0, 1), destination, generator, stream);
            return destination;
        }

        float[] ars = Fill(new Philox4x32(9), FloatStream.Native32Ars);
        Assert.NotEqual(Fill(new Philox4x32(9), FloatStream.Native32), ars);
        Assert.NotEqual(Fill(new Philox4x32(10), FloatStream.Native32Ars), ars);
        Assert.NotEqual(Fill(new Philox4x32(9, stream: 1), FloatStream.Native32Ars), ars);
        Assert.Equal(Fill(new Philox4x32(9), FloatStream.Native32Ars), ars);
    }

    [Fact]
    public void InitializerFill_Native32Ars_IsTheSamplersFillOfItsTarget_WidenedForDoubles()
    {
        int[] shape = [64, 48];
        var generator = new Philox4x32(3, stream: 7);
        foreach (Initializer initializer in new Initializer[] { Xavier.Uniform(), He.Normal() })
        {
            WeightDistribution target = initializer.Target(shape);
            var expected = new float[64 * 48];
            DistributionSampler.Fill(target, expected, generator, FloatStream.Native32Ars);
            var actual = new float[expected.Length];
            var widened = new double[expected.Length];
            initializer.Fill(shape, actual, generator, FloatStream.Native32Ars);
            initializer.Fill(shape, widened, generator, FloatStream.Native32Ars);
            Assert.Equal(expected, actual);
            Assert.Equal(expected.Select(x => (double)x), widened);
        }
    }

    [Fact]
    public void Native32Ars_RejectsParametersBeyondFloat32BeforeWriting()
    {
        var destination = Enumerable.Repeat(42f, 100).ToArray();
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => DistributionSampler.Fill(WeightDistribution.Normal(0, 1e39), destination, new Philox4x32(1), FloatStream.Native32Ars));
        Assert.Equal("stream", error.ParamName);
        Assert.StartsWith("stream Native32Ars needs the target's parameters finite in float32", error.Message, StringComparison.Ordinal);
        Assert.All(destination, x => Assert.Equal(42f, x));
    }
}
