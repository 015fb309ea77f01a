using InitVerify.Init.Shapes;

namespace InitVerify.Init.Initializers;

/// <summary>
/// Xavier/Glorot initialization, Var(w) = gain² · 2 / (fan_in + fan_out) (Glorot and Bengio 2010,
/// "Understanding the difficulty of training deep feedforward neural networks", eqs. 12 and 16).
/// </summary>
public static class Xavier
{
    /// <summary>N(0, gain² · 2/(fan_in + fan_out)).</summary>
    /// <param name="gain">Gain, finite and &gt; 0 (see <see cref="Gain"/>).</param>
    /// <param name="layout">Weight layout for fans.</param>
    /// <param name="groups">Convolution groups, ≥ 1.</param>
    public static VarianceScalingInitializer Normal(double gain = 1.0, WeightLayout layout = WeightLayout.OutInKernel, int groups = 1) =>
        Create(gain, VarianceScalingDistribution.Normal, layout, groups, "xavier-normal");

    /// <summary>U(−a, a), a = gain · √(6/(fan_in + fan_out)).</summary>
    /// <param name="gain">Gain, finite and &gt; 0 (see <see cref="Gain"/>).</param>
    /// <param name="layout">Weight layout for fans.</param>
    /// <param name="groups">Convolution groups, ≥ 1.</param>
    public static VarianceScalingInitializer Uniform(double gain = 1.0, WeightLayout layout = WeightLayout.OutInKernel, int groups = 1) =>
        Create(gain, VarianceScalingDistribution.Uniform, layout, groups, "xavier-uniform");

    private static VarianceScalingInitializer Create(double gain, VarianceScalingDistribution distribution, WeightLayout layout, int groups, string name)
    {
        Guard.PositiveFinite(gain, nameof(gain));
        return new(gain * gain, FanMode.FanAvg, distribution, layout, groups, gain == 1.0 ? name : $"{name}(gain={gain:R})");
    }
}
