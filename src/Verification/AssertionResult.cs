namespace InitVerify.Verification;

/// <summary>One assertion of a distribution check, with its evidence and its guarantee.</summary>
/// <param name="Name">What was asserted, e.g. <c>variance</c>.</param>
/// <param name="Passed">Whether the statistic lay inside its acceptance region.</param>
/// <param name="Statistic">The observed statistic (its meaning is in <paramref name="Detail"/>).</param>
/// <param name="Threshold">The acceptance threshold for the statistic.</param>
/// <param name="PValue">The p-value where the test has one (NaN otherwise).</param>
/// <param name="FalseFailureRate">The probability that a correct initializer fails this assertion (0 for exact ones).</param>
/// <param name="Detectable">The smallest error this assertion catches with the design's false-pass rate (NaN where none is guaranteed).</param>
/// <param name="Detail">A readable line with the numbers.</param>
public sealed record AssertionResult(
    string Name,
    bool Passed,
    double Statistic,
    double Threshold,
    double PValue,
    double FalseFailureRate,
    double Detectable,
    string Detail)
{
    /// <inheritdoc/>
    public override string ToString() => $"{(Passed ? "pass" : "FAIL")} {Name}: {Detail}";
}
