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

    public static TheoryData<string, Func<object>> BadParameters => new()
    {
        { "std", () => new NormalInitializer(0, double.NaN) },
        { "std", () => new NormalInitializer(0, -1) },
        { "std", () => new NormalInitializer(0, 0) },
        { "std", () => new NormalInitializer(0, double.PositiveInfinity) },
        { "mean", () => new NormalInitializer(double.NaN, 1) },
        { "low", () => new UniformInitializer(double.NegativeInfinity, 1) },
        { "high", () => new UniformInitializer(0, double.NaN) },
        { "high", () => new UniformInitializer(1, 1) },
        { "high", () => new UniformInitializer(2, 1) },
        { "high", () => new UniformInitializer(-double.MaxValue, double.MaxValue) },
        { "value", () => new ConstantInitializer(double.NaN) },
        { "b", () => new TruncatedNormalInitializer(0, 1, 2, 2) },
        { "b", () => new TruncatedNormalInitializer(0, 1, 3, -3) },
        { "a", () => new TruncatedNormalInitializer(0, 1, double.NegativeInfinity, 1) },
        { "b", () => new TruncatedNormalInitializer(0, 1, 0, double.PositiveInfinity) },
        { "std", () => new TruncatedNormalInitializer(0, double.NaN, -1, 1) },
        { "std", () => new TruncatedNormalInitializer(0, 5e-324, 1, 2) }, // (a − μ)/σ overflows: no mass numerically
        { "mean", () => new TruncatedNormalInitializer(double.PositiveInfinity, 1, -1, 1) },
        { "gain", () => new OrthogonalInitializer(0) },
        { "gain", () => new OrthogonalInitializer(double.NaN) },
        { "gain", () => Xavier.Normal(-1) },
        { "gain", () => Xavier.Uniform(double.PositiveInfinity) },
        { "a", () => He.Normal(a: double.NaN) },
        { "nonlinearity", () => He.Uniform(nonlinearity: (Nonlinearity)77) },
        { "mode", () => He.Normal(mode: (FanMode)3) },
        { "scale", () => new VarianceScalingInitializer(0) },
        { "scale", () => new VarianceScalingInitializer(double.NaN) },
        { "distribution", () => new VarianceScalingInitializer(1, distribution: (VarianceScalingDistribution)8) },
        { "layout", () => LeCun.Normal((WeightLayout)2) },
        { "groups", () => LeCun.Uniform(groups: 0) },
        { "std", () => WeightDistribution.UniformWithStd(-1) },
        { "rows", () => WeightDistribution.Orthogonal(1, 0, 3) },
        { "cols", () => WeightDistribution.Orthogonal(1, 3, 0) },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public void InvalidParameter_ThrowsNamingIt(string parameter, Func<object> create)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(parameter, error.Message, StringComparison.Ordinal);
    }

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
}
