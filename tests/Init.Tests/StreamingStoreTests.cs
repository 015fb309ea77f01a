using InitVerify.Init.Sampling;

namespace InitVerify.Init.Tests;

/// <summary>The streaming copy: exactly the source's bits, at every alignment and length, and nothing outside the range.</summary>
public class StreamingStoreTests
{
    [Fact]
    public void Copy_WritesExactlyTheRange_AtEveryAlignmentAndLength()
    {
        var source = new double[300];
        for (int i = 0; i < source.Length; i++)
        {
            source[i] = i + 0.5;
        }

        // Offsets 0..16 doubles cover every 8-byte position relative to a 64-byte line (and a float array every
        // 4-byte one below); lengths around the 64-byte blocks and past several of them.
        foreach (int offset in Enumerable.Range(0, 17))
        {
            foreach (int length in new[] { 0, 1, 7, 8, 9, 15, 16, 17, 100, 257 })
            {
                var destination = new double[offset + length + 20];
                Array.Fill(destination, -1.0);
                StreamingStore.Copy<double>(source.AsSpan(0, length), destination.AsSpan(offset, length));
                Assert.All(destination.Take(offset), value => Assert.Equal(-1.0, value));
                Assert.Equal(source.Take(length), destination.Skip(offset).Take(length));
                Assert.All(destination.Skip(offset + length), value => Assert.Equal(-1.0, value));
            }
        }
    }

    [Fact]
    public void Copy_OfFloats_AtOddOffsets()
    {
        float[] source = Enumerable.Range(0, 333).Select(i => i * 0.25f).ToArray();
        foreach (int offset in new[] { 0, 1, 3, 15, 16, 17 })
        {
            var destination = new float[offset + source.Length + 5];
            StreamingStore.Copy<float>(source, destination.AsSpan(offset, source.Length));
            Assert.Equal(source, destination.Skip(offset).Take(source.Length));
            Assert.All(destination.Take(offset).Concat(destination.Skip(offset + source.Length)), value => Assert.Equal(0f, value));
        }
    }
}
