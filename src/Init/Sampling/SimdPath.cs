using System.Runtime.Intrinsics;

namespace InitVerify.Init.Sampling;

/// <summary>
/// The lane width a fill runs on. Every path gives bit-identical output (see <see cref="ILanes{TD, TU}"/>); the
/// choice changes only the speed. <see cref="SimdPaths.Preferred"/> is the widest hardware-accelerated one.
/// </summary>
internal enum SimdPath
{
    /// <summary>One element at a time.</summary>
    Scalar,

    /// <summary>128-bit vectors (2 doubles).</summary>
    Vector128,

    /// <summary>256-bit vectors (4 doubles).</summary>
    Vector256,

    /// <summary>512-bit vectors (8 doubles).</summary>
    Vector512,
}

/// <summary>Selection of the default <see cref="SimdPath"/>.</summary>
internal static class SimdPaths
{
    /// <summary>The widest hardware-accelerated path on this machine (the JIT folds the flags to a constant).</summary>
    public static SimdPath Preferred =>
        Vector512.IsHardwareAccelerated ? SimdPath.Vector512
        : Vector256.IsHardwareAccelerated ? SimdPath.Vector256
        : Vector128.IsHardwareAccelerated ? SimdPath.Vector128
        : SimdPath.Scalar;

    /// <summary>Every path, for tests that force each one.</summary>
    public static IReadOnlyList<SimdPath> All { get; } = [SimdPath.Scalar, SimdPath.Vector128, SimdPath.Vector256, SimdPath.Vector512];
}
