using InitVerify.Init.Shapes;

namespace InitVerify.Init.Initializers;

/// <summary>
/// He/Kaiming initialization, Var(w) = gain² / fan with gain from the nonlinearity (He, Zhang, Ren and Sun 2015,
/// "Delving deep into rectifiers", eq. 10: Var(w) = 2 / fan_in for ReLU). As PyTorch's kaiming_normal_ /
/// kaiming_uniform_: the default nonlinearity is leaky ReLU with negative slope a = 0, i.e. ReLU's gain √2.
/// </summary>
public static class He
{
    /// <summary>N(0, gain²/fan).</summary>
    /// <param name="a">Negative slope of leaky ReLU (finite; used only when nonlinearity is LeakyRelu).</param>
    /// <param name="mode">fan_in (forward, default) or fan_out (backward); FanAvg is allowed too.</param>
    /// <param name="nonlinearity">The activation the gain is computed for.</param>
    /// <param name="layout">Weight layout for fans.</param>
    /// <param name="groups">Convolution groups, ≥ 1.</param>
    public static VarianceScalingInitializer Normal(double a = 0.0, FanMode mode = FanMode.FanIn, Nonlinearity nonlinearity = Nonlinearity.LeakyRelu,
        WeightLayout layout = WeightLayout.OutInKernel, int groups = 1) =>
        Create(a, mode, nonlinearity, VarianceScalingDistribution.Normal, layout, groups, "he-normal");

    /// <summary>U(−b, b), b = gain · √(3/fan).</summary>
    /// <param name="a">Negative slope of leaky ReLU (finite; used only when nonlinearity is LeakyRelu).</param>
    /// <param name="mode">fan_in (forward, default) or fan_out (backward); FanAvg is allowed too.</param>
    /// <param name="nonlinearity">The activation the gain is computed for.</param>
    /// <param name="layout">Weight layout for fans.</param>
    /// <param name="groups">Convolution groups, ≥ 1.</param>
    public static VarianceScalingInitializer Uniform(double a = 0.0, FanMode mode = FanMode.FanIn, Nonlinearity nonlinearity = Nonlinearity.LeakyRelu,
        WeightLayout layout = WeightLayout.OutInKernel, int groups = 1) =>
        Create(a, mode, nonlinearity, VarianceScalingDistribution.Uniform, layout, groups, "he-uniform");

    private static VarianceScalingInitializer Create(double a, FanMode mode, Nonlinearity nonlinearity, VarianceScalingDistribution distribution,
        WeightLayout layout, int groups, string name)
    {
        Guard.Finite(a, nameof(a));
        double gain = nonlinearity == Nonlinearity.LeakyRelu ? Gain.LeakyRelu(a) : Gain.For(nonlinearity);
        bool isDefault = a == 0.0 && mode == FanMode.FanIn && nonlinearity is Nonlinearity.LeakyRelu or Nonlinearity.Relu;
        string fullName = isDefault ? name : $"{name}(a={a:R}, {mode}, {nonlinearity})";
        return new(gain * gain, mode, distribution, layout, groups, fullName);
    }
}
