using System.Globalization;

namespace InitVerify.Cli;

/// <summary>Parses a shape written as <c>256x128</c> or <c>64,3,3,3</c>.</summary>
internal static class ShapeParser
{
    public static bool TryParse(string text, out int[] shape, out string error)
    {
        shape = [];
        error = "";
        string[] parts = text.Split(['x', 'X', ',', '×'], StringSplitOptions.TrimEntries);
        var dims = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out dims[i]) || dims[i] < 1)
            {
                error = $"--shape '{text}': dimension {i + 1} ('{parts[i]}') must be an integer in 1..{int.MaxValue}, e.g. 256x128 or 64,3,3,3";
                return false;
            }
        }

        shape = dims;
        return true;
    }
}
