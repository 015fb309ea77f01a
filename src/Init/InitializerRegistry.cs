using InitVerify.Init.Initializers;

namespace InitVerify.Init;

/// <summary>Builds initializers from their names (as the command line and reports spell them).</summary>
public static class InitializerRegistry
{
    /// <summary>Every name <see cref="Create"/> accepts, in the order reports list them.</summary>
    /// <remarks>Built on each read (14 strings): a static field's initializer runs outside any test, so a mutation
    /// tool cannot tell which tests cover it and re-runs the whole test project for each of its mutants.</remarks>
    public static IReadOnlyList<string> Names =>
    [
        "zeros", "ones", "constant", "uniform", "normal", "truncated-normal",
        "lecun-normal", "lecun-uniform", "xavier-normal", "xavier-uniform",
        "he-normal", "he-uniform", "variance-scaling", "orthogonal",
    ];

    /// <summary>Creates the initializer a name denotes, with the options it uses.</summary>
    /// <param name="name">One of <see cref="Names"/> (case-insensitive).</param>
    /// <param name="options">Parameters; null for every default.</param>
    /// <exception cref="ArgumentOutOfRangeException">Unknown name, or an option outside its range.</exception>
    public static Initializer Create(string name, InitializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        InitializerOptions o = options ?? new InitializerOptions();
        double XavierGain() => o.Gain ?? (o.Nonlinearity is { } n ? InitVerify.Init.Gain.For(n, n == Nonlinearity.LeakyRelu ? o.A : null) : 1.0);
        Nonlinearity HeNonlinearity() => o.Nonlinearity ?? Nonlinearity.LeakyRelu;
        return name.ToLowerInvariant() switch
        {
            "zeros" => ConstantInitializer.Zeros,
            "ones" => ConstantInitializer.Ones,
            "constant" => new ConstantInitializer(o.Mean),
            "uniform" => new UniformInitializer(o.Low ?? 0.0, o.High ?? 1.0),
            "normal" => new NormalInitializer(o.Mean, o.Std),
            "truncated-normal" => new TruncatedNormalInitializer(o.Mean, o.Std, o.Low ?? o.Mean - 2 * o.Std, o.High ?? o.Mean + 2 * o.Std),
            "lecun-normal" => LeCun.Normal(o.Layout, o.Groups),
            "lecun-uniform" => LeCun.Uniform(o.Layout, o.Groups),
            "xavier-normal" => Xavier.Normal(XavierGain(), o.Layout, o.Groups),
            "xavier-uniform" => Xavier.Uniform(XavierGain(), o.Layout, o.Groups),
            "he-normal" => He.Normal(o.A, o.Mode, HeNonlinearity(), o.Layout, o.Groups),
            "he-uniform" => He.Uniform(o.A, o.Mode, HeNonlinearity(), o.Layout, o.Groups),
            "variance-scaling" => new VarianceScalingInitializer(o.Scale, o.Mode, o.Distribution, o.Layout, o.Groups),
            "orthogonal" => new OrthogonalInitializer(o.Gain ?? 1.0),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"name must be one of {string.Join(", ", Names)}."),
        };
    }
}
