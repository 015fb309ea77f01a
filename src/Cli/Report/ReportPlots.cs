using InitVerify.Cli.Plots;
using InitVerify.Propagation.Network;
using ScottPlot;

namespace InitVerify.Cli.Report;

/// <summary>Writes the report's PNGs and returns their file names.</summary>
internal static class ReportPlots
{
    public const string VarianceAll = "variance-vs-depth.png";

    public static string VarianceFor(Activation a) => $"variance-vs-depth-{Name(a)}.png";

    public static string HistogramsFor(Activation a) => $"histograms-{Name(a)}.png";

    public static IReadOnlyList<string> Write(string directory, PropagationResults results)
    {
        var written = new List<string>();
        var panels = new List<Plot>();
        foreach (Activation activation in PropagationStudy.Activations)
        {
            var curves = results.Curves.Where(c => c.Activation == activation).ToArray();
            string title = $"{activation}: pooled E[y²] vs depth (markers measured, dashed mean field, band ±2 sd finite width)";
            Plot single = VarianceDepthPlot.Create(curves, title);
            single.SavePng(Path.Combine(directory, VarianceFor(activation)), 900, 600);
            written.Add(VarianceFor(activation));
            panels.Add(VarianceDepthPlot.Create(curves, $"{activation}"));

            var sets = results.Histograms.Where(h => h.Activation == activation).ToArray();
            IReadOnlyList<Plot> cells = HistogramGridPlot.Create(sets);
            PngGrid.Save(Path.Combine(directory, HistogramsFor(activation)), cells, columns: sets.Length == 0 ? 1 : sets[0].Layers.Count, cellWidth: 320, cellHeight: 220);
            written.Add(HistogramsFor(activation));
        }

        PngGrid.Save(Path.Combine(directory, VarianceAll), panels, columns: panels.Count, cellWidth: 600, cellHeight: 520);
        written.Add(VarianceAll);
        return written;
    }

    private static string Name(Activation a) => a.Kind.ToString().ToLowerInvariant();
}
