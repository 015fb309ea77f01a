using InitVerify.Verification;

namespace InitVerify.Properties;

/// <summary>
/// The suite's error budget. A correct library must pass a run with probability ≥ 1 − 10⁻⁶ for every seed: the
/// budget 10⁻⁶ is split (Bonferroni) over every distribution check a run makes; each check splits its share over its
/// four statistical assertions (see <see cref="VerificationDesign"/>). Every check must detect a relative variance
/// error ≥ 5% and a CDF discrepancy ≥ 0.02 with false-pass rate ≤ 10⁻⁶; the sample sizes follow from these numbers.
/// </summary>
public static class SuiteBudget
{
    /// <summary>The false-failure budget of one run of tests/Properties.</summary>
    public const double Total = 1e-6;

    /// <summary>The false-pass rate every guarantee is stated at.</summary>
    public const double FalsePass = 1e-6;

    /// <summary>Property cases (FsCheck MaxTest) of each statistical property; their sum is the number of checks per run.</summary>
    public const int VarianceScalingCases = 16;

    /// <inheritdoc cref="VarianceScalingCases"/>
    public const int NormalCases = 6;

    /// <inheritdoc cref="VarianceScalingCases"/>
    public const int Native32NormalCases = 4;

    /// <inheritdoc cref="VarianceScalingCases"/>
    public const int Native32ArsNormalCases = 4;

    /// <inheritdoc cref="VarianceScalingCases"/>
    public const int UniformCases = 6;

    /// <inheritdoc cref="VarianceScalingCases"/>
    public const int TruncatedNormalCases = 12;

    /// <inheritdoc cref="VarianceScalingCases"/>
    public const int OrthogonalCases = 4;

    /// <summary>
    /// Checks on correct initializers per run. (Checks of deliberately wrong variants spend no false-failure budget:
    /// they are expected to fail; their false-pass rate is bounded by the design's f.)
    /// </summary>
    public const int Checks = VarianceScalingCases + NormalCases + Native32NormalCases + Native32ArsNormalCases + UniformCases + TruncatedNormalCases + OrthogonalCases;

    /// <summary>The design of each check: r = Total / Checks, f = 10⁻⁶, δ_var = 5%, δ_cdf = 0.02.</summary>
    public static VerificationDesign Design { get; } = new(Total / Checks, FalsePass, RelativeVarianceError: 0.05, CdfDiscrepancy: 0.02);

    /// <summary>
    /// Orthogonal matrices give one independent sample per matrix (a QR each), so their check is designed for coarser
    /// errors: δ_var = 10%, δ_cdf = 0.05 (the sign-fix and uniform-start bugs it targets are far larger). Their
    /// variance is also asserted exactly by the Gram-matrix property.
    /// </summary>
    public static VerificationDesign OrthogonalDesign { get; } = new(Total / Checks, FalsePass, RelativeVarianceError: 0.10, CdfDiscrepancy: 0.05);
}
