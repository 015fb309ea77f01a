namespace InitVerify.Init;

/// <summary>
/// The recommended gain for a nonlinearity: the factor by which the weights' standard deviation is scaled
/// so that the nonlinearity preserves the signal's second moment.
/// </summary>
/// <remarks>
/// Values follow PyTorch's <c>torch.nn.init.calculate_gain</c>: linear, conv and sigmoid 1; tanh 5/3;
/// ReLU √2 (He et al. 2015, "Delving deep into rectifiers", eq. 10); leaky ReLU √(2/(1+s²)) with default
/// slope 0.01; SELU 3/4.
/// </remarks>
public static class Gain
{
    /// <summary>PyTorch's default negative slope of leaky ReLU.</summary>
    public const double DefaultLeakyReluSlope = 0.01;

    /// <summary>The gain of a nonlinearity.</summary>
    /// <param name="nonlinearity">A defined <see cref="Nonlinearity"/>.</param>
    /// <param name="negativeSlope">Leaky ReLU's negative slope s (finite; default 0.01); must be left null for other nonlinearities.</param>
    /// <exception cref="ArgumentOutOfRangeException">Undefined nonlinearity or non-finite slope.</exception>
    /// <exception cref="ArgumentException">A slope given for a nonlinearity that has none.</exception>
    public static double For(Nonlinearity nonlinearity, double? negativeSlope = null)
    {
        Guard.Defined(nonlinearity, nameof(nonlinearity));
        if (negativeSlope is { } given && nonlinearity != Nonlinearity.LeakyRelu)
        {
            Guard.ThrowArgument(nameof(negativeSlope), $"negativeSlope applies only to LeakyRelu, not to {nonlinearity}; leave it null.");
        }

        return nonlinearity switch
        {
            Nonlinearity.Tanh => 5.0 / 3.0,
            Nonlinearity.Relu => Math.Sqrt(2.0),
            Nonlinearity.LeakyRelu => LeakyRelu(negativeSlope ?? DefaultLeakyReluSlope),
            Nonlinearity.Selu => 3.0 / 4.0,
            _ => 1.0,
        };
    }

    /// <summary>Leaky ReLU's gain √(2 / (1 + s²)).</summary>
    /// <param name="negativeSlope">The negative slope s, finite (any sign; s = 0 is ReLU, s = 1 is linear).</param>
    public static double LeakyRelu(double negativeSlope)
    {
        Guard.Finite(negativeSlope, nameof(negativeSlope));
        return Math.Sqrt(2.0 / (1.0 + negativeSlope * negativeSlope));
    }
}
