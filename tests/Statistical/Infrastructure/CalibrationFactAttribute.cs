namespace InitVerify.Statistical.Tests.Infrastructure;

/// <summary>
/// A slow calibration test: skipped unless INITVERIFY_CALIBRATION=1, so a plain <c>dotnet test</c> stays fast.
/// Also tagged [Trait("Category", "Calibration")] at the class.
/// </summary>
public sealed class CalibrationFactAttribute : FactAttribute
{
    /// <summary>The environment variable that enables calibration tests.</summary>
    public const string Variable = "INITVERIFY_CALIBRATION";

    /// <summary>Creates the attribute; sets Skip unless calibration is enabled.</summary>
    public CalibrationFactAttribute()
    {
        if (!Enabled)
        {
            Skip = $"Calibration: set {Variable}=1 to run (slow; ≥ 1000 seeds).";
        }
    }

    /// <summary>Whether calibration tests run.</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";
}

/// <summary>The <see cref="TheoryAttribute"/> counterpart of <see cref="CalibrationFactAttribute"/>.</summary>
public sealed class CalibrationTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute; sets Skip unless calibration is enabled.</summary>
    public CalibrationTheoryAttribute()
    {
        if (!CalibrationFactAttribute.Enabled)
        {
            Skip = $"Calibration: set {CalibrationFactAttribute.Variable}=1 to run (slow; ≥ 1000 seeds).";
        }
    }
}
