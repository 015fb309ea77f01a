using System.Text;
using InitVerify.Propagation.Network;
using InitVerify.Verification;

namespace InitVerify.Cli.Report;

/// <summary>Builds report.md from the matrix and the propagation study.</summary>
internal static class MarkdownReport
{
    public static string Build(ReportSettings s, IReadOnlyList<MatrixRow> rows, PropagationResults propagation, ReportTiming timing)
    {
        var md = new StringBuilder();
        int checks = VerificationMatrix.StatisticalChecks(s);
        VerificationDesign design = s.Design(checks);
        int passed = rows.Count(r => r.Passed);
        md.AppendLine("# initverify report");
        md.AppendLine();
        md.AppendLine(Inv($"Seed {s.Seed}; {(s.IsQuick ? "**quick run** (`--quick`)" : "default run")}; {Environment.ProcessorCount} cores; " +
            $"matrix {timing.Matrix:F1} s, propagation study {timing.Propagation:F1} s, total {timing.Total:F1} s."));
        md.AppendLine();
        md.AppendLine(Inv($"Reproduce: `initverify report --seed {s.Seed}{(s.IsQuick ? " --quick" : "")}` (every draw comes from Philox4x32-10 sub-streams of this seed)."));
        md.AppendLine();
        if (s.IsQuick)
        {
            md.AppendLine(Inv($"> **Quick run.** The checks are designed for coarser errors (relative variance error {s.RelativeVarianceError:P0}, " +
                $"CDF discrepancy {s.CdfDiscrepancy}) so n is about 16 times smaller than in the default run (5%, 0.02), and the propagation " +
                $"networks are smaller (width {s.PropagationWidth}, depth {s.PropagationDepth}, batch {s.PropagationBatch}; histograms width {s.HistogramWidth}). " +
                "Run without `--quick` for the full report."));
            md.AppendLine();
        }

        md.AppendLine("## Verification matrix");
        md.AppendLine();
        md.AppendLine(Inv($"**{passed} of {rows.Count} cells passed.** Every initializer of the registry with its default options " +
            $"(constant: value 0.1) over {s.Shapes.Count} shapes: " + string.Join("; ", s.Shapes.Select(x => $"{x.Name} {x.Label}")) + "."));
        md.AppendLine();
        md.AppendLine("### Error budget");
        md.AppendLine();
        md.AppendLine(Inv($"- A correct library fails **any** statistical check of this matrix with probability ≤ {Fmt.G(s.TotalFalseFailureRate)}: " +
            $"the budget is split (Bonferroni) over the {checks} statistical checks, r = {Fmt.G(design.FalseFailureRate)} per check, " +
            $"r_i = r/4 = {Fmt.G(design.AssertionFalseFailureRate)} per assertion (mean z-test, variance test, Kolmogorov-Smirnov against the " +
            "DKW envelope, Anderson-Darling); the support assertion is exact."));
        md.AppendLine(Inv($"- Each check is sized to catch a relative variance error ≥ {Fmt.G(s.RelativeVarianceError)} and a CDF discrepancy " +
            $"≥ {Fmt.G(s.CdfDiscrepancy)} with false-pass rate ≤ {Fmt.G(s.FalsePassRate)}: n = max(DKW n, variance-test n), which depends on the " +
            "target's kurtosis; the columns *catches* give what the check actually guarantees at its n."));
        md.AppendLine("- Constant initializers (zeros, ones, constant) are compared exactly; orthogonal weights have dependent elements, so they " +
            "are checked by the Gram identity W Wᵀ = gain² I (rows ≤ cols) or Wᵀ W = gain² I, to gain²·4·max(rows, cols)·2⁻⁵³ in double " +
            "(their marginal law is checked by the property suite, one QR per sample). Neither spends budget.");
        md.AppendLine("- Mean and variance columns: realised value [95% confidence interval] / target; the variance is the second moment about the " +
            "target mean (χ² interval for normal targets, fourth-moment interval otherwise).");
        md.AppendLine();
        md.AppendLine("| initializer | shape | fans (in, out) | target | n | mean [95% CI] / target | variance [95% CI] / target | KS D (p) | AD A² (p) | catches: CDF δ / var δ | result |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (MatrixRow r in rows)
        {
            string fans = r.Fans is { } f ? Inv($"{f.FanIn:G}, {f.FanOut:G}") : "—";
            string mean = r.MeanInterval is { } mi ? $"{Fmt.G(r.Mean)} [{Fmt.G(mi.Lower)}, {Fmt.G(mi.Upper)}] / {Fmt.G(r.TargetMean)}" : $"{Fmt.G(r.Mean)} / {Fmt.G(r.TargetMean)}";
            string variance = r.VarianceInterval is { } vi ? $"{Fmt.G(r.Variance)} [{Fmt.G(vi.Lower)}, {Fmt.G(vi.Upper)}] / {Fmt.G(r.TargetVariance)}" : $"{Fmt.G(r.Variance)} / {Fmt.G(r.TargetVariance)}";
            string ks = "—", ad = "—", catches = "—";
            if (r.Verdict is { } v)
            {
                ks = $"{Fmt.G(v["ks"].Statistic, 3)} ({Fmt.G(v["ks"].PValue, 2)})";
                ad = $"{Fmt.G(v["ad"].Statistic, 3)} ({Fmt.G(v["ad"].PValue, 2)})";
                catches = $"{Fmt.G(v["ks"].Detectable, 3)} / {Fmt.G(v["variance"].Detectable, 3)}";
            }

            string result = (r.Passed ? "pass" : "**FAIL**") + (string.IsNullOrEmpty(r.Detail) ? "" : $" ({r.Detail})");
            md.AppendLine(Inv($"| {r.Initializer} | {r.Shape.Name} {r.Shape.Label} | {fans} | {Escape(r.Target.ToString())} | {r.N} | {mean} | {variance} | {ks} | {ad} | {catches} | {Escape(result)} |"));
        }

        md.AppendLine();
        AppendPropagation(md, s, propagation);
        return md.ToString();
    }

    private static void AppendPropagation(StringBuilder md, ReportSettings s, PropagationResults p)
    {
        md.AppendLine("## Signal propagation");
        md.AppendLine();
        md.AppendLine(Inv($"Dense stacks of width {s.PropagationWidth} and depth {s.PropagationDepth}, no biases, a batch of {s.PropagationBatch} " +
            "standard-normal inputs, float32 as a framework would compute. Per layer l the pooled second moment v_l = mean of y² over units and " +
            "inputs (y the pre-activation) is compared with the mean-field recursion q_l = n·Var(W)·E[φ(√q_{l−1} z)²] (Poole et al. 2016; " +
            "Schoenholz et al. 2017) started from the measured input moment, and with its finite-width band: the delta-method spread of " +
            $"log(v_l/q_l), shaded at ±{PropagationStudy.BandSds:G} sd (about 95% per layer; the band's centre runs from the single-input mean to 0 " +
            "because the statistic is pooled over the batch). Log scale: the plots show log10 values with ticks labelled 1e{v}; points where " +
            "the float32 signal overflowed to ∞ or underflowed to 0 are left out."));
        md.AppendLine();
        md.AppendLine($"![variance vs depth, all activations]({ReportPlots.VarianceAll})");
        md.AppendLine();
        md.AppendLine("| activation | initializer | v_1 | v_L measured | q_L mean field | layers inside the band | note |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (DepthCurve c in p.Curves)
        {
            (int inside, int finite) = c.InsideBand();
            int lost = c.Measured.Count(v => !double.IsFinite(v));
            string band = c.BandLow is null ? "no band (q not finite and positive)" : $"{inside} of {finite}";
            string note = lost > 0 ? $"{lost} layers left float32's range" : "";
            md.AppendLine(Inv($"| {c.Activation} | {Escape(c.Initializer)} | {Fmt.G(c.Measured[0])} | {Fmt.G(c.Measured[^1])} | {Fmt.G(c.Predicted[^1])} | {band} | {note} |"));
        }

        md.AppendLine();
        foreach (Activation a in PropagationStudy.Activations)
        {
            md.AppendLine($"![{a}: variance vs depth]({ReportPlots.VarianceFor(a)})");
            md.AppendLine();
        }

        md.AppendLine("### Activation histograms");
        md.AppendLine();
        md.AppendLine(Inv($"The experiment of the weight-initialisation articles (after Glorot and Bengio 2010, Fig. 6, and the CS231n notes): " +
            $"{ReportSettings.HistogramDepth} layers of width {s.HistogramWidth}, a batch of {s.HistogramBatch} standard-normal inputs; one row per " +
            "initialization (N(0, 1), N(0, 0.01²), Xavier normal, He normal), one column per layer. Tanh with N(0, 1) saturates at ±1, N(0, 0.01²) " +
            "collapses to 0, Xavier keeps tanh's spread, He keeps ReLU's."));
        md.AppendLine();
        md.AppendLine("| activation | initializer | std of φ(y), layers 1..5 |");
        md.AppendLine("|---|---|---|");
        foreach (HistogramSet h in p.Histograms)
        {
            md.AppendLine($"| {h.Activation} | {Escape(h.Initializer)} | {string.Join(", ", h.Layers.Select(l => Fmt.G(l.StandardDeviation, 3)))} |");
        }

        md.AppendLine();
        foreach (Activation a in PropagationStudy.Activations)
        {
            md.AppendLine($"![{a}: activation histograms]({ReportPlots.HistogramsFor(a)})");
            md.AppendLine();
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    // The project builds with InvariantGlobalization, so interpolation already formats numbers invariantly; Inv marks
    // the places where that matters.
    private static string Inv(string text) => text;
}
