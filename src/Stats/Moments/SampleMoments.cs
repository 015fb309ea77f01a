namespace InitVerify.Stats.Moments;

/// <summary>Two-pass sample moments (the mean first, then deviations from it, so nothing cancels).</summary>
internal static class SampleMoments
{
    public static double Mean(ReadOnlySpan<double> x)
    {
        double sum = 0;
        foreach (double v in x)
        {
            sum += v;
        }

        double mean = sum / x.Length;
        double correction = 0;
        foreach (double v in x)
        {
            correction += v - mean;
        }

        return mean + (correction / x.Length);
    }

    /// <summary>Σ (x − c)².</summary>
    public static double SumOfSquares(ReadOnlySpan<double> x, double centre)
    {
        double sum = 0;
        foreach (double v in x)
        {
            double d = v - centre;
            sum += d * d;
        }

        return sum;
    }

    public static void Level(double confidenceLevel) => Guard.OpenProbability(confidenceLevel, nameof(confidenceLevel));
}
