using InitVerify.Init.Initializers;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;

namespace InitVerify.Init.Tests;

/// <summary>Exact facts of the samplers (statistical distribution tests live in tests/Properties).</summary>
public class SamplingTests
{
    [Fact]
    public void Constant_WritesTheValueExactly()
    {
        var destination = new float[6];
        new ConstantInitializer(0.1).Fill([2, 3], destination, seed: 1);
        Assert.All(destination, x => Assert.Equal(0.1f, x));
        var doubles = new double[6];
        ConstantInitializer.Zeros.Fill([6], doubles, seed: 1);
        Assert.All(doubles, x => Assert.Equal(0.0, x));
        Assert.Equal("constant(0.1)", new ConstantInitializer(0.1).Name);
        Assert.Equal("zeros", ConstantInitializer.Zeros.Name);
        Assert.Equal("ones", ConstantInitializer.Ones.Name);
    }

    [Fact]
    public void Uniform_StaysInsideItsBounds()
    {
        var destination = new double[4097];
        new UniformInitializer(-0.25, 0.75).Fill([destination.Length], destination, seed: 3);
        Assert.All(destination, x => Assert.InRange(x, -0.25, 0.75));
        Assert.Equal("uniform(-0.25, 0.75)", new UniformInitializer(-0.25, 0.75).Name);
    }

    [Fact]
    public void Uniform_MapsTheFirstAndSecondHalfOfABlockToEvenAndOddElements()
    {
        var generator = new Philox4x32(11);
        var destination = new double[4];
        new UniformInitializer(2, 6).Fill([4], destination, generator);
        Assert.Equal(2 + 4 * generator.Block(0).Uniform0, destination[0]);
        Assert.Equal(2 + 4 * generator.Block(0).Uniform1, destination[1]);
        Assert.Equal(2 + 4 * generator.Block(1).Uniform0, destination[2]);
    }

    [Fact]
    public void Normal_IsBoxMullerOfTheBlock()
    {
        var generator = new Philox4x32(5);
        var destination = new double[3];
        new NormalInitializer(1, 2).Fill([3], destination, generator);
        PhiloxBlock block = generator.Block(0);
        double r = Math.Sqrt(-2 * Math.Log(block.Uniform0));
        Assert.Equal(1 + 2 * r * Math.Cos(2 * Math.PI * block.Uniform1), destination[0], 14);
        Assert.Equal(1 + 2 * r * Math.Sin(2 * Math.PI * block.Uniform1), destination[1], 14);
        Assert.Equal("normal(1, 2)", new NormalInitializer(1, 2).Name);
    }

    [Fact]
    public void Normal_ReachesBeyondEightSigma()
    {
        // The smallest u₁ is 2⁻⁵⁴, so the largest radius is √(108 ln 2) ≈ 8.65: tails far past 7σ are reachable,
        // unlike 24-bit uniform constructions that stop near 5.8σ.
        double z = NormalSampler.Standard(new PhiloxBlock(0, 0, 0, 0), 0);
        Assert.Equal(Math.Sqrt(108 * Math.Log(2)), z, 12);
        Assert.True(z > 8.6);
    }

    [Theory]
    [InlineData(0.0, 1.0, -2.0, 2.0)]
    [InlineData(0.0, 1.0, -0.1, 0.3)]
    [InlineData(0.0, 1.0, 40.0, 41.0)] // far in the right tail: the inverse-CDF method returns ∞ or NaN here
    [InlineData(0.0, 1.0, -1e6, -30.0)] // far left tail, long interval
    [InlineData(5.0, 1e-9, 4.0, 6.0)] // tiny std
    [InlineData(0.0, 1e-300, 1e-299, 2e-299)] // tiny std, mean outside the interval
    [InlineData(100.0, 1.0, 0.0, 1.0)] // mean far above the interval
    [InlineData(0.0, 1.0, 3.0, 3.0000001)] // a narrow slice of the tail
    public void TruncatedNormal_StaysInsideBoundsWithoutHanging(double mean, double std, double a, double b)
    {
        var destination = new double[2000];
        new TruncatedNormalInitializer(mean, std, a, b).Fill([destination.Length], destination, seed: 17);
        Assert.All(destination, x => Assert.InRange(x, a, b));
        Assert.True(destination.Distinct().Count() > 1000, "draws must vary");
    }

    [Fact]
    public void TruncatedNormal_FarTailMassSitsNearTheLowerBound()
    {
        // Z | Z ≥ 40 has mean ≈ 40 + 1/40 and standard deviation ≈ 1/40: every draw lies within 40 + 0.5.
        var destination = new double[2000];
        new TruncatedNormalInitializer(0, 1, 40, 1000).Fill([destination.Length], destination, seed: 23);
        Assert.All(destination, x => Assert.InRange(x, 40, 40.5));
    }

