namespace InitVerify;

/// <summary>Range checks of the statistics and propagation libraries (linked into both).</summary>
internal static partial class Guard
{
    /// <summary>Accepts finite values ≥ 0.</summary>
    public static double NonNegativeFinite(double value, string paramName)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            ThrowOutOfRange(paramName, value, "must be finite and ≥ 0");
        }

        return value;
    }

    /// <summary>A probability strictly inside (0, 1): an error rate or a confidence level.</summary>
    public static double OpenProbability(double value, string paramName)
    {
        if (!(value > 0 && value < 1))
        {
            ThrowOutOfRange(paramName, value, "must lie in (0, 1)");
        }

        return value;
    }

    /// <summary>Accepts integers ≥ <paramref name="minimum"/>.</summary>
    public static int AtLeast(int value, int minimum, string paramName)
    {
        if (value < minimum)
        {
            ThrowOutOfRange(paramName, value, $"must be ≥ {minimum}");
        }

        return value;
    }
}
