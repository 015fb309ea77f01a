using System.Globalization;

namespace InitVerify.Statistical.Tests.Infrastructure;

/// <summary>
/// Seeds of the statistical tests. The base seed is INITVERIFY_SEED (decimal or 0x-hex) when set, else
/// <see cref="DefaultBase"/>; every scenario and network gets its own 64-bit Philox key from it by SplitMix64,
/// so that the suite is deterministic for a given base and independent across scenarios and nets.
/// </summary>
public static class TestSeeds
{
    /// <summary>The default base seed.</summary>
    public const ulong DefaultBase = 20_240_611UL;

    /// <summary>The environment variable that overrides the base seed.</summary>
    public const string Variable = "INITVERIFY_SEED";

    /// <summary>The base seed of this run.</summary>
    public static ulong Base { get; } = Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>The seed of network <paramref name="index"/> of a scenario under a base seed.</summary>
    public static ulong For(string scenario, int index, ulong? baseSeed = null)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in scenario)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return SplitMix64(SplitMix64((baseSeed ?? Base) ^ h) + (ulong)index);
    }

    /// <summary>SplitMix64's finaliser (Steele, Lea and Flood 2014).</summary>
    public static ulong SplitMix64(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultBase;
        }

        text = text.Trim();
        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : ulong.Parse(text, CultureInfo.InvariantCulture);
    }
}
