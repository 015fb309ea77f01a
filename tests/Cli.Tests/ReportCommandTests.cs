using InitVerify.Cli.Plots;
using InitVerify.Init;
using SkiaSharp;

namespace InitVerify.Cli.Tests;

/// <summary>End-to-end tests of <c>initverify report --quick</c> (run once by <see cref="ReportFixture"/>).</summary>
public class ReportCommandTests(ReportFixture report) : IClassFixture<ReportFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void QuickReport_ExitsZero_AndEveryCellPasses()
    {
        Assert.True(report.ExitCode == 0, report.Output + report.Error);
        Assert.Contains("70 of 70 cells passed", report.Markdown, StringComparison.Ordinal);
        Assert.Empty(report.Error);
    }

    [Fact]
    public void Report_SaysItIsQuick_AndStatesTheErrorBudget()
    {
        Assert.Contains("**quick run**", report.Markdown, StringComparison.Ordinal);
        Assert.Contains("### Error budget", report.Markdown, StringComparison.Ordinal);
        Assert.Contains("split (Bonferroni) over the 50 statistical checks", report.Markdown, StringComparison.Ordinal);
        Assert.Contains("r_i = r/4", report.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_HasEveryInitializerOnEveryShape()
    {
        string[] rows = report.Markdown.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToArray();
        foreach (string shape in (string[])["dense square", "dense very unequal", "conv 4-D", "grouped conv", "Keras conv"])
        {
            Assert.Equal(InitializerRegistry.Names.Count, rows.Count(r => r.Contains($"| {shape} ", StringComparison.Ordinal)));
        }

        Assert.Contains(rows, r => r.StartsWith("| he-normal | grouped conv [64, 8, 3, 3] torch, groups 4 | 72, 144 |", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| xavier-uniform | Keras conv [3, 3, 32, 64] keras | 288, 576 |", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| orthogonal | ", StringComparison.Ordinal) && r.Contains("W Wᵀ − I", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_HasThePropagationStudyAndItsImages()
    {
        Assert.Contains("## Signal propagation", report.Markdown, StringComparison.Ordinal);
        Assert.Contains("### Activation histograms", report.Markdown, StringComparison.Ordinal);
        foreach (string image in (string[])["variance-vs-depth.png", "variance-vs-depth-tanh.png", "variance-vs-depth-relu.png",
                     "variance-vs-depth-sigmoid.png", "histograms-tanh.png", "histograms-sigmoid.png", "histograms-relu.png"])
        {
            Assert.Contains($"]({image})", report.Markdown, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("variance-vs-depth.png", 1800, 520)]
    [InlineData("variance-vs-depth-relu.png", 900, 600)]
    [InlineData("histograms-tanh.png", 1600, 880)]
    public void Pngs_AreValidImagesOfTheExpectedSize(string name, int width, int height)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(report.Directory, name));
        Assert.True(bytes.Length > 1000);
        Assert.Equal(PngSignature, bytes[..8]);
        using SKBitmap bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);
    }

    [Fact]
    public void Html_ReferencesTheImages_AndHasTheMatrixTable()
    {
        string html = File.ReadAllText(Path.Combine(report.Directory, "report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"variance-vs-depth.png\"", html, StringComparison.Ordinal);
        Assert.Contains("<th>initializer</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>he-normal</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void BundledFont_IsRegistered_AndHasGlyphs()
    {
        // With no font, ScottPlot still writes a PNG but draws no text: check the bundled font is what plots use.
        Assert.True(File.Exists(PlotFonts.FontPath), PlotFonts.FontPath);
        Assert.True(PlotFonts.Ensure());
        SKTypeface typeface = ScottPlot.Fonts.GetTypeface(PlotFonts.Family, bold: false, italic: false);
        Assert.True(typeface.GlyphCount > 1000);
        using var font = new SKFont(typeface, 12);
        Assert.True(font.MeasureText("layer l") > 10);
    }

    [Fact]
    public void PlotText_IsDrawn()
    {
        // The same plot with and without a title must differ in pixels where the title is drawn.
        static byte[] Render(string title)
        {
            var plot = new ScottPlot.Plot();
            PlotFonts.Apply(plot);
            plot.Add.Scatter(new double[] { 1.0, 2.0 }, new double[] { 1.0, 2.0 });
            plot.Title(title);
            return plot.GetImageBytes(300, 200, ScottPlot.ImageFormat.Png);
        }

        using SKBitmap with = SKBitmap.Decode(Render("Variance vs depth"));
        using SKBitmap without = SKBitmap.Decode(Render(""));
        int differing = 0;
        for (int y = 0; y < 40; y++)
        {
            for (int x = 0; x < 300; x++)
            {
                differing += with.GetPixel(x, y) != without.GetPixel(x, y) ? 1 : 0;
            }
        }

        Assert.True(differing > 50, $"only {differing} pixels differ in the title area");
    }

    [Fact]
    public void Report_ConsoleOutput_IsPlainText()
    {
        Assert.Contains("verification matrix: done in", report.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", report.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void BadSeed_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("report", "--seed", "-1", "--quick");
        Assert.Equal(2, code);
        Assert.StartsWith("initverify: --seed '-1'", error, StringComparison.Ordinal);
    }
}
