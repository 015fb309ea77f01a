namespace InitVerify.Init.Initializers;

/// <summary>
/// Fills every element with one value. Legitimate for biases; for weights it cannot break symmetry: every unit
/// of the layer computes the same activation and receives the same gradient.
/// </summary>
public sealed class ConstantInitializer : Initializer
{
    /// <summary>Creates a constant initializer.</summary>
    /// <param name="value">The value, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">Non-finite value.</exception>
    public ConstantInitializer(double value)
    {
        Value = Guard.Finite(value, nameof(value));
    }

    /// <summary>All zeros.</summary>
    public static ConstantInitializer Zeros { get; } = new(0.0);

    /// <summary>All ones.</summary>
    public static ConstantInitializer Ones { get; } = new(1.0);

    /// <summary>The value written.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public override string Name => Value switch
    {
        0.0 => "zeros",
        1.0 => "ones",
        _ => $"constant({Value:R})",
    };

    /// <inheritdoc/>
    protected override WeightDistribution TargetCore(ReadOnlySpan<int> shape) => WeightDistribution.Constant(Value);
}
