using System.Diagnostics.CodeAnalysis;

namespace InitVerify;

/// <summary>The statistics library's checks of samples and references (with the shared ones in src/Shared).</summary>
internal static partial class Guard
{
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

    /// <summary>Throws <see cref="ArgumentNullException"/> for null.</summary>
    public static void NotNull([NotNull] object? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }
    }
}
