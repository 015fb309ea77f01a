using InitVerify.Init.Initializers;
using InitVerify.Init.Shapes;

namespace InitVerify.Init;

/// <summary>
/// The parameters an initializer can be built with by name (see <see cref="InitializerRegistry"/>); each named
/// initializer reads only the ones it uses, and each one is validated by the initializer it reaches.
/// </summary>
public sealed record InitializerOptions
{
    /// <summary>Gain for xavier-* and orthogonal (finite, &gt; 0); when null, 1 (or, for xavier, the nonlinearity's gain when one is given).</summary>
    public double? Gain { get; init; }

    /// <summary>Fan mode for he-* and variance-scaling.</summary>
    public FanMode Mode { get; init; } = FanMode.FanIn;

    /// <summary>Nonlinearity for he-* (and for xavier-* when <see cref="Gain"/> is null).</summary>
    public Nonlinearity? Nonlinearity { get; init; }

    /// <summary>Leaky-ReLU negative slope for he-* (finite).</summary>
    public double A { get; init; }

    /// <summary>Mean for normal / truncated-normal, value for constant (finite).</summary>
    public double Mean { get; init; }

    /// <summary>Standard deviation for normal / truncated-normal (finite, &gt; 0).</summary>
    public double Std { get; init; } = 1.0;

    /// <summary>Lower bound for uniform / truncated-normal.</summary>
    public double? Low { get; init; }

    /// <summary>Upper bound for uniform / truncated-normal.</summary>
    public double? High { get; init; }

    /// <summary>Scale for variance-scaling (finite, &gt; 0).</summary>
    public double Scale { get; init; } = 1.0;

    /// <summary>Distribution for variance-scaling.</summary>
    public VarianceScalingDistribution Distribution { get; init; } = VarianceScalingDistribution.TruncatedNormal;

    /// <summary>Weight layout for fans.</summary>
    public WeightLayout Layout { get; init; } = WeightLayout.OutInKernel;

    /// <summary>Convolution groups for fans (≥ 1).</summary>
    public int Groups { get; init; } = 1;
}
