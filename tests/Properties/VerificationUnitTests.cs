using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Init.Random;
using InitVerify.Stats.Distributions;
using InitVerify.Verification;

namespace InitVerify.Properties;

/// <summary>Exact facts of the verification gate itself (no statistics).</summary>
public class VerificationUnitTests
{
    [Fact]
    public void ExpectedDistribution_MapsEveryKind()
    {
        Assert.IsType<NormalDistribution>(ExpectedDistribution.For(WeightDistribution.Normal(0, 1)));
        Assert.IsType<UniformDistribution>(ExpectedDistribution.For(WeightDistribution.Uniform(0, 1)));
        Assert.IsType<TruncatedNormalDistribution>(ExpectedDistribution.For(WeightDistribution.TruncatedNormal(0, 1, -1, 1)));
        var sphere = Assert.IsType<SphereCoordinateDistribution>(ExpectedDistribution.For(WeightDistribution.Orthogonal(2, 3, 5)));
        Assert.Equal(5, sphere.Dimension);
        Assert.Equal(2.0, sphere.Scale);
        var error = Assert.Throws<ArgumentException>(() => ExpectedDistribution.For(WeightDistribution.Constant(1)));
        Assert.Equal("target", error.ParamName);
        Assert.Throws<ArgumentNullException>(() => ExpectedDistribution.For(null!));
    }

    [Fact]
    public void Check_RejectsTooSmallSamplesAndNullArguments()
    {
        var design = new VerificationDesign(1e-6);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DistributionCheck.Run(new double[6], NormalDistribution.Standard, design));
        Assert.Equal("sample", error.ParamName);
        Assert.Throws<ArgumentNullException>(() => DistributionCheck.Run(new double[10], null!, design));
        Assert.Throws<ArgumentNullException>(() => DistributionCheck.Run(new double[10], NormalDistribution.Standard, null!));
        Assert.Throws<ArgumentNullException>(() => design.SamplesNeeded(null!));
    }

    [Fact]
    public void Check_ReportsValuesOutsideTheSupport()
    {
        double[] sample = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 1.5, 0.7];
        Verdict verdict = DistributionCheck.Run(sample, new UniformDistribution(0, 1), new VerificationDesign(1e-6));
        Assert.False(verdict.Passed);
        Assert.False(verdict["support"].Passed);
        Assert.Equal(1.0, verdict["support"].Statistic);
        Assert.Contains("e.g. 1.5", verdict["support"].Detail, StringComparison.Ordinal);
        Assert.StartsWith("FAIL support", verdict["support"].ToString(), StringComparison.Ordinal);
        Assert.StartsWith("FAIL against", verdict.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Collector_TakesOneElementPerOrthogonalMatrixAndAllElementsOtherwise()
    {
        var generator = new Philox4x32(5);
        double[] orthogonal = SampleCollector.Collect(new OrthogonalInitializer(), [3, 3], 4, generator);
        for (uint k = 0; k < 4; k++)
        {
            var w = new double[9];
            new OrthogonalInitializer().Fill([3, 3], w, generator.WithStream(k));
            Assert.Equal(w[0], orthogonal[k]);
        }

        double[] normal = SampleCollector.Collect(new NormalInitializer(), [2, 2], 10, generator);
        var first = new double[4];
        new NormalInitializer().Fill([2, 2], first, generator);
        Assert.Equal(first, normal.Take(4));
        var third = new double[4];
        new NormalInitializer().Fill([2, 2], third, generator.WithStream(2));
        Assert.Equal(third.Take(2), normal.Skip(8));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleCollector.Collect(new NormalInitializer(), [2], 0, generator));
        Assert.Throws<ArgumentNullException>(() => SampleCollector.Collect(null!, [2], 1, generator));
    }

    [Fact]
    public void Design_SplitsItsBudgetOverFourAssertionsAndPrintsIt()
    {
        var design = new VerificationDesign(4e-6);
        Assert.Equal(1e-6, design.AssertionFalseFailureRate, 1e-20);
        Assert.Contains("r_i=1E-06", design.ToString(), StringComparison.Ordinal);
    }
}
