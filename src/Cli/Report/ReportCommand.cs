using System.CommandLine;
using System.Diagnostics;
using InitVerify.Cli.Plots;
using Spectre.Console;

namespace InitVerify.Cli.Report;

/// <summary>
/// <c>initverify report [--out DIR] [--seed S] [--quick]</c>: runs the verification matrix and the propagation study
/// and writes report.md, report.html and the PNG plots into DIR. Exit code 0 when every cell of the matrix passed,
/// 1 otherwise, 2 on a usage error.
/// </summary>
internal static class ReportCommand
{
    public const string DefaultSeed = "20261124";

    public static Command Create(CliConsole io)
    {
        var output = new Option<string>("--out") { Description = "Output directory (created if missing)", DefaultValueFactory = _ => "initverify-report" };
        var seed = new Option<string>("--seed") { Description = "Seed of every draw (unsigned 64-bit integer)", DefaultValueFactory = _ => DefaultSeed };
        var quick = new Option<bool>("--quick") { Description = "Seconds instead of a minute: checks designed for coarser errors (smaller n) and smaller networks" };
        var command = new Command("report", "Run the verification matrix and the signal-propagation study; write report.md, report.html and PNG plots")
        {
            output, seed, quick,
        };
        command.SetAction(r => Run(r.GetValue(output)!, r.GetValue(seed)!, r.GetValue(quick), io));
        return command;
    }

    public static int Run(string outDir, string seedText, bool quick, CliConsole io)
    {
        ulong seed = OptionParsing.Seed(seedText);
        ReportSettings settings = quick ? ReportSettings.Quick(seed) : ReportSettings.Default(seed);
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"--out '{outDir}': cannot create the directory ({e.Message})");
        }

        var clock = Stopwatch.StartNew();
        int cells = InitVerify.Init.InitializerRegistry.Names.Count * settings.Shapes.Count;
        IReadOnlyList<MatrixRow> rows = null!;
        PropagationResults propagation = null!;
        Stage(io, "verification matrix", cells, tick => rows = VerificationMatrix.Run(settings, tick));
        double matrixSeconds = clock.Elapsed.TotalSeconds;
        Stage(io, "propagation study", PropagationStudy.Steps, tick => propagation = PropagationStudy.Run(settings, tick));
        double propagationSeconds = clock.Elapsed.TotalSeconds - matrixSeconds;

        IReadOnlyList<string> images = [];
        Stage(io, "plots", 1, tick =>
        {
            images = ReportPlots.Write(outDir, propagation);
            tick();
        });

        var timing = new ReportTiming(matrixSeconds, propagationSeconds, clock.Elapsed.TotalSeconds);
        string markdown = MarkdownReport.Build(settings, rows, propagation, timing);
        File.WriteAllText(Path.Combine(outDir, "report.md"), markdown);
        File.WriteAllText(Path.Combine(outDir, "report.html"), HtmlReport.FromMarkdown(markdown, "initverify report"));

        int passed = rows.Count(r => r.Passed);
        var summary = new Table().Border(TableBorder.Simple).AddColumn("initializer").AddColumn("cells").AddColumn("passed").AddColumn("n per check");
        foreach (var group in rows.GroupBy(r => r.Initializer))
        {
            summary.AddRow(new Text(group.Key), new Text(group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(group.Count(r => r.Passed).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(string.Join(", ", group.Select(r => r.N).Distinct().Take(3))));
        }

        io.Console.Write(summary);
        io.Console.WriteLine($"matrix: {passed} of {rows.Count} cells passed; wrote report.md, report.html and {images.Count} PNGs to {outDir} in {clock.Elapsed.TotalSeconds:F1} s");
        return passed == rows.Count ? 0 : 1;
    }

    /// <summary>Runs a stage with a live progress bar on a terminal, or a plain start/finish line otherwise.</summary>
    private static void Stage(CliConsole io, string name, int steps, Action<Action> work)
    {
        var clock = Stopwatch.StartNew();
        if (io.ShowProgress)
        {
            io.Console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    ProgressTask task = ctx.AddTask(name, maxValue: steps);
                    var gate = new object();
                    work(() =>
                    {
                        lock (gate)
                        {
                            task.Increment(1);
                        }
                    });
                });
        }
        else
        {
            io.Console.WriteLine($"{name}: {steps} steps...");
            work(() => { });
        }

        io.Console.WriteLine($"{name}: done in {clock.Elapsed.TotalSeconds:F1} s");
    }
}

/// <summary>Wall times of the report's stages, in seconds.</summary>
internal sealed record ReportTiming(double Matrix, double Propagation, double Total);
