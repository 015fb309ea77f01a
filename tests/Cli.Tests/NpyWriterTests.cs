using InitVerify.Cli.Npy;
using SavedNpy = InitVerify.Cli.Npy.NpyWriter;

namespace InitVerify.Cli.Tests;

/// <summary>
/// The production .npy writer (<see cref="SavedNpy"/>) gives numpy.save's bytes: compared byte for byte with the
/// test-side <see cref="NpyWriter"/> (written from NEP 1 independently) and read back by the reader.
/// </summary>
public sealed class NpyWriterTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<int[]> Shapes() => new() { new[] { 5 }, new[] { 3, 4 }, new[] { 4, 3, 2, 2 }, new[] { 1, 1 }, new[] { 100000, 7 } };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Float32_IsNumpysFormat10_ByteForByte(int[] shape)
    {
        float[] values = Values(shape).Select(v => (float)v).ToArray();
        string path = _dir.File("f4.npy");
        SavedNpy.Write(path, shape, values);
        byte[] expected = NpyWriter.Bytes(shape, values.Select(v => (double)v).ToArray(), "<f4");
        Assert.Equal(expected, File.ReadAllBytes(path));
        Assert.Equal(0, (File.ReadAllBytes(path).Length - values.Length * 4) % 64);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Float64_IsNumpysFormat10_ByteForByte_AndReadsBack(int[] shape)
    {
        double[] values = Values(shape);
        string path = _dir.File("f8.npy");
        SavedNpy.Write(path, shape, values);
        Assert.Equal(NpyWriter.Bytes(shape, values, "<f8"), File.ReadAllBytes(path));
        NpyArray read = NpyReader.ReadFile(path);
        Assert.Equal(shape, read.Shape);
        Assert.Equal(values, read.Values);
    }

    [Fact]
    public void ShapeThatDoesNotHoldTheValues_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => SavedNpy.Write(_dir.File("x.npy"), [2, 3], new double[5]));
        Assert.Equal("shape", e.ParamName);
        Assert.Empty(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void ByteSwapped_ReversesTheBytesOfEachItem()
    {
        byte[] data = [1, 2, 3, 4, 5, 6, 7, 8];
        Assert.Equal([4, 3, 2, 1, 8, 7, 6, 5], SavedNpy.ByteSwapped(data, 4));
        Assert.Equal([8, 7, 6, 5, 4, 3, 2, 1], SavedNpy.ByteSwapped(data, 8));
    }

    /// <summary>Distinct, sign-mixed values including ±0, subnormal and extreme magnitudes.</summary>
    private static double[] Values(int[] shape)
    {
        int n = shape.Aggregate(1, (p, d) => p * d);
        double[] special = [0.0, -0.0, 1.0, -2.5, 1e-40, 3.4e38, double.Epsilon];
        return Enumerable.Range(0, n).Select(i => i < special.Length ? special[i] : Math.Sin(i) * Math.Pow(2, i % 40 - 20)).ToArray();
    }
}
