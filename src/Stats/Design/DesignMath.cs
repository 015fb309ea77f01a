namespace InitVerify.Stats.Design;

/// <summary>Shared helpers of the design classes.</summary>
internal static class DesignMath
{
    /// <summary>⌈n⌉ (with a 1e-12 relative allowance so an exact integer is not bumped by rounding), at least 1.</summary>
    public static int CeilingToInt(double n, string paramName)
    {
        double ceiling = Math.Ceiling(n * (1 - 1e-12));
        if (!(ceiling <= int.MaxValue))
        {
            Guard.ThrowOutOfRange(paramName, n, $"needs {n:G4} samples, beyond {int.MaxValue}");
        }

        return Math.Max(1, (int)ceiling);
    }
}
