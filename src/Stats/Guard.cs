using System.Diagnostics.CodeAnalysis;

namespace InitVerify.Stats;

/// <summary>Throw helpers for the statistics core: every message names the parameter and the allowed range.</summary>
internal static class Guard
{
    public static double Finite(double value, string paramName)
    {
        if (!double.IsFinite(value))
        {
            ThrowOutOfRange(paramName, value, "must be finite");
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

    /// <summary>A probability strictly inside (0, 1): an error rate or a confidence level.</summary>
    public static double OpenProbability(double value, string paramName)
    {
        if (!(value > 0 && value < 1))
        {
            ThrowOutOfRange(paramName, value, "must lie in (0, 1)");
        }

        return value;
    }

    public static int Positive(int value, string paramName)
    {
        if (value < 1)
        {
            ThrowOutOfRange(paramName, value, "must be ≥ 1");
        }

        return value;
    }

    public static void Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ThrowOutOfRange(paramName, value, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}");
        }
    }

    /// <summary>Rejects an empty sample or one holding NaN or ±∞.</summary>
    public static void FiniteSample(ReadOnlySpan<double> sample, string paramName)
    {
        if (sample.IsEmpty)
        {
            ThrowArgument(paramName, $"{paramName} must hold at least one value.");
        }

        for (int i = 0; i < sample.Length; i++)
        {
            if (!double.IsFinite(sample[i]))
            {
                ThrowArgument(paramName, $"{paramName} must hold finite values only; {paramName}[{i}] = {sample[i]}.");
            }
        }
    }

    public static void NotNull([NotNull] object? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }
    }

    [DoesNotReturn]
    public static void ThrowOutOfRange(string paramName, object? actual, string rule) =>
        throw new ArgumentOutOfRangeException(paramName, actual, $"{paramName} {rule}.");

    [DoesNotReturn]
    public static void ThrowArgument(string paramName, string message) =>
        throw new ArgumentException(message, paramName);
}
