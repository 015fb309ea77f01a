namespace InitVerify.Stats.Design;

/// <summary>Splitting a suite's false-failure budget over its assertions.</summary>
public static class ErrorBudget
{
    /// <summary>
    /// Bonferroni: each of K assertions gets total/K, so by the union bound the suite fails falsely with
    /// probability ≤ total whatever the dependence between the assertions.
    /// </summary>
    /// <param name="total">The suite's false-failure rate, in (0, 1).</param>
    /// <param name="assertions">K ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static double Split(double total, int assertions)
    {
        Guard.OpenProbability(total, nameof(total));
        Guard.AtLeast(assertions, 1, nameof(assertions));
        return total / assertions;
    }
}
