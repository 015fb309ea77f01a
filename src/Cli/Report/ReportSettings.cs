using InitVerify.Init.Shapes;
using InitVerify.Verification;

namespace InitVerify.Cli.Report;

/// <summary>One weight shape of the verification matrix.</summary>
/// <param name="Name">What the shape stands for, e.g. "dense square".</param>
/// <param name="Dims">The dimensions.</param>
/// <param name="Layout">The layout fans are computed in.</param>
/// <param name="Groups">Convolution groups.</param>
internal sealed record MatrixShape(string Name, int[] Dims, WeightLayout Layout = WeightLayout.OutInKernel, int Groups = 1)
{
    public string Label => $"{WeightShapeText} {(Layout == WeightLayout.OutInKernel ? "torch" : "keras")}{(Groups > 1 ? $", groups {Groups}" : "")}";

    public string WeightShapeText => "[" + string.Join(", ", Dims) + "]";
}

/// <summary>
/// What a report run does: the matrix's shapes and error budget, and the propagation study's sizes. The default run
/// takes about a minute on 2 cores; <see cref="Quick"/> takes seconds (smaller n and networks, stated in the report).
/// </summary>
internal sealed record ReportSettings(
    bool IsQuick,
    ulong Seed,
    IReadOnlyList<MatrixShape> Shapes,
    double TotalFalseFailureRate,
    double FalsePassRate,
    double RelativeVarianceError,
    double CdfDiscrepancy,
    int PropagationWidth,
    int PropagationDepth,
    int PropagationBatch,
    int HistogramWidth,
    int HistogramBatch)
{
    /// <summary>Layers of the activation-histogram study (the seed articles' 5 layers).</summary>
    public const int HistogramDepth = 5;

    public static IReadOnlyList<MatrixShape> AllShapes { get; } =
    [
        new("dense square", [512, 512]),
        new("dense very unequal", [4096, 16]),
        new("conv 4-D", [64, 32, 3, 3]),
        new("grouped conv", [64, 8, 3, 3], Groups: 4),
        new("Keras conv", [3, 3, 32, 64], WeightLayout.KernelInOut),
    ];

    public static ReportSettings Default(ulong seed) =>
        new(false, seed, AllShapes, 1e-6, 1e-6, 0.05, 0.02, PropagationWidth: 512, PropagationDepth: 30, PropagationBatch: 128,
            HistogramWidth: 500, HistogramBatch: 500);

    /// <summary>Every shape, but checks designed for coarser errors (δ_var = 20%, δ_cdf = 0.08: n ≈ 16 times smaller) and smaller networks.</summary>
    public static ReportSettings Quick(ulong seed) =>
        new(true, seed, AllShapes, 1e-6, 1e-6, 0.20, 0.08, PropagationWidth: 128, PropagationDepth: 12, PropagationBatch: 32,
            HistogramWidth: 128, HistogramBatch: 128);

    /// <summary>The design of each statistical check: the total budget split (Bonferroni) over <paramref name="checks"/>.</summary>
    public VerificationDesign Design(int checks) =>
        new(TotalFalseFailureRate / checks, FalsePassRate, RelativeVarianceError, CdfDiscrepancy);
}
