using InitVerify.Stats.Moments;

namespace InitVerify.Stats.Design;

/// <summary>
/// Design of the two-sided asymptotic test of a variance with a known mean (<see cref="VarianceTest.FourthMoment"/>
/// with a known mean): V = Σ(x − μ)²/n has Var(V) = (κ − 1)σ⁴/n, κ = μ₄/σ⁴ the kurtosis. Fail when
/// |V/σ₀² − 1| &gt; c = z_{r/2} √((κ − 1)/n) (z_p = Φ⁻¹(1 − p)).
/// </summary>
/// <remarks>
/// A relative error δ (true variance (1 ± δ)σ₀², same shape so same κ) is missed with probability ≤ f when
/// c + z_f (1 + δ) √((κ − 1)/n) ≤ δ: the standard deviation of V under the alternative is (1 + δ) times
/// the null one (the upward alternative is the binding one). Hence
/// n = ⌈(κ − 1)(z_{r/2} + (1 + δ) z_f)²/δ²⌉. For normal data (κ = 3), r = f = 1e-6, δ = 5%: 78,135.
/// statistics.md's rough form ((z_r + z_f)√Var(S²)/(δσ²))² with one-sided z's gives about 72,300 (two-sided
/// z_{r/2}: about 74,400); its quoted "about 51,000" is 72,300/√2 (the factor √2 of the standard deviation
/// left unsquared) and is not reproduced by any consistent convention: it understates n.
/// </remarks>
public static class VarianceTestDesign
{
    /// <summary>The failure threshold c on |V/σ₀² − 1|: z_{r/2} √((κ − 1)/n).</summary>
    /// <param name="n">Sample size, ≥ 1.</param>
    /// <param name="falseFailureRate">r in (0, 1).</param>
    /// <param name="kurtosis">κ = μ₄/σ⁴ &gt; 1 (3 for normal, 9/5 for uniform).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static double RelativeThreshold(int n, double falseFailureRate, double kurtosis)
    {
        Guard.AtLeast(n, 1, nameof(n));
        Guard.OpenProbability(falseFailureRate, nameof(falseFailureRate));
        return NormalQuantiles.UpperTail(falseFailureRate / 2) * Spread(n, kurtosis);
    }

    /// <summary>
    /// The smallest relative variance error detected with false-pass rate ≤ f:
    /// δ = (c + z_f s)/(1 − z_f s), s = √((κ − 1)/n); +∞ when z_f s ≥ 1.
    /// </summary>
    /// <param name="n">Sample size, ≥ 1.</param>
    /// <param name="falseFailureRate">r in (0, 1).</param>
    /// <param name="falsePassRate">f in (0, 1).</param>
    /// <param name="kurtosis">κ = μ₄/σ⁴ &gt; 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static double DetectableRelativeError(int n, double falseFailureRate, double falsePassRate, double kurtosis)
    {
        double c = RelativeThreshold(n, falseFailureRate, kurtosis);
        Guard.OpenProbability(falsePassRate, nameof(falsePassRate));
        double margin = NormalQuantiles.UpperTail(falsePassRate) * Spread(n, kurtosis);
        return margin >= 1 ? double.PositiveInfinity : (c + margin) / (1 - margin);
    }

    /// <summary>n = ⌈(κ − 1)(z_{r/2} + (1 + δ) z_f)²/δ²⌉.</summary>
    /// <param name="relativeError">δ &gt; 0, the relative variance error to detect.</param>
    /// <param name="falseFailureRate">r in (0, 1).</param>
    /// <param name="falsePassRate">f in (0, 1).</param>
    /// <param name="kurtosis">κ = μ₄/σ⁴ &gt; 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static int SamplesNeeded(double relativeError, double falseFailureRate, double falsePassRate, double kurtosis)
    {
        Guard.PositiveFinite(relativeError, nameof(relativeError));
        Guard.OpenProbability(falseFailureRate, nameof(falseFailureRate));
        Guard.OpenProbability(falsePassRate, nameof(falsePassRate));
        CheckKurtosis(kurtosis);
        double root = (NormalQuantiles.UpperTail(falseFailureRate / 2) + ((1 + relativeError) * NormalQuantiles.UpperTail(falsePassRate))) / relativeError;
        return DesignMath.CeilingToInt((kurtosis - 1) * root * root, nameof(relativeError));
    }

    private static double Spread(int n, double kurtosis)
    {
        CheckKurtosis(kurtosis);
        return Math.Sqrt((kurtosis - 1) / n);
    }

    private static void CheckKurtosis(double kurtosis)
    {
        if (!(kurtosis > 1) || double.IsPositiveInfinity(kurtosis))
        {
            Guard.ThrowOutOfRange(nameof(kurtosis), kurtosis, "must be finite and > 1");
        }
    }
}
