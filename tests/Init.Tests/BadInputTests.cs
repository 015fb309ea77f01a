using System.Runtime.CompilerServices;
using InitVerify.Init.Initializers;
using InitVerify.Init.Shapes;

namespace InitVerify.Init.Tests;

/// <summary>Every bad input fails with an ArgumentException-family error naming the parameter, before any write.</summary>
public class BadInputTests
{
    private const double Sentinel = -12345.0;

    public static TheoryData<int[]> BadShapes => new()
    {
        new[] { 0, 4 },
        new[] { 4, -1 },
        new[] { 3, 0, 2 },
        new[] { 65536, 65536 }, // 2³² elements: more than a span holds
        new[] { int.MaxValue, 2 },
    };

    [Theory]
    [MemberData(nameof(BadShapes))]
    public void InvalidShape_ThrowsForEveryInitializerAndLeavesDestinationUntouched(int[] shape)
    {
        foreach (Initializer initializer in Catalog.All)
        {
            double[] destination = Fresh(8);
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => initializer.Fill(shape, destination, seed: 1));
            Assert.Equal("shape", error.ParamName);
            Assert.Contains("2147483647", error.Message, StringComparison.Ordinal);
            AssertUntouched(destination);
        }
    }

    [Fact]
    public void DestinationLengthDifferentFromShape_Throws()
    {
        foreach (Initializer initializer in Catalog.All)
        {
            double[] destination = Fresh(11);
            var error = Assert.Throws<ArgumentException>(() => initializer.Fill([3, 4], destination, seed: 1));
            Assert.Equal("destination", error.ParamName);
            Assert.Contains("12", error.Message, StringComparison.Ordinal);
            AssertUntouched(destination);
            float[] floats = [1f, 2f];
            Assert.ThrowsAny<ArgumentException>(() => initializer.Fill([3], floats, seed: 1));
            Assert.Equal([1f, 2f], floats);
        }
    }

    [Fact]
    public void RankBelowTwo_ThrowsWhereFansOrAMatrixAreNeeded()
    {
        foreach (Initializer initializer in Catalog.All.Where(i => i.MinimumRank == 2))
        {
            double[] destination = Fresh(5);
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => initializer.Fill([5], destination, seed: 1));
            Assert.Equal("shape", error.ParamName);
            AssertUntouched(destination);
            Assert.Throws<ArgumentOutOfRangeException>(() => initializer.Target([]));
        }
    }

    [Fact]
    public void ScalarAndVectorShapes_AreAcceptedWhereNoFansAreNeeded()
    {
        foreach (Initializer initializer in Catalog.All.Where(i => i.MinimumRank == 0))
        {
            var scalar = new double[1];
            initializer.Fill([], scalar, seed: 1);
            Assert.True(double.IsFinite(scalar[0]));
        }
    }

    /// <summary>Each bad parameter with the parameter name and the range its message must state.</summary>
    private static readonly BadParameterCase[] BadParameterCases =
    [
        new("std", "finite and > 0", () => new NormalInitializer(0, double.NaN)),
        new("std", "finite and > 0", () => new NormalInitializer(0, -1)),
        new("std", "finite and > 0", () => new NormalInitializer(0, 0)),
        new("std", "finite and > 0", () => new NormalInitializer(0, double.PositiveInfinity)),
        new("mean", "must be finite", () => new NormalInitializer(double.NaN, 1)),
        new("low", "must be finite", () => new UniformInitializer(double.NegativeInfinity, 1)),
        new("high", "must exceed low", () => new UniformInitializer(0, double.NaN)),
        new("high", "must exceed low", () => new UniformInitializer(1, 1)),
        new("high", "must exceed low", () => new UniformInitializer(2, 1)),
        new("high", "must exceed low", () => new UniformInitializer(-double.MaxValue, double.MaxValue)),
        new("value", "must be finite", () => new ConstantInitializer(double.NaN)),
        new("b", "must be > a", () => new TruncatedNormalInitializer(0, 1, 2, 2)),
        new("b", "must be > a", () => new TruncatedNormalInitializer(0, 1, 3, -3)),
        new("a", "must be finite", () => new TruncatedNormalInitializer(0, 1, double.NegativeInfinity, 1)),
        new("b", "must be finite", () => new TruncatedNormalInitializer(0, 1, 0, double.PositiveInfinity)),
        new("std", "finite and > 0", () => new TruncatedNormalInitializer(0, double.NaN, -1, 1)),
        new("std", "no mass numerically", () => new TruncatedNormalInitializer(0, 5e-324, 1, 2)), // (a − μ)/σ overflows: no mass numerically
        new("mean", "must be finite", () => new TruncatedNormalInitializer(double.PositiveInfinity, 1, -1, 1)),
        new("gain", "finite and > 0", () => new OrthogonalInitializer(0)),
        new("gain", "finite and > 0", () => new OrthogonalInitializer(double.NaN)),
        new("gain", "finite and > 0", () => Xavier.Normal(-1)),
        new("gain", "finite and > 0", () => Xavier.Uniform(double.PositiveInfinity)),
        new("a", "must be finite", () => He.Normal(a: double.NaN)),
        new("nonlinearity", "must be one of", () => He.Uniform(nonlinearity: (Nonlinearity)77)),
        new("mode", "must be one of", () => He.Normal(mode: (FanMode)3)),
        new("scale", "finite and > 0", () => new VarianceScalingInitializer(0)),
        new("scale", "finite and > 0", () => new VarianceScalingInitializer(double.NaN)),
        new("distribution", "must be one of", () => new VarianceScalingInitializer(1, distribution: (VarianceScalingDistribution)8)),
        new("layout", "must be one of", () => LeCun.Normal((WeightLayout)2)),
        new("groups", "must be ≥ 1", () => LeCun.Uniform(groups: 0)),
        new("std", "finite and > 0", () => WeightDistribution.UniformWithStd(-1)),
        new("rows", "must be ≥ 1", () => WeightDistribution.Orthogonal(1, 0, 3)),
        new("cols", "must be ≥ 1", () => WeightDistribution.Orthogonal(1, 3, 0)),
    ];

    /// <summary>The cases by their call's source text: plain strings, so every case is its own serializable test case
    /// (listed, re-run and covered one by one; a theory over delegates is one opaque test).</summary>
    public static TheoryData<string> BadParameters => new(BadParameterCases.Select(c => c.Call));

    [Theory]
    [MemberData(nameof(BadParameters))]
    public void InvalidParameter_ThrowsNamingItAndItsRange(string call)
    {
        BadParameterCase bad = BadParameterCases.Single(c => c.Call == call);
        var error = Assert.ThrowsAny<ArgumentException>(bad.Create);
        Assert.Equal(bad.Parameter, error.ParamName);
        Assert.Contains(bad.Parameter, error.Message, StringComparison.Ordinal);
        Assert.Contains(bad.Range, error.Message, StringComparison.Ordinal);
    }

    private sealed record BadParameterCase(
        string Parameter, string Range, Func<object> Create, [CallerArgumentExpression(nameof(Create))] string Call = "");

    [Fact]
    public void GroupsNotDividingTheOutputs_ThrowsAtFillBeforeWriting()
    {
        double[] destination = Fresh(6 * 4);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => He.Normal(groups: 4).Fill([6, 4], destination, seed: 1));
        Assert.Equal("groups", error.ParamName);
        AssertUntouched(destination);
    }

    private static double[] Fresh(int length) => Enumerable.Repeat(Sentinel, length).ToArray();

    private static void AssertUntouched(double[] destination) => Assert.All(destination, x => Assert.Equal(Sentinel, x));

    [Fact]
    public void LargestSpanSizedShape_IsAcceptedAndOneMoreIsNot()
    {
        Assert.Equal(int.MaxValue, WeightShape.ElementCount([int.MaxValue]));
        Assert.Equal(int.MaxValue, WeightShape.ElementCount([1, int.MaxValue, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightShape.ElementCount([2, 1 << 30]));
        Assert.Equal("[3, 1, 4]", WeightShape.Format([3, 1, 4]));
    }

    [Fact]
    public void MessagesGiveTheRule()
    {
        var groups = Assert.Throws<ArgumentOutOfRangeException>(() => Fans.FromShape([6, 4], groups: 4));
        Assert.Contains("divide the output dimension 6", groups.Message, StringComparison.Ordinal);
        var mode = Assert.Throws<ArgumentOutOfRangeException>(() => new Fans(1, 2).Select((FanMode)7));
        Assert.Contains("FanIn, FanOut, FanAvg", mode.Message, StringComparison.Ordinal);
        var slope = Assert.Throws<ArgumentException>(() => Gain.For(Nonlinearity.Tanh, 0.2));
        Assert.Contains("only to LeakyRelu", slope.Message, StringComparison.Ordinal);
        var shape = Assert.Throws<ArgumentOutOfRangeException>(() => WeightShape.ElementCount([2, 0]));
        Assert.Contains("[2, 0]", shape.Message, StringComparison.Ordinal);
        Assert.Contains("dimension 1 is 0", shape.Message, StringComparison.Ordinal);
        var nonlinearity = Assert.Throws<ArgumentOutOfRangeException>(() => He.Uniform(nonlinearity: (Nonlinearity)77));
        Assert.Contains($"nonlinearity must be one of {string.Join(", ", Enum.GetNames<Nonlinearity>())}.", nonlinearity.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrthogonalTarget_RejectsABadGain()
    {
        Assert.Equal("gain", Assert.Throws<ArgumentOutOfRangeException>(() => WeightDistribution.Orthogonal(0, 2, 3)).ParamName);
        Assert.Equal("gain", Assert.Throws<ArgumentOutOfRangeException>(() => WeightDistribution.Orthogonal(double.NaN, 2, 3)).ParamName);
    }
}
