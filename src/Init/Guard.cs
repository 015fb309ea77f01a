using System.Diagnostics.CodeAnalysis;

namespace InitVerify.Init;

/// <summary>Throw helpers: every message names the parameter and the allowed range.</summary>
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

    public static void Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ThrowOutOfRange(paramName, value, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}");
        }
    }

    [DoesNotReturn]
    public static void ThrowOutOfRange(string paramName, object? actual, string rule) =>
        throw new ArgumentOutOfRangeException(paramName, actual, $"{paramName} {rule}.");

    [DoesNotReturn]
    public static void ThrowArgument(string paramName, string message) =>
        throw new ArgumentException(message, paramName);
}
