using System.CommandLine;
using System.Globalization;
using InitVerify.Cli.Npy;
using InitVerify.Init;
using InitVerify.Init.Shapes;
using InitVerify.Stats.Distributions;
using InitVerify.Stats.Moments;
using InitVerify.Verification;
using Spectre.Console;

namespace InitVerify.Cli.Check;

/// <summary>
/// <c>initverify check FILE.npy --expect NAME</c>: checks the values of one saved weight against the distribution
/// an initializer promises for it, and prints the verdict with its evidence. Exit code 0 pass, 1 fail, 2 usage or
/// input error.
/// </summary>
internal static class CheckCommand
{
    /// <summary>The default false-failure rate r of one check.</summary>
    public const double DefaultFalseFailureRate = 1e-6;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Create(CliConsole io)
    {
        var file = new Argument<string>("file") { Description = "The weight, a NumPy .npy file (float32 or float64, any byte order, C or Fortran order)" };
        var expect = new Option<string>("--expect") { Required = true, Description = "Expected initializer: " + string.Join(", ", InitializerRegistry.Names) };
        var fanIn = new Option<string?>("--fan-in") { Description = "fan_in (with --fan-out; instead of inferring fans from the array's shape)" };
        var fanOut = new Option<string?>("--fan-out") { Description = "fan_out (with --fan-in)" };
        var shape = new Option<string?>("--shape") { Description = "Shape to infer fans from, e.g. 64,3,3,3 (default: the array's own shape); must hold the array's element count" };
        var flags = new InitializerFlags();
        var falseFailure = new Option<string>("--false-failure-rate") { Description = "r: probability that a correct weight fails the check (split over its 4 statistical assertions)", DefaultValueFactory = _ => "1e-6" };
        var falsePass = new Option<string>("--false-pass-rate") { Description = "f: false-pass rate the detectable errors are stated at", DefaultValueFactory = _ => "1e-6" };
        var tolerance = new Option<string?>("--tolerance") { Description = "orthogonal: tolerance on max |W Wᵀ − gain² I| (default gain²·4·max(rows, cols)·unit roundoff)" };
        var command = new Command("check", "Check a saved weight (.npy) against the distribution an initializer promises; exit 0 pass, 1 fail, 2 usage/input error")
        {
            file, expect, fanIn, fanOut, shape, falseFailure, falsePass, tolerance,
        };
        flags.AddTo(command);
        command.SetAction(r => Run(
            new CheckRequest(r.GetValue(file)!, r.GetValue(expect)!)
            {
                Initializer = flags.Read(r),
                FanIn = r.GetValue(fanIn),
                FanOut = r.GetValue(fanOut),
                Shape = r.GetValue(shape),
                FalseFailureRate = r.GetValue(falseFailure)!,
                FalsePassRate = r.GetValue(falsePass)!,
                Tolerance = r.GetValue(tolerance),
            },
            io));
        return command;
    }

