using System.Diagnostics;
using System.Reflection;

namespace InitVerify.Init.Tests;

/// <summary>
/// A fact that needs the JIT-optimized (Release) build of InitVerify.Init: in the Debug build the generic SIMD kernels
/// run unoptimized (about 1M normals/s), so a test over tens of millions of samples would take half a minute there.
/// Run it with <c>dotnet test tests/Init.Tests -c Release</c>; in Debug it is reported as skipped.
/// </summary>
public sealed class OptimizedBuildFactAttribute : FactAttribute
{
    public OptimizedBuildFactAttribute()
    {
        DebuggableAttribute? debuggable = typeof(Initializer).Assembly.GetCustomAttribute<DebuggableAttribute>();
        if (debuggable is { IsJITOptimizerDisabled: true })
        {
            Skip = "needs the optimized build of InitVerify.Init: dotnet test tests/Init.Tests -c Release";
        }
    }
}

/// <summary>The theory form of <see cref="OptimizedBuildFactAttribute"/>: skipped in the Debug build of InitVerify.Init.</summary>
public sealed class OptimizedBuildTheoryAttribute : TheoryAttribute
{
    public OptimizedBuildTheoryAttribute()
    {
        DebuggableAttribute? debuggable = typeof(Initializer).Assembly.GetCustomAttribute<DebuggableAttribute>();
        if (debuggable is { IsJITOptimizerDisabled: true })
        {
            Skip = "needs the optimized build of InitVerify.Init: dotnet test tests/Init.Tests -c Release";
        }
    }
}
