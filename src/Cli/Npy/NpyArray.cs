namespace InitVerify.Cli.Npy;

/// <summary>A NumPy array read from a .npy file: its header facts and its values in C (row-major) order.</summary>
/// <param name="Version">Format version, e.g. <c>1.0</c>.</param>
/// <param name="Descr">The dtype descriptor as written, e.g. <c>&lt;f4</c>.</param>
/// <param name="ItemSize">Bytes per element: 4 (float32) or 8 (float64).</param>
/// <param name="BigEndian">Whether the data was stored big-endian.</param>
/// <param name="FortranOrder">Whether the data was stored in Fortran (column-major) order; <see cref="Values"/> is C order either way.</param>
/// <param name="Shape">The dimensions (empty for a 0-d array, which holds one value).</param>
/// <param name="Values">Every element, converted exactly to double, in C order.</param>
internal sealed record NpyArray(string Version, string Descr, int ItemSize, bool BigEndian, bool FortranOrder, int[] Shape, double[] Values)
{
    /// <summary>The NumPy dtype name: float32 or float64.</summary>
    public string DtypeName => ItemSize == 4 ? "float32" : "float64";

    /// <summary>The shape as NumPy prints it, e.g. <c>(256, 128)</c> or <c>(5,)</c>.</summary>
    public string ShapeText => Shape.Length == 1 ? $"({Shape[0]},)" : "(" + string.Join(", ", Shape) + ")";
}
