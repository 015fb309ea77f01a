using InitVerify.Init.Sampling;
using InitVerify.Init.Shapes;

namespace InitVerify.Init.Initializers;

/// <summary>
/// The general variance-scaling initializer (Keras <c>VarianceScaling</c>): zero-mean elements with
/// Var(w) = scale / fan, fan = fan_in, fan_out or (fan_in + fan_out)/2. LeCun, Xavier/Glorot and He/Kaiming
/// are its cases (see <see cref="LeCun"/>, <see cref="Xavier"/>, <see cref="He"/>).
/// </summary>
/// <remarks>
/// std = √(scale / fan). Normal: N(0, std²). Uniform: U(−a, a), a = √3·std (variance a²/3). Truncated normal:
/// parent σ = std / c with c = √Var(Z | −2 ≤ Z ≤ 2) = 0.87962566103423978, truncated to [−2σ, 2σ], so that the
/// elements' variance is exactly scale / fan (as Keras and JAX do).
/// </remarks>
public sealed class VarianceScalingInitializer : Initializer
{
    /// <summary>The truncation point, in parent standard deviations, of the truncated-normal variant (Keras, JAX).</summary>
    public const double TruncationBound = 2.0;

    /// <summary>Creates a variance-scaling initializer.</summary>
    /// <param name="scale">Scale s in Var(w) = s / fan, finite and &gt; 0.</param>
    /// <param name="mode">Which fan to divide by.</param>
    /// <param name="distribution">Normal, truncated normal or uniform.</param>
    /// <param name="layout">How the weight's dimensions are ordered (PyTorch's by default).</param>
    /// <param name="groups">Convolution groups, ≥ 1 (see <see cref="Fans.FromShape"/>).</param>
    /// <param name="name">The name to report; derived from the parameters when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public VarianceScalingInitializer(
        double scale,
        FanMode mode = FanMode.FanIn,
        VarianceScalingDistribution distribution = VarianceScalingDistribution.TruncatedNormal,
        WeightLayout layout = WeightLayout.OutInKernel,
        int groups = 1,
        string? name = null)
    {
        Scale = Guard.PositiveFinite(scale, nameof(scale));
        Guard.Defined(mode, nameof(mode));
        Guard.Defined(distribution, nameof(distribution));
        Guard.Defined(layout, nameof(layout));
        if (groups < 1)
        {
            Guard.ThrowOutOfRange(nameof(groups), groups, "must be ≥ 1");
        }

        Mode = mode;
        Distribution = distribution;
        Layout = layout;
        Groups = groups;
        Name = name ?? $"variance-scaling(scale={scale:R}, {mode}, {distribution})";
    }

    /// <summary>
    /// c = √Var(Z | −2 ≤ Z ≤ 2) = 0.87962566103423978: the standard deviation of a standard normal truncated at
    /// ±2, computed from the truncated-normal variance formula (Keras/JAX use this literal) on each read (a few
    /// erfc evaluations per target distribution, not per weight).
    /// </summary>
    public static double TruncationStdFactor =>
        Math.Sqrt(TruncatedNormalMoments.StandardVariance(-TruncationBound, TruncationBound));

    /// <summary>The scale s.</summary>
    public double Scale { get; }

    /// <summary>The fan mode.</summary>
    public FanMode Mode { get; }

    /// <summary>The distribution.</summary>
    public VarianceScalingDistribution Distribution { get; }

    /// <summary>The weight layout used for fans.</summary>
    public WeightLayout Layout { get; }

    /// <summary>Convolution groups used for fans.</summary>
    public int Groups { get; }

    /// <inheritdoc/>
    public override string Name { get; }

    /// <inheritdoc/>
    public override int MinimumRank => 2;

    /// <summary>The elements' target standard deviation √(scale / fan) for a shape.</summary>
    /// <param name="shape">Weight shape, rank ≥ 2.</param>
    public double TargetStd(ReadOnlySpan<int> shape) =>
        Math.Sqrt(Scale / Fans.FromShape(shape, Layout, Groups).Select(Mode));

    /// <inheritdoc/>
    protected override WeightDistribution TargetCore(ReadOnlySpan<int> shape)
    {
        double std = TargetStd(shape);
        switch (Distribution)
        {
            case VarianceScalingDistribution.Normal:
                return WeightDistribution.Normal(0.0, std);
            case VarianceScalingDistribution.Uniform:
                return WeightDistribution.UniformWithStd(std);
            default:
                double parent = std / TruncationStdFactor;
                return WeightDistribution.TruncatedNormal(0.0, parent, -TruncationBound * parent, TruncationBound * parent);
        }
    }
}
