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

    public static TheoryData<Initializer> Data()
    {
        var data = new TheoryData<Initializer>();
        foreach (Initializer initializer in All)
        {
            data.Add(initializer);
        }

        return data;
    }
}
