using InitVerify.Cli.Report;
using InitVerify.Propagation.Histograms;
using ScottPlot;

namespace InitVerify.Cli.Plots;

/// <summary>
/// The activation histograms of the weight-initialisation articles: one row per initializer, one column per layer,
/// each cell the fraction of activations per bin with the layer's mean and standard deviation in its title.
/// </summary>
internal static class HistogramGridPlot
{
    public static IReadOnlyList<Plot> Create(IReadOnlyList<HistogramSet> sets)
    {
        var plots = new List<Plot>();
        var palette = new ScottPlot.Palettes.Category10();
        for (int row = 0; row < sets.Count; row++)
        {
            HistogramSet set = sets[row];
            foreach (ActivationHistogram h in set.Layers)
            {
                var plot = new Plot();
                PlotFonts.Apply(plot);
                double total = Math.Max(1, h.Total);
                var bars = Enumerable.Range(0, h.BinCount).Select(b => new Bar
                {
                    Position = h.Center(b),
                    Value = h.Counts[b] / total,
                    Size = h.BinWidth,
                    FillColor = palette.GetColor(row),
                    LineWidth = 0,
                }).ToArray();
                plot.Add.Bars(bars);
                plot.Axes.Margins(bottom: 0);
                plot.Title(FormattableString.Invariant($"{set.Initializer} · layer {h.Layer}: mean {Fmt.G(h.Mean, 2)}, std {Fmt.G(h.StandardDeviation, 2)}"), size: 11);
                if (h.Layer == 1)
                {
                    plot.YLabel($"{set.Initializer} ({set.Activation})", size: 12);
                }

                plots.Add(plot);
            }
        }

        return plots;
    }
}