    /// <summary>Runs the check; throws <see cref="CliInputException"/> for usage and input errors.</summary>
    public static int Run(CheckRequest request, CliConsole io)
    {
        // Options first: a usage error is reported before the file is touched.
        int? fanIn = OptionParsing.PositiveInt(request.FanIn, "--fan-in");
        int? fanOut = OptionParsing.PositiveInt(request.FanOut, "--fan-out");
        if (fanIn.HasValue != fanOut.HasValue)
        {
            throw new CliInputException("--fan-in and --fan-out must be given together");
        }

        if (fanIn.HasValue && request.Shape is not null)
        {
            throw new CliInputException("give either --fan-in/--fan-out or --shape, not both");
        }

        int[]? shapeOption = request.Shape is null ? null : OptionParsing.Shape(request.Shape);
        double? tolerance = OptionParsing.Double(request.Tolerance, "--tolerance");
        if (tolerance is <= 0)
        {
            throw new CliInputException($"--tolerance '{request.Tolerance}' must be > 0");
        }

        InitializerOptions options = request.Initializer.ToOptions();
        if (fanIn.HasValue)
        {
            // Explicit fans describe a dense [fan_out, fan_in] weight: no layout or groups apply.
            options = options with { Layout = WeightLayout.OutInKernel, Groups = 1 };
        }

        var design = new VerificationDesign(
            OptionParsing.Probability(request.FalseFailureRate, "--false-failure-rate"),
            OptionParsing.Probability(request.FalsePassRate, "--false-pass-rate"));
        Initializer initializer = InitializerRegistry.Create(OptionParsing.InitializerName(request.Expect, "--expect"), options);

        NpyArray array = ReadArray(request.File);
        string name = Path.GetFileName(request.File);
        int n = array.Values.Length;
        if (n == 0)
        {
            throw new CliInputException($"{request.File}: the array {array.ShapeText} holds no values");
        }

        CheckFinite(request.File, array);

        // The shape fans are inferred from: explicit fans as a dense [fan_out, fan_in] weight, --shape, or the array's.
        int[] targetShape;
        string fanSource;
        if (fanIn.HasValue)
        {
            targetShape = [fanOut!.Value, fanIn.Value];
            fanSource = "given by --fan-in/--fan-out";
        }
        else if (shapeOption is not null)
        {
            long count = shapeOption.Aggregate(1L, (p, d) => p * d);
            if (count != n)
            {
                throw new CliInputException(
                    $"wrong shape: --shape {request.Shape} has {count} elements but {request.File} holds {n} (shape {array.ShapeText})");
            }

            targetShape = shapeOption;
            fanSource = $"from --shape {WeightShape.Format(shapeOption)}, {LayoutName(options.Layout)} layout";
        }
        else
        {
            targetShape = array.Shape;
            fanSource = $"from the array's shape, {LayoutName(options.Layout)} layout";
        }

        if (targetShape.Length < initializer.MinimumRank)
        {
            throw new CliInputException(
                $"wrong shape: {request.File} has shape {array.ShapeText} (rank {targetShape.Length}) but {initializer.Name} needs a matrix or conv weight for its fans; give --shape OUTxIN or --fan-in N --fan-out M");
        }

        WeightDistribution target = initializer.Target(targetShape);
        IAnsiConsole console = io.Console;
        console.WriteLine($"initverify check {name}");
        Line(console, "file", $"{request.File}: {array.DtypeName} ({array.Descr}), {(array.BigEndian ? "big" : "little")}-endian, " +
            $"{(array.FortranOrder ? "Fortran" : "C")} order, shape {array.ShapeText}, format {array.Version}, n = {n}");
        Line(console, "expected", $"{initializer.Name} → {target}");
        if (initializer.MinimumRank >= 2 && target.Kind != DistributionKind.Orthogonal)
        {
            Fans fans = Fans.FromShape(targetShape, options.Layout, options.Groups);
            Line(console, "fans", string.Create(C, $"fan_in {fans.FanIn:G}, fan_out {fans.FanOut:G} ({fanSource}{(options.Groups > 1 ? $", groups {options.Groups}" : "")})"));
        }

        return target.Kind switch
        {
            DistributionKind.Constant => CheckConstant(console, array, target.Mean),
            DistributionKind.Orthogonal => CheckOrthogonal(console, array, targetShape, options.Layout, target, tolerance),
            _ => CheckDistribution(console, array, target, design),
        };
    }

    private static NpyArray ReadArray(string path)
    {
        try
        {
            return NpyReader.ReadFile(path);
        }
        catch (NpyFormatException e)
        {
            throw new CliInputException($"{path}: {e.Message}");
        }
    }

    private static void CheckFinite(string path, NpyArray array)
    {
        int first = -1, count = 0;
        for (int i = 0; i < array.Values.Length; i++)
        {
            if (!double.IsFinite(array.Values[i]))
            {
                count++;
                if (first < 0)
                {
                    first = i;
                }
            }
        }

        if (count > 0)
        {
            throw new CliInputException(
                $"{path}: the data holds {count} non-finite value{(count == 1 ? "" : "s")} (first: {array.Values[first].ToString(C)} at flat index {first}); a weight must be finite");
        }
    }

