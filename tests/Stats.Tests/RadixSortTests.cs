namespace InitVerify.Stats.Tests;

public class RadixSortTests
{
    private static readonly double[] Specials =
    [
        -0.0, 0.0, double.Epsilon, -double.Epsilon, 2.2250738585072014E-308, -2.2250738585072009E-308,
        double.MaxValue, double.MinValue, 1, -1, 1e-300, -1e300, 0.5, -0.5,
    ];

    private static double[] Values(int seed, int length)
    {
        var rng = new Random(seed);
        var x = new double[length];
        for (int i = 0; i < length; i++)
        {
            x[i] = (i % 7) switch
            {
                0 => Specials[rng.Next(Specials.Length)],
                1 => rng.Next(-3, 4), // many ties
                2 => BitConverter.Int64BitsToDouble(rng.NextInt64(0, 0x7FEFFFFFFFFFFFFF)) * (rng.Next(2) == 0 ? -1 : 1),
                _ => (rng.NextDouble() - 0.5) * 10,
            };
        }

        return x;
    }

    [Fact]
    public void Sort_MatchesArraySort_EveryLengthTo300()
    {
        for (int length = 0; length <= 300; length++)
        {
            AssertSortedLikeArraySort(Values(length, length));
        }
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(4097)]
    [InlineData(100_000)]
    public void Sort_MatchesArraySort_Large(int length)
    {
        AssertSortedLikeArraySort(Values(length, length));
    }

    [Fact]
    public void Sort_PutsNegativeZeroFirst_AndHandlesAllEqualDigits()
    {
        double[] zeros = Enumerable.Range(0, 600).Select(i => i % 2 == 0 ? 0.0 : -0.0).ToArray();
        RadixSort.Sort(zeros);
        Assert.All(zeros.Take(300), z => Assert.True(double.IsNegative(z)));
        Assert.All(zeros.Skip(300), z => Assert.False(double.IsNegative(z)));
        double[] same = Enumerable.Repeat(3.25, 1000).ToArray();
        RadixSort.Sort(same);
        Assert.All(same, v => Assert.Equal(3.25, v));
    }

    [Fact]
    public void SortInto_LeavesSourceAndChecksLength()
    {
        double[] x = Values(1, 2000);
        double[] copy = (double[])x.Clone();
        var destination = new double[x.Length];
        RadixSort.Sort(x, destination);
        Assert.Equal(copy, x);
        Array.Sort(copy);
        Assert.Equal(copy, destination);
        var error = Assert.Throws<ArgumentException>(() => RadixSort.Sort(x, new double[3]));
        Assert.Equal("destination", error.ParamName);
        Assert.Contains("destination must have the length of source (2000), not 3.", error.Message, StringComparison.Ordinal);
    }

    private static void AssertSortedLikeArraySort(double[] x)
    {
        double[] expected = (double[])x.Clone();
        Array.Sort(expected);
        RadixSort.Sort(x);
        Assert.Equal(expected, x); // value equality: −0.0 == +0.0
        for (int i = 1; i < x.Length; i++)
        {
            // Total order: −0.0 strictly before +0.0.
            Assert.False(x[i] == 0 && x[i - 1] == 0 && double.IsNegative(x[i]) && !double.IsNegative(x[i - 1]));
        }
    }

    [Fact]
    public void Sort_DoesNotSkipAPassWhoseDigitVaries_WhenAnotherPassIsConstant()
    {
        // 300 keys (above the small-array path) that differ only in byte 1; byte 0 is 0 in every key, and so is byte 1
        // of the first key. A pass may be skipped only when its own digit is the same in every key: judging pass 1 by
        // pass 0's histogram (where digit 0 holds all n keys) would skip the one pass that orders them.
        double[] x = Enumerable.Range(0, 300)
            .Select(i => BitConverter.UInt64BitsToDouble(0x3FF0_0000_0000_0000ul | ((ulong)((i * 37) % 256) << 8)))
            .ToArray();
        Assert.Equal(1.0, x[0]);
        double[] expected = (double[])x.Clone();
        Array.Sort(expected);

        RadixSort.Sort(x);

        Assert.Equal(expected, x);
    }
}
