using System.Diagnostics;
using InitVerify.Cli.Check;
using InitVerify.Init;
using InitVerify.Init.Random;
using InitVerify.Init.Shapes;
using InitVerify.Stats.Distributions;
using InitVerify.Stats.Moments;
using InitVerify.Verification;

namespace InitVerify.Cli.Report;

/// <summary>
/// The verification matrix: every initializer of <see cref="InitializerRegistry"/> (default options) over every
/// shape of the settings. Element-wise random initializers get a budgeted <see cref="DistributionCheck"/> on n iid
/// elements (n from the design; further tensors come from the next Philox sub-streams when one is too small);
/// constants are compared exactly; orthogonal weights are checked by the Gram identity W Wᵀ = I (or Wᵀ W = I),
/// because their elements are dependent.
/// </summary>
internal static class VerificationMatrix
{
    /// <summary>The options each registry name is built with in the matrix.</summary>
    public static InitializerOptions OptionsFor(string name, MatrixShape shape) => name switch
    {
        "constant" => new InitializerOptions { Mean = 0.1, Layout = shape.Layout, Groups = shape.Groups },
        _ => new InitializerOptions { Layout = shape.Layout, Groups = shape.Groups },
    };

    /// <summary>The number of budgeted statistical checks the matrix makes (what the total budget is split over).</summary>
    public static int StatisticalChecks(ReportSettings settings) =>
        InitializerRegistry.Names.Count(n => KindOf(n) == MatrixCheckKind.Statistical) * settings.Shapes.Count;

    public static MatrixCheckKind KindOf(string name) => name switch
    {
        "zeros" or "ones" or "constant" => MatrixCheckKind.Exact,
        "orthogonal" => MatrixCheckKind.Gram,
        _ => MatrixCheckKind.Statistical,
    };

    /// <summary>Runs every cell; <paramref name="progress"/> is called once per finished cell (from any thread).</summary>
    public static IReadOnlyList<MatrixRow> Run(ReportSettings settings, Action progress)
    {
        VerificationDesign design = settings.Design(StatisticalChecks(settings));
        var cells = (from name in InitializerRegistry.Names from shape in settings.Shapes select (name, shape)).ToArray();
        var rows = new MatrixRow[cells.Length];

        // Cells run in parallel; each draws from its own Philox sub-streams (cell index × 2¹⁶ onwards), so the result
        // does not depend on the schedule.
        Parallel.For(0, cells.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var generator = new Philox4x32(settings.Seed, (uint)i << 16);
            rows[i] = RunCell(cells[i].name, cells[i].shape, design, generator);
            progress();
        });
        return rows;
    }

    private static MatrixRow RunCell(string name, MatrixShape shape, VerificationDesign design, Philox4x32 generator)
    {
        var clock = Stopwatch.StartNew();
        Initializer initializer = InitializerRegistry.Create(name, OptionsFor(name, shape));
        WeightDistribution target = initializer.Target(shape.Dims);
        Fans? fans = initializer.MinimumRank >= 2 && target.Kind != DistributionKind.Orthogonal
            ? Fans.FromShape(shape.Dims, shape.Layout, shape.Groups)
            : null;
        MatrixCheckKind kind = KindOf(name);
        if (kind != MatrixCheckKind.Statistical)
        {
            var w = new double[WeightShape.ElementCount(shape.Dims)];
            initializer.Fill(shape.Dims, w, generator);
            double mean = w.Average();
            double meanSquare = w.Sum(v => (v - target.ExpectedValue) * (v - target.ExpectedValue)) / w.Length;
            if (kind == MatrixCheckKind.Exact)
            {
                int differ = w.Count(v => v != target.Mean);
                return new MatrixRow(initializer.Name, shape, fans, target, kind, w.Length, mean, null, meanSquare, null, null, differ == 0,
                    $"{differ} of {w.Length} elements differ from {Fmt.G(target.Mean)}", clock.Elapsed.TotalSeconds);
            }

            // The library's orthogonal initializer views any weight as shape[0] × (the rest), as PyTorch does, whatever the layout.
            (int rows, int cols) = GramCheck.MatrixView(shape.Dims, WeightLayout.OutInKernel);
            double gain = target.Upper;
            double tolerance = GramCheck.DefaultTolerance(gain, rows, cols, itemSize: 8);
            (double dev, _, _) = GramCheck.MaxDeviation(w, rows, cols, gain);
            return new MatrixRow(initializer.Name, shape, fans, target, kind, w.Length, mean, null, meanSquare, null, null, dev <= tolerance,
                $"max |{(rows <= cols ? "W Wᵀ" : "Wᵀ W")} − I| = {Fmt.G(dev, 3)} {(dev <= tolerance ? "≤" : ">")} {Fmt.G(tolerance, 3)}", clock.Elapsed.TotalSeconds);
        }

        IContinuousDistribution expected = ExpectedDistribution.For(target);
        int n = design.SamplesNeeded(expected);
        double[] sample = SampleCollector.Collect(initializer, shape.Dims, n, generator);
        Verdict verdict = DistributionCheck.Run(sample, expected, design);
        MomentTestResult meanTest = MeanTest.KnownVariance(sample, expected.Mean, expected.Variance, 0.95);
        MomentTestResult varianceTest = expected is NormalDistribution
            ? VarianceTest.ChiSquareNormal(sample, expected.Variance, knownMean: expected.Mean)
            : VarianceTest.FourthMoment(sample, expected.Variance, expected.FourthCentralMoment, knownMean: expected.Mean);
        string failed = string.Join(", ", verdict.Assertions.Where(a => !a.Passed).Select(a => a.Name));
        return new MatrixRow(initializer.Name, shape, fans, target, kind, n, meanTest.Estimate, meanTest.Interval,
            varianceTest.Estimate, varianceTest.Interval, verdict, verdict.Passed, verdict.Passed ? "" : "failed: " + failed,
            clock.Elapsed.TotalSeconds);
    }
}