    [Fact]
    public void TruncatedNormal_FloatFillIsTheRoundedDoubleFill()
    {
        var initializer = new TruncatedNormalInitializer(0.5, 0.1, 0.45, 0.7);
        var doubles = new double[513];
        var floats = new float[513];
        initializer.Fill([513], doubles, seed: 9);
        initializer.Fill([513], floats, seed: 9);
        for (int i = 0; i < floats.Length; i++)
        {
            Assert.Equal((float)doubles[i], floats[i]);
        }
    }

    [Fact]
    public void TruncatedNormal_SymmetricIntervalIsMirrored()
    {
        var generator = new Philox4x32(31);
        double right = TruncatedNormalSampler.Standard(1.0, 3.0, generator, 4);
        double left = TruncatedNormalSampler.Standard(-3.0, -1.0, generator, 4);
        Assert.Equal(-right, left);

        // β = 0 is mirrored too: [−3, 0] is −Z on [0, 3], element by element, as the fill does it.
        var fill = new double[6];
        TruncatedNormalSampler.Fill<double>(fill, 0, 0, 1, -3, 0, generator, SimdPath.Scalar);
        for (int k = 0; k < fill.Length; k++)
        {
            Assert.Equal(-TruncatedNormalSampler.Standard(0.0, 3.0, generator, (ulong)k), TruncatedNormalSampler.Standard(-3.0, 0.0, generator, (ulong)k));
            Assert.Equal(fill[k], TruncatedNormalSampler.Standard(-3.0, 0.0, generator, (ulong)k));
        }
    }

    [Fact]
    public void TruncatedNormalMoments_MatchClosedForms()
    {
        // Half-normal: Var = 1 − 2/π. Whole line: Var = 1.
        Assert.Equal(1 - 2 / Math.PI, TruncatedNormalMoments.StandardVariance(0, double.PositiveInfinity), 14);
        Assert.Equal(1.0, TruncatedNormalMoments.StandardVariance(double.NegativeInfinity, double.PositiveInfinity), 14);
    }

    [Fact]
    public void TruncatedNormal_ExpectedValueOfOneSidedCutIsTheInverseMillsRatio()
    {
        // E(Z | Z ≥ 0) = φ(0)/(1/2) = √(2/π); shifted and scaled by μ + σ·.
        WeightDistribution target = WeightDistribution.TruncatedNormal(1.0, 2.0, 1.0, 1e9);
        Assert.Equal(1.0 + 2.0 * Math.Sqrt(2 / Math.PI), target.ExpectedValue, 13);
        Assert.Equal(0.5, WeightDistribution.Normal(0.5, 1).ExpectedValue);
    }

    [Fact]
    public void WeightDistribution_MomentsUseStandardizedBounds()
    {
        // TN(μ=3, σ=2) on [3, 7]: standardized [0, 2]. E = μ + σ(φ(0) − φ(2))/(Φ(2) − 1/2).
        WeightDistribution target = WeightDistribution.TruncatedNormal(3, 2, 3, 7);
        double mass = 0.5 - NormalTail.Upper(2);
        double phi0 = 1 / Math.Sqrt(2 * Math.PI);
        double phi2 = phi0 * Math.Exp(-2);
        double mean = (phi0 - phi2) / mass;
        Assert.Equal(3 + 2 * mean, target.ExpectedValue, 13);
        Assert.Equal(4 * (1 + (0 - 2 * phi2) / mass - mean * mean), target.Variance, 13);
        Assert.Equal(3.0, WeightDistribution.Uniform(1, 5).Mean);
        Assert.Equal(16.0 / 12, WeightDistribution.Uniform(1, 5).Variance, 14);
    }

    [Fact]
    public void WeightDistribution_PrintsReadably()
    {
        Assert.Equal("Constant(0.5)", WeightDistribution.Constant(0.5).ToString());
        Assert.Equal("U(-1, 2)", WeightDistribution.Uniform(-1, 2).ToString());
        Assert.Equal("N(0, 0.5²)", WeightDistribution.Normal(0, 0.5).ToString());
        Assert.Equal("TN(0, 1², [-2, 2])", WeightDistribution.TruncatedNormal(0, 1, -2, 2).ToString());
        Assert.Equal("Orthogonal(gain 2, m 5)", WeightDistribution.Orthogonal(2, 3, 5).ToString());
        Assert.Equal("truncated-normal(0, 1, [-2, 2])", new TruncatedNormalInitializer().Name);
    }

