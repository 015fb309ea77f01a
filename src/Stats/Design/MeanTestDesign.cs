using InitVerify.Stats.Moments;

namespace InitVerify.Stats.Design;

/// <summary>
/// Design of the two-sided z-test of a mean with known σ (<see cref="MeanTest.KnownVariance"/>): fail when
/// |x̄ − μ₀| &gt; z_{r/2} σ/√n; a shift δσ is then missed with probability ≤ f once
/// √n ≥ (z_{r/2} + z_f)/δ (z_p = Φ⁻¹(1 − p)). Shifts are in units of σ.
/// </summary>
public static class MeanTestDesign
{
    /// <summary>The failure threshold on |x̄ − μ₀|/σ: z_{r/2}/√n.</summary>
    /// <param name="n">Sample size, ≥ 1.</param>
    /// <param name="falseFailureRate">r in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static double Threshold(int n, double falseFailureRate)
    {
        Guard.AtLeast(n, 1, nameof(n));
        Guard.OpenProbability(falseFailureRate, nameof(falseFailureRate));
        return NormalQuantiles.UpperTail(falseFailureRate / 2) / Math.Sqrt(n);
    }

    /// <summary>The smallest shift (in σ) detected with false-pass rate ≤ f: (z_{r/2} + z_f)/√n.</summary>
    /// <param name="n">Sample size, ≥ 1.</param>
    /// <param name="falseFailureRate">r in (0, 1).</param>
    /// <param name="falsePassRate">f in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static double DetectableShift(int n, double falseFailureRate, double falsePassRate)
    {
        Guard.OpenProbability(falsePassRate, nameof(falsePassRate));
        return Threshold(n, falseFailureRate) + (NormalQuantiles.UpperTail(falsePassRate) / Math.Sqrt(n));
    }

    /// <summary>n = ⌈((z_{r/2} + z_f)/δ)²⌉ (δ = 0.3, r = f = 1e-6: 1,034).</summary>
    /// <param name="shift">The shift δ to detect, in units of σ, &gt; 0.</param>
    /// <param name="falseFailureRate">r in (0, 1).</param>
    /// <param name="falsePassRate">f in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static int SamplesNeeded(double shift, double falseFailureRate, double falsePassRate)
    {
        Guard.PositiveFinite(shift, nameof(shift));
        Guard.OpenProbability(falseFailureRate, nameof(falseFailureRate));
        Guard.OpenProbability(falsePassRate, nameof(falsePassRate));
        double root = (NormalQuantiles.UpperTail(falseFailureRate / 2) + NormalQuantiles.UpperTail(falsePassRate)) / shift;
        return DesignMath.CeilingToInt(root * root, nameof(shift));
    }
}
