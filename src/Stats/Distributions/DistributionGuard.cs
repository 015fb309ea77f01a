namespace InitVerify.Stats.Distributions;

/// <summary>Shared argument checks of the distributions.</summary>
internal static class DistributionGuard
{
    public static void Probability(double p, string paramName = "p")
    {
        if (!(p >= 0 && p <= 1))
        {
            Guard.ThrowOutOfRange(paramName, p, "must lie in [0, 1]");
        }
    }

    public static void SameLength(ReadOnlySpan<double> x, Span<double> destination)
    {
        if (destination.Length != x.Length)
        {
            Guard.ThrowArgument(nameof(destination), $"destination must have the length of x ({x.Length}), not {destination.Length}.");
        }
    }
}
