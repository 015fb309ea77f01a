using System.Diagnostics.CodeAnalysis;

namespace InitVerify.Propagation;

/// <summary>Throw helpers: every message names the parameter and the allowed range.</summary>
internal static class PropagationGuard
{
    public static double Finite(double value, string paramName)
    {
        if (!double.IsFinite(value))
        {
            ThrowOutOfRange(paramName, value, "must be finite");
        }

        return value;
    }

    public static double NonNegativeFinite(double value, string paramName)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            ThrowOutOfRange(paramName, value, "must be finite and ≥ 0");
        }

        return value;
    }

    public static double PositiveFinite(double value, string paramName)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            ThrowOutOfRange(paramName, value, "must be finite and > 0");
        }

        return value;
    }

    public static double Probability(double value, string paramName)
    {
        if (!(value > 0 && value < 1))
        {
            ThrowOutOfRange(paramName, value, "must lie in the open interval (0, 1)");
        }

        return value;
    }

    public static int AtLeast(int value, int minimum, string paramName)
    {
        if (value < minimum)
        {
            ThrowOutOfRange(paramName, value, $"must be ≥ {minimum}");
        }

        return value;
    }

    [DoesNotReturn]
    public static void ThrowOutOfRange(string paramName, object? actual, string rule) =>
        throw new ArgumentOutOfRangeException(paramName, actual, $"{paramName} {rule}.");

    [DoesNotReturn]
    public static void ThrowArgument(string paramName, string message) =>
        throw new ArgumentException(message, paramName);
}
