namespace InitVerify.Stats.Moments;

/// <summary>The outcome of a test of a mean or a variance.</summary>
/// <param name="Estimate">The sample estimate (mean, or variance estimator of the test).</param>
/// <param name="Statistic">The test statistic (a z or t score, or a χ² value).</param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="Interval">The confidence interval for the estimated quantity.</param>
/// <param name="N">The sample size.</param>
public sealed record MomentTestResult(double Estimate, double Statistic, double PValue, ConfidenceInterval Interval, int N);
