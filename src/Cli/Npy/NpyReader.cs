using System.Buffers.Binary;
using System.Text;

namespace InitVerify.Cli.Npy;

/// <summary>
/// Reads NumPy's .npy format (versions 1.0, 2.0 and 3.0) for float32 and float64 arrays, either byte order, C or
/// Fortran order.
/// </summary>
/// <remarks>
/// Layout (NumPy Enhancement Proposal 1, "A Simple File Format for NumPy Arrays", and numpy/lib/format.py):
/// the magic <c>\x93NUMPY</c>; two version bytes (major, minor); the header length HLEN, a little-endian uint16
/// for version 1 and uint32 for versions 2 and 3; HLEN bytes of header (latin-1 for 1.0/2.0, UTF-8 for 3.0):
/// the repr of a dict with keys 'descr', 'fortran_order' and 'shape', padded with spaces and ended by a newline;
/// then the data, product(shape) items with no padding. The reader accepts any header padding, and requires
/// exactly product(shape) items after the header: fewer is a truncated file, more a header that lies.
/// </remarks>
internal static class NpyReader
{
    /// <summary>The six magic bytes every .npy file starts with.</summary>
    private static ReadOnlySpan<byte> Magic => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Reads a file.</summary>
    /// <exception cref="CliInputException">The file is missing or unreadable.</exception>
    /// <exception cref="NpyFormatException">The content is not a supported .npy array.</exception>
    public static NpyArray ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new CliInputException(Directory.Exists(path) ? $"{path}: is a directory, not a .npy file" : $"{path}: no such file");
            }

            if (info.Length > Array.MaxLength)
            {
                throw new CliInputException($"{path}: {info.Length} bytes is larger than this reader supports ({Array.MaxLength} bytes)");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{path}: cannot read ({e.Message})");
        }

        return Read(bytes);
    }

    /// <summary>Parses the bytes of a .npy file.</summary>
    /// <exception cref="NpyFormatException">Not a supported .npy array.</exception>
    public static NpyArray Read(ReadOnlySpan<byte> file)
    {
        if (file.Length < Magic.Length || !file[..Magic.Length].SequenceEqual(Magic))
        {
            throw new NpyFormatException("not a .npy file (it does not start with the magic bytes \\x93NUMPY)");
        }

        if (file.Length < 8)
        {
            throw new NpyFormatException("truncated .npy file: it ends inside the version bytes");
        }

        byte major = file[6];
        byte minor = file[7];
        if (major is < 1 or > 3 || minor != 0)
        {
            throw new NpyFormatException($"unsupported .npy format version {major}.{minor} (supported: 1.0, 2.0, 3.0)");
        }

        int lengthBytes = major == 1 ? 2 : 4;
        int headerStart = 8 + lengthBytes;
        if (file.Length < headerStart)
        {
            throw new NpyFormatException("truncated .npy file: it ends inside the header length");
        }

        long headerLength = major == 1
            ? BinaryPrimitives.ReadUInt16LittleEndian(file[8..])
            : BinaryPrimitives.ReadUInt32LittleEndian(file[8..]);
        if (headerStart + headerLength > file.Length)
        {
            throw new NpyFormatException($"truncated .npy file: the header claims {headerLength} bytes but only {file.Length - headerStart} follow");
        }

        ReadOnlySpan<byte> headerBytes = file.Slice(headerStart, (int)headerLength);
        string header = major == 3 ? DecodeUtf8(headerBytes) : Encoding.Latin1.GetString(headerBytes);
        (string descr, bool fortran, int[] shape) = ParseHeader(header);
        (int itemSize, bool bigEndian) = ParseDescr(descr);

        long count = 1;
        foreach (int d in shape)
        {
            count *= d;
            if (count > Array.MaxLength)
            {
                throw new NpyFormatException($"shape {FormatShape(shape)} has more elements than this reader supports");
            }
        }

        ReadOnlySpan<byte> data = file[(headerStart + (int)headerLength)..];
        long expected = count * itemSize;
        if (data.Length < expected)
        {
            throw new NpyFormatException(
                $"truncated data: shape {FormatShape(shape)} of {descr} needs {expected} bytes but the file has {data.Length} after the header");
        }

        if (data.Length > expected)
        {
            throw new NpyFormatException(
                $"corrupt file: {data.Length - expected} bytes follow the {expected} bytes of data that shape {FormatShape(shape)} of {descr} needs");
        }

        double[] values = Decode(data, (int)count, itemSize, bigEndian);
        if (fortran && shape.Length > 1)
        {
            values = FortranToC(values, shape);
        }

        return new NpyArray($"{major}.{minor}", descr, itemSize, bigEndian, fortran, shape, values);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new NpyFormatException("malformed header: a version 3.0 header must be UTF-8");
        }
    }

    private static (string Descr, bool Fortran, int[] Shape) ParseHeader(string header)
    {
        if (PythonLiteral.Parse(header.TrimEnd('\n', ' ', '\0', '\r', '\t')) is not Dictionary<string, object?> dict)
        {
            throw new NpyFormatException("malformed header: it is not a dict");
        }

        foreach (string key in (string[])["descr", "fortran_order", "shape"])
        {
            if (!dict.ContainsKey(key))
            {
                throw new NpyFormatException($"malformed header: the key '{key}' is missing");
            }
        }

        if (dict["descr"] is not string descr)
        {
            throw new NpyFormatException("unsupported dtype: structured arrays (a list 'descr') are not supported; expected float32 or float64");
        }

        if (dict["fortran_order"] is not bool fortran)
        {
            throw new NpyFormatException("malformed header: 'fortran_order' must be True or False");
        }

        if (dict["shape"] is not List<object?> dims)
        {
            throw new NpyFormatException("malformed header: 'shape' must be a tuple of integers");
        }

        var shape = new int[dims.Count];
        for (int i = 0; i < dims.Count; i++)
        {
            if (dims[i] is not long d || d < 0 || d > int.MaxValue)
            {
                throw new NpyFormatException($"malformed header: shape entry {i} ({dims[i] ?? "None"}) must be an integer in 0..{int.MaxValue}");
            }

            shape[i] = (int)d;
        }

        return (descr, fortran, shape);
    }

    /// <summary>'&lt;f4', '&gt;f8', '|f4', '=f8', 'f4' → (item size, big-endian?).</summary>
    private static (int ItemSize, bool BigEndian) ParseDescr(string descr)
    {
        string body = descr;
        bool bigEndian = !BitConverter.IsLittleEndian;
        if (body.Length > 0 && body[0] is '<' or '>' or '|' or '=')
        {
            bigEndian = body[0] switch
            {
                '<' => false,
                '>' => true,
                _ => !BitConverter.IsLittleEndian,
            };
            body = body[1..];
        }

        return body switch
        {
            "f4" => (4, bigEndian),
            "f8" => (8, bigEndian),
            _ => throw new NpyFormatException($"unsupported dtype '{descr}' ({Describe(body)}); expected float32 ('<f4', '>f4') or float64 ('<f8', '>f8')"),
        };
    }

    private static string Describe(string body) => body.Length == 0 ? "empty" : body[0] switch
    {
        'f' => $"{body} float",
        'i' => "signed integer",
        'u' => "unsigned integer",
        'b' => "boolean",
        'c' => "complex",
        'U' or 'S' or 'a' => "string",
        'O' => "Python object",
        'M' or 'm' => "datetime",
        'V' => "void/structured",
        _ => "unknown",
    };

    private static double[] Decode(ReadOnlySpan<byte> data, int count, int itemSize, bool bigEndian)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> item = data.Slice(i * itemSize, itemSize);
            values[i] = itemSize == 4
                ? (bigEndian ? BinaryPrimitives.ReadSingleBigEndian(item) : BinaryPrimitives.ReadSingleLittleEndian(item))
                : (bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(item) : BinaryPrimitives.ReadDoubleLittleEndian(item));
        }

        return values;
    }

    /// <summary>Reorders column-major data (first index fastest) into row-major order (last index fastest).</summary>
    private static double[] FortranToC(double[] fortran, int[] shape)
    {
        int rank = shape.Length;
        var c = new double[fortran.Length];
        var fortranStride = new long[rank];
        long stride = 1;
        for (int k = 0; k < rank; k++)
        {
            fortranStride[k] = stride;
            stride *= shape[k];
        }

        var index = new int[rank];
        long offset = 0;
        for (int i = 0; i < c.Length; i++)
        {
            c[i] = fortran[offset];

            // Advance the C-order multi-index (last dimension fastest) and keep the Fortran offset in step.
            for (int k = rank - 1; k >= 0; k--)
            {
                index[k]++;
                offset += fortranStride[k];
                if (index[k] < shape[k])
                {
                    break;
                }

                offset -= fortranStride[k] * shape[k];
                index[k] = 0;
            }
        }

        return c;
    }

    private static string FormatShape(int[] shape) => shape.Length == 1 ? $"({shape[0]},)" : "(" + string.Join(", ", shape) + ")";
}
