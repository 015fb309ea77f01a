using ScottPlot;

namespace InitVerify.Cli.Plots;

/// <summary>
/// The font every plot uses: DejaVu Sans, bundled under Fonts/ (Bitstream Vera license, see Fonts/LICENSE-DejaVu.txt)
/// and registered with ScottPlot, so text renders on a machine without system fonts (SavePng would otherwise succeed
/// and silently draw no text).
/// </summary>
internal static class PlotFonts
{
    /// <summary>The family name the bundled file is registered under.</summary>
    public const string Family = "InitVerify DejaVu Sans";

    private static readonly Lazy<bool> Registered = new(Register);

    /// <summary>Path of the bundled TTF next to the executable.</summary>
    public static string FontPath => Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf");

    /// <summary>Registers the bundled font once; false when the file is missing (then system fonts are used).</summary>
    public static bool Ensure() => Registered.Value;

    /// <summary>Applies the bundled font to every text element of a plot.</summary>
    public static void Apply(Plot plot)
    {
        if (Ensure())
        {
            plot.Font.Set(Family);
        }
    }

    private static bool Register()
    {
        if (!File.Exists(FontPath))
        {
            return false;
        }

        Fonts.AddFontFile(Family, FontPath, bold: false, italic: false);
        Fonts.Default = Family;
        return true;
    }
}
