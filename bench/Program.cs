using BenchmarkDotNet.Running;

namespace InitVerify.Bench;

/// <summary>Runs the benchmarks chosen on the command line (e.g. <c>--filter '*KolmogorovSmirnov*'</c>), or with
/// <c>scaling [seconds]</c> the paired two-core scaling measurement (<see cref="PairedScaling"/>), or with
/// <c>vectormath [inputs]</c> the accuracy and reproducibility survey of .NET's vector Log/SinCos/Exp (<see cref="VectorMathSurvey"/>).</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet switcher arguments, <c>scaling</c> and optionally the seconds per fill (default 30),
    /// or <c>vectormath</c> and optionally the random inputs per function (default 2²²).</param>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scaling")
        {
            PairedScaling.Run(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30);
            return;
        }

        if (args.Length > 0 && args[0] == "vectormath")
        {
            VectorMathSurvey.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1 << 22);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
