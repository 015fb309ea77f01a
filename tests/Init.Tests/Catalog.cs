using InitVerify.Init.Initializers;
using InitVerify.Init.Shapes;

namespace InitVerify.Init.Tests;

/// <summary>One instance of every initializer the library offers, for tests that must hold for all of them.</summary>
/// <remarks>
/// Each entry is the initializer's name, written out, and a factory: xUnit enumerates <see cref="Data"/> while it
/// discovers the tests, so discovery must not run library code. Code run outside a test cannot be attributed to a
/// test, and Stryker re-runs every test for every mutant in such code instead of the few tests that cover it
/// (mutation/README.md). The initializers are built inside the tests; <c>CatalogTests</c> checks that each factory's
/// initializer carries the name written here.
/// </remarks>
internal static class Catalog
{
    private static readonly (string Name, Func<Initializer> Create)[] Entries =
    [
        ("zeros", () => ConstantInitializer.Zeros),
        ("ones", () => ConstantInitializer.Ones),
        ("constant(0.25)", () => new ConstantInitializer(0.25)),
        ("uniform(-0.5, 1.5)", () => new UniformInitializer(-0.5, 1.5)),
        ("normal(0.1, 0.2)", () => new NormalInitializer(0.1, 0.2)),
        ("truncated-normal(0, 1, [-2, 2])", () => new TruncatedNormalInitializer(0.0, 1.0, -2.0, 2.0)),
        ("lecun-normal", () => LeCun.Normal()),
        ("lecun-uniform", () => LeCun.Uniform()),
        ("xavier-normal", () => Xavier.Normal()),
        ("xavier-uniform(gain=1.6666666666666667)", () => Xavier.Uniform(Gain.For(Nonlinearity.Tanh))),
        ("he-normal", () => He.Normal()),
        ("he-uniform(a=0, FanOut, LeakyRelu)", () => He.Uniform(mode: FanMode.FanOut)),
        ("he-normal(a=0.2, FanIn, LeakyRelu)", () => He.Normal(a: 0.2, nonlinearity: Nonlinearity.LeakyRelu)),
        ("variance-scaling(scale=2, FanAvg, TruncatedNormal)", () => new VarianceScalingInitializer(2.0, FanMode.FanAvg, VarianceScalingDistribution.TruncatedNormal)),
        ("orthogonal(gain=1.5)", () => new OrthogonalInitializer(1.5)),
    ];

    /// <summary>The names as written in the catalog (not read off the initializers).</summary>
    public static IEnumerable<string> Names => Entries.Select(e => e.Name);

    /// <summary>Every initializer of the catalog, built now.</summary>
    public static IEnumerable<Initializer> All => Entries.Select(e => e.Create());

    /// <summary>The initializers' names: plain strings, so each initializer is its own serializable test case (listed,
    /// re-run and covered one by one; a theory over objects xUnit cannot serialize runs as one opaque test).</summary>
    public static TheoryData<string> Data() => new(Names);

    /// <summary>The catalog's initializer of that name, built now.</summary>
    public static Initializer Named(string name) => Entries.Single(e => e.Name == name).Create();
}
