using FsCheck.Xunit;

namespace InitVerify.Properties;

/// <summary>
/// An FsCheck property that replays from <see cref="SuiteSeed"/> (fixed in CI, INITVERIFY_SEED otherwise) with the
/// suite's arbitraries.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SeededPropertyAttribute : PropertyAttribute
{
    /// <summary>Creates the attribute; set MaxTest per property.</summary>
    public SeededPropertyAttribute()
    {
        Replay = SuiteSeed.Replay;
        Arbitrary = [typeof(Arbitraries)];
        QuietOnSuccess = false; // print the Classify/Collect coverage table of every property
    }
}
