using MathNet.Numerics.Distributions;

namespace InitVerify.Init.Tests;

/// <summary>Two-sided acceptance intervals for counts of rare events, computed exactly from the binomial law.</summary>
internal static class BinomialBand
{
    /// <summary>
    /// The interval [lower, upper] of a Binomial(n, p) count with P(count &lt; lower) ≤ falseFailure/2 and
    /// P(count &gt; upper) ≤ falseFailure/2 (MathNet's binomial CDF).
    /// </summary>
    public static (int Lower, int Upper) Acceptance(double p, int n, double falseFailure)
    {
        var law = new Binomial(p, n);
        int lower = 0;
        while (law.CumulativeDistribution(lower) <= falseFailure / 2)
        {
            lower++;
        }

        int upper = lower;
        while (1 - law.CumulativeDistribution(upper) > falseFailure / 2)
        {
            upper++;
        }

        return (lower, upper);
    }
}
