using InitVerify.Init.Initializers;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;

namespace InitVerify.Init.Tests;

/// <summary>
/// The float32 streams' truncated normal (Native32Sampler.FillTruncatedNormal): in Robert's normal-rejection regime,
/// element i is the stream's standard normal element i of draw 0, 1, 2, … of its block, up to the first inside
/// [α, β], scaled by one fused multiply-add and clamped to [fl(a), fl(b)]; every other truncated normal stays on the
/// rounded-double stream. Path, range, split and thread identity run in Native32SamplerTests ("rejection"); the
/// distribution in Native32DistributionTests.
/// </summary>
public class Native32TruncatedNormalTests
{
    public static TheoryData<FloatStream, double, double, double, double> Targets => new()
    {
        // α = −0.5, β = 2.25 (acceptance 0.679); PyTorch's trunc_normal_ default (0.954); the narrowest regime case
        // (α = −0.1, β = 2.41: width 2.51 ≥ √(2π) = 2.5066, acceptance 0.532); ViT's σ = 0.02 on [−2, 2] (≈ 1).
        { FloatStream.Native32, 0.5, 2, -0.5, 5 },
        { FloatStream.Native32Ars, 0.5, 2, -0.5, 5 },
        { FloatStream.Native32, 0, 1, -2, 2 },
        { FloatStream.Native32Ars, 0, 1, -2, 2 },
        { FloatStream.Native32Ars, 1, 1, 0.9, 3.41 },
        { FloatStream.Native32, 0, 0.02, -2, 2 },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Element_IsTheFirstDrawOfItsStandardNormalElementInsideTheInterval(FloatStream stream, double mean, double std, double a, double b)
    {
        Assert.True(TruncatedNormalSampler.DrawsNormals(mean, std, a, b));
        var generator = new Philox4x32(20261202, stream: 3);
        const long first = 5;
        var actual = new float[2000];
        Native32Sampler.FillTruncatedNormal(actual, first, mean, std, a, b, generator, stream);
        double alpha = (a - mean) / std;
        double beta = (b - mean) / std;
        var draws = new int[4];
        for (int k = 0; k < actual.Length; k++)
        {
            (ulong block, int word) = Native32Sampler.Source(first + k);
            float z = float.NaN;
            uint draw = 0;
            for (; draw < 100; draw++)
            {
                uint[] w = Native32SamplerTests.Words(generator, stream, block, draw);
                (float z0, float z1) = word < 2 ? FloatLaneMath.BoxMuller(w[0], w[1]) : FloatLaneMath.BoxMuller(w[2], w[3]);
                z = word % 2 == 0 ? z0 : z1;
                if (z >= alpha && z <= beta)
                {
                    break;
                }
            }

            draws[Math.Min(draw, 3)]++;
            float expected = Math.Clamp(MathF.FusedMultiplyAdd((float)std, z, (float)mean), (float)a, (float)b);
            Assert.True(expected == actual[k], $"element {first + k}: expected {expected:R} (draw {draw}), got {actual[k]:R}");
        }

        // The redraws are exercised: some elements took a second or later draw whenever the acceptance is below 0.99.
        if (Math.Abs(alpha) < 10)
        {
            Assert.True(draws[1] + draws[2] + draws[3] > 0, "no element was redrawn");
        }
    }

    [Fact]
    public void DoubleFill_IsTheFloatFillWidened()
    {
        var generator = new Philox4x32(7, stream: 1);
        var floats = new float[5000];
        var doubles = new double[5000];
        WeightDistribution target = WeightDistribution.TruncatedNormal(0, 1, -2, 2);
        DistributionSampler.Fill(target, floats, generator, FloatStream.Native32Ars);
        DistributionSampler.Fill(target, doubles, generator, FloatStream.Native32Ars);
        Assert.Equal(floats.Select(x => (double)x), doubles);
        Assert.All(floats, x => Assert.InRange(x, -2f, 2f));
    }

    [Fact]
    public void InitializerFill_DrawsTheRegimesTargetsFromTheFloatStream()
    {
        // trunc_normal_ and Keras's truncated variance scaling (±2σ) are in the regime: their float32-stream fills are
        // the sampler's, not the rounded-double fill.
        int[] shape = [40, 30];
        var generator = new Philox4x32(20261124, stream: 10);
        foreach (Initializer initializer in new Initializer[]
                 {
                     new TruncatedNormalInitializer(0, 1, -2, 2),
                     new VarianceScalingInitializer(2.0, distribution: VarianceScalingDistribution.TruncatedNormal),
                 })
        {
            WeightDistribution target = initializer.Target(shape);
            var viaInitializer = new float[1200];
            var viaSampler = new float[1200];
            var rounded = new float[1200];
            initializer.Fill(shape, viaInitializer, generator, FloatStream.Native32Ars);
            Native32Sampler.FillTruncatedNormal(viaSampler.AsSpan(), 0, target.Mean, target.Std, target.Lower, target.Upper, generator, FloatStream.Native32Ars);
            initializer.Fill(shape, rounded, generator);
            Assert.Equal(viaSampler, viaInitializer);
            Assert.NotEqual(rounded, viaInitializer);
        }
    }

    public static TheoryData<double, double, bool> Regimes => new()
    {
        { -2, 2, true },
        { -0.5, 2, false }, // around zero, narrower than √(2π): uniform proposals
        { -Math.Sqrt(2 * Math.PI) / 2, Math.Sqrt(2 * Math.PI) / 2, true }, // width exactly √(2π) (as a double): normal rejection
        { -1.25, 1.25, false },
        { 0, 3, false }, // α = 0: a one-sided tail
        { -3, 0, false }, // β = 0: the mirrored tail
        { 0.5, 4, false },
        { -4, -0.5, false },
        { -1e300, 1e300, true },
    };

    [Theory]
    [MemberData(nameof(Regimes))]
    public void DrawsNormals_ExactlyInRobertsNormalRejectionRegime(double alpha, double beta, bool expected)
    {
        Assert.Equal(expected, TruncatedNormalSampler.DrawsNormals(0, 1, alpha, beta));
        Assert.Equal(expected, TruncatedNormalSampler.DrawsNormals(0, 2, 2 * alpha, 2 * beta)); // the same α, β exactly
    }

    [Fact]
    public void EffectiveStream_SaysWhichStreamDrawsEachTarget()
    {
        WeightDistribution[] drawn = [WeightDistribution.Uniform(-1, 1), WeightDistribution.Normal(0, 2), WeightDistribution.TruncatedNormal(0, 1, -2, 2)];
        WeightDistribution[] left = [WeightDistribution.Constant(0.5), WeightDistribution.Orthogonal(1, 3, 3), WeightDistribution.TruncatedNormal(0, 1, -0.5, 2), WeightDistribution.TruncatedNormal(0, 1, 1, 3)];
        foreach (FloatStream stream in new[] { FloatStream.Native32, FloatStream.Native32Ars })
        {
            Assert.All(drawn, d => Assert.Equal(stream, DistributionSampler.EffectiveStream(d, stream)));
            Assert.All(left, d => Assert.Equal(FloatStream.RoundedDouble, DistributionSampler.EffectiveStream(d, stream)));
        }

        Assert.All(drawn.Concat(left), d => Assert.Equal(FloatStream.RoundedDouble, DistributionSampler.EffectiveStream(d, FloatStream.RoundedDouble)));
        Assert.Equal("distribution", Assert.Throws<ArgumentNullException>(() => DistributionSampler.EffectiveStream(null!, FloatStream.Native32)).ParamName);
    }

    [Fact]
    public void Sampler_RefusesTargetsOutsideTheRegime_BeforeWriting()
    {
        var destination = new float[100];
        Array.Fill(destination, 42f);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Native32Sampler.FillTruncatedNormal(destination.AsSpan(), 0, 0, 1, 0.5, 4, new Philox4x32(1), FloatStream.Native32));
        Assert.Equal("b", error.ParamName);
        Assert.Contains("√(2π)", error.Message, StringComparison.Ordinal);
        Assert.All(destination, x => Assert.Equal(42f, x));
    }

