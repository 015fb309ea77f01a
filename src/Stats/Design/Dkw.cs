namespace InitVerify.Stats.Design;

/// <summary>
/// Test design from the Dvoretzky-Kiefer-Wolfowitz inequality with Massart's (1990) constant:
/// P(sup_x |F_n(x) − F(x)| &gt; ε) ≤ 2 exp(−2nε²) for every n and ε (the way TensorFlow Probability's
/// statistical tests are designed). Failing when D_n &gt; ε(n, r) has false-failure rate ≤ r for every n.
/// </summary>
/// <remarks>
/// Sample size convention (reproduces the reference examples δ = 0.04, r = f = 1e-9 → 26,771 and δ = 0.05,
/// r = f = 1e-6 → 11,607): the discrepancy δ is split in two equal halves, one for the envelope and one for
/// the false-pass margin, n = ⌈max(−ln(r/(2K)), −ln(f/2)) / (2(δ/2)²)⌉. When r/K = f this is the exact smallest
/// n with ε(n, r/K) + ε(n, f) ≤ δ; otherwise it is slightly conservative.
/// </remarks>
public static class Dkw
{
    /// <summary>The envelope ε(n, r) = √(−ln(r/2)/(2n)): P(D_n &gt; ε) ≤ r.</summary>
    /// <param name="n">Sample size, ≥ 1.</param>
    /// <param name="falseFailureRate">r in (0, 1) (already split per assertion).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static double Epsilon(int n, double falseFailureRate)
    {
        Guard.AtLeast(n, 1, nameof(n));
        Guard.OpenProbability(falseFailureRate, nameof(falseFailureRate));
        return Math.Sqrt(-Math.Log(falseFailureRate / 2) / (2.0 * n));
    }

    /// <summary>
    /// The smallest sup-distance between the sampled and the hypothesised CDF that the test "fail when
    /// D_n &gt; ε(n, r/K)" detects with false-pass rate ≤ f: ε(n, f) + ε(n, r/K).
    /// At n = 13,000, r = f = 1e-6: 0.047245.
    /// </summary>
    /// <param name="n">Sample size, ≥ 1.</param>
    /// <param name="falseFailureRate">The suite's r in (0, 1).</param>
    /// <param name="falsePassRate">f in (0, 1).</param>
    /// <param name="assertions">K ≥ 1 assertions sharing r (Bonferroni).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static double DetectableDiscrepancy(int n, double falseFailureRate, double falsePassRate, int assertions = 1) =>
        Epsilon(n, falsePassRate) + Epsilon(n, ErrorBudget.Split(falseFailureRate, assertions));

    /// <summary>
    /// Samples needed to detect a CDF discrepancy δ: n = ⌈max(−ln(r/(2K)), −ln(f/2)) / (2(δ/2)²)⌉
    /// (δ = 0.04, r = f = 1e-9 → 26,771; δ = 0.05, r = f = 1e-6 → 11,607).
    /// </summary>
    /// <param name="discrepancy">δ in (0, 1].</param>
    /// <param name="falseFailureRate">The suite's r in (0, 1).</param>
    /// <param name="falsePassRate">f in (0, 1).</param>
    /// <param name="assertions">K ≥ 1 assertions sharing r (Bonferroni).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range, or n beyond int.</exception>
    public static int SamplesNeeded(double discrepancy, double falseFailureRate, double falsePassRate, int assertions = 1)
    {
        if (!(discrepancy > 0 && discrepancy <= 1))
        {
            Guard.ThrowOutOfRange(nameof(discrepancy), discrepancy, "must lie in (0, 1]");
        }

        double r = ErrorBudget.Split(falseFailureRate, assertions);
        Guard.OpenProbability(falsePassRate, nameof(falsePassRate));
        double half = discrepancy / 2;
        double n = Math.Max(-Math.Log(r / 2), -Math.Log(falsePassRate / 2)) / (2 * half * half);
        return DesignMath.CeilingToInt(n, nameof(discrepancy));
    }
}
