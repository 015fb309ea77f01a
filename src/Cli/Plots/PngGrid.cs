using ScottPlot;
using SkiaSharp;

namespace InitVerify.Cli.Plots;

/// <summary>Renders several ScottPlot plots into one PNG, as a grid of equal cells (row-major).</summary>
internal static class PngGrid
{
    public static void Save(string path, IReadOnlyList<Plot> plots, int columns, int cellWidth, int cellHeight)
    {
        int rows = (plots.Count + columns - 1) / columns;
        using SKSurface surface = SKSurface.Create(new SKImageInfo(columns * cellWidth, rows * cellHeight));
        SKCanvas canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        for (int i = 0; i < plots.Count; i++)
        {
            float left = (i % columns) * cellWidth;
            float top = (i / columns) * cellHeight;
            // Each plot renders to its own image first: Plot.Render(canvas, rect) clears the whole canvas.
            using SKBitmap cell = SKBitmap.Decode(plots[i].GetImageBytes(cellWidth, cellHeight, ImageFormat.Png));
            canvas.DrawBitmap(cell, left, top);
        }

        using SKImage image = surface.Snapshot();
        using SKData data = image.Encode(SKEncodedImageFormat.Png, 100);
        using FileStream file = File.Create(path);
        data.SaveTo(file);
    }
}
