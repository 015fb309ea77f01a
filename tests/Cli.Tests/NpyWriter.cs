using System.Buffers.Binary;
using System.Text;

namespace InitVerify.Cli.Tests;

/// <summary>
/// A small test-side .npy writer (format 1.0/2.0/3.0, float32/float64, either byte order, C or Fortran order),
/// written from NEP 1 independently of the reader under test.
/// </summary>
internal static class NpyWriter
{
    public static byte[] Bytes(int[] shape, double[] cOrderValues, string descr = "<f4", bool fortran = false, int major = 1)
    {
        string shapeText = shape.Length == 1 ? $"({shape[0]},)" : "(" + string.Join(", ", shape) + ")";
        string dict = $"{{'descr': '{descr}', 'fortran_order': {(fortran ? "True" : "False")}, 'shape': {shapeText}, }}";
        int lengthBytes = major == 1 ? 2 : 4;
        int unpadded = 8 + lengthBytes + dict.Length + 1;
        string header = dict + new string(' ', (64 - unpadded % 64) % 64) + "\n";
        byte[] headerBytes = (major == 3 ? Encoding.UTF8 : Encoding.Latin1).GetBytes(header);

        double[] values = fortran ? ToFortran(cOrderValues, shape) : cOrderValues;
        int itemSize = descr.EndsWith('4') ? 4 : 8;
        bool big = descr[0] == '>';
        using var stream = new MemoryStream();
        stream.Write([0x93, .. "NUMPY"u8, (byte)major, 0]);
        Span<byte> len = stackalloc byte[lengthBytes];
        if (major == 1)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(len, (ushort)headerBytes.Length);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(len, (uint)headerBytes.Length);
        }

        stream.Write(len);
        stream.Write(headerBytes);
        Span<byte> item = stackalloc byte[itemSize];
        foreach (double v in values)
        {
            if (itemSize == 4)
            {
                if (big) { BinaryPrimitives.WriteSingleBigEndian(item, (float)v); } else { BinaryPrimitives.WriteSingleLittleEndian(item, (float)v); }
            }
            else
            {
                if (big) { BinaryPrimitives.WriteDoubleBigEndian(item, v); } else { BinaryPrimitives.WriteDoubleLittleEndian(item, v); }
            }

            stream.Write(item);
        }

        return stream.ToArray();
    }

    public static string Write(string directory, string name, int[] shape, double[] values, string descr = "<f4", bool fortran = false, int major = 1)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllBytes(path, Bytes(shape, values, descr, fortran, major));
        return path;
    }

    /// <summary>C order (last index fastest) → Fortran order (first index fastest), by explicit multi-indices.</summary>
    private static double[] ToFortran(double[] c, int[] shape)
    {
        var f = new double[c.Length];
        var index = new int[shape.Length];
        for (int i = 0; i < c.Length; i++)
        {
            int rest = i;
            for (int k = shape.Length - 1; k >= 0; k--)
            {
                index[k] = rest % shape[k];
                rest /= shape[k];
            }

            int offset = 0, stride = 1;
            for (int k = 0; k < shape.Length; k++)
            {
                offset += index[k] * stride;
                stride *= shape[k];
            }

            f[offset] = c[i];
        }

        return f;
    }
}
