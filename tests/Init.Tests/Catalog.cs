using InitVerify.Init.Initializers;
using InitVerify.Init.Shapes;

namespace InitVerify.Init.Tests;

/// <summary>One instance of every initializer the library offers, for tests that must hold for all of them.</summary>
internal static class Catalog
{
    public static readonly Initializer[] All =
    [
        ConstantInitializer.Zeros,
        ConstantInitializer.Ones,
        new ConstantInitializer(0.25),
        new UniformInitializer(-0.5, 1.5),
        new NormalInitializer(0.1, 0.2),
        new TruncatedNormalInitializer(0.0, 1.0, -2.0, 2.0),
        LeCun.Normal(),
        LeCun.Uniform(),
        Xavier.Normal(),
        Xavier.Uniform(Gain.For(Nonlinearity.Tanh)),
        He.Normal(),
        He.Uniform(mode: FanMode.FanOut),
        He.Normal(a: 0.2, nonlinearity: Nonlinearity.LeakyRelu),
        new VarianceScalingInitializer(2.0, FanMode.FanAvg, VarianceScalingDistribution.TruncatedNormal),
        new OrthogonalInitializer(1.5),
    ];

    /// <summary>The initializers' names: plain strings, so each initializer is its own serializable test case (listed,
    /// re-run and covered one by one; a theory over objects xUnit cannot serialize runs as one opaque test).</summary>
    public static TheoryData<string> Data() => new(All.Select(i => i.Name));

    /// <summary>The catalog's initializer of that name.</summary>
    public static Initializer Named(string name) => All.Single(i => i.Name == name);
}