    [Fact]
    public void ParametersBeyondFloat32_AreRejectedInTheRegime_AndLeftToTheRoundedDoubleStreamOutsideIt()
    {
        var destination = new float[300];
        Array.Fill(destination, 42f);
        var generator = new Philox4x32(1);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            DistributionSampler.Fill(WeightDistribution.TruncatedNormal(0, 1e39, -2e39, 2e39), destination, generator, FloatStream.Native32));
        Assert.Equal("stream", error.ParamName);
        Assert.Contains("finite in float32", error.Message, StringComparison.Ordinal);
        Assert.All(destination, x => Assert.Equal(42f, x));

        // A tail target (α = 0.5) is the rounded-double fill under every stream, whatever its scale.
        WeightDistribution tail = WeightDistribution.TruncatedNormal(0, 1e39, 5e38, 4e39);
        var rounded = new float[300];
        DistributionSampler.Fill(tail, destination, generator, FloatStream.Native32);
        DistributionSampler.Fill(tail, rounded, generator);
        Assert.Equal(rounded, destination);
    }

    [Fact]
    public void Bounds_AreCompared_ExactlyAgainstTheDoubleInterval()
    {
        // The kernel compares float z with the float bounds AtLeast(α) and AtMost(β): z ≥ α ⇔ z ≥ AtLeast(α) and
        // z ≤ β ⇔ z ≤ AtMost(β) for every float z.
        Assert.Equal(0.1f, Native32Sampler.AtLeast(0.1)); // fl(0.1) = 0.100000001 > 0.1
        Assert.Equal(MathF.BitDecrement(0.1f), Native32Sampler.AtMost(0.1));
        Assert.Equal(MathF.BitIncrement(-0.1f), Native32Sampler.AtLeast(-0.1));
        Assert.Equal(-0.1f, Native32Sampler.AtMost(-0.1));
        Assert.Equal(2f, Native32Sampler.AtLeast(2));
        Assert.Equal(2f, Native32Sampler.AtMost(2));
        Assert.Equal(-float.MaxValue, Native32Sampler.AtLeast(-1e300));
        Assert.Equal(float.MaxValue, Native32Sampler.AtMost(1e300));
        var random = new System.Random(3);
        for (int t = 0; t < 10_000; t++)
        {
            double v = (random.NextDouble() - 0.5) * Math.Pow(2, random.Next(-30, 30));
            float lo = Native32Sampler.AtLeast(v);
            float hi = Native32Sampler.AtMost(v);
            Assert.True(lo >= v && MathF.BitDecrement(lo) < v, $"AtLeast({v:R}) = {lo:R}");
            Assert.True(hi <= v && MathF.BitIncrement(hi) > v, $"AtMost({v:R}) = {hi:R}");
        }
    }
}
