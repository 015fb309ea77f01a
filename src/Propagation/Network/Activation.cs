using System.Runtime.CompilerServices;

namespace InitVerify.Propagation.Network;

/// <summary>
/// An element-wise activation φ with its derivative φ′ and, for the bounded ones, a saturation rule.
/// </summary>
/// <remarks>
/// Saturation (documented threshold, <see cref="SaturationThreshold"/> = 0.99): tanh is saturated where
/// |tanh(y)| &gt; 0.99 (|y| &gt; 2.647, where φ′ = 1 − tanh² &lt; 0.0199); sigmoid where σ(y) &lt; 0.01 or
/// σ(y) &gt; 0.99 (|y| &gt; 4.595, where φ′ &lt; 0.0099). The unbounded activations never saturate.
/// The derivatives of tanh and sigmoid are computed from e^{−|y|}, accurate to a few ulps relative for every y (a
/// saturated unit's gradient is small, not zero).
/// At the kink y = 0 of ReLU, leaky ReLU and SELU the derivative is taken from the left (ReLU′(0) = 0, as PyTorch does).
/// NaN propagates through every activation (ReLU(NaN) = NaN, as in PyTorch), so an overflow is never masked as a zero.
/// </remarks>
public readonly record struct Activation
{
    /// <summary>SELU's λ (Klambauer, Unterthiner, Mayr and Hochreiter 2017, "Self-normalizing neural networks", eq. 14).</summary>
    public const double SeluLambda = 1.0507009873554804934193349852946;

    /// <summary>SELU's α (Klambauer et al. 2017, eq. 14).</summary>
    public const double SeluAlpha = 1.6732632423543772848170429916717;

    /// <summary>|φ| above this fraction of the activation's range counts as saturated (tanh: |φ| &gt; 0.99; sigmoid: φ ∉ [0.01, 0.99]).</summary>
    public const double SaturationThreshold = 0.99;

    private Activation(ActivationKind kind, double negativeSlope)
    {
        Kind = kind;
        NegativeSlope = negativeSlope;
    }

    /// <summary>Which nonlinearity.</summary>
    public ActivationKind Kind { get; }

    /// <summary>Leaky ReLU's negative slope s (0 for every other activation).</summary>
    public double NegativeSlope { get; }

    /// <summary>φ(y) = y.</summary>
    public static Activation Identity => new(ActivationKind.Identity, 0);

    /// <summary>φ(y) = max(0, y).</summary>
    public static Activation Relu => new(ActivationKind.Relu, 0);

    /// <summary>φ(y) = tanh(y).</summary>
    public static Activation Tanh => new(ActivationKind.Tanh, 0);

    /// <summary>Logistic sigmoid.</summary>
    public static Activation Sigmoid => new(ActivationKind.Sigmoid, 0);

    /// <summary>SELU with the paper's λ and α.</summary>
    public static Activation Selu => new(ActivationKind.Selu, 0);

    /// <summary>Whether the activation is bounded and can saturate (tanh, sigmoid).</summary>
    public bool CanSaturate => Kind is ActivationKind.Tanh or ActivationKind.Sigmoid;

    /// <summary>Leaky ReLU with negative slope s.</summary>
    /// <param name="negativeSlope">s, finite (PyTorch's default is 0.01).</param>
    /// <exception cref="ArgumentOutOfRangeException">Non-finite slope.</exception>
    public static Activation LeakyRelu(double negativeSlope = 0.01) =>
        new(ActivationKind.LeakyRelu, Guard.Finite(negativeSlope, nameof(negativeSlope)));

    /// <summary>φ(y) in double precision (used by the theory).</summary>
    /// <param name="y">Any value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Value(double y) => Kind switch
    {
        ActivationKind.Identity => y,
        ActivationKind.Relu => y > 0 || double.IsNaN(y) ? y : 0.0,
        ActivationKind.LeakyRelu => y > 0 ? y : NegativeSlope * y,
        ActivationKind.Tanh => Math.Tanh(y),
        ActivationKind.Sigmoid => 1.0 / (1.0 + Math.Exp(-y)),
        _ => y > 0 ? SeluLambda * y : SeluLambda * SeluAlpha * ElementaryFunctions.Expm1(y),
    };

    /// <summary>φ′(y) in double precision.</summary>
    /// <param name="y">Any value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Derivative(double y)
    {
        switch (Kind)
        {
            case ActivationKind.Identity:
                return 1.0;
            case ActivationKind.Relu:
                return y > 0 ? 1.0 : 0.0;
            case ActivationKind.LeakyRelu:
                return y > 0 ? 1.0 : NegativeSlope;
            case ActivationKind.Tanh:
                // 1 − tanh²(y) = sech²(y) = 4·σ′(2y) (×4 is exact): 1 − tanh² from a rounded tanh is 0 from |y| ≈ 19.1 on.
                return 4.0 * LogisticDensity(2.0 * y);
            case ActivationKind.Sigmoid:
                return LogisticDensity(y);
            default:
                return y > 0 ? SeluLambda : SeluLambda * SeluAlpha * Math.Exp(y);
        }
    }

    /// <summary>σ′(y) = σ(y)(1 − σ(y)) = e/(1 + e)² with e = e^{−|y|}: even in y and without cancellation, so it keeps
    /// its relative accuracy in saturation (σ(1 − σ) from a rounded σ is 0 from |y| ≈ 36.7 on).</summary>
    private static double LogisticDensity(double y)
    {
        double e = Math.Exp(-Math.Abs(y));
        double d = 1.0 + e;
        return e / (d * d);
    }

    /// <summary>Whether an activation value φ(y) counts as saturated (see the remarks).</summary>
    /// <param name="activated">The value φ(y).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsSaturated(double activated) => Kind switch
    {
        ActivationKind.Tanh => Math.Abs(activated) > SaturationThreshold,
        ActivationKind.Sigmoid => activated > SaturationThreshold || activated < 1.0 - SaturationThreshold,
        _ => false,
    };

    /// <inheritdoc/>
    public override string ToString() =>
        Kind == ActivationKind.LeakyRelu ? $"LeakyRelu({NegativeSlope:R})" : Kind.ToString();
}
