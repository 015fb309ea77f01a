using BenchmarkDotNet.Running;

namespace InitVerify.Bench;

/// <summary>Runs the benchmarks chosen on the command line (e.g. <c>--filter '*KolmogorovSmirnov*'</c>), or with
/// <c>scaling [seconds]</c> the paired two-core scaling measurement (<see cref="PairedScaling"/>).</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet switcher arguments, or <c>scaling</c> and optionally the seconds per fill (default 30).</param>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scaling")
        {
            PairedScaling.Run(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
