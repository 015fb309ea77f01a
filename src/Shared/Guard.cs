using System.Diagnostics.CodeAnalysis;

namespace InitVerify;

/// <summary>
/// Throw helpers shared by the libraries (linked into each project as source, so no library depends on another
/// for them): every message names the parameter and the allowed range, and every check runs before anything is
/// written.
/// </summary>
internal static partial class Guard
{
    /// <summary>Rejects NaN and ±∞.</summary>
    public static double Finite(double value, string paramName)
    {
        if (!double.IsFinite(value))
        {
            ThrowOutOfRange(paramName, value, "must be finite");
        }

        return value;
    }

    /// <summary>Accepts finite values above 0.</summary>
    public static double PositiveFinite(double value, string paramName)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            ThrowOutOfRange(paramName, value, "must be finite and > 0");
        }

        return value;
    }

    /// <summary>Rejects enum values outside the declared names.</summary>
    public static void Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ThrowOutOfRange(paramName, value, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}");
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> with "<paramref name="paramName"/> <paramref name="rule"/>.".</summary>
    [DoesNotReturn]
    public static void ThrowOutOfRange(string paramName, object? actual, string rule) =>
        throw new ArgumentOutOfRangeException(paramName, actual, $"{paramName} {rule}.");

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="paramName"/>.</summary>
    [DoesNotReturn]
    public static void ThrowArgument(string paramName, string message) =>
        throw new ArgumentException(message, paramName);
}
