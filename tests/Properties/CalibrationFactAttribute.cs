namespace InitVerify.Properties;

/// <summary>
/// A slow calibration test: skipped unless INITVERIFY_CALIBRATION=1, so the default <c>dotnet test</c> stays fast.
/// Run: <c>INITVERIFY_CALIBRATION=1 dotnet test tests/Properties -c Release --filter Category=Calibration</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CalibrationFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public CalibrationFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("INITVERIFY_CALIBRATION") != "1")
        {
            Skip = "Calibration: set INITVERIFY_CALIBRATION=1 (slow; see README).";
        }
    }
}
