using InitVerify.Init.Initializers;
using InitVerify.Init.Shapes;

namespace InitVerify.Init.Tests;

public class RegistryTests
{
    [Fact]
    public void EveryName_CreatesTheInitializerOfThatName()
    {
        Assert.Equal(14, InitializerRegistry.Names.Count);
        foreach (string name in InitializerRegistry.Names)
        {
            Initializer initializer = InitializerRegistry.Create(name.ToUpperInvariant());
            Assert.StartsWith(name is "constant" ? "zeros" : name, initializer.Name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Options_ReachTheInitializer()
    {
        int[] shape = [10, 40];
        Assert.Equal(WeightDistribution.Uniform(-2, 5), InitializerRegistry.Create("uniform", new() { Low = -2, High = 5 }).Target(shape));
        Assert.Equal(WeightDistribution.Uniform(0, 1), InitializerRegistry.Create("uniform").Target(shape));
        Assert.Equal(WeightDistribution.Normal(1, 3), InitializerRegistry.Create("normal", new() { Mean = 1, Std = 3 }).Target(shape));
        Assert.Equal(WeightDistribution.TruncatedNormal(1, 3, -5, 7), InitializerRegistry.Create("truncated-normal", new() { Mean = 1, Std = 3 }).Target(shape));
        Assert.Equal(WeightDistribution.TruncatedNormal(0, 1, 0, 0.5), InitializerRegistry.Create("truncated-normal", new() { Low = 0, High = 0.5 }).Target(shape));
        Assert.Equal(WeightDistribution.Constant(0.3), InitializerRegistry.Create("constant", new() { Mean = 0.3 }).Target(shape));
        Assert.Equal(WeightDistribution.Normal(0, 5.0 / 3 * Math.Sqrt(2.0 / 50)), InitializerRegistry.Create("xavier-normal", new() { Nonlinearity = Nonlinearity.Tanh }).Target(shape));
        Assert.Equal(Xavier.Uniform(Gain.LeakyRelu(0.3)).Target(shape), InitializerRegistry.Create("xavier-uniform", new() { Nonlinearity = Nonlinearity.LeakyRelu, A = 0.3 }).Target(shape));
        Assert.Equal(Xavier.Normal(2).Target(shape), InitializerRegistry.Create("xavier-normal", new() { Gain = 2, Nonlinearity = Nonlinearity.Tanh }).Target(shape));
        Assert.Equal(He.Normal(0.5, FanMode.FanOut).Target(shape), InitializerRegistry.Create("he-normal", new() { A = 0.5, Mode = FanMode.FanOut }).Target(shape));
        Assert.Equal(He.Uniform(nonlinearity: Nonlinearity.Selu).Target(shape), InitializerRegistry.Create("he-uniform", new() { Nonlinearity = Nonlinearity.Selu }).Target(shape));
        Assert.Equal(LeCun.Normal(WeightLayout.KernelInOut).Target(shape), InitializerRegistry.Create("lecun-normal", new() { Layout = WeightLayout.KernelInOut }).Target(shape));
        Assert.Equal(LeCun.Uniform(groups: 2).Target(shape), InitializerRegistry.Create("lecun-uniform", new() { Groups = 2 }).Target(shape));
        Assert.Equal(new VarianceScalingInitializer(3, FanMode.FanAvg, VarianceScalingDistribution.Uniform).Target(shape),
            InitializerRegistry.Create("variance-scaling", new() { Scale = 3, Mode = FanMode.FanAvg, Distribution = VarianceScalingDistribution.Uniform }).Target(shape));
        Assert.Equal(WeightDistribution.Orthogonal(1.5, 10, 40), InitializerRegistry.Create("orthogonal", new() { Gain = 1.5 }).Target(shape));
        Assert.Equal(WeightDistribution.Orthogonal(1, 10, 40), InitializerRegistry.Create("orthogonal").Target(shape));
    }

    [Fact]
    public void UnknownName_ListsTheChoices()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => InitializerRegistry.Create("glorot"));
        Assert.Equal("name", error.ParamName);
        Assert.Contains("he-normal, he-uniform", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => InitializerRegistry.Create(null!));
    }
}