    private static int CheckDistribution(IAnsiConsole console, NpyArray array, WeightDistribution target, VerificationDesign design)
    {
        double[] x = array.Values;
        int n = x.Length;
        if (n < 7)
        {
            throw new CliInputException($"the array holds {n} values; a distribution check needs at least 7 (Anderson-Darling's range)");
        }

        IContinuousDistribution exact = ExpectedDistribution.For(target);

        // Normal targets have no edges: the exact law is used as is (so the variance keeps its exact χ² test).
        IContinuousDistribution expected = exact;
        FloatDataDistribution? adapted = null;
        if (double.IsFinite(exact.Lower) || double.IsFinite(exact.Upper))
        {
            adapted = new FloatDataDistribution(exact, array.ItemSize, n);
            expected = adapted;
        }

        Verdict verdict = DistributionCheck.Run(x, expected, design);
        Line(console, "design", string.Create(C,
            $"r = {G(design.FalseFailureRate)} (r_i = {G(design.AssertionFalseFailureRate)} for each of mean, variance, KS, AD; support is exact), f = {G(design.FalsePassRate)}"));

        MomentTestResult meanCi = MeanTest.KnownVariance(x, exact.Mean, exact.Variance, 0.95);
        MomentTestResult varCi = exact is NormalDistribution
            ? VarianceTest.ChiSquareNormal(x, exact.Variance, knownMean: exact.Mean)
            : VarianceTest.FourthMoment(x, exact.Variance, exact.FourthCentralMoment, knownMean: exact.Mean);
        var moments = new Table().Border(TableBorder.Simple).Title("moments (95% confidence intervals)")
            .AddColumn("quantity").AddColumn("realised").AddColumn("95% CI").AddColumn("target").AddColumn("realised/target");
        AddRow(moments, "mean", G(meanCi.Estimate), $"[{G(meanCi.Interval.Lower)}, {G(meanCi.Interval.Upper)}]", G(exact.Mean), "—");
        AddRow(moments, "variance (about the target mean)", G(varCi.Estimate), $"[{G(varCi.Interval.Lower)}, {G(varCi.Interval.Upper)}]",
            G(exact.Variance), (varCi.Estimate / exact.Variance).ToString("F5", C));
        console.Write(moments);

        var table = new Table().Border(TableBorder.Simple).Title("assertions")
            .AddColumn("assertion").AddColumn("result").AddColumn("statistic").AddColumn("threshold").AddColumn("p-value").AddColumn("catches at this n (false-pass f)");
        foreach (AssertionResult a in verdict.Assertions)
        {
            AddRow(table, a.Name, a.Passed ? "pass" : "FAIL", Statistic(a), Threshold(a), double.IsNaN(a.PValue) ? "—" : G(a.PValue), Detectable(a));
        }

        console.Write(table);
        AssertionResult ks = verdict["ks"];
        AssertionResult variance = verdict["variance"];
        Line(console, "power", string.Create(C,
            $"at n = {n}: detectable CDF discrepancy (KS/DKW) {G(ks.Detectable)}, detectable relative variance error {G(variance.Detectable)}"));
        Line(console, "", string.Create(C,
            $"(n for δ_var = {G(design.RelativeVarianceError)}, δ_cdf = {G(design.CdfDiscrepancy)} at these r, f: {design.SamplesNeeded(exact)})"));
        if (adapted is not null)
        {
            Line(console, "float data", string.Create(C,
                $"support compared with the {(array.ItemSize == 4 ? "float32" : "float64")}-rounded bounds [{G(adapted.Lower, 9)}, {G(adapted.Upper, 9)}];"));
            Line(console, "", string.Create(C,
                $"F clamped to [{G(adapted.Epsilon)}, 1 − {G(adapted.Epsilon)}] = 1/(4n²) so a value stored exactly at a bound cannot make A² infinite"));
        }

        string failed = string.Join(", ", verdict.Assertions.Where(a => !a.Passed).Select(a => a.Name));
        return Verdict(console, verdict.Passed, verdict.Passed
            ? $"all {verdict.Assertions.Count} assertions hold (a weight drawn from the target fails with probability ≤ {G(design.FalseFailureRate)})"
            : $"failed: {failed} (a weight drawn from the target fails with probability ≤ {G(design.FalseFailureRate)})");
    }

