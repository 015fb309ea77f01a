using System.Text;
using InitVerify.Cli.Npy;

namespace InitVerify.Cli.Tests;

/// <summary>
/// The .npy reader against hand-made byte fixtures (each header variant written out byte by byte, as NumPy's
/// format.py documents it) and against the test-side writer.
/// </summary>
public class NpyReaderTests
{
    // IEEE 754 encodings, little-endian byte order: 1.0f = 0x3F800000, -2.0f = 0xC0000000, 1.0 = 0x3FF0000000000000,
    // -2.5 = 0xC004000000000000.
    private static readonly byte[] OneF4Le = [0x00, 0x00, 0x80, 0x3F];
    private static readonly byte[] MinusTwoF4Le = [0x00, 0x00, 0x00, 0xC0];
    private static readonly byte[] OneF8Le = [0, 0, 0, 0, 0, 0, 0xF0, 0x3F];
    private static readonly byte[] MinusTwoPointFiveF8Le = [0, 0, 0, 0, 0, 0, 0x04, 0xC0];

    [Fact]
    public void Version1_LittleEndianFloat32_ReadsValuesAndShape()
    {
        byte[] file = Fixture(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", OneF4Le, MinusTwoF4Le);
        NpyArray a = NpyReader.Read(file);
        Assert.Equal("1.0", a.Version);
        Assert.Equal(4, a.ItemSize);
        Assert.False(a.BigEndian);
        Assert.Equal([2], a.Shape);
        Assert.Equal([1.0, -2.0], a.Values);
    }

    [Fact]
    public void Version2_BigEndianFloat64_ReadsValues()
    {
        byte[] file = Fixture(2, "{'descr': '>f8', 'fortran_order': False, 'shape': (2,), }",
            [.. OneF8Le.Reverse()], [.. MinusTwoPointFiveF8Le.Reverse()]);
        NpyArray a = NpyReader.Read(file);
        Assert.Equal("2.0", a.Version);
        Assert.True(a.BigEndian);
        Assert.Equal(8, a.ItemSize);
        Assert.Equal([1.0, -2.5], a.Values);
    }

    [Fact]
    public void Version3_Utf8Header_ReadsValues()
    {
        byte[] file = Fixture(3, "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2), }", OneF8Le, MinusTwoPointFiveF8Le);
        NpyArray a = NpyReader.Read(file);
        Assert.Equal("3.0", a.Version);
        Assert.Equal([1, 2], a.Shape);
        Assert.Equal([1.0, -2.5], a.Values);
    }

    [Fact]
    public void BigEndianFloat32_AndNotApplicableByteOrder_AreRead()
    {
        byte[] big = Fixture(1, "{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }", [.. OneF4Le.Reverse()], [.. MinusTwoF4Le.Reverse()]);
        byte[] pipe = Fixture(1, "{'descr': '|f4', 'fortran_order': False, 'shape': (2,), }", OneF4Le, MinusTwoF4Le);
        Assert.Equal([1.0, -2.0], NpyReader.Read(big).Values);
        Assert.Equal([1.0, -2.0], NpyReader.Read(pipe).Values);
    }

    [Fact]
    public void FortranOrder_IsReorderedToCOrder()
    {
        // [[1, 2, 3], [4, 5, 6]] stored column-major: 1, 4, 2, 5, 3, 6.
        byte[][] columnMajor = [F4(1), F4(4), F4(2), F4(5), F4(3), F4(6)];
        byte[] file = Fixture(1, "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }", columnMajor);
        NpyArray a = NpyReader.Read(file);
        Assert.True(a.FortranOrder);
        Assert.Equal([2, 3], a.Shape);
        Assert.Equal([1.0, 2, 3, 4, 5, 6], a.Values);
    }

    [Theory]
    [InlineData("<f4", false, 1)]
    [InlineData(">f4", true, 2)]
    [InlineData("<f8", true, 3)]
    [InlineData(">f8", false, 1)]
    public void WriterRoundTrip_Rank4_PreservesEveryValue(string descr, bool fortran, int major)
    {
        int[] shape = [3, 2, 4, 5];
        double[] values = Enumerable.Range(0, 120).Select(i => (i - 60) * 0.25).ToArray();
        NpyArray a = NpyReader.Read(NpyWriter.Bytes(shape, values, descr, fortran, major));
        Assert.Equal(shape, a.Shape);
        Assert.Equal(values, a.Values);
    }

    [Fact]
    public void HeaderWithDoubleQuotesAndNoTrailingComma_IsAccepted()
    {
        byte[] file = Fixture(1, "{\"descr\":\"<f4\",\"fortran_order\":False,\"shape\":(2,)}", OneF4Le, MinusTwoF4Le);
        Assert.Equal([1.0, -2.0], NpyReader.Read(file).Values);
    }

    [Fact]
    public void ZeroDimensionalArray_HoldsOneValue()
    {
        NpyArray a = NpyReader.Read(Fixture(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (), }", OneF4Le));
        Assert.Empty(a.Shape);
        Assert.Equal([1.0], a.Values);
    }

    [Fact]
    public void MissingMagic_IsRejected()
    {
        var e = Assert.Throws<NpyFormatException>(() => NpyReader.Read("PK\x03\x04 not numpy"u8));
        Assert.Contains("magic", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<i4", "signed integer")]
    [InlineData("<f2", "f2 float")]
    [InlineData("<c16", "complex")]
    [InlineData("|b1", "boolean")]
    public void UnsupportedDtype_IsNamed(string descr, string kind)
    {
        byte[] file = Fixture(1, $"{{'descr': '{descr}', 'fortran_order': False, 'shape': (1,), }}", OneF4Le);
        var e = Assert.Throws<NpyFormatException>(() => NpyReader.Read(file));
        Assert.Contains($"unsupported dtype '{descr}'", e.Message, StringComparison.Ordinal);
        Assert.Contains(kind, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StructuredDtype_IsRejected()
    {
        byte[] file = Fixture(1, "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }", OneF4Le);
        Assert.Contains("structured", Assert.Throws<NpyFormatException>(() => NpyReader.Read(file)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedData_IsReportedWithByteCounts()
    {
        byte[] file = Fixture(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", OneF4Le, MinusTwoF4Le);
        var e = Assert.Throws<NpyFormatException>(() => NpyReader.Read(file));
        Assert.Contains("truncated data", e.Message, StringComparison.Ordinal);
        Assert.Contains("needs 12 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedHeader_IsReported()
    {
        byte[] file = Fixture(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", OneF4Le);
        var e = Assert.Throws<NpyFormatException>(() => NpyReader.Read(file.AsSpan(0, 30)));
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtraBytesAfterData_AreReported()
    {
        byte[] file = Fixture(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", OneF4Le, MinusTwoF4Le);
        Assert.Contains("4 bytes follow", Assert.Throws<NpyFormatException>(() => NpyReader.Read(file)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'descr': '<f4', 'shape': (1,), }", "'fortran_order' is missing")]
    [InlineData("{'descr': '<f4', 'fortran_order': 0, 'shape': (1,), }", "'fortran_order' must be True or False")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (-1,), }", "shape entry 0")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (1,)", "malformed header dict")]
    [InlineData("not a dict", "malformed header dict")]
    public void MalformedHeader_IsReported(string header, string expected)
    {
        var e = Assert.Throws<NpyFormatException>(() => NpyReader.Read(Fixture(1, header, OneF4Le)));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedVersion_IsReported()
    {
        byte[] file = Fixture(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", OneF4Le);
        file[6] = 4;
        Assert.Contains("version 4.0", Assert.Throws<NpyFormatException>(() => NpyReader.Read(file)).Message, StringComparison.Ordinal);
    }

    private static byte[] F4(float v) => BitConverter.GetBytes(v) is var b && BitConverter.IsLittleEndian ? b : [.. b.Reverse()];

    /// <summary>Magic, version, header length (2 bytes LE for 1.x, 4 for 2.x/3.x), header + newline, data.</summary>
    private static byte[] Fixture(byte major, string header, params byte[][] data)
    {
        byte[] h = Encoding.UTF8.GetBytes(header + "\n");
        byte[] length = major == 1 ? [(byte)h.Length, (byte)(h.Length >> 8)] : [(byte)h.Length, (byte)(h.Length >> 8), 0, 0];
        return [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', major, 0, .. length, .. h, .. data.SelectMany(d => d)];
    }
}