    [Fact]
    public void ElementSampler_RejectsOrthogonalTargets()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ElementSampler.Fill<double>(WeightDistribution.Orthogonal(1, 2, 2), new double[4], 0, new Philox4x32(1)));
        Assert.Equal("target", error.ParamName);
        Assert.Contains("not an element-wise distribution", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeightDistribution_ExpectedValueOfEveryKind()
    {
        Assert.Equal(0.5, WeightDistribution.Constant(0.5).ExpectedValue);
        Assert.Equal(2.0, WeightDistribution.Uniform(1, 3).ExpectedValue);
        Assert.Equal(0.0, WeightDistribution.Orthogonal(2, 3, 4).ExpectedValue);
        // TN(μ=1, σ=2) on [0, 5]: standardized [−0.5, 2]; E = μ + σ(φ(−0.5) − φ(2))/(Φ(2) − Φ(−0.5)).
        double mass = 1 - NormalTail.Upper(0.5) - NormalTail.Upper(2);
        double expected = 1 + 2 * (NormalDensity.At(-0.5) - NormalDensity.At(2)) / mass;
        Assert.Equal(expected, WeightDistribution.TruncatedNormal(1, 2, 0, 5).ExpectedValue, 13);
    }

    [Theory]
    [InlineData(-1e300, 1.0)] // (a − μ)/σ overflows to −∞ while (b − μ)/σ is finite
    [InlineData(-1.0, 1e300)] // (b − μ)/σ overflows to +∞ while (a − μ)/σ is finite
    public void TruncatedNormal_OneStandardizedBoundOverflowing_IsRejected(double a, double b)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WeightDistribution.TruncatedNormal(0, 1e-10, a, b));
        Assert.Equal("std", error.ParamName);
    }

    [Fact]
    public void TruncatedNormal_BoundsThatCoincideAfterStandardizing_AreRejected()
    {
        // μ = 1e17, σ = 1, [0, 1]: (0 − μ)/σ and (1 − μ)/σ round to the same double (spacing 16 there).
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WeightDistribution.TruncatedNormal(1e17, 1, 0, 1));
        Assert.Equal("std", error.ParamName);
    }

    [Fact]
    public void TruncatedNormal_IntervalFarAboveANegativeMean_IsAccepted()
    {
        // μ = −10, σ = 1 on [0, 1]: standardized [10, 11], a valid far right tail; its mean sits just above 0.
        WeightDistribution tail = WeightDistribution.TruncatedNormal(-10, 1, 0, 1);
        Assert.InRange(tail.ExpectedValue, 0.09, 0.1);
    }

    [Fact]
    public void TruncatedNormal_NormalRejection_KeepsTheNormalFillWhereItIsInside()
    {
        // Elements 2p and 2p + 1 propose z₀ and z₁ of blocks (p, 0) first, exactly the normal fill's values; only the
        // rare element outside [α, β] moves on to blocks (p, 1), (p, 2), ...
        var generator = new Philox4x32(11, stream: 2);
        var normal = new double[4099];
        var truncated = new double[4099];
        NormalSampler.Fill<double>(normal, 5, 0, 1, generator);
        TruncatedNormalSampler.Fill<double>(truncated, 5, 0, 1, -2.5, 2.5, generator);
        int replaced = 0;
        for (int k = 0; k < normal.Length; k++)
        {
            if (Math.Abs(normal[k]) <= 2.5)
            {
                Assert.Equal(normal[k], truncated[k]);
            }
            else
            {
                replaced++;
                Assert.InRange(truncated[k], -2.5, 2.5);
                Assert.Equal(TruncatedNormalSampler.Standard(-2.5, 2.5, generator, (ulong)(5 + k)), truncated[k]);
            }
        }

        // Fixed seed and stream, so this count is a fixed number (no false-failure rate): P(|Z| > 2.5) = 1.24% puts it
        // near 51 of 4,099; the band catches a sampler that never rejects (0) or redraws most elements.
        Assert.InRange(replaced, 20, 80);
    }

    [Theory]
    [InlineData(-2.0, 2.0)]
    [InlineData(-0.5, 0.5)]
    [InlineData(3.0, double.PositiveInfinity)]
    [InlineData(3.0, 3.1)]
    public void TruncatedNormal_AfterMaxProposals_ReportsTheDefectInsteadOfLooping(double alpha, double beta)
    {
        // Reaching the cap has probability below 1e-1500, so it is entered directly: an element at its last draw.
        var proposal = TruncatedNormalSampler.Proposal.For(alpha, beta);
        var error = Assert.Throws<InvalidOperationException>(() => proposal.Standard(new Philox4x32(3), 7, TruncatedNormalSampler.MaxProposals));
        Assert.Contains($"{TruncatedNormalSampler.MaxProposals} proposals on [{alpha}, {beta}]", error.Message);
    }
}