    private static int CheckConstant(IAnsiConsole console, NpyArray array, double value)
    {
        double stored = array.ItemSize == 4 ? (float)value : value;
        int mismatches = 0, first = -1;
        for (int i = 0; i < array.Values.Length; i++)
        {
            if (array.Values[i] != stored)
            {
                mismatches++;
                first = first < 0 ? i : first;
            }
        }

        string firstText = mismatches > 0 ? string.Create(C, $", first at flat index {first} ({array.Values[first]:R})") : "";
        Line(console, "exact", string.Create(C, $"every element must equal {stored:R} ({array.DtypeName}): {mismatches} of {array.Values.Length} differ{firstText}"));
        return Verdict(console, mismatches == 0, "exact comparison, no statistical error");
    }

    private static int CheckOrthogonal(IAnsiConsole console, NpyArray array, int[] shape, WeightLayout layout, WeightDistribution target, double? tolerance)
    {
        double gain = target.Upper;
        (int rows, int cols) = GramCheck.MatrixView(shape, layout);
        double tol = tolerance ?? GramCheck.DefaultTolerance(gain, rows, cols, array.ItemSize);
        (double dev, int i, int j) = GramCheck.MaxDeviation(array.Values, rows, cols, gain);
        string gram = rows <= cols ? "W Wᵀ" : "Wᵀ W";
        Line(console, "matrix", $"{rows} × {cols} ({LayoutName(layout)} view); elements are dependent, so the exact identity {gram} = gain² I is checked, not an iid fit");
        Line(console, "gram", string.Create(C,
            $"max |{gram} − {G(gain * gain, 6)}·I| = {G(dev, 3)} at ({i}, {j}); tolerance {G(tol, 3)}{(tolerance.HasValue ? " (--tolerance)" : $" = gain²·4·{Math.Max(rows, cols)}·{(array.ItemSize == 4 ? "2⁻²⁴" : "2⁻⁵³")}")}"));
        double sumSq = array.Values.Sum(v => v * v);
        Line(console, "moments", string.Create(C,
            $"mean {G(array.Values.Average())} (target 0), mean square {G(sumSq / array.Values.Length, 6)} (target gain²/max(rows, cols) = {G(gain * gain / Math.Max(rows, cols), 6)}; informational)"));
        return Verdict(console, dev <= tol, "exact identity up to the stated float tolerance");
    }

    private static int Verdict(IAnsiConsole console, bool passed, string detail)
    {
        console.MarkupLine(passed
            ? $"[green bold]PASS[/] {Markup.Escape(detail)}"
            : $"[red bold]FAIL[/] {Markup.Escape(detail)}");
        return passed ? 0 : 1;
    }

    private static void AddRow(Table table, params string[] cells) => table.AddRow(cells.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c)));

    private static void Line(IAnsiConsole console, string label, string text) =>
        console.WriteLine($"{label,-11}{text}");

    private static string Statistic(AssertionResult a) => a.Name switch
    {
        "support" => string.Create(C, $"{a.Statistic:G} outside"),
        "mean" => "z = " + G(a.Statistic),
        "variance" => "s²/σ² = " + a.Statistic.ToString("F5", C),
        "ks" => "D = " + G(a.Statistic),
        "ad" => "A² = " + G(a.Statistic),
        _ => G(a.Statistic),
    };

    private static string Threshold(AssertionResult a) => a.Name switch
    {
        "support" => "0 outside",
        "ks" => "D ≤ " + G(a.Threshold),
        _ => "p ≥ " + G(a.Threshold),
    };

    private static string Detectable(AssertionResult a) => a.Name switch
    {
        "support" => "any value outside",
        "mean" => "|Δμ| ≥ " + G(a.Detectable),
        "variance" => "relative error ≥ " + G(a.Detectable),
        "ks" => "CDF discrepancy ≥ " + G(a.Detectable),
        _ => "no closed-form guarantee",
    };

    private static string G(double v, int digits = 4) => Fmt.G(v, digits);

    private static string LayoutName(WeightLayout layout) => layout == WeightLayout.OutInKernel ? "torch" : "keras";
}
