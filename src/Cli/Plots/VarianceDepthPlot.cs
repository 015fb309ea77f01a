using InitVerify.Cli.Report;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace InitVerify.Cli.Plots;

/// <summary>
/// Per-layer pooled pre-activation second moment against depth, on a log scale (log10 values with "1e{v}" tick
/// labels, since ScottPlot has no log axis): measured (markers), mean-field prediction (dashed) and the finite-width
/// band (shaded), one colour per initializer.
/// </summary>
internal static class VarianceDepthPlot
{
    public static Plot Create(IReadOnlyList<DepthCurve> curves, string title)
    {
        var plot = new Plot();
        PlotFonts.Apply(plot);
        var palette = new ScottPlot.Palettes.Category10();
        for (int k = 0; k < curves.Count; k++)
        {
            DepthCurve c = curves[k];
            Color color = palette.GetColor(k);
            double[] xs = Enumerable.Range(1, c.Predicted.Length).Select(l => (double)l).ToArray();
            if (c.BandLow is not null && c.BandHigh is not null)
            {
                var band = plot.Add.FillY(xs, Log10(c.BandLow), Log10(c.BandHigh));
                band.FillColor = color.WithAlpha(0.18);
                band.LineWidth = 0;
            }

            var predicted = plot.Add.ScatterLine(xs, Log10(c.Predicted), color);
            predicted.LinePattern = LinePattern.Dashed;
            predicted.LineWidth = 1.5f;

            var finite = Enumerable.Range(0, c.Measured.Length).Where(l => double.IsFinite(c.Measured[l]) && c.Measured[l] > 0).ToArray();
            if (finite.Length > 0)
            {
                var measured = plot.Add.Scatter(finite.Select(l => xs[l]).ToArray(), finite.Select(l => Math.Log10(c.Measured[l])).ToArray(), color);
                measured.LineWidth = 1;
                measured.MarkerSize = 6;
                measured.LegendText = c.Initializer;
            }
        }

        plot.Axes.Left.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => FormattableString.Invariant($"1e{v:0}"),
            MinorTickGenerator = new LogMinorTickGenerator(),
        };
        plot.Title(title);
        plot.XLabel("layer l");
        plot.YLabel("pooled E[y²] of layer l");
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static double[] Log10(double[] values) => values.Select(v => v > 0 && double.IsFinite(v) ? Math.Log10(v) : double.NaN).ToArray();
}
