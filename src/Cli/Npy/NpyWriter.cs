using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace InitVerify.Cli.Npy;

/// <summary>
/// Writes float32 and float64 arrays as NumPy .npy files the way <c>numpy.save</c> does: format 1.0, little-endian
/// (<c>&lt;f4</c>, <c>&lt;f8</c>), C order, the header dict padded with spaces and a newline so the data starts at a
/// multiple of 64 bytes (NEP 1 and numpy/lib/format.py, ARRAY_ALIGN = 64).
/// </summary>
/// <remarks>
/// The file appears whole or not at all: the bytes go to a temporary file in the target's directory, which is then
/// renamed over the target, so a failed write (missing directory, full disk, no permission) leaves any existing file
/// as it was and no half-written array behind.
/// </remarks>
internal static class NpyWriter
{
    /// <summary>The data offset is a multiple of this (numpy's ARRAY_ALIGN).</summary>
    private const int Alignment = 64;

    /// <summary>Magic, two version bytes and the 16-bit header length of format 1.0.</summary>
    private const int PreambleLength = 10;

    /// <summary>Writes a float32 array of the given shape (C order).</summary>
    /// <exception cref="CliInputException">The file cannot be written.</exception>
    public static void Write(string path, ReadOnlySpan<int> shape, ReadOnlySpan<float> values) =>
        Write(path, Header(shape, values.Length, "<f4"), MemoryMarshal.AsBytes(values), sizeof(float));

    /// <summary>Writes a float64 array of the given shape (C order).</summary>
    /// <exception cref="CliInputException">The file cannot be written.</exception>
    public static void Write(string path, ReadOnlySpan<int> shape, ReadOnlySpan<double> values) =>
        Write(path, Header(shape, values.Length, "<f8"), MemoryMarshal.AsBytes(values), sizeof(double));

    /// <summary>
    /// The preamble and header of a format 1.0 file: <c>{'descr': '&lt;f4', 'fortran_order': False, 'shape': (2, 3), }</c>
    /// (a 1-d shape as <c>(5,)</c>), space-padded and newline-terminated to a multiple of 64 bytes.
    /// </summary>
    internal static byte[] Header(ReadOnlySpan<int> shape, int count, string descr)
    {
        long product = 1;
        foreach (int dimension in shape)
        {
            product *= dimension;
        }

        if (product != count)
        {
            throw new ArgumentException($"The shape holds {product} elements but {count} values were given.", nameof(shape));
        }

        string shapeText = shape.Length == 1 ? $"({shape[0]},)" : "(" + string.Join(", ", shape.ToArray()) + ")";
        string dict = $"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shapeText}, }}";
        int padding = (Alignment - ((PreambleLength + dict.Length + 1) % Alignment)) % Alignment;
        byte[] header = new byte[PreambleLength + dict.Length + padding + 1];
        ReadOnlySpan<byte> magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0];
        magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(8), (ushort)(header.Length - PreambleLength));
        Encoding.Latin1.GetBytes(dict, header.AsSpan(PreambleLength));
        header.AsSpan(PreambleLength + dict.Length, padding).Fill((byte)' ');
        header[^1] = (byte)'\n';
        return header;
    }

    /// <summary>Checks, before any work, that <paramref name="path"/> names a file in an existing directory.</summary>
    /// <exception cref="CliInputException">The directory does not exist, or the path is a directory.</exception>
    public static void CheckTarget(string path)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new CliInputException($"{path}: cannot write (no such directory {directory})");
        }

        if (Directory.Exists(full))
        {
            throw new CliInputException($"{path}: is a directory, not a file to write");
        }
    }

    private static void Write(string path, byte[] header, ReadOnlySpan<byte> data, int itemSize)
    {
        CheckTarget(path);
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(header);
                WriteLittleEndian(file, data, itemSize);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new CliInputException($"{path}: cannot write ({e.Message})");
        }
    }

    /// <summary>Writes items as little-endian bytes: as they are on a little-endian machine, byte-swapped otherwise.</summary>
    private static void WriteLittleEndian(Stream file, ReadOnlySpan<byte> data, int itemSize)
    {
        if (BitConverter.IsLittleEndian)
        {
            file.Write(data);
            return;
        }

        file.Write(ByteSwapped(data, itemSize));
    }

    /// <summary>The items of <paramref name="data"/> with the order of each item's bytes reversed.</summary>
    internal static byte[] ByteSwapped(ReadOnlySpan<byte> data, int itemSize)
    {
        byte[] swapped = data.ToArray();
        for (int i = 0; i < swapped.Length; i += itemSize)
        {
            swapped.AsSpan(i, itemSize).Reverse();
        }

        return swapped;
    }
}
