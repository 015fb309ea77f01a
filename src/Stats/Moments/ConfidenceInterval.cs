namespace InitVerify.Stats.Moments;

/// <summary>A two-sided confidence interval [Lower, Upper] at a confidence level.</summary>
/// <param name="Lower">The lower end.</param>
/// <param name="Upper">The upper end.</param>
/// <param name="Level">The confidence level 1 − α, in (0, 1).</param>
public sealed record ConfidenceInterval(double Lower, double Upper, double Level)
{
    /// <summary>True when <paramref name="value"/> lies in [Lower, Upper].</summary>
    /// <param name="value">The value.</param>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
