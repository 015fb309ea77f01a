using InitVerify.Init.Shapes;

namespace InitVerify.Init.Initializers;

/// <summary>
/// LeCun initialization, Var(w) = 1 / fan_in (LeCun, Bottou, Orr and Müller 1998, "Efficient BackProp";
/// the "Xavier 1/n" of many tutorials). Suited to tanh/sigmoid and SELU networks.
/// </summary>
public static class LeCun
{
    /// <summary>N(0, 1/fan_in).</summary>
    /// <param name="layout">Weight layout for fans.</param>
    /// <param name="groups">Convolution groups, ≥ 1.</param>
    public static VarianceScalingInitializer Normal(WeightLayout layout = WeightLayout.OutInKernel, int groups = 1) =>
        new(1.0, FanMode.FanIn, VarianceScalingDistribution.Normal, layout, groups, "lecun-normal");

    /// <summary>U(−√(3/fan_in), √(3/fan_in)).</summary>
    /// <param name="layout">Weight layout for fans.</param>
    /// <param name="groups">Convolution groups, ≥ 1.</param>
    public static VarianceScalingInitializer Uniform(WeightLayout layout = WeightLayout.OutInKernel, int groups = 1) =>
        new(1.0, FanMode.FanIn, VarianceScalingDistribution.Uniform, layout, groups, "lecun-uniform");
}
