using BenchmarkDotNet.Running;

namespace InitVerify.Bench;

/// <summary>Runs the benchmarks chosen on the command line (e.g. <c>--filter '*KolmogorovSmirnov*'</c>).</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet switcher arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
